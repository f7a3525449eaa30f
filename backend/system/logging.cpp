// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "logging.h"

#include "redact.h"

#include <cstdio>

Q_LOGGING_CATEGORY(lcConfig, "picam.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSystem, "picam.system", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVideo, "picam.video", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStream, "picam.stream", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSensors, "picam.sensors", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMqtt, "picam.mqtt", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "picam.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMotion, "picam.motion", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEvents, "picam.events", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRecording, "picam.recording", QtInfoMsg)

namespace Logging {
namespace {

bool stderrIsJournal()
{
    // systemd sets JOURNAL_STREAM to "device:inode" of the stream it connected
    // stderr to; only trust it when that still is our stderr.
    return qEnvironmentVariableIsSet("JOURNAL_STREAM");
}

int syslogPriority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 2;
    }
    return 6;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

bool g_journal = false;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = formatLine(type, context.category, message, g_journal);
    const QByteArray bytes = line.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

} // namespace

QString formatLine(QtMsgType type, const char *category, const QString &message, bool forJournal)
{
    // Escaped before masking, so a newline cannot end a URL early; and
    // escaped at all because a newline or ESC from a server's error text would
    // start a forged line (with its own "<3>" priority in the journal) or
    // drive the terminal.
    const QString safe = Redact::credentialsInText(Redact::escapeControl(message));
    const QString cat = (category && qstrcmp(category, "default") != 0)
                            ? QString::fromUtf8(category)
                            : QStringLiteral("picam");
    if (forJournal)
        return QStringLiteral("<%1>%2: %3").arg(syslogPriority(type)).arg(cat, safe);
    return QStringLiteral("%1 %2: %3").arg(cat, QLatin1String(levelName(type)), safe);
}

void install()
{
    g_journal = stderrIsJournal();
    qInstallMessageHandler(handler);
}

} // namespace Logging
