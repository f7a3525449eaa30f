// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "events/eventservice.h"
#include "ui/eventnotice.h"
#include "ui/guardianwiring.h"
#include "ui/motionindicator.h"
#include "video/snapshotgrabber.h"

#include <QDateTime>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

// The event toast's facade, fed by a real events service as the screen
// wires it: the start of each event with its type and time, then its
// snapshot once it is on the card.
class TestEventNotice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<Event>(); }

    void anEventStartShowsWithItsSnapshot()
    {
        QTemporaryDir dir;
        Settings settings;
        SnapshotGrabber grabber;
        EventService events(settings, &grabber);
        events.setDirectory(dir.path());
        MotionIndicator indicator;
        EventNotice notice;
        GuardianWiring::connect(indicator, notice, events);
        QSignalSpy started(&notice, &EventNotice::started);
        QSignalSpy changed(&notice, &EventNotice::changed);
        QSignalSpy snapshot(&notice, &EventNotice::snapshotChanged);
        events.start();
        QVERIFY(!notice.hasEvent());
        QCOMPARE(notice.title(), QString());

        const qint64 startMs = QDateTime(QDate(2026, 5, 16), QTime(14, 23, 55)).toMSecsSinceEpoch();
        events.startTamper({startMs, 0, 20, 0});
        QCOMPARE(started.count(), 1);
        QVERIFY(changed.count() >= 1);
        QVERIFY(notice.hasEvent());
        QCOMPARE(notice.type(), QStringLiteral("tamper"));
        QCOMPARE(notice.title(), QStringLiteral("Camera moved or knocked"));
        QCOMPARE(notice.timeText(), QStringLiteral("14:23:55"));
        QVERIFY(notice.snapshot().isEmpty());

        // The snapshot of that moment follows.
        Frame f = Frame::allocate(160, 90);
        for (int p = 0; p < Frame::PlaneCount; ++p)
            std::memset(f.mutablePlane(p), 128, size_t(f.stride(p)) * f.planeHeight(p));
        f.setTimestampNs(Frame::monotonicNowNs());
        grabber.present(f);
        QVERIFY(snapshot.wait(10000));
        QVERIFY(notice.snapshot().isLocalFile());
        QCOMPARE(QImage(notice.snapshot().toLocalFile()).size(), QSize(160, 90));

        // The next event replaces it, without the old picture.
        events.startMotion({startMs + 60'000, 0, 0.2, {}});
        QCOMPARE(started.count(), 2);
        QCOMPARE(notice.type(), QStringLiteral("motion"));
        QCOMPARE(notice.title(), QStringLiteral("Motion detected"));
        QCOMPARE(notice.timeText(), QStringLiteral("14:24:55"));
        QVERIFY(notice.snapshot().isEmpty());
        // A late snapshot of an older event is not this one's.
        notice.setSnapshot(QStringLiteral("20260516-142355-000-tamper"), dir.filePath("x.jpg"));
        QVERIFY(notice.snapshot().isEmpty());
        events.stop();
    }

    // Texts made here are read again when the language changes.
    void retranslateSaysChanged()
    {
        EventNotice notice;
        QSignalSpy changed(&notice, &EventNotice::changed);
        notice.retranslate();
        QCOMPARE(changed.count(), 0);
        Event e;
        e.id = QStringLiteral("x");
        notice.showStart(e);
        notice.retranslate();
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestEventNotice)
#include "test_eventnotice.moc"
