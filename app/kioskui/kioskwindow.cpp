// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "kioskwindow.h"

#include "mediabackend.h"
#include "qrimageprovider.h"
#include "system/logging.h"

#include <QQuickWindow>
#include <QScreen>

bool KioskWindow::load(bool windowed, QObject *inputFilter)
{
    MediaBackend::choose();
    // The module's qmldir is at qrc:/PiCam/qmldir; files in its subfolders
    // import PiCam through this path (Qt 6.4 does not search qrc:/ itself).
    m_engine.addImportPath(QStringLiteral("qrc:/"));
    m_engine.addImageProvider(QLatin1String(QrImageProvider::Name), new QrImageProvider);
    m_engine.load(QUrl(QStringLiteral("qrc:/PiCam/Main.qml")));
    const auto roots = m_engine.rootObjects();
    auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
    if (!window) {
        qCCritical(lcUi) << "the kiosk screen could not be loaded";
        return false;
    }
    if (inputFilter)
        window->installEventFilter(inputFilter);
    if (windowed)
        window->show();
    else {
        // Without a window manager (a bare X server, Xvfb) the full-screen
        // state alone does not resize the window: give it the screen's size.
        window->setGeometry(window->screen()->geometry());
        window->showFullScreen();
    }
    // Keyboard focus (the joystick, the virtual keyboard's text fields) needs
    // the window active, which a bare X server does not do by itself.
    window->requestActivate();
    qCInfo(lcUi) << "kiosk window shown" << (windowed ? "windowed" : "full screen")
                 << window->size();
    return true;
}
