// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace TestSupport {

class NetworkNamespace;

// A real RTSP receiver: `ffmpeg -rtsp_flags listen` on a free loopback port,
// accepting one publisher (ANNOUNCE/RECORD over TCP) and copying the H.264
// it receives, unchanged, into a file for analyse(). It can be killed,
// paused (SIGSTOP) and resumed like a server that crashes or hangs.
class RtspReceiver
{
public:
    explicit RtspReceiver(quint16 port = 0);
    ~RtspReceiver();

    // Runs the receiver inside a network namespace (at its address) from
    // the next start() on. The namespace must outlive the receiver.
    void runInside(const NetworkNamespace *ns);

    // Starts ffmpeg and waits until it listens. A second start() (after
    // kill()) listens on the same port again and writes a new file.
    bool start(int timeoutMs = 15000);
    void kill();
    void pause();  // SIGSTOP
    void resume(); // SIGCONT
    // Waits for ffmpeg to exit on its own (after the publisher's TEARDOWN).
    bool waitForExit(int timeoutMs);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    quint16 port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); }
    QString url() const;
    QString outputPath() const { return m_output; }
    qint64 bytesReceived() const;
    // Polls until the output holds at least bytes; false on timeout.
    bool waitForBytes(qint64 bytes, int timeoutMs);
    QString log();

    struct Analysis
    {
        bool ok = false;
        QString error;
        QString codec;
        QString profile;
        int width = 0;
        int height = 0;
        int hasBFrames = -1;
        int frames = 0;
        QStringList pictTypes; // per decoded frame: I, P, B
        QList<bool> keyframes; // per decoded frame
        double duration = 0;   // the container's, seconds; 0 when it says none
        QString messages;      // what ffprobe said on stderr (a cut file)
        int maxKeyframeDistance() const;
    };
    // Decodes a received file (or a recorded clip) with ffprobe.
    static Analysis analyse(const QString &path);

    // True when something listens on 127.0.0.1:port (without connecting:
    // the receiver takes the first connection as its publisher).
    static bool isListening(quint16 port);

private:
    // Reads the receiver's own view (its namespace's /proc/PID/net/tcp).
    bool listening() const;
    static bool listensIn(const QString &procNetTcp, quint16 port);

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port;
    QString m_host = QStringLiteral("127.0.0.1");
    const NetworkNamespace *m_namespace = nullptr;
    int m_runs = 0;
    QString m_output;
    QString m_log;
};

} // namespace TestSupport
