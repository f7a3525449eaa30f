// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QProcess>
#include <QString>

namespace TestSupport {

// An Xvfb server on a free display number, for tests that need real pixels.
class XvfbServer
{
public:
    explicit XvfbServer(const QString &screen = QStringLiteral("1280x720x24"));
    ~XvfbServer();

    bool isRunning() const { return !m_display.isEmpty(); }
    QString display() const { return m_display; } // ":N"
    QString error() const { return m_error; }

private:
    QProcess m_process;
    QString m_display;
    QString m_error;
};

} // namespace TestSupport
