#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Annals {

/*!
 * \brief Boilerplate that the new-phrase finder leaves out (greetings, names, plenary numbers).
 *
 * One entry a line. A plain entry drops every phrase that contains it (表示衷心感谢 also
 * drops 向各位表示衷心感谢); an entry written /like this/ is a regular expression that drops
 * the phrases it matches anywhere (plenary numbers such as 二十届二中全会). Empty lines and
 * lines starting with '#' are comments. English entries compare without regard to case.
 */
class StopList
{
    Q_DECLARE_TR_FUNCTIONS(Annals::StopList)

public:
    StopList() = default;
    /// Parses \a text; a bad regular expression is reported with its line.
    static StopList fromText(const QString &text, QString *errorMessage = nullptr);
    /// The list that ships: greetings, addresses and plenary numbers of the work reports.
    static StopList defaultList();
    static QString defaultText();

    bool isEmpty() const { return m_literals.isEmpty() && m_patterns.isEmpty(); }
    /// Whether \a phrase is left out.
    bool excludes(const QString &phrase) const;
    /// The entries as written, one a line.
    QString text() const { return m_text; }

private:
    QString m_text;
    QStringList m_literals;
    QList<QRegularExpression> m_patterns;
};

} // namespace Annals
