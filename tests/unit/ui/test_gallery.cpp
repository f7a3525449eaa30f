// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// Gallery: with a real EventService over a temporary event log, a
// RecordingService's clip folder and a photo folder. It reads the card only
// while it is on screen; its roles say what the screen shows; deleting an
// event takes its snapshot, its line in the log and its clip (unless
// another event shows that clip); deleting everything keeps the clip being
// recorded (a real recorder in continuous mode, fed a few packets of the
// real encoder); reading the same rows again changes rows, not the whole
// list; a card that refuses is a message naming the file (as root a
// read-only tmpfs, otherwise a directory without write permission).

#include "config/settings.h"
#include "encodedpackets.h"
#include "events/eventlog.h"
#include "events/eventservice.h"
#include "recording/packetinbox.h"
#include "recording/recordingservice.h"
#include "tmpfscard.h"
#include "ui/gallery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using TestSupport::TmpfsCard;

namespace {

const qint64 T0 =
    QDateTime(QDate(2025, 5, 16), QTime(14, 23, 55, 123), QTimeZone::utc()).toMSecsSinceEpoch();

bool writeFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write("data") == 4;
}

Event madeEvent(Event::Type type, qint64 startMs, qint64 lengthMs)
{
    Event e;
    e.type = type;
    e.startMs = startMs;
    e.endMs = startMs + lengthMs;
    e.id = Event::makeId(type, startMs);
    return e;
}

QStringList ids(const QList<Event> &events)
{
    QStringList out;
    for (const Event &e : events)
        out << e.id;
    return out;
}

// The event service, the recording service and the photo folder over a
// temporary card, and the gallery over them.
struct Rig
{
    QTemporaryDir dir;
    const QString events = dir.filePath(QStringLiteral("events"));
    const QString clips = dir.filePath(QStringLiteral("clips"));
    const QString photos = dir.filePath(QStringLiteral("photos"));
    Settings settings;
    EventService eventService{settings};
    PacketInbox inbox;
    RecordingService recording{settings, inbox};
    Gallery gallery{&settings};

    explicit Rig(const QStringList &overrides = {})
    {
        QDir().mkpath(events);
        QDir().mkpath(clips);
        QDir().mkpath(photos);
        settings.override(QStringLiteral("device/name=testpi"));
        settings.override(QStringLiteral("ui/snapshot_dir=") + photos);
        settings.override(QStringLiteral("recording/min_free_megabytes=0"));
        for (const QString &o : overrides)
            settings.override(o);
        eventService.setDirectory(events);
        recording.setDirectory(clips);
        recording.setSnapshotDirectory(QString());
    }
    ~Rig()
    {
        recording.stop();
        eventService.stop();
    }

    QString event(const Event &e) const { return QDir(events).filePath(e.snapshot); }
    QString clip(const QString &name) const { return QDir(clips).filePath(name); }
    QString photo(const QString &name) const { return QDir(photos).filePath(name); }

    // Logs events (their snapshot and clip files made first where named),
    // starts the event service and wires the gallery.
    bool start(const QList<Event> &logged)
    {
        EventLog log;
        if (!log.open(events, {}, QStringLiteral("testpi")))
            return false;
        for (const Event &e : logged) {
            if (!e.snapshot.isEmpty() && !writeFile(event(e)))
                return false;
            if (!e.clip.isEmpty() && !QFile::exists(clip(e.clip)) && !writeFile(clip(e.clip)))
                return false;
            if (!log.append(e))
                return false;
        }
        eventService.start();
        gallery.setEventService(&eventService);
        gallery.setRecordingService(&recording);
        return eventService.state() == Service::State::Running;
    }

    int row(const QString &key) const
    {
        for (int i = 0; i < gallery.count(); ++i) {
            if (gallery.entries().at(i).key == key)
                return i;
        }
        return -1;
    }
    QVariant data(const QString &key, Gallery::Role role) const
    {
        return gallery.data(gallery.index(row(key)), role);
    }
    QStringList loggedOnTheCard() const
    {
        EventLog log;
        log.open(events, {});
        return ids(log.events());
    }
};

// An event with its own snapshot and clip.
Event withFiles(Event::Type type, qint64 startMs, qint64 lengthMs)
{
    Event e = madeEvent(type, startMs, lengthMs);
    e.snapshot = e.id + QStringLiteral(".jpg");
    e.clip = e.id + QStringLiteral(".mp4");
    return e;
}

} // namespace

class TestGallery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Event>();
        qRegisterMetaType<Event::Type>();
    }

    // Off screen it does not read the card; on screen it does.
    void readsOnlyWhileActive()
    {
        Rig rig;
        QSignalSpy count(&rig.gallery, &Gallery::countChanged);
        QSignalSpy active(&rig.gallery, &Gallery::activeChanged);
        QVERIFY(writeFile(rig.photo(QStringLiteral("picam-testpi-1.jpg"))));
        QVERIFY(rig.start({withFiles(Event::Type::Motion, T0, 5000)}));
        QCOMPARE(rig.gallery.count(), 0);
        QCOMPARE(rig.gallery.rowCount(), 0);
        QCOMPARE(count.count(), 0);

        rig.gallery.setActive(true);
        QCOMPARE(active.count(), 1);
        QCOMPARE(rig.gallery.count(), 2);
        QCOMPARE(rig.gallery.rowCount(), 2);
        QCOMPARE(count.count(), 1);
        rig.gallery.setActive(true);
        QCOMPARE(active.count(), 1);

        // Off screen again: a new photo is not read until it is back.
        rig.gallery.setActive(false);
        QVERIFY(writeFile(rig.photo(QStringLiteral("picam-testpi-2.jpg"))));
        rig.gallery.cardChanged();
        QCOMPARE(rig.gallery.count(), 2);
        rig.gallery.setActive(true);
        QCOMPARE(rig.gallery.count(), 3);
        QCOMPARE(count.count(), 2);
    }

    void rolesSayWhatTheScreenShows()
    {
        Rig rig;
        const Event motion = withFiles(Event::Type::Motion, T0, 12'000);
        Event tamper = madeEvent(Event::Type::Tamper, T0 + 60'000, 125'000);
        const QString photo = QStringLiteral("picam-testpi-1.jpg");
        QVERIFY(writeFile(rig.photo(photo)));
        QVERIFY(rig.start({motion, tamper}));
        rig.gallery.setActive(true);
        QCOMPARE(rig.gallery.count(), 3);

        const QHash<int, QByteArray> names = rig.gallery.roleNames();
        for (const char *name : {"key", "kind", "title", "timeText", "durationText", "note",
                                 "picture", "clip", "clipOffset", "recording"})
            QVERIFY2(names.values().contains(name), name);
        QCOMPARE(names.value(Gallery::KindRole), QByteArray("kind"));

        const QString m = QStringLiteral("event:") + motion.id;
        QCOMPARE(rig.data(m, Gallery::KeyRole).toString(), m);
        QCOMPARE(rig.data(m, Gallery::KindRole).toString(), QStringLiteral("motion"));
        QCOMPARE(rig.data(m, Gallery::TitleRole).toString(), QStringLiteral("Motion"));
        QCOMPARE(rig.gallery.data(rig.gallery.index(rig.row(m)), Qt::DisplayRole).toString(),
                 QStringLiteral("Motion"));
        QVERIFY(!rig.data(m, Gallery::TimeTextRole).toString().isEmpty());
        QCOMPARE(rig.data(m, Gallery::DurationTextRole).toString(), QStringLiteral("12 s"));
        QCOMPARE(rig.data(m, Gallery::PictureRole).toUrl(), QUrl::fromLocalFile(rig.event(motion)));
        QCOMPARE(rig.data(m, Gallery::ClipRole).toUrl(),
                 QUrl::fromLocalFile(rig.clip(motion.clip)));
        QCOMPARE(rig.data(m, Gallery::ClipOffsetRole).toLongLong(), 0);
        QCOMPARE(rig.data(m, Gallery::RecordingRole).toBool(), false);
        QVERIFY(rig.data(m, Gallery::NoteRole).toString().isEmpty());

        const QString t = QStringLiteral("event:") + tamper.id;
        QCOMPARE(rig.data(t, Gallery::KindRole).toString(), QStringLiteral("tamper"));
        QVERIFY(!rig.data(t, Gallery::TitleRole).toString().isEmpty());
        QCOMPARE(rig.data(t, Gallery::DurationTextRole).toString(), QStringLiteral("2 min 05 s"));
        QCOMPARE(rig.data(t, Gallery::NoteRole).toString(), QStringLiteral("No clip"));
        QVERIFY(rig.data(t, Gallery::PictureRole).toUrl().isEmpty());
        QVERIFY(rig.data(t, Gallery::ClipRole).toUrl().isEmpty());

        const QString p = QStringLiteral("photo:") + photo;
        QCOMPARE(rig.data(p, Gallery::KindRole).toString(), QStringLiteral("photo"));
        QCOMPARE(rig.data(p, Gallery::TitleRole).toString(), QStringLiteral("Photo"));
        QCOMPARE(rig.data(p, Gallery::PictureRole).toUrl(), QUrl::fromLocalFile(rig.photo(photo)));
        QVERIFY(rig.data(p, Gallery::DurationTextRole).toString().isEmpty());
        QVERIFY(rig.data(p, Gallery::NoteRole).toString().isEmpty());
        QVERIFY(rig.data(p, Gallery::ClipRole).toUrl().isEmpty());

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
        QVERIFY(!rig.gallery.data(rig.gallery.index(3), Gallery::KeyRole).isValid());
    }

    // The event leaves the log with its snapshot and its clip.
    void removeAnEventWithItsFiles()
    {
        Rig rig;
        const Event gone = withFiles(Event::Type::Motion, T0, 5000);
        const Event stays = withFiles(Event::Type::Tamper, T0 + 60'000, 5000);
        QVERIFY(rig.start({gone, stays}));
        rig.gallery.setActive(true);
        QSignalSpy reset(&rig.gallery, &Gallery::modelReset);
        QSignalSpy count(&rig.gallery, &Gallery::countChanged);
        QSignalSpy logChanged(&rig.eventService, &EventService::logChanged);

        QVERIFY(rig.gallery.remove(QStringLiteral("event:") + gone.id));
        QVERIFY2(rig.gallery.message().isEmpty(), qPrintable(rig.gallery.message()));
        QVERIFY(!QFile::exists(rig.event(gone)));
        QVERIFY(!QFile::exists(rig.clip(gone.clip)));
        QVERIFY(QFile::exists(rig.event(stays)));
        QVERIFY(QFile::exists(rig.clip(stays.clip)));
        QCOMPARE(ids(rig.eventService.loggedEvents()), QStringList{stays.id});
        QCOMPARE(rig.loggedOnTheCard(), QStringList{stays.id});
        QVERIFY(logChanged.count() >= 1);
        QCOMPARE(rig.gallery.count(), 1);
        QCOMPARE(rig.gallery.entries().first().key, QStringLiteral("event:") + stays.id);
        QVERIFY(reset.count() >= 1);
        QVERIFY(count.count() >= 1);
    }

    // Events in one continuous segment: the segment goes with the last.
    void sharedClipGoesWithTheLastEvent()
    {
        Rig rig;
        const QString segment = QStringLiteral("20250516-142355-123-continuous.mp4");
        Event first = madeEvent(Event::Type::Motion, T0 + 10'000, 5000);
        Event second = madeEvent(Event::Type::Tamper, T0 + 30'000, 5000);
        first.clip = second.clip = segment;
        QVERIFY(rig.start({first, second}));
        rig.gallery.setActive(true);
        QCOMPARE(rig.gallery.count(), 2);
        QCOMPARE(
            rig.data(QStringLiteral("event:") + second.id, Gallery::ClipOffsetRole).toLongLong(),
            30'000 - GalleryScan::LeadInMs);

        QVERIFY(rig.gallery.remove(QStringLiteral("event:") + first.id));
        QVERIFY(QFile::exists(rig.clip(segment)));
        QCOMPARE(rig.gallery.count(), 1);
        QVERIFY(rig.gallery.remove(QStringLiteral("event:") + second.id));
        QVERIFY(!QFile::exists(rig.clip(segment)));
        QCOMPARE(rig.gallery.count(), 0);
        QVERIFY(rig.loggedOnTheCard().isEmpty());
    }

    void removeAPhotoAndARecording()
    {
        Rig rig;
        const QString photo = QStringLiteral("picam-testpi-1.jpg");
        const QString segment = QStringLiteral("20250516-142355-123-continuous.mp4");
        QVERIFY(writeFile(rig.photo(photo)));
        QVERIFY(writeFile(rig.clip(segment)));
        QVERIFY(rig.start({}));
        rig.gallery.setActive(true);
        QCOMPARE(rig.gallery.count(), 2);
        QVERIFY(rig.gallery.remove(QStringLiteral("photo:") + photo));
        QVERIFY(!QFile::exists(rig.photo(photo)));
        QVERIFY(rig.gallery.remove(QStringLiteral("clip:") + segment));
        QVERIFY(!QFile::exists(rig.clip(segment)));
        QCOMPARE(rig.gallery.count(), 0);
        QVERIFY(rig.gallery.message().isEmpty());
    }

    void removeAnUnknownKeySaysSo()
    {
        Rig rig;
        QVERIFY(rig.start({withFiles(Event::Type::Motion, T0, 5000)}));
        rig.gallery.setActive(true);
        QSignalSpy message(&rig.gallery, &Gallery::messageChanged);
        QVERIFY(!rig.gallery.remove(QStringLiteral("photo:nothing.jpg")));
        QVERIFY(!rig.gallery.message().isEmpty());
        QCOMPARE(message.count(), 1);
        QCOMPARE(rig.gallery.count(), 1);
        // The next delete that works clears it.
        QVERIFY(rig.gallery.remove(rig.gallery.entries().first().key));
        QVERIFY(rig.gallery.message().isEmpty());
        QCOMPARE(message.count(), 2);
        // A message is about the visit it was made in: shown again, none.
        QVERIFY(!rig.gallery.remove(QStringLiteral("photo:nothing.jpg")));
        QVERIFY(!rig.gallery.message().isEmpty());
        rig.gallery.setActive(false);
        rig.gallery.setActive(true);
        QVERIFY(rig.gallery.message().isEmpty());
    }

    // The same rows read again: the rows that changed say so, the list
    // stays where it is.
    void refreshWithTheSameRowsChangesRows()
    {
        Rig rig;
        Event e = madeEvent(Event::Type::Motion, T0, 5000);
        e.clip = e.id + QStringLiteral(".mp4");
        QVERIFY(writeFile(rig.photo(QStringLiteral("picam-testpi-1.jpg"))));
        QVERIFY(rig.start({e}));
        QVERIFY(QFile::remove(rig.clip(e.clip)));
        rig.gallery.setActive(true);
        const QString key = QStringLiteral("event:") + e.id;
        QCOMPARE(rig.data(key, Gallery::NoteRole).toString(),
                 QStringLiteral("Clip no longer on the card"));

        QSignalSpy reset(&rig.gallery, &Gallery::modelReset);
        QSignalSpy changed(&rig.gallery, &Gallery::dataChanged);
        QSignalSpy count(&rig.gallery, &Gallery::countChanged);
        rig.gallery.refresh();
        QCOMPARE(changed.count(), 0);

        QVERIFY(writeFile(rig.clip(e.clip))); // back (a person copied it)
        rig.gallery.refresh();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(count.count(), 0);
        QCOMPARE(changed.count(), 1);
        const QModelIndex row = rig.gallery.index(rig.row(key));
        QCOMPARE(changed.first().at(0).value<QModelIndex>(), row);
        QCOMPARE(changed.first().at(1).value<QModelIndex>(), row);
        QCOMPARE(rig.data(key, Gallery::ClipRole).toUrl(), QUrl::fromLocalFile(rig.clip(e.clip)));
        QVERIFY(rig.data(key, Gallery::NoteRole).toString().isEmpty());
    }

    // The clip being recorded stays, and says why; the rest goes.
    void removeAllKeepsTheClipBeingRecorded()
    {
        Rig rig({QStringLiteral("recording/mode=continuous")});
        const Event e = withFiles(Event::Type::Motion, T0, 5000);
        const QString photo = QStringLiteral("picam-testpi-1.jpg");
        const QString old = QStringLiteral("20250516-142355-123-continuous.mp4");
        QVERIFY(writeFile(rig.photo(photo)));
        QVERIFY(writeFile(rig.clip(old)));
        QVERIFY(rig.start({e}));
        rig.gallery.setActive(true);
        QCOMPARE(rig.gallery.count(), 3);

        QSignalSpy opened(&rig.recording, &RecordingService::clipOpened);
        QSignalSpy closed(&rig.recording, &RecordingService::clipClosed);
        QSignalSpy count(&rig.gallery, &Gallery::countChanged);
        rig.recording.start();
        QCOMPARE(rig.recording.state(), Service::State::Running);
        QVERIFY(TestSupport::feedEncodedPackets(rig.inbox, 3) > 0);
        QVERIFY(opened.wait(20000));
        const QString open = opened.first().first().toString();
        QVERIFY(rig.recording.openClips().contains(open));
        // A clip opening reads the card again.
        QCOMPARE(rig.gallery.count(), 4);
        const QString key = QStringLiteral("clip:") + open;
        QVERIFY(rig.data(key, Gallery::RecordingRole).toBool());
        QCOMPARE(rig.data(key, Gallery::NoteRole).toString(), QStringLiteral("Still recording"));

        QVERIFY(!rig.gallery.remove(key));
        QVERIFY(!rig.gallery.message().isEmpty());
        QVERIFY(QFile::exists(rig.clip(open)));

        rig.gallery.removeAll();
        QVERIFY2(rig.gallery.message().contains(QLatin1String("1")),
                 qPrintable(rig.gallery.message()));
        QVERIFY(QFile::exists(rig.clip(open)));
        QVERIFY(!QFile::exists(rig.clip(old)));
        QVERIFY(!QFile::exists(rig.clip(e.clip)));
        QVERIFY(!QFile::exists(rig.event(e)));
        QVERIFY(!QFile::exists(rig.photo(photo)));
        QVERIFY(rig.eventService.loggedEvents().isEmpty());
        QVERIFY(rig.loggedOnTheCard().isEmpty());
        QCOMPARE(rig.gallery.count(), 1);
        QCOMPARE(rig.gallery.entries().first().key, key);

        // Finished: no longer recording, and it can go.
        rig.recording.stop();
        QVERIFY(!closed.isEmpty());
        QVERIFY(rig.recording.openClips().isEmpty());
        QVERIFY(!rig.data(key, Gallery::RecordingRole).toBool());
        QVERIFY(rig.gallery.remove(key));
        QVERIFY(!QFile::exists(rig.clip(open)));
        QCOMPARE(rig.gallery.count(), 0);
        rig.gallery.removeAll();
        QVERIFY(rig.gallery.message().isEmpty());
    }

    // A card that refuses: the message names the file that stayed.
    void refusedDeleteNamesTheFile()
    {
        Rig rig;
        TmpfsCard clipCard(rig.clips, 1024);
        TmpfsCard photoCard(rig.photos, 1024);
        const Event e = withFiles(Event::Type::Motion, T0, 5000);
        const QString photo = QStringLiteral("picam-testpi-1.jpg");
        QVERIFY(writeFile(rig.photo(photo)));
        QVERIFY(rig.start({e}));
        rig.gallery.setActive(true);
        QCOMPARE(rig.gallery.count(), 2);
        QVERIFY(clipCard.setReadOnly(true));
        QVERIFY(photoCard.setReadOnly(true));
        const bool clipRemoved = rig.gallery.remove(QStringLiteral("event:") + e.id);
        const QString clipMessage = rig.gallery.message();
        const bool photoRemoved = rig.gallery.remove(QStringLiteral("photo:") + photo);
        const QString photoMessage = rig.gallery.message();
        rig.gallery.removeAll();
        const QString allMessage = rig.gallery.message();
        QVERIFY(clipCard.setReadOnly(false));
        QVERIFY(photoCard.setReadOnly(false));

        QVERIFY(!clipRemoved);
        QVERIFY2(clipMessage.contains(e.clip), qPrintable(clipMessage));
        // The event itself is gone: the clip is now a recording of its own.
        QVERIFY(rig.loggedOnTheCard().isEmpty());
        QVERIFY(QFile::exists(rig.clip(e.clip)));
        QVERIFY(!photoRemoved);
        QVERIFY2(photoMessage.contains(photo), qPrintable(photoMessage));
        QVERIFY(QFile::exists(rig.photo(photo)));
        QVERIFY2(allMessage.contains(photo) || allMessage.contains(e.clip), qPrintable(allMessage));
        QCOMPARE(rig.gallery.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestGallery)
#include "test_gallery.moc"
