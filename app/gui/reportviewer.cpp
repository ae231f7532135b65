#include "reportviewer.h"

#include "uifonts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Annals {

ReportViewer::ReportViewer(const QString &title, const QString &text,
                           const QList<KeywordHit> &hits, const QStringList &termNames,
                           qsizetype focusOffset, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit)
    , m_position(new QLabel)
    , m_hits(hits)
    , m_termNames(termNames)
{
    setWindowTitle(title);
    m_editor->setReadOnly(true);
    m_editor->setFont(UiFonts::font(11));
    m_editor->setPlainText(text);
    auto *previous = new QPushButton(tr("&Previous Hit"));
    auto *next = new QPushButton(tr("&Next Hit"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_position, 1);
    buttons->addWidget(previous);
    buttons->addWidget(next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);
    connect(previous, &QPushButton::clicked, this, [this] { showHit(m_current - 1); });
    connect(next, &QPushButton::clicked, this, [this] { showHit(m_current + 1); });
    resize(760, 620);

    int focus = 0;
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).offset <= focusOffset)
            focus = i;
    }
    showHit(focus);
}

void ReportViewer::showHit(int index)
{
    if (m_hits.isEmpty()) {
        m_position->setText(tr("No hits"));
        return;
    }
    m_current = std::clamp(index, 0, int(m_hits.size()) - 1);
    QList<QTextEdit::ExtraSelection> selections;
    for (int i = 0; i < m_hits.size(); ++i) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(int(m_hits.at(i).offset));
        selection.cursor.setPosition(int(m_hits.at(i).offset + m_hits.at(i).length),
                                     QTextCursor::KeepAnchor);
        selection.format.setBackground(i == m_current ? QColor(0xff, 0x9f, 0x1c)
                                                      : QColor(0xff, 0xe0, 0x8a));
        selections.append(selection);
    }
    m_editor->setExtraSelections(selections);
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(m_hits.at(m_current).offset));
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_position->setText(tr("Hit %1 of %2 — %3, line %4")
                            .arg(m_current + 1)
                            .arg(m_hits.size())
                            .arg(m_termNames.value(m_hits.at(m_current).term))
                            .arg(cursor.blockNumber() + 1));
}

} // namespace Annals
