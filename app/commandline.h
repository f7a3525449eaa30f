// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// The program's command line: what a user, systemd and the tests rely on.
struct CommandLine
{
    enum ExitCode { Ok = 0, Fatal = 1, Usage = 2 };

    bool headless = false;
    bool windowed = false;
    bool checkConfig = false;
    bool printConfig = false;
    QString configFile; // empty: the default search order
    QStringList overrides;

    // True when the arguments ask for something that needs no display, so a
    // QCoreApplication is enough. Looked at before any application exists.
    static bool needsNoDisplay(int argc, char **argv);

    // Parses; on --help, --version or a usage error prints and returns the
    // exit code to leave with, otherwise returns -1.
    int parse(const QCoreApplication &app);
};
