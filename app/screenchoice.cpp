// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "screenchoice.h"

#include <QDir>

ScreenChoice ScreenChoice::detect(const QProcessEnvironment &env, const QStringList &arguments,
                                  const QString &drmDirectory)
{
    if (env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        return {
            AsConfigured,
            QStringLiteral("QT_QPA_PLATFORM=%1").arg(env.value(QStringLiteral("QT_QPA_PLATFORM")))};
    if (arguments.contains(QStringLiteral("-platform")))
        return {AsConfigured, QStringLiteral("-platform")};
    for (const QString &variable : {QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("DISPLAY")}) {
        if (!env.value(variable).isEmpty())
            return {Desktop, QStringLiteral("%1=%2").arg(variable, env.value(variable))};
    }
    const QStringList cards =
        QDir(drmDirectory).entryList({QStringLiteral("card*")}, QDir::System | QDir::Files);
    if (!cards.isEmpty())
        return {Console, QStringLiteral("no desktop session; %1/%2 for eglfs")
                             .arg(drmDirectory, cards.constFirst())};
    return {NoScreen, QStringLiteral("no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM, and no DRM "
                                     "device in %1")
                          .arg(drmDirectory)};
}
