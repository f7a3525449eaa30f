// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "systemdnotifier.h"

#include "logging.h"

#include <systemd/sd-daemon.h>

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        m_watchdog.setInterval(std::chrono::milliseconds(usec / 2000));
        connect(&m_watchdog, &QTimer::timeout, this, [] { sd_notify(0, "WATCHDOG=1"); });
        m_watchdog.start();
        qCInfo(lcSystem) << "systemd watchdog every" << m_watchdog.interval() << "ms";
    }
}

void SystemdNotifier::notifyReady()
{
    sd_notify(0, "READY=1");
}

void SystemdNotifier::notifyStopping()
{
    m_watchdog.stop();
    sd_notify(0, "STOPPING=1");
}

void SystemdNotifier::notifyStatus(const QString &status)
{
    sd_notify(0, QByteArray("STATUS=" + status.toUtf8()).constData());
}
