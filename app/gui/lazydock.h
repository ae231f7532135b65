#pragma once

#include <QDockWidget>

#include <functional>

namespace Annals {

/*!
 * A dock whose content is built when it is first shown (its tab raised, or the dock made
 * visible), or when asked for. Panels behind a tab at startup cost the first frame nothing:
 * building and laying out the Targets and Range Statistics panels (and the New Phrases one,
 * still built at once) was a tenth of the CPU time to the first painted window. The History
 * and Annotations tabs are built this way too. Content built while the document is busy is
 * disabled by MainWindow, like the panels that existed when the work began.
 */
class LazyDock : public QDockWidget
{
    Q_OBJECT

public:
    using Builder = std::function<QWidget *()>;

    LazyDock(const QString &title, const QString &objectName, Builder build,
             QWidget *parent = nullptr);

    /// The content, built now if it was not yet.
    QWidget *content();
    bool isBuilt() const { return widget() != nullptr; }

Q_SIGNALS:
    /// The content was just built and set.
    void built(QWidget *content);

private:
    Builder m_build;
};

} // namespace Annals
