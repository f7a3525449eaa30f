// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// StallDetector's verdicts on simulated sessions: a receiver (its TCP and its
// application) and the network between, stepped frame by frame.

#include "video/stalldetector.h"

#include <QTest>

#include <algorithm>
#include <optional>

using namespace std::chrono;
using Clock = StallDetector::Clock;
using Verdict = StallDetector::Verdict;

namespace {

// One publishing session at 30 fps, 4 KB a frame (about 1 Mbit/s). The
// receiver's TCP takes what its window allows; its application reads (and
// so keeps the window open) and answers keep-alives unless told otherwise.
struct Session
{
    StallDetector detector;
    StallDetector::Sample s;
    bool reading = true;
    bool answers = true;
    bool cut = false;
    bool keepalives = true;
    quint64 linkBytesPerFrame = 1 << 30; // what the network carries per frame
    quint64 frameBytes = 4096;
    std::optional<quint64> requestEnd; // a keep-alive the application has not read yet
    Clock::time_point started = Clock::time_point() + hours(1);

    explicit Session(quint32 window = 1 << 20)
    {
        s.at = started;
        s.window = window;
        s.mss = 1448;
        s.windowKnown = true;
    }
    void start() { detector.start(s, keepalives, 125000); }
    double elapsed() const { return duration<double>(s.at - started).count(); }

    // One frame period: write, deliver, read, answer; then the detector's turn.
    Verdict step(bool write = true)
    {
        s.at += milliseconds(33);
        if (write)
            s.queued += frameBytes;
        if (!cut) {
            const quint64 delivered = std::min({s.queued, quint64(s.window), linkBytesPerFrame});
            s.acked += delivered;
            s.queued -= delivered;
            if (!reading)
                s.window -= quint32(delivered);
        }
        s.inFlight = (cut && s.queued > 0) ? 1 : 0;
        if (requestEnd && s.acked >= *requestEnd && reading && answers && !cut) {
            s.received += 40;
            requestEnd.reset();
        }
        const Verdict v = detector.update(s);
        if (v == Verdict::Fine && detector.keepaliveDue(s.at)) {
            detector.keepaliveSent(s, 60);
            s.queued += 60;
            requestEnd = s.acked + s.queued;
        }
        return v;
    }
    // Steps until a verdict or the time is up; returns the verdict.
    Verdict runFor(double seconds, bool write = true)
    {
        const auto end = s.at + duration_cast<Clock::duration>(duration<double>(seconds));
        while (s.at < end) {
            const Verdict v = step(write);
            if (v != Verdict::Fine)
                return v;
        }
        return Verdict::Fine;
    }
};

} // namespace

class TestStallDetector : public QObject
{
    Q_OBJECT
private slots:
    void healthySessionStaysFineAndTrustsAnsweringServer()
    {
        Session session;
        session.start();
        QCOMPARE(session.runFor(60), Verdict::Fine);
        QVERIFY(session.detector.serverTrusted());
        QVERIFY(session.detector.keepalivesEnabled());
    }

    void idleSessionIsNotAStall()
    {
        Session session;
        session.start();
        QCOMPARE(session.runFor(5), Verdict::Fine);
        // No frames (capture stopped): nothing to acknowledge, nothing to say.
        QCOMPARE(session.runFor(20, false), Verdict::Fine);
    }

    void stoppedReceiverWithAHugeWindowIsToldByTheKeepalive()
    {
        // 32 MB of window: the old send-queue check would wait minutes.
        Session session(32u << 20);
        session.start();
        QCOMPARE(session.runFor(20), Verdict::Fine);
        session.reading = false;
        const double stoppedAt = session.elapsed();
        QCOMPARE(session.runFor(10), Verdict::ReceiverStopped);
        const double after = session.elapsed() - stoppedAt;
        qInfo("told %.2f s after the stop", after);
        QVERIFY(after >= 2.5);
        QVERIFY(after <= 2.5 + 1.0 + 0.1); // the limit, plus one keep-alive interval
        QVERIFY(session.detector.duration() >= StallDetector::Limit);
        // The window was still wide open: only the keep-alive could tell.
        QVERIFY(session.s.window > (30u << 20));
    }

    void networkCutIsNoAcknowledgementEvenWithAKeepaliveOutstanding()
    {
        Session session;
        session.start();
        QCOMPARE(session.runFor(20), Verdict::Fine);
        // A keep-alive reaches the server; half a second later, before its
        // answer, the network is cut: the answer's deadline comes first.
        while (!session.requestEnd)
            QCOMPARE(session.step(), Verdict::Fine);
        session.answers = false;
        QCOMPARE(session.runFor(0.5), Verdict::Fine);
        session.cut = true;
        const double cutAt = session.elapsed();
        QCOMPARE(session.runFor(10), Verdict::NoAcknowledgement);
        const double after = session.elapsed() - cutAt;
        QVERIFY2(after >= 2.5 && after < 2.7, qPrintable(QString::number(after)));
    }

    void closedWindowIsAStoppedReceiverWithoutKeepalives()
    {
        // rtsps: no keep-alives; a small buffer fills and the window closes.
        Session session(128 * 1024);
        session.keepalives = false;
        session.start();
        QCOMPARE(session.runFor(20), Verdict::Fine);
        session.reading = false;
        const double stoppedAt = session.elapsed();
        QCOMPARE(session.runFor(10), Verdict::ReceiverStopped);
        // 128 KB take a second at 4 KB a frame, then the limit.
        const double after = session.elapsed() - stoppedAt;
        QVERIFY2(after > 2.5 && after < 4.5, qPrintable(QString::number(after)));
    }

    void serverThatNeverAnswersFallsBackToTcp()
    {
        Session session;
        session.answers = false;
        session.start();
        QCOMPARE(session.runFor(30), Verdict::Fine);
        QVERIFY(!session.detector.keepalivesEnabled());
        QVERIFY(!session.detector.serverTrusted());
        // TCP still tells a stop, once the window closes.
        session.reading = false;
        QCOMPARE(session.runFor(600), Verdict::ReceiverStopped);
    }

    void occasionalServerDataDoesNotEarnTrust()
    {
        // A server that ignores OPTIONS but sends a few bytes every 4 s
        // (RTCP): its bytes now and then must not pass for answers.
        Session session;
        session.answers = false;
        session.start();
        auto next = session.s.at + seconds(4);
        while (session.elapsed() < 30) {
            if (session.s.at >= next) {
                session.s.received += 52;
                next += seconds(4);
            }
            QCOMPARE(session.step(), Verdict::Fine);
        }
        QVERIFY(!session.detector.serverTrusted());
    }

    void trustOutlivesTheSession()
    {
        Session session;
        session.start();
        QCOMPARE(session.runFor(10), Verdict::Fine);
        QVERIFY(session.detector.serverTrusted());
        // A new session with the same server stalls at once: still told.
        session.requestEnd.reset();
        session.start();
        session.reading = false;
        QCOMPARE(session.runFor(10), Verdict::ReceiverStopped);
        // Another server starts over.
        session.detector.forgetServer();
        QVERIFY(!session.detector.serverTrusted());
    }

    void slowNetworkIsToldApartFromAStoppedReceiver()
    {
        Session session;
        session.start();
        QCOMPARE(session.runFor(10), Verdict::Fine);
        // The network carries half the stream; the receiver reads all it gets.
        session.linkBytesPerFrame = session.frameBytes / 2;
        QCOMPARE(session.runFor(30), Verdict::NetworkTooSlow);
        QVERIFY(session.detector.backlog() > 64 * 1024);
    }

    void causeOfAFullSendBufferBeforeAnyLimit()
    {
        // The write deadline may pass first when the send buffer is small.
        Session session;
        session.start();
        QCOMPARE(session.runFor(10), Verdict::Fine);
        QCOMPARE(session.detector.cause(session.s), Verdict::NetworkTooSlow);
        session.cut = true;
        QCOMPARE(session.runFor(1.2), Verdict::Fine);
        QCOMPARE(session.detector.cause(session.s), Verdict::NoAcknowledgement);
        session.cut = false;
        session.s.window = 0;
        QCOMPARE(session.step(), Verdict::Fine);
        QCOMPARE(session.detector.cause(session.s), Verdict::ReceiverStopped);
    }

    void keepaliveQueuedBehindDataIsNotYetTheReceiversFault()
    {
        // A link a little slower than the stream: requests wait in the queue
        // behind video, so they are answered late, but they are answered.
        Session session;
        session.start();
        QCOMPARE(session.runFor(10), Verdict::Fine);
        session.linkBytesPerFrame = session.frameBytes * 9 / 10;
        // The backlog grows by 400 B a frame: it passes the 125 KB limit after
        // about 10 s, and until then nothing is blamed on the receiver.
        QCOMPARE(session.runFor(9), Verdict::Fine);
    }
};

QTEST_GUILESS_MAIN(TestStallDetector)
#include "test_stalldetector.moc"
