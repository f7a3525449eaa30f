// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "kioskuiloader.h"

#include "kioskuimodule.h"
#include "system/logging.h"
#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

KioskUiModule *loadKioskUiModule()
{
    const QString path = QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                                         QStringLiteral(PICAM_PRIVATE_LIBDIR_FROM_BIN "/") +
                                         QStringLiteral(PICAM_KIOSKUI_MODULE));
    // Never unloaded: the screen's objects live until the program exits.
    QPluginLoader loader(path);
    QObject *root = loader.instance();
    auto *module = qobject_cast<KioskUiModule *>(root);
    if (!module) {
        qCCritical(lcUi).noquote()
            << "the kiosk screen module could not be loaded from" << path << "-"
            << (root ? QStringLiteral("it is not a picam-kiosk " PICAM_VERSION " screen module")
                     : loader.errorString())
            << "(--headless runs without it)";
        return nullptr;
    }
    qCDebug(lcUi).noquote() << "kiosk screen module" << path;
    return module;
}
