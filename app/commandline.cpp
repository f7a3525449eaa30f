// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>

bool CommandLine::needsNoDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--headless", "--check-config", "--print-config", "--version",
                                 "-v", "--help", "-h", "--help-all"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

int CommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Camera preview and RTSP stream, Sense HAT gauges and MQTT publisher for "
                       "the Raspberry Pi."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headlessOpt(QStringLiteral("headless"),
                                         QStringLiteral("Run the backend only, without a screen."));
    const QCommandLineOption windowedOpt(QStringLiteral("windowed"),
                                         QStringLiteral("Open a window instead of full screen."));
    const QCommandLineOption configOpt(
        QStringLiteral("config"),
        QStringLiteral("Settings file (default: /etc/picam-kiosk/picam-kiosk.conf if it exists, "
                       "else the user's config directory)."),
        QStringLiteral("FILE"));
    const QCommandLineOption setOpt(
        QStringLiteral("set"), QStringLiteral("Override one setting for this run; repeatable."),
        QStringLiteral("group/key=value"));
    const QCommandLineOption checkOpt(
        QStringLiteral("check-config"),
        QStringLiteral("Validate the settings, print every problem, exit 0 if valid, 2 if not."));
    const QCommandLineOption printOpt(
        QStringLiteral("print-config"),
        QStringLiteral("Print the effective settings (secrets masked)."));
    parser.addOptions({headlessOpt, windowedOpt, configOpt, setOpt, checkOpt, printOpt});

    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "picam-kiosk: %s\nTry --help.\n", qPrintable(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(app.applicationName()),
                    qPrintable(app.applicationVersion()));
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "picam-kiosk: unexpected argument \"%s\"\nTry --help.\n",
                     qPrintable(parser.positionalArguments().constFirst()));
        return Usage;
    }
    headless = parser.isSet(headlessOpt);
    windowed = parser.isSet(windowedOpt);
    checkConfig = parser.isSet(checkOpt);
    printConfig = parser.isSet(printOpt);
    configFile = parser.value(configOpt);
    overrides = parser.values(setOpt);
    return -1;
}
