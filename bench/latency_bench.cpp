// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// bench/latency: how long a picture takes from capture to a decoded frame at
// a real RTSP receiver, and a reading from capture to an MQTT subscriber.
//
// picam-kiosk --headless streams its test pattern (which carries its capture
// time as a code, video/timecode.h) to `ffmpeg -rtsp_flags listen` on
// loopback; ffmpeg decodes and writes raw grey frames to a pipe; this program
// reads the code from each frame as it arrives and takes the difference to
// CLOCK_MONOTONIC (one clock: the same machine). The program's own view of
// where the time went (queue, encode, send) comes from its stream state on
// MQTT (picam/{device}/stream), and the readings' latency from a
// mosquitto_sub on the readings topic. Prints figures; never part of ctest.

#include "avreceiver.h"
#include "freeport.h"
#include "mosquittobroker.h"
#include "mosquittosubscriber.h"
#include "programprocess.h"
#include "rtspreceiver.h"
#include "timecodetally.h"
#include "video/frame.h"
#include "video/timecode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using TestSupport::MosquittoBroker;
using TestSupport::MosquittoSubscriber;
using TestSupport::ProgramProcess;

namespace {

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[qsizetype(std::min<double>(double(v.size() - 1), p * double(v.size() - 1) + 0.5))];
}

void waitFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// What a receiving end tells: each decoded picture's capture-to-decoded time.
class LatencyReceiver
{
public:
    virtual ~LatencyReceiver() = default;
    virtual void startCounting() = 0;
    virtual QList<double> latencies() const = 0;
    // Capture to the packet leaving the demuxer, where the receiver can tell.
    virtual QList<double> demuxed() const { return {}; }
    virtual int frames() const = 0;
    virtual int unreadable() const = 0;
    virtual QString errors() = 0;
};

// The ffmpeg tool listening for the stream, decoding it to raw grey frames on
// its standard output, read here as they come.
class FfmpegToolReceiver : public LatencyReceiver
{
public:
    FfmpegToolReceiver(int width, int height, quint16 port)
        : m_frameBytes(qsizetype(width) * height)
        , m_width(width)
        , m_height(height)
    {
        QObject::connect(&m_ffmpeg, &QProcess::readyReadStandardOutput, [this] { read(); });
        m_ffmpeg.setProcessChannelMode(QProcess::SeparateChannels);
        // No input buffering, one decoding thread (frame threads would hold
        // frames back), every frame out as it is decoded.
        m_ffmpeg.start(QStringLiteral("ffmpeg"),
                       {QStringLiteral("-hide_banner"),
                        QStringLiteral("-loglevel"),
                        QStringLiteral("error"),
                        QStringLiteral("-fflags"),
                        QStringLiteral("nobuffer"),
                        QStringLiteral("-flags"),
                        QStringLiteral("low_delay"),
                        QStringLiteral("-threads"),
                        QStringLiteral("1"),
                        QStringLiteral("-rtsp_flags"),
                        QStringLiteral("listen"),
                        QStringLiteral("-i"),
                        QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(port),
                        QStringLiteral("-f"),
                        QStringLiteral("rawvideo"),
                        QStringLiteral("-pix_fmt"),
                        QStringLiteral("gray"),
                        QStringLiteral("-fps_mode"),
                        QStringLiteral("passthrough"),
                        QStringLiteral("-flush_packets"),
                        QStringLiteral("1"),
                        QStringLiteral("pipe:1")});
    }
    ~FfmpegToolReceiver() override
    {
        m_ffmpeg.kill();
        m_ffmpeg.waitForFinished(3000);
    }
    void startCounting() override { m_counting = true; }
    QList<double> latencies() const override { return m_tally.latencies; }
    int frames() const override { return m_tally.frames; }
    int unreadable() const override { return m_tally.unreadable; }
    QString errors() override { return QString::fromLocal8Bit(m_ffmpeg.readAllStandardError()); }

private:
    void read()
    {
        m_buffer += m_ffmpeg.readAllStandardOutput();
        qsizetype at = 0;
        while (m_buffer.size() - at >= m_frameBytes) {
            const qint64 now = Frame::monotonicNowNs() / 1000000;
            const auto code =
                TimeCode::read(reinterpret_cast<const uint8_t *>(m_buffer.constData() + at),
                               m_width, m_width, m_height);
            at += m_frameBytes;
            if (m_counting)
                m_tally.add(now, code);
        }
        m_buffer.remove(0, at);
    }

    QProcess m_ffmpeg;
    QByteArray m_buffer;
    qsizetype m_frameBytes;
    int m_width;
    int m_height;
    bool m_counting = false;
    TimeCodeTally m_tally;
};

// Our own receiver (bench/avreceiver.h).
class LibavReceiver : public LatencyReceiver
{
public:
    explicit LibavReceiver(quint16 port)
        : m_receiver(port)
    {}
    void startCounting() override { m_receiver.startCounting(); }
    QList<double> latencies() const override { return m_receiver.tally().latencies; }
    QList<double> demuxed() const override { return m_receiver.demuxed(); }
    int frames() const override { return m_receiver.tally().frames; }
    int unreadable() const override { return m_receiver.tally().unreadable; }
    QString errors() override { return m_receiver.error(); }

private:
    AvReceiver m_receiver;
};

const QStringList receiverKinds{QStringLiteral("ffmpeg"), QStringLiteral("libav")};

std::unique_ptr<LatencyReceiver> makeReceiver(const QString &kind, int width, int height,
                                              quint16 port)
{
    if (kind == QStringLiteral("ffmpeg"))
        return std::make_unique<FfmpegToolReceiver>(width, height, port);
    return std::make_unique<LibavReceiver>(port);
}

const char *receiverName(const QString &kind)
{
    if (kind == QStringLiteral("ffmpeg"))
        return "the ffmpeg tool (-fflags nobuffer -flags low_delay)";
    return "libavformat + libavcodec in the bench (a player's view)";
}

bool measure(int width, int height, int seconds, const QString &encoder, int bitrate,
             const QString &receiverKind)
{
    MosquittoBroker broker;
    const quint16 mqttPort = broker.addListener(MosquittoBroker::Protocol::Mqtt);
    if (!broker.start()) {
        std::fprintf(stderr, "broker: %s\n", qPrintable(broker.error()));
        return false;
    }
    const QString readings = QStringLiteral("sensors/metrics");
    const QString stream = QStringLiteral("picam/bench/stream");
    MosquittoSubscriber sub;
    if (!sub.start(mqttPort, {readings, stream}, QStringLiteral("latency-bench"))) {
        std::fprintf(stderr, "mosquitto_sub did not start\n");
        return false;
    }

    const quint16 rtspPort = TestSupport::freePort();
    const auto receiver = makeReceiver(receiverKind, width, height, rtspPort);
    // Not waitForPort(): the receiver takes the first connection for its publisher.
    QElapsedTimer listening;
    listening.start();
    while (!TestSupport::RtspReceiver::isListening(rtspPort) && listening.elapsed() < 10000)
        waitFor(50);
    if (!TestSupport::RtspReceiver::isListening(rtspPort)) {
        std::fprintf(stderr, "the receiver did not start: %s\n", qPrintable(receiver->errors()));
        return false;
    }
    ProgramProcess program;
    QTemporaryDir state;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STATE_DIRECTORY"), state.path());
    program.setEnvironment(env);
    QStringList args{QStringLiteral("--headless")};
    for (const QString &a :
         {QStringLiteral("device/name=bench"), QStringLiteral("camera/source=testpattern"),
          QStringLiteral("camera/width=%1").arg(width),
          QStringLiteral("camera/height=%1").arg(height), QStringLiteral("camera/framerate=30"),
          QStringLiteral("stream/url=rtsp://127.0.0.1:%1/cam").arg(rtspPort),
          QStringLiteral("stream/encoder=%1").arg(encoder),
          QStringLiteral("stream/bitrate=%1").arg(bitrate),
          QStringLiteral("sensors/source=simulated"), QStringLiteral("mqtt/interval=0.5"),
          QStringLiteral("mqtt/homeassistant=false"),
          QStringLiteral("mqtt/url=tcp://127.0.0.1:%1").arg(mqttPort)})
        args << QStringLiteral("--set") << a;
    program.start(args);
    if (!program.waitForOutput(QStringLiteral("streaming ("), 20000)) {
        std::fprintf(stderr, "the program did not stream:\n%s\n", qPrintable(program.output()));
        return false;
    }
    std::printf("%dx%d at 30 fps, %s, %.1f Mbit/s, received by %s: %d s...\n", width, height,
                qPrintable(encoder), bitrate / 1e6, receiverName(receiverKind), seconds);
    std::fflush(stdout);
    waitFor(3000); // past the start: the first keyframe, the encoder's rate control
    const qsizetype readingsBefore = sub.messages(readings).size();
    receiver->startCounting();
    waitFor(seconds * 1000);

    const QList<double> video = receiver->latencies();
    std::printf("  capture to decoded at the receiver: %d frames (%d unreadable), median %.1f ms, "
                "p99 %.1f ms, max %.1f ms\n",
                receiver->frames(), receiver->unreadable(), percentile(video, 0.5),
                percentile(video, 0.99), percentile(video, 1.0));

    const QList<double> demuxed = receiver->demuxed();
    if (!demuxed.isEmpty())
        std::printf(
            "    of which capture to the packet out of the demuxer: median %.1f ms, p99 %.1f "
            "ms\n",
            percentile(demuxed, 0.5), percentile(demuxed, 0.99));
    const auto streamStates = sub.messages(stream);
    if (!streamStates.isEmpty()) {
        const QJsonObject s = QJsonDocument::fromJson(streamStates.last().payload).object();
        if (s.contains(QStringLiteral("latency_ms")))
            std::printf("  in the program (capture to socket, last 10 s): median %.1f ms, p99 %.1f "
                        "ms; of the median: queue %.1f, encode %.1f, send %.1f ms\n",
                        s.value(QStringLiteral("latency_ms")).toDouble(),
                        s.value(QStringLiteral("latency_p99_ms")).toDouble(),
                        s.value(QStringLiteral("queue_ms")).toDouble(),
                        s.value(QStringLiteral("encode_ms")).toDouble(),
                        s.value(QStringLiteral("send_ms")).toDouble());
    }

    QList<double> mqtt;
    const auto messages = sub.messages(readings);
    for (qsizetype i = readingsBefore; i < messages.size(); ++i) {
        const qint64 ts = QJsonDocument::fromJson(messages[i].payload)
                              .object()
                              .value(QStringLiteral("ts"))
                              .toInteger();
        mqtt << messages[i].receivedAt * 1000.0 - double(ts);
    }
    std::printf("  readings, capture to mosquitto_sub: %lld, median %.1f ms, p99 %.1f ms, max "
                "%.1f ms\n",
                static_cast<long long>(mqtt.size()), percentile(mqtt, 0.5), percentile(mqtt, 0.99),
                percentile(mqtt, 1.0));
    std::fflush(stdout);
    program.terminate();
    program.waitForExit(5000);
    if (video.isEmpty())
        std::fprintf(stderr, "  nothing decoded: %s\n", qPrintable(receiver->errors()));
    return receiver->unreadable() == 0 && !video.isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const int seconds = option(QStringLiteral("--seconds"), QStringLiteral("60")).toInt();
    const QString encoder = option(QStringLiteral("--encoder"), QStringLiteral("libx264"));
    const int bitrate = option(QStringLiteral("--bitrate"), QStringLiteral("2000000")).toInt();
    const QStringList sizes =
        option(QStringLiteral("--sizes"), QStringLiteral("1280x720,1920x1080")).split(u',');
    const QStringList receivers =
        option(QStringLiteral("--receivers"), receiverKinds.join(u',')).split(u',');
    for (const QString &r : receivers) {
        if (!receiverKinds.contains(r)) {
            std::fprintf(stderr, "--receivers: %s is not one of %s\n", qPrintable(r),
                         qPrintable(receiverKinds.join(u',')));
            return 2;
        }
    }
    bool ok = true;
    for (const QString &size : sizes) {
        const QStringList wh = size.split(u'x');
        if (wh.size() != 2) {
            std::fprintf(stderr, "--sizes: %s is not WIDTHxHEIGHT\n", qPrintable(size));
            return 2;
        }
        for (const QString &r : receivers)
            ok = measure(wh[0].toInt(), wh[1].toInt(), seconds, encoder, bitrate, r) && ok;
    }
    return ok ? 0 : 1;
}
