// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "xvfbserver.h"

#include <QDeadlineTimer>

#include <unistd.h>

namespace TestSupport {

XvfbServer::XvfbServer(const QString &screen)
{
    // -displayfd makes Xvfb pick a free display and write its number to fd 1
    // once it accepts connections: no guessing, no sleeping.
    m_process.setProgram(QStringLiteral("Xvfb"));
    m_process.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"),
                            QStringLiteral("-screen"), QStringLiteral("0"), screen,
                            QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("Xvfb did not start: ") + m_process.errorString();
        return;
    }
    QDeadlineTimer deadline(15000);
    QByteArray out;
    while (!out.contains('\n') && !deadline.hasExpired() &&
           m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
    }
    const QByteArray number = out.trimmed();
    if (number.isEmpty()) {
        m_error = QStringLiteral("Xvfb gave no display number: ") +
                  QString::fromLocal8Bit(m_process.readAllStandardError());
        return;
    }
    m_display = QLatin1Char(':') + QString::fromLatin1(number);
}

XvfbServer::~XvfbServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace TestSupport
