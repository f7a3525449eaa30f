// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QObject>
#include <QTimer>

// Tells systemd (Type=notify units) when the program is ready and stopping,
// and keeps its watchdog fed at half the interval systemd asked for. Does
// nothing when not started by systemd.
class SystemdNotifier : public QObject
{
    Q_OBJECT
public:
    explicit SystemdNotifier(QObject *parent = nullptr);

    void notifyReady();
    void notifyStopping();
    void notifyStatus(const QString &status);
    bool watchdogEnabled() const { return m_watchdog.isActive(); }

private:
    QTimer m_watchdog;
};
