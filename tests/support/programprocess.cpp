// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "programprocess.h"

#include <QDeadlineTimer>

namespace TestSupport {

ProgramProcess::ProgramProcess(const QString &program)
{
    m_process.setProgram(program);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("NOTIFY_SOCKET"));
    env.remove(QStringLiteral("JOURNAL_STREAM"));
    m_process.setProcessEnvironment(env);
}

ProgramProcess::~ProgramProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void ProgramProcess::start(const QStringList &arguments)
{
    m_output.clear();
    m_process.setArguments(arguments);
    m_process.start();
    m_process.waitForStarted(10000);
}

int ProgramProcess::run(const QStringList &arguments, int timeoutMs)
{
    start(arguments);
    if (!waitForExit(timeoutMs))
        return -1;
    return m_process.exitCode();
}

QString ProgramProcess::output()
{
    m_output += QString::fromUtf8(m_process.readAll());
    return m_output;
}

bool ProgramProcess::waitForOutput(const QString &text, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!output().contains(text)) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return output().contains(text);
        m_process.waitForReadyRead(
            int(qMin<qint64>(200, qMax<qint64>(1, deadline.remainingTime()))));
    }
    return true;
}

bool ProgramProcess::waitForExit(int timeoutMs)
{
    const bool done =
        m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
    output();
    return done;
}

void ProgramProcess::terminate()
{
    m_process.terminate();
}

void ProgramProcess::kill()
{
    m_process.kill();
}

} // namespace TestSupport
