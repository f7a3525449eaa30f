// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QLoggingCategory>

// One category per subsystem, so QT_LOGGING_RULES can turn each up or down.
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcSystem)
Q_DECLARE_LOGGING_CATEGORY(lcVideo)
Q_DECLARE_LOGGING_CATEGORY(lcStream)
Q_DECLARE_LOGGING_CATEGORY(lcSensors)
Q_DECLARE_LOGGING_CATEGORY(lcMqtt)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcMotion)
Q_DECLARE_LOGGING_CATEGORY(lcEvents)
Q_DECLARE_LOGGING_CATEGORY(lcRecording)

namespace Logging {

// Installs the program's message handler: one line per message with the
// category, syslog priority prefixes when stderr is the systemd journal,
// credentials inside URLs masked and control characters escaped ("\x1b")
// whatever the caller passed in.
void install();

// The line the handler writes for a message; exposed for the tests.
QString formatLine(QtMsgType type, const char *category, const QString &message, bool forJournal);

} // namespace Logging
