// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// GalleryScan: the events, clips and photos on the card, newest first; an
// event shows its snapshot and clip only while the files are there (a clip
// it names that is gone says so); a clip no event names is a recording
// whose start comes from its name (UTC) and whose length from its last
// change; open clips are still recording; an event in a continuous segment
// starts two seconds before it; only our photos show; a garbled name in the
// log never points outside the folders. Runs in a time zone with summer
// time, so a name read as local time would show.

#include "ui/galleryscan.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <ctime>

namespace {

// 2025-05-16 14:23:55.123 UTC
const qint64 T0 =
    QDateTime(QDate(2025, 5, 16), QTime(14, 23, 55, 123), QTimeZone::utc()).toMSecsSinceEpoch();

// A file of a few bytes at path, last changed at mtimeMs (0: now).
bool writeFile(const QString &path, qint64 mtimeMs = 0)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write("data") != 4)
        return false;
    if (mtimeMs == 0)
        return true;
    // Written out first: writing sets the time again.
    return f.flush() && f.setFileTime(QDateTime::fromMSecsSinceEpoch(mtimeMs, QTimeZone::utc()),
                                      QFileDevice::FileModificationTime);
}

// The recorder's name of a continuous segment begun at ms.
QString segmentName(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
               .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
           QStringLiteral("-continuous.mp4");
}

Event madeEvent(Event::Type type, qint64 startMs, qint64 lengthMs = 5000)
{
    Event e;
    e.type = type;
    e.startMs = startMs;
    e.endMs = startMs + lengthMs;
    e.id = Event::makeId(type, startMs);
    return e;
}

struct Card
{
    QTemporaryDir dir;
    QString events = dir.filePath(QStringLiteral("events"));
    QString clips = dir.filePath(QStringLiteral("clips"));
    QString photos = dir.filePath(QStringLiteral("photos"));

    Card()
    {
        QDir().mkpath(events);
        QDir().mkpath(clips);
        QDir().mkpath(photos);
    }
    GalleryScan::Sources sources(const QList<Event> &list, const QSet<QString> &open = {}) const
    {
        GalleryScan::Sources s;
        s.events = list;
        s.eventDirectory = events;
        s.clipDirectory = clips;
        s.photoDirectory = photos;
        s.openClips = open;
        return s;
    }
};

QStringList keys(const QList<GalleryEntry> &entries)
{
    QStringList out;
    for (const GalleryEntry &e : entries)
        out << e.key;
    return out;
}

const GalleryEntry *find(const QList<GalleryEntry> &entries, const QString &key)
{
    for (const GalleryEntry &e : entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestGalleryScan : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void newestFirstAcrossKindsWithTheFilesThatAreThere()
    {
        Card card;
        Event motion = madeEvent(Event::Type::Motion, T0 + 10'000);
        motion.snapshot = motion.id + QStringLiteral(".jpg");
        motion.clip = motion.id + QStringLiteral(".mp4");
        QVERIFY(writeFile(QDir(card.events).filePath(motion.snapshot)));
        QVERIFY(writeFile(QDir(card.clips).filePath(motion.clip)));
        // Its snapshot and clip are named, but not on the card.
        Event tamper = madeEvent(Event::Type::Tamper, T0 + 30'000);
        tamper.snapshot = tamper.id + QStringLiteral(".jpg");
        tamper.clip = tamper.id + QStringLiteral(".mp4");
        // No clip at all (recording off).
        const Event bare = madeEvent(Event::Type::Motion, T0);
        const QString segment = segmentName(T0 + 20'000);
        QVERIFY(writeFile(QDir(card.clips).filePath(segment), T0 + 20'000 + 65'000));
        QVERIFY(
            writeFile(QDir(card.photos).filePath(QStringLiteral("picam-pi-1.jpg")), T0 + 40'000));

        const QList<GalleryEntry> entries =
            GalleryScan::scan(card.sources({bare, tamper, motion}), T0 + 100'000);
        QCOMPARE(keys(entries), (QStringList{QStringLiteral("photo:picam-pi-1.jpg"),
                                             QStringLiteral("event:") + tamper.id,
                                             QStringLiteral("clip:") + segment,
                                             QStringLiteral("event:") + motion.id,
                                             QStringLiteral("event:") + bare.id}));

        const GalleryEntry &photo = entries.at(0);
        QCOMPARE(photo.kind, GalleryEntry::Kind::Photo);
        QCOMPARE(photo.picture, QDir(card.photos).filePath(QStringLiteral("picam-pi-1.jpg")));
        QCOMPARE(photo.startMs, T0 + 40'000);
        QCOMPARE(photo.durationMs, -1);
        QVERIFY(photo.clip.isEmpty());

        const GalleryEntry &t = entries.at(1);
        QCOMPARE(t.kind, GalleryEntry::Kind::Tamper);
        QCOMPARE(t.eventId, tamper.id);
        QVERIFY(t.picture.isEmpty());
        QVERIFY(t.clip.isEmpty());
        QVERIFY(t.clipGone);
        QVERIFY(!t.recording);

        const GalleryEntry &recording = entries.at(2);
        QCOMPARE(recording.kind, GalleryEntry::Kind::Recording);
        QCOMPARE(recording.clip, QDir(card.clips).filePath(segment));
        QCOMPARE(recording.startMs, T0 + 20'000);
        QCOMPARE(recording.durationMs, 65'000);
        QVERIFY(recording.eventId.isEmpty());
        QVERIFY(!recording.recording);

        const GalleryEntry &m = entries.at(3);
        QCOMPARE(m.kind, GalleryEntry::Kind::Motion);
        QCOMPARE(m.startMs, motion.startMs);
        QCOMPARE(m.durationMs, 5000);
        QCOMPARE(m.picture, QDir(card.events).filePath(motion.snapshot));
        QCOMPARE(m.clip, QDir(card.clips).filePath(motion.clip));
        QVERIFY(!m.clipGone);
        // Its own clip begins with it (the pre-roll is before its start).
        QCOMPARE(m.clipOffsetMs, 0);

        const GalleryEntry &b = entries.at(4);
        QVERIFY(b.picture.isEmpty());
        QVERIFY(b.clip.isEmpty());
        QVERIFY(!b.clipGone);

        // The same card, the same scan.
        QCOMPARE(GalleryScan::scan(card.sources({motion, bare, tamper}), T0 + 100'000), entries);
    }

    // A clip whose name is not the recorder's: its last change is all it says.
    void clipWithAnotherNameStartsAtItsLastChange()
    {
        Card card;
        QVERIFY(writeFile(QDir(card.clips).filePath(QStringLiteral("holiday.mp4")), T0));
        QVERIFY(writeFile(QDir(card.clips).filePath(QStringLiteral("notes.txt")), T0));
        const QList<GalleryEntry> entries = GalleryScan::scan(card.sources({}), T0 + 1000);
        QCOMPARE(keys(entries), QStringList{QStringLiteral("clip:holiday.mp4")});
        QCOMPARE(entries.first().startMs, T0);
        QCOMPARE(entries.first().durationMs, -1);
    }

    void openClipsAreStillRecording()
    {
        Card card;
        const QString segment = segmentName(T0);
        QVERIFY(writeFile(QDir(card.clips).filePath(segment), T0 + 3000));
        Event e = madeEvent(Event::Type::Motion, T0 + 60'000);
        e.clip = e.id + QStringLiteral(".mp4");
        QVERIFY(writeFile(QDir(card.clips).filePath(e.clip)));
        const QList<GalleryEntry> entries =
            GalleryScan::scan(card.sources({e}, {segment, e.clip}), T0 + 90'000);
        const GalleryEntry *recording = find(entries, QStringLiteral("clip:") + segment);
        QVERIFY(recording);
        QVERIFY(recording->recording);
        // Up to now, not to its last change.
        QCOMPARE(recording->durationMs, 90'000);
        const GalleryEntry *event = find(entries, QStringLiteral("event:") + e.id);
        QVERIFY(event);
        QVERIFY(event->recording);
        QCOMPARE(event->clip, QDir(card.clips).filePath(e.clip));

        // Closed: its length is up to its last change again.
        const QList<GalleryEntry> closed = GalleryScan::scan(card.sources({e}), T0 + 90'000);
        QVERIFY(!find(closed, QStringLiteral("clip:") + segment)->recording);
        QCOMPARE(find(closed, QStringLiteral("clip:") + segment)->durationMs, 3000);
        QVERIFY(!find(closed, QStringLiteral("event:") + e.id)->recording);
    }

    // Events in a continuous segment: the viewer starts two seconds before
    // each, never before the segment; the segment is theirs, no recording of
    // its own.
    void eventsInASegmentStartJustBeforeThem()
    {
        Card card;
        const QString segment = segmentName(T0);
        QVERIFY(writeFile(QDir(card.clips).filePath(segment), T0 + 300'000));
        Event late = madeEvent(Event::Type::Motion, T0 + 30'000);
        Event early = madeEvent(Event::Type::Tamper, T0 + 1000);
        Event before = madeEvent(Event::Type::Motion, T0 - 5000); // clock stepped
        late.clip = early.clip = before.clip = segment;
        const QList<GalleryEntry> entries =
            GalleryScan::scan(card.sources({late, early, before}), T0 + 400'000);
        QCOMPARE(keys(entries), (QStringList{QStringLiteral("event:") + late.id,
                                             QStringLiteral("event:") + early.id,
                                             QStringLiteral("event:") + before.id}));
        QCOMPARE(entries.at(0).clipOffsetMs, 30'000 - GalleryScan::LeadInMs);
        QCOMPARE(entries.at(1).clipOffsetMs, 0);
        QCOMPARE(entries.at(2).clipOffsetMs, 0);
        for (const GalleryEntry &e : entries)
            QCOMPARE(e.clip, QDir(card.clips).filePath(segment));
    }

    // A folder shared with other pictures: only the Photo button's.
    void onlyOurPhotos()
    {
        Card card;
        for (const char *name : {"picam-pi-20250516-142355.jpg", "picam-pi-20250516-142355-2.jpg",
                                 "holiday.jpg", "picam-pi.png", "picam-notes.txt"})
            QVERIFY(writeFile(QDir(card.photos).filePath(QString::fromLatin1(name)), T0));
        QVERIFY(QDir(card.photos).mkdir(QStringLiteral("picam-folder.jpg")));
        const QList<GalleryEntry> entries = GalleryScan::scan(card.sources({}), T0);
        QCOMPARE(keys(entries),
                 (QStringList{QStringLiteral("photo:picam-pi-20250516-142355.jpg"),
                              QStringLiteral("photo:picam-pi-20250516-142355-2.jpg")}));
        for (const GalleryEntry &e : entries)
            QCOMPARE(e.kind, GalleryEntry::Kind::Photo);
    }

    void noFoldersNoEntries()
    {
        Card card;
        QVERIFY(writeFile(QDir(card.clips).filePath(segmentName(T0)), T0));
        QVERIFY(writeFile(QDir(card.photos).filePath(QStringLiteral("picam-x.jpg")), T0));
        GalleryScan::Sources s = card.sources({});
        s.clipDirectory.clear();
        s.photoDirectory.clear();
        QVERIFY(GalleryScan::scan(s, T0).isEmpty());
        // A folder that is not there (yet) is empty.
        s.clipDirectory = card.dir.filePath(QStringLiteral("nowhere"));
        s.photoDirectory = card.dir.filePath(QStringLiteral("nowhere"));
        QVERIFY(GalleryScan::scan(s, T0).isEmpty());
    }

    // A garbled log line must not point the gallery (and its Delete)
    // outside the folders.
    void garbledNamesStayInTheFolders()
    {
        Card card;
        const QString outside = card.dir.filePath(QStringLiteral("x.mp4"));
        QVERIFY(writeFile(outside));
        QVERIFY(writeFile(card.dir.filePath(QStringLiteral("victim.jpg"))));
        QVERIFY(writeFile(QDir(card.clips).filePath(QStringLiteral(".hidden.mp4"))));
        QList<Event> events;
        const QStringList clips{QStringLiteral("../x.mp4"), outside, QStringLiteral("/etc/x.mp4"),
                                QStringLiteral(".hidden.mp4"), QStringLiteral("..")};
        for (int i = 0; i < clips.size(); ++i) {
            Event e = madeEvent(Event::Type::Motion, T0 + i * 1000);
            e.clip = clips.at(i);
            e.snapshot = QStringLiteral("../victim.jpg");
            events << e;
        }
        const QList<GalleryEntry> entries = GalleryScan::scan(card.sources(events), T0);
        QCOMPARE(entries.size(), events.size());
        for (const GalleryEntry &e : entries) {
            QVERIFY2(e.clip.isEmpty(), qPrintable(e.clip));
            QVERIFY2(e.picture.isEmpty(), qPrintable(e.picture));
            QVERIFY(!e.recording);
        }
    }

    void clipStartFromTheName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::newRow("segment") << QStringLiteral("20250516-142355-123-continuous.mp4") << T0;
        QTest::newRow("event clip") << QStringLiteral("20250516-142355-123-motion.mp4") << T0;
        // In the hour Berlin's clocks skip: a UTC name has it all the same.
        QTest::newRow("summer time gap")
            << QStringLiteral("20250330-023000-000-continuous.mp4")
            << QDateTime(QDate(2025, 3, 30), QTime(2, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("winter") << QStringLiteral("20250102-000000-001-continuous.mp4")
                                << QDateTime(QDate(2025, 1, 2), QTime(0, 0, 0, 1), QTimeZone::utc())
                                       .toMSecsSinceEpoch();
        QTest::newRow("other name") << QStringLiteral("holiday.mp4") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("too short") << QStringLiteral("20250516-1423") << qint64(-1);
        QTest::newRow("month 13") << QStringLiteral("20251316-142355-123-continuous.mp4")
                                  << qint64(-1);
        QTest::newRow("path") << QStringLiteral("../x.mp4") << qint64(-1);
        QTest::newRow("no dash") << QStringLiteral("20250516_142355-123-continuous.mp4")
                                 << qint64(-1);
        QTest::newRow("hour 24") << QStringLiteral("20250516-242355-123-continuous.mp4")
                                 << qint64(-1);
    }
    void clipStartFromTheName()
    {
        QFETCH(QString, name);
        QFETCH(qint64, expected);
        const std::optional<qint64> start = GalleryScan::clipStartMs(name);
        if (expected < 0) {
            QVERIFY2(!start, qPrintable(QString::number(start.value_or(0))));
        } else {
            QVERIFY(start);
            QCOMPARE(*start, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestGalleryScan)
#include "test_galleryscan.moc"
