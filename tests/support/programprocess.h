// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QProcess>
#include <QStringList>

namespace TestSupport {

// picam-kiosk as a child process, with its combined output collected and
// helpers to wait for a log line or its exit.
class ProgramProcess
{
public:
    // The built picam-kiosk unless told another copy.
    explicit ProgramProcess(const QString &program = QStringLiteral(PICAM_KIOSK_BINARY));
    ~ProgramProcess();

    QProcess &process() { return m_process; }
    void setEnvironment(const QProcessEnvironment &env) { m_process.setProcessEnvironment(env); }

    void start(const QStringList &arguments);
    // Runs to completion (for --version, --check-config ...); returns the exit code.
    int run(const QStringList &arguments, int timeoutMs = 20000);

    // Waits until the output contains text; false on timeout or exit.
    bool waitForOutput(const QString &text, int timeoutMs = 15000);
    bool waitForExit(int timeoutMs);
    void terminate(); // SIGTERM
    void kill();      // SIGKILL

    QString output();
    int exitCode() const { return m_process.exitCode(); }
    bool crashed() const { return m_process.exitStatus() == QProcess::CrashExit; }

private:
    QProcess m_process;
    QString m_output;
};

} // namespace TestSupport
