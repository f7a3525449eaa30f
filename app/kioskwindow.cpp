#include "kioskwindow.h"

#include "system/logging.h"

#include <QQuickWindow>

bool KioskWindow::load(bool windowed)
{
    // Qt 6.4 has no qrc:/ in the default import path, so "import PiCam" from
    // a file in a subfolder of the module (components/) did not find the
    // module's qmldir and its Theme singleton.
    m_engine.addImportPath(QStringLiteral("qrc:/"));
    m_engine.load(QUrl(QStringLiteral("qrc:/PiCam/Main.qml")));
    const auto roots = m_engine.rootObjects();
    auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
    if (!window) {
        qCCritical(lcUi) << "the kiosk screen could not be loaded";
        return false;
    }
    if (windowed)
        window->show();
    else
        window->showFullScreen();
    qCInfo(lcUi) << "kiosk window shown" << (windowed ? "windowed" : "full screen")
                 << window->size();
    return true;
}
