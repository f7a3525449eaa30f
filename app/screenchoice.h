// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Where the kiosk screen goes when nothing says: the platform asked for
// (QT_QPA_PLATFORM, -platform), a desktop session (DISPLAY, WAYLAND_DISPLAY),
// the console through eglfs when there is a DRM device (a Pi without a
// desktop), or nowhere. Decided before any application object exists, so
// that a machine with no screen at all runs headless with a clear line
// instead of Qt aborting because no platform plugin could start.
struct ScreenChoice
{
    enum Kind { AsConfigured, Desktop, Console, NoScreen };

    Kind kind = AsConfigured;
    QString reason; // for the log

    static ScreenChoice detect(const QProcessEnvironment &env, const QStringList &arguments,
                               const QString &drmDirectory = QStringLiteral("/dev/dri"));
};
