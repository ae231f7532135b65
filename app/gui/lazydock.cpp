#include "lazydock.h"

namespace Annals {

LazyDock::LazyDock(const QString &title, const QString &objectName, Builder build,
                   QWidget *parent)
    : QDockWidget(title, parent)
    , m_build(std::move(build))
{
    setObjectName(objectName);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            content();
    });
}

QWidget *LazyDock::content()
{
    if (!widget()) {
        setWidget(m_build());
        Q_EMIT built(widget());
    }
    return widget();
}

} // namespace Annals
