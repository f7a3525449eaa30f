// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The recording service with the test pattern as the camera, the stream
// service's real encoder and the clips read back with ffprobe: one event is
// one MP4 of pre-roll + event + post-roll that starts at a keyframe; a clip
// cut mid-write plays; streaming off still records; a full or read-only
// card is a state, retried, and the stream (to a real receiver) goes on.
// As root the card is a tmpfs of its own (ENOSPC, EROFS); otherwise a file
// size limit (EFBIG) and a directory without write permission stand in.

#include "config/settings.h"
#include "encodedpackets.h"
#include "filesizelimit.h"
#include "recording/packetinbox.h"
#include "recording/recordingservice.h"
#include "rtspreceiver.h"
#include "tmpfscard.h"
#include "video/captureservice.h"
#include "video/h264encoder.h"
#include "video/streamservice.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using TestSupport::RtspReceiver;
using TestSupport::TmpfsCard;

namespace {

// The camera, the stream encoder and the recorder, wired as main() does.
struct Pipeline
{
    Settings settings;
    PacketInbox inbox;
    std::unique_ptr<CaptureService> capture;
    std::unique_ptr<StreamService> stream;
    std::unique_ptr<RecordingService> recording;

    Pipeline(const QString &directory, const QStringList &overrides)
    {
        for (const QString &s :
             QStringList{QStringLiteral("camera/source=testpattern"),
                         QStringLiteral("camera/width=320"), QStringLiteral("camera/height=240"),
                         QStringLiteral("camera/framerate=30"),
                         QStringLiteral("stream/encoder=libx264"),
                         QStringLiteral("stream/keyframe_interval=1"),
                         QStringLiteral("recording/pre_seconds=1"),
                         QStringLiteral("recording/post_seconds=1"),
                         QStringLiteral("recording/min_free_megabytes=0")} +
                 overrides)
            settings.override(s);
        capture = std::make_unique<CaptureService>(settings);
        stream = std::make_unique<StreamService>(settings);
        stream->setPacketTap(&inbox);
        StreamService *s = stream.get();
        capture->addConsumer([s](const Frame &f) { s->pushFrame(f); });
        recording = std::make_unique<RecordingService>(settings, inbox);
        recording->setDirectory(directory);
        recording->setSnapshotDirectory(QString());
        recording->setRetryDelay(std::chrono::milliseconds(1000));
        QObject::connect(recording.get(), &RecordingService::encodingWantedChanged, s,
                         &StreamService::setEncodingWanted);
    }
    void start()
    {
        capture->start();
        stream->start();
        recording->start();
    }
    ~Pipeline()
    {
        recording->stop();
        stream->stop();
        capture->stop();
    }

    // Waits until the recorder has been handed n more packets.
    bool waitPackets(quint64 n, int timeoutMs = 30000)
    {
        const quint64 target = inbox.received() + n;
        QDeadlineTimer deadline(timeoutMs);
        while (inbox.received() < target) {
            if (deadline.hasExpired())
                return false;
            QTest::qWait(20);
        }
        return true;
    }

    Event startEvent()
    {
        Event e;
        e.type = Event::Type::Motion;
        e.startMs = QDateTime::currentMSecsSinceEpoch();
        e.id = Event::makeId(e.type, e.startMs);
        e.clip = recording->clipName(e);
        recording->onEventStarted(e);
        return e;
    }
    void endEvent(Event &e)
    {
        e.endMs = QDateTime::currentMSecsSinceEpoch();
        recording->onEventEnded(e);
    }
};

QStringList clips(const QString &directory)
{
    return QDir(directory).entryList({QStringLiteral("*.mp4")}, QDir::Files, QDir::Name);
}

} // namespace

class TestRecordingService : public QObject
{
    Q_OBJECT
private slots:
    // Streaming off: the encoder runs for the recorder alone.
    void eventGivesOneClipWithPreAndPostRoll()
    {
        QTemporaryDir dir;
        Pipeline p(dir.path(), {QStringLiteral("stream/enabled=false")});
        QSignalSpy opened(p.recording.get(), &RecordingService::clipOpened);
        QSignalSpy closed(p.recording.get(), &RecordingService::clipClosed);
        p.start();
        QTRY_COMPARE(p.stream->state(), Service::State::Stopped);
        QVERIFY(p.stream->isEncoding());
        QCOMPARE(p.recording->state(), Service::State::Running);
        QVERIFY(p.waitPackets(60)); // the pre-roll is full

        Event e = p.startEvent();
        QCOMPARE(e.clip, e.id + QStringLiteral(".mp4"));
        QElapsedTimer lasted;
        lasted.start();
        QVERIFY(p.waitPackets(30));
        // What a power cut would leave now: the clip half written.
        const QString path = QDir(dir.path()).filePath(e.clip);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > 10000, 10000);
        // Being written: not to be deleted (the gallery).
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), e.clip);
        QVERIFY(p.recording->openClips().contains(e.clip));
        QFile writing(path);
        QVERIFY(writing.open(QIODevice::ReadOnly));
        const QByteArray half = writing.readAll();
        writing.close();
        QVERIFY(p.waitPackets(30));
        const double eventSeconds = double(lasted.elapsed()) / 1000;
        p.endEvent(e);
        QVERIFY(closed.wait(20000));
        QCOMPARE(closed.first().at(0).toString(), e.clip);
        QVERIFY(p.recording->openClips().isEmpty());
        QCOMPARE(clips(dir.path()), QStringList{e.clip});

        const RtspReceiver::Analysis a = RtspReceiver::analyse(path);
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.width, 320);
        QVERIFY(a.keyframes.first());
        QCOMPARE(a.hasBFrames, 0);
        QVERIFY(!a.pictTypes.contains(QStringLiteral("B")));
        // Pre-roll: 1 s to the keyframe before it (1 s apart); post-roll 1 s.
        const double low = 1 + eventSeconds + 1 - 0.6;
        const double high = 1 + 1 + eventSeconds + 1 + 0.6;
        QVERIFY2(a.duration > low && a.duration < high,
                 qPrintable(
                     QStringLiteral("%1 s, expected %2 to %3").arg(a.duration).arg(low).arg(high)));

        const QString cut = dir.filePath(QStringLiteral("cut.bin"));
        QFile f(cut);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(half.left(half.size() - 3));
        f.close();
        const RtspReceiver::Analysis c = RtspReceiver::analyse(cut);
        QVERIFY2(c.ok, qPrintable(c.error));
        QVERIFY2(c.frames >= 30, qPrintable(QString::number(c.frames)));
        QVERIFY(c.keyframes.first());
    }

    // The Stream button during an event: the encoder goes on, so does the
    // clip (one file, not cut where streaming started or stopped).
    void streamSwitchedDuringAnEventKeepsTheClip()
    {
        RtspReceiver receiver;
        QVERIFY(receiver.start());
        QTemporaryDir dir;
        Pipeline p(dir.path(), {QStringLiteral("stream/enabled=false"),
                                QStringLiteral("stream/url=") + receiver.url()});
        QSignalSpy closed(p.recording.get(), &RecordingService::clipClosed);
        p.start();
        QTRY_COMPARE(p.stream->state(), Service::State::Stopped);
        QVERIFY(p.waitPackets(45));
        Event e = p.startEvent();
        QVERIFY(p.settings.override(QStringLiteral("stream/enabled=true")).message.isEmpty());
        p.stream->start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Running, 20000);
        QVERIFY(receiver.waitForBytes(5000, 20000));
        QVERIFY(p.settings.override(QStringLiteral("stream/enabled=false")).message.isEmpty());
        p.stream->stop();
        QVERIFY(p.stream->isEncoding());
        QVERIFY(p.waitPackets(30));
        p.endEvent(e);
        QVERIFY(closed.wait(20000));
        QCOMPARE(closed.count(), 1);
        QCOMPARE(clips(dir.path()), QStringList{e.clip});
        const RtspReceiver::Analysis a = RtspReceiver::analyse(QDir(dir.path()).filePath(e.clip));
        QVERIFY2(a.ok, qPrintable(a.error));
        QVERIFY(a.keyframes.first());
    }

    // The service stops right after the recorder opened a clip, before the
    // main thread heard of it: that clip is not left open (the gallery
    // would never let it be deleted).
    void clipOpenedJustBeforeStopIsNotLeftOpen()
    {
        QTemporaryDir dir;
        Settings settings;
        settings.override(QStringLiteral("recording/mode=continuous"));
        settings.override(QStringLiteral("recording/min_free_megabytes=0"));
        PacketInbox inbox;
        RecordingService recording(settings, inbox);
        recording.setDirectory(dir.path());
        recording.setSnapshotDirectory(QString());
        QSignalSpy opened(&recording, &RecordingService::clipOpened);
        QSignalSpy closed(&recording, &RecordingService::clipClosed);
        recording.start();
        QCOMPARE(recording.state(), Service::State::Running);

        QVERIFY(TestSupport::feedEncodedPackets(inbox, 1) > 0);
        // Without running the main thread's events: the recorder's thread
        // opens the segment, its clipOpened waits in the queue.
        QDeadlineTimer deadline(20000);
        while (clips(dir.path()).isEmpty() && !deadline.hasExpired())
            QThread::msleep(10);
        QCOMPARE(clips(dir.path()).size(), 1);
        QCOMPARE(opened.count(), 0);

        recording.stop();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY2(recording.openClips().isEmpty(),
                 qPrintable(recording.openClips().values().join(QLatin1Char(' '))));
        QCOMPARE(opened.count(), 0);
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.first().first().toString(), clips(dir.path()).first());
    }

    void recordingOffNamesNoClip()
    {
        QTemporaryDir dir;
        Pipeline p(dir.path(),
                   {QStringLiteral("stream/enabled=false"), QStringLiteral("recording/mode=off")});
        p.start();
        QTRY_COMPARE(p.recording->state(), Service::State::Stopped);
        QVERIFY(!p.stream->isEncoding());
        QVERIFY(p.startEvent().clip.isEmpty());
    }

    void fullCardIsAStateAndTheStreamGoesOn()
    {
        RtspReceiver receiver;
        QVERIFY(receiver.start());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("card"));
        TmpfsCard card(path, 256);
        Pipeline p(path, {QStringLiteral("stream/url=") + receiver.url(),
                          QStringLiteral("stream/bitrate=300000")});
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Running, 20000);
        QVERIFY(p.waitPackets(45));
        std::unique_ptr<FileSizeLimit> limit;
        if (!card.isTmpfs())
            limit = std::make_unique<FileSizeLimit>(256 * 1024);
        Event e = p.startEvent();
        QTRY_COMPARE_WITH_TIMEOUT(p.recording->state(), Service::State::Retrying, 30000);
        const QString why = card.isTmpfs() ? QStringLiteral("No space left on device")
                                           : QStringLiteral("File too large");
        QVERIFY2(p.recording->problem().contains(why), qPrintable(p.recording->problem()));
        QCOMPARE(p.recording->lastError(), p.recording->problem());
        // The stream does not notice.
        const quint64 sent = p.stream->stats().framesSent;
        QTRY_VERIFY_WITH_TIMEOUT(p.stream->stats().framesSent > sent + 30, 20000);
        QCOMPARE(p.stream->state(), Service::State::Running);
        // What reached the card plays.
        limit.reset();
        const RtspReceiver::Analysis a = RtspReceiver::analyse(QDir(path).filePath(e.clip));
        QVERIFY2(a.ok, qPrintable(a.error));
        QVERIFY(a.frames > 0);
        p.endEvent(e);

        // Room again: the next event (a short one: about 3 s at 300 kbit/s)
        // is recorded.
        QVERIFY(QFile::remove(QDir(path).filePath(e.clip)));
        QSignalSpy closed(p.recording.get(), &RecordingService::clipClosed);
        Event next = p.startEvent();
        QTRY_COMPARE_WITH_TIMEOUT(p.recording->state(), Service::State::Running, 20000);
        QVERIFY(p.recording->problem().isEmpty());
        p.endEvent(next);
        QVERIFY(closed.wait(20000));
        QVERIFY(RtspReceiver::analyse(QDir(path).filePath(next.clip)).ok);
    }

    void readOnlyCardIsAStateAndRetried()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("card"));
        TmpfsCard card(path, 4096);
        QVERIFY(card.setReadOnly(true));
        Pipeline p(path, {QStringLiteral("stream/enabled=false")});
        QSignalSpy problems(p.recording.get(), &RecordingService::problemChanged);
        p.start();
        QVERIFY(p.waitPackets(45));
        Event e = p.startEvent();
        QTRY_COMPARE_WITH_TIMEOUT(p.recording->state(), Service::State::Retrying, 20000);
        const QString why = card.isTmpfs() ? QStringLiteral("Read-only file system")
                                           : QStringLiteral("Permission denied");
        QVERIFY2(p.recording->problem().contains(why), qPrintable(p.recording->problem()));
        // Retried at every keyframe after the delay, said once.
        QVERIFY(p.waitPackets(90));
        QCOMPARE(problems.count(), 1);
        QVERIFY(p.stream->isEncoding());

        QVERIFY(card.setReadOnly(false));
        QTRY_COMPARE_WITH_TIMEOUT(p.recording->state(), Service::State::Running, 20000);
        QSignalSpy closed(p.recording.get(), &RecordingService::clipClosed);
        p.endEvent(e);
        QVERIFY(closed.wait(20000));
        const RtspReceiver::Analysis a = RtspReceiver::analyse(QDir(path).filePath(e.clip));
        QVERIFY2(a.ok, qPrintable(a.error));
        QVERIFY(a.keyframes.first());
    }
};

QTEST_GUILESS_MAIN(TestRecordingService)
#include "test_recordingservice.moc"
