// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// Stall detection against a receiver on "another machine": a network
// namespace of the test's own, joined by a veth pair, whose kernel has its
// own TCP buffer sizes and whose link can be cut or slowed. Issue 12: a
// receiver that stops reading, or a network that stops delivering, is told
// within 5 s whatever the kernels' buffer sizes. Needs root (skipped
// otherwise).

#include "networknamespace.h"
#include "rtspreceiver.h"
#include "streampipeline.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using TestSupport::NetworkNamespace;
using TestSupport::RtspReceiver;

namespace {

// One field of `ss -tmi` for the connection to or from port (0 if absent).
qint64 socketField(const QString &ssOutput, const QString &field)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("\\b%1[:(]?(\\d+)").arg(field)).match(ssOutput);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

QString publisherSocket(const RtspReceiver &receiver, const QString &address)
{
    QProcess ss;
    ss.start(QStringLiteral("ss"), {QStringLiteral("-tmiH"), QStringLiteral("dst"),
                                    QStringLiteral("%1:%2").arg(address).arg(receiver.port())});
    ss.waitForFinished(5000);
    return QString::fromLocal8Bit(ss.readAllStandardOutput()).simplified();
}

} // namespace

class TestStreamStall : public QObject
{
    Q_OBJECT

    static bool streamFor(StreamPipeline &p, int seconds)
    {
        QSignalSpy states(p.stream.get(), &Service::stateChanged);
        const quint64 sent = p.stream->stats().framesSent;
        // Statistics come once a second; 30 frames a second.
        if (!QTest::qWaitFor(
                [&] { return p.stream->stats().framesSent >= sent + quint64(seconds) * 30; },
                (seconds + 20) * 1000))
            return false;
        // No false alarm while the receiver reads.
        return states.isEmpty() && p.stream->state() == Service::State::Running;
    }

private slots:
    void initTestCase()
    {
        const QString why = NetworkNamespace::unavailable();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
    }

    void stoppedReceiverWithHugeBuffersIsToldWithinFiveSeconds()
    {
        NetworkNamespace ns;
        QVERIFY2(ns.create(), qPrintable(ns.error()));
        // Its kernel gives every connection 32 MB of receive buffer at once:
        // the window it advertises grows past 20 MB and keeps opening after
        // the receiver stops, so the sender's queue would not grow for
        // minutes.
        QVERIFY2(ns.setSysctl(QStringLiteral("net.ipv4.tcp_rmem"),
                              QStringLiteral("4096 33554432 33554432")),
                 qPrintable(ns.error()));
        RtspReceiver receiver;
        receiver.runInside(&ns);
        QVERIFY(receiver.start());
        StreamPipeline p(receiver.url());
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Running, 20000);
        QVERIFY(streamFor(p, 20));

        receiver.pause();
        QElapsedTimer sincePause;
        sincePause.start();
        const quint64 captured = p.capture->framesCaptured();
        QString receiverSide;
        ns.run({QStringLiteral("ss"), QStringLiteral("-tmiH"), QStringLiteral("sport"),
                QStringLiteral("="), QStringLiteral(":%1").arg(receiver.port())},
               &receiverSide);
        const QString publisherSide = publisherSocket(receiver, ns.address());
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Retrying, 10000);
        const qint64 detected = sincePause.elapsed();
        qInfo("stall detected after %lld ms: %s", detected, qPrintable(p.stream->lastError()));
        qInfo("at the stop: receiver's buffer %lld bytes, window it advertised %lld bytes",
              socketField(receiverSide, QStringLiteral("rb")),
              socketField(publisherSide, QStringLiteral("snd_wnd")));
        QVERIFY2(detected < 5000, qPrintable(QString::number(detected)));
        QVERIFY2(p.stream->lastError().startsWith(QStringLiteral("stalled: the receiver at ") +
                                                  ns.address()) &&
                     p.stream->lastError().contains(QStringLiteral("stopped reading")),
                 qPrintable(p.stream->lastError()));
        // The buffers were as large as meant.
        QVERIFY2(socketField(receiverSide, QStringLiteral("rb")) >= 32 << 20,
                 qPrintable(receiverSide));
        // Capture kept running.
        QVERIFY(p.capture->framesCaptured() > captured + 10);
    }

    void networkCutIsToldWithinFiveSecondsAndTheStreamComesBack()
    {
        NetworkNamespace ns;
        QVERIFY2(ns.create(), qPrintable(ns.error()));
        RtspReceiver receiver;
        receiver.runInside(&ns);
        QVERIFY(receiver.start());
        StreamPipeline p(receiver.url());
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Running, 20000);
        QVERIFY(streamFor(p, 5));

        QVERIFY2(ns.cut(), qPrintable(ns.error()));
        QElapsedTimer sinceCut;
        sinceCut.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Retrying, 10000);
        const qint64 detected = sinceCut.elapsed();
        qInfo("cut (%s) detected after %lld ms: %s", qPrintable(ns.cutMethod()), detected,
              qPrintable(p.stream->lastError()));
        QVERIFY2(detected < 5000, qPrintable(QString::number(detected)));
        QVERIFY2(p.stream->lastError().startsWith(
                     QStringLiteral("network: no acknowledgement from ") + ns.address()),
                 qPrintable(p.stream->lastError()));

        // The network comes back with a new receiver (the old one never heard
        // the session end): the publisher reconnects on its own, keyframe first.
        QVERIFY2(ns.restore(), qPrintable(ns.error()));
        QVERIFY(receiver.start());
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Running, 30000);
        QVERIFY(receiver.waitForBytes(20000, 20000));
        p.stream->stop();
        QVERIFY(receiver.waitForExit(15000));
        const RtspReceiver::Analysis a = RtspReceiver::analyse(receiver.outputPath());
        QVERIFY2(a.ok, qPrintable(a.error));
        QVERIFY(a.frames > 5);
        QCOMPARE(a.pictTypes.first(), QStringLiteral("I"));
    }

    void networkSlowerThanTheStreamIsSaid()
    {
        NetworkNamespace ns;
        QVERIFY2(ns.create(), qPrintable(ns.error()));
        RtspReceiver receiver;
        receiver.runInside(&ns);
        QVERIFY(receiver.start());
        StreamPipeline p(receiver.url());
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Running, 20000);
        QVERIFY(streamFor(p, 3));

        // A third of what the stream needs.
        if (!ns.limitRate(300))
            QSKIP(qPrintable(QStringLiteral("no tc token bucket: ") + ns.error()));
        QElapsedTimer sinceLimit;
        sinceLimit.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Retrying, 15000);
        qInfo("told after %lld ms: %s", sinceLimit.elapsed(), qPrintable(p.stream->lastError()));
        QVERIFY2(p.stream->lastError().startsWith(QStringLiteral("network too slow: ")),
                 qPrintable(p.stream->lastError()));
    }
};

QTEST_GUILESS_MAIN(TestStreamStall)
#include "test_streamstall.moc"
