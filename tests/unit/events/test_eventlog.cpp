// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// EventLog: events and their snapshots back after a restart; bounded by
// count and bytes, the oldest dropped with their snapshots; torn and
// garbled lines skipped; nothing outside its directory touched; a full and a
// read-only card are a state, the events kept in memory until the card
// takes them; an event a person deleted (one, or all) stays deleted, on a
// card that refuses too, once it takes writes again. As root the full and read-only card are a
// tmpfs of its own (ENOSPC, EROFS); otherwise a file size limit (EFBIG) and a directory without
// write permission (EACCES) stand in.

#include "events/eventjson.h"
#include "events/eventlog.h"
#include "filesizelimit.h"
#include "tmpfscard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

Event madeEvent(int n, const QString &snapshot = {})
{
    Event e;
    e.type = n % 2 ? Event::Type::Tamper : Event::Type::Motion;
    e.startMs = 1'700'000'000'000 + n * 60'000;
    e.endMs = e.startMs + 5000;
    e.id = Event::makeId(e.type, e.startMs);
    e.peakScore = 0.5;
    e.snapshot = snapshot;
    return e;
}

// A snapshot of `bytes` in dir, named after the event; returns its name.
QString snapshot(const QString &dir, const Event &e, int bytes)
{
    const QString name = e.id + QStringLiteral(".jpg");
    QFile f(QDir(dir).filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(bytes, 'j')) != bytes)
        return {};
    return name;
}

QStringList ids(const QList<Event> &events)
{
    QStringList out;
    for (const Event &e : events)
        out << e.id;
    return out;
}

} // namespace

using Card = TestSupport::TmpfsCard;

class TestEventLog : public QObject
{
    Q_OBJECT
private slots:
    void eventsAndSnapshotsComeBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events"));
        {
            EventLog log;
            QVERIFY2(log.open(path, {}, QStringLiteral("pi-1")), qPrintable(log.problem()));
            for (int n = 0; n < 3; ++n) {
                Event e = madeEvent(n);
                e.snapshot = snapshot(path, e, 1000);
                QVERIFY(log.append(e));
            }
            QCOMPARE(log.events().size(), 3);
        }
        EventLog log;
        QVERIFY(log.open(path, {}, QStringLiteral("pi-1")));
        QCOMPARE(ids(log.events()),
                 (QStringList{madeEvent(0).id, madeEvent(1).id, madeEvent(2).id}));
        QCOMPARE(log.events().at(1).type, Event::Type::Tamper);
        QCOMPARE(log.snapshotPath(log.events().at(2)),
                 QDir(path).filePath(madeEvent(2).id + ".jpg"));
        QVERIFY(log.bytes() > 3000 && log.bytes() < 5000);
        QFile file(QDir(path).filePath(EventLog::fileName()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), EventJson::toJson(log.events().at(0), QStringLiteral("pi-1"),
                                                EventJson::Phase::End));
    }

    void boundedByCountOldestFirstWithTheirSnapshots()
    {
        QTemporaryDir dir;
        EventLog log;
        QVERIFY(log.open(dir.path(), {3, qint64(1) << 30}));
        for (int n = 0; n < 5; ++n) {
            Event e = madeEvent(n);
            e.snapshot = snapshot(dir.path(), e, 100);
            QVERIFY(log.append(e));
        }
        QCOMPARE(ids(log.events()),
                 (QStringList{madeEvent(2).id, madeEvent(3).id, madeEvent(4).id}));
        QVERIFY(!QFile::exists(dir.filePath(madeEvent(0).id + ".jpg")));
        QVERIFY(!QFile::exists(dir.filePath(madeEvent(1).id + ".jpg")));
        QVERIFY(QFile::exists(dir.filePath(madeEvent(2).id + ".jpg")));
        EventLog again;
        QVERIFY(again.open(dir.path(), {3, qint64(1) << 30}));
        QCOMPARE(ids(again.events()), ids(log.events()));
        // A smaller limit at the next start prunes at once.
        EventLog smaller;
        QVERIFY(smaller.open(dir.path(), {1, qint64(1) << 30}));
        QCOMPARE(ids(smaller.events()), QStringList{madeEvent(4).id});
        QVERIFY(!QFile::exists(dir.filePath(madeEvent(3).id + ".jpg")));
    }

    void boundedByBytes()
    {
        QTemporaryDir dir;
        EventLog log;
        const qint64 limit = 10 * 1024;
        QVERIFY(log.open(dir.path(), {1000, limit}));
        for (int n = 0; n < 10; ++n) {
            Event e = madeEvent(n);
            e.snapshot = snapshot(dir.path(), e, 3000);
            QVERIFY(log.append(e));
            QVERIFY(log.bytes() <= limit);
        }
        QCOMPARE(log.events().size(), 3);
        QCOMPARE(log.events().constLast().id, madeEvent(9).id);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.jpg")}).size(), 3);
    }

    // A power cut mid-line, a person's edit, a line no event of ours: skipped.
    void tornAndGarbledLinesAreSkipped()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(EventLog::fileName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(EventJson::toJson(madeEvent(0), {}, EventJson::Phase::End) + '\n');
        file.write("this is no event\n");
        file.write(QByteArray(100000, 'x') + '\n');
        file.write(EventJson::toJson(madeEvent(1), {}, EventJson::Phase::Start) + '\n'); // not over
        file.write(EventJson::toJson(madeEvent(2), {}, EventJson::Phase::End) + '\n');
        file.write(EventJson::toJson(madeEvent(3), {}, EventJson::Phase::End).left(30));
        file.close();
        EventLog log;
        QVERIFY(log.open(dir.path(), {}));
        QCOMPARE(ids(log.events()), (QStringList{madeEvent(0).id, madeEvent(2).id}));
        QCOMPARE(log.skippedLines(), 4);
        // Rewritten clean: the next event starts on a line of its own.
        QVERIFY(log.append(madeEvent(4)));
        EventLog again;
        QVERIFY(again.open(dir.path(), {}));
        QCOMPARE(ids(again.events()),
                 (QStringList{madeEvent(0).id, madeEvent(2).id, madeEvent(4).id}));
        QCOMPARE(again.skippedLines(), 0);
    }

    // A line cut short by a power cut after the last open: the next append
    // does not glue onto it.
    void appendAfterATornTail()
    {
        QTemporaryDir dir;
        {
            EventLog log;
            QVERIFY(log.open(dir.path(), {}));
            QVERIFY(log.append(madeEvent(0)));
        }
        EventLog log;
        QVERIFY(log.open(dir.path(), {}));
        QFile file(dir.filePath(EventLog::fileName()));
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"id\":\"torn");
        file.close();
        QVERIFY(log.append(madeEvent(1)));
        EventLog again;
        QVERIFY(again.open(dir.path(), {}));
        QCOMPARE(ids(again.events()), (QStringList{madeEvent(0).id, madeEvent(1).id}));
        QCOMPARE(again.skippedLines(), 1);
    }

    // Snapshots no event refers to go; a garbled log never makes it delete
    // anything outside its directory.
    void onlyItsOwnFilesAreRemoved()
    {
        QTemporaryDir dir;
        const QString events = dir.filePath(QStringLiteral("events"));
        QDir().mkpath(events);
        QFile victim(dir.filePath(QStringLiteral("victim.jpg")));
        QVERIFY(victim.open(QIODevice::WriteOnly));
        victim.close();
        QFile other(QDir(events).filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        Event e = madeEvent(0);
        e.snapshot = QStringLiteral("../victim.jpg");
        QFile file(QDir(events).filePath(EventLog::fileName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(EventJson::toJson(e, {}, EventJson::Phase::End) + '\n');
        file.close();
        QVERIFY(!snapshot(events, madeEvent(7), 10).isEmpty()); // an orphan
        EventLog log;
        QVERIFY(log.open(events, {1, qint64(1) << 30}));
        QCOMPARE(log.removedOrphans(), 1);
        QVERIFY(log.events().constFirst().snapshot.isEmpty());
        QVERIFY(log.append(madeEvent(1))); // prunes the one naming ../victim.jpg
        QCOMPARE(ids(log.events()), QStringList{madeEvent(1).id});
        QVERIFY(victim.exists());
        QVERIFY(other.exists());
        QVERIFY(!EventLog::isSnapshotName(QStringLiteral("a/b.jpg")));
        QVERIFY(!EventLog::isSnapshotName(QStringLiteral(".hidden.jpg")));
        QVERIFY(!EventLog::isSnapshotName(QStringLiteral("x.png")));
        QVERIFY(EventLog::isSnapshotName(madeEvent(3).id + QStringLiteral(".jpg")));
    }

    // A full card: the event is listed from memory and the state says why;
    // once there is room again, it goes onto the card with the next one.
    void fullCardKeepsEventsInMemoryUntilThereIsRoom()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("card"));
        Card card(path, 16);
        EventLog log;
        QVERIFY2(log.open(path, {}), qPrintable(log.problem()));
        QVERIFY(log.append(madeEvent(0)));
        QString expected;
        int n = 1;
        {
            std::unique_ptr<FileSizeLimit> limit;
            QFile filler(QDir(path).filePath(QStringLiteral("filler")));
            if (card.isTmpfs()) {
                QVERIFY(filler.open(QIODevice::WriteOnly));
                while (filler.write(QByteArray(1024, 'f')) == 1024 && filler.flush()) {
                }
                filler.close();
                expected = QStringLiteral("No space left on device");
            } else {
                limit = std::make_unique<FileSizeLimit>(
                    QFileInfo(QDir(path).filePath(EventLog::fileName())).size());
                expected = QStringLiteral("File too large");
            }
            // The log's last block may still have room for a few lines
            // (tmpfs allocates pages): those reach the card.
            while (log.append(madeEvent(n)))
                QVERIFY2(++n < 100, "the full card took every event");
            QVERIFY2(log.problem().contains(expected), qPrintable(log.problem()));
            QVERIFY(!log.append(madeEvent(n + 1)));
            QCOMPARE(log.events().size(), n + 2);
            QCOMPARE(log.events().constLast().id, madeEvent(n + 1).id);
            filler.remove();
        }
        QVERIFY2(log.append(madeEvent(n + 2)), qPrintable(log.problem()));
        QVERIFY(log.problem().isEmpty());
        EventLog again;
        QVERIFY(again.open(path, {}));
        QCOMPARE(ids(again.events()), ids(log.events()));
        QCOMPARE(again.skippedLines(), 0);
    }

    void readOnlyCardAtStartAndWhileRunning()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("card"));
        Card card(path, 64);
        {
            EventLog log;
            QVERIFY(log.open(path, {}));
            QVERIFY(log.append(madeEvent(0)));
        }
        QVERIFY(card.setReadOnly(true));
        EventLog log;
        QVERIFY(!log.open(path, {2, qint64(1) << 30}));
        QCOMPARE(ids(log.events()), QStringList{madeEvent(0).id}); // read all the same
        const QString why = card.isTmpfs() ? QStringLiteral("Read-only file system")
                                           : QStringLiteral("Permission denied");
        QVERIFY2(log.problem().contains(why), qPrintable(log.problem()));
        for (int n = 1; n < 5; ++n)
            QVERIFY(!log.append(madeEvent(n)));
        // Bounded in memory as on the card.
        QCOMPARE(ids(log.events()), (QStringList{madeEvent(3).id, madeEvent(4).id}));
        QVERIFY(card.setReadOnly(false));
        QVERIFY2(log.append(madeEvent(5)), qPrintable(log.problem()));
        EventLog again;
        QVERIFY(again.open(path, {2, qint64(1) << 30}));
        QCOMPARE(ids(again.events()), (QStringList{madeEvent(4).id, madeEvent(5).id}));
    }

    // A person deleted one (the gallery): the file is rewritten without it
    // and its snapshot goes; the others and their snapshots stay.
    void removeRewritesTheFileWithoutIt()
    {
        QTemporaryDir dir;
        EventLog log;
        QVERIFY(log.open(dir.path(), {}));
        for (int n = 0; n < 3; ++n) {
            Event e = madeEvent(n);
            e.snapshot = snapshot(dir.path(), e, 100);
            QVERIFY(log.append(e));
        }
        const qint64 bytes = log.bytes();
        QVERIFY(log.remove(madeEvent(1).id));
        QVERIFY2(log.problem().isEmpty(), qPrintable(log.problem()));
        QCOMPARE(ids(log.events()), (QStringList{madeEvent(0).id, madeEvent(2).id}));
        QVERIFY(log.bytes() < bytes - 100);
        QVERIFY(!QFile::exists(dir.filePath(madeEvent(1).id + ".jpg")));
        QVERIFY(QFile::exists(dir.filePath(madeEvent(0).id + ".jpg")));
        QVERIFY(QFile::exists(dir.filePath(madeEvent(2).id + ".jpg")));
        QFile file(dir.filePath(EventLog::fileName()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed().split('\n').size(), 2);
        // The next one goes after the others, and the removal holds.
        QVERIFY(log.append(madeEvent(3)));
        EventLog again;
        QVERIFY(again.open(dir.path(), {}));
        QCOMPARE(ids(again.events()),
                 (QStringList{madeEvent(0).id, madeEvent(2).id, madeEvent(3).id}));
        QCOMPARE(again.skippedLines(), 0);
        QCOMPARE(again.removedOrphans(), 0);
        QCOMPARE(again.bytes(), log.bytes());
    }

    void removeOfAnUnknownIdChangesNothing()
    {
        QTemporaryDir dir;
        EventLog log;
        QVERIFY(log.open(dir.path(), {}));
        Event e = madeEvent(0);
        e.snapshot = snapshot(dir.path(), e, 100);
        QVERIFY(log.append(e));
        QFile file(dir.filePath(EventLog::fileName()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QVERIFY(!log.remove(madeEvent(1).id));
        QVERIFY(!log.remove(QString()));
        QCOMPARE(ids(log.events()), QStringList{e.id});
        QVERIFY(QFile::exists(dir.filePath(e.snapshot)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    // Removed while the card refuses: from memory at once; the card follows
    // when it takes writes again, the events still pending written, the
    // removed ones not.
    void removeWhileTheCardRefuses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("card"));
        Card card(path, 64);
        EventLog log;
        QVERIFY(log.open(path, {}));
        QVERIFY(log.append(madeEvent(0)));
        QVERIFY(log.append(madeEvent(1)));
        QVERIFY(card.setReadOnly(true));
        QVERIFY(!log.append(madeEvent(2))); // memory only
        QVERIFY(!log.append(madeEvent(3)));
        QVERIFY(!log.append(madeEvent(4)));
        QVERIFY(log.remove(madeEvent(3).id)); // never reached the file
        QCOMPARE(ids(log.events()),
                 (QStringList{madeEvent(0).id, madeEvent(1).id, madeEvent(2).id, madeEvent(4).id}));
        QVERIFY(log.remove(madeEvent(0).id)); // in the file, which cannot be rewritten
        QVERIFY(!log.problem().isEmpty());
        QCOMPARE(ids(log.events()),
                 (QStringList{madeEvent(1).id, madeEvent(2).id, madeEvent(4).id}));
        {
            EventLog meanwhile; // the card as it is: only what reached it
            meanwhile.open(path, {});
            QCOMPARE(ids(meanwhile.events()), (QStringList{madeEvent(0).id, madeEvent(1).id}));
        }
        QVERIFY(card.setReadOnly(false));
        QVERIFY2(log.append(madeEvent(5)), qPrintable(log.problem()));
        EventLog again;
        QVERIFY(again.open(path, {}));
        QCOMPARE(ids(again.events()), ids(log.events()));
        QCOMPARE(ids(again.events()),
                 (QStringList{madeEvent(1).id, madeEvent(2).id, madeEvent(4).id, madeEvent(5).id}));
        QCOMPARE(again.skippedLines(), 0);
    }

    // Only pending events removed while the card refuses: the file already
    // holds the rest, the pending ones still go on with the next.
    void removeOfAPendingEventKeepsTheRestPending()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("card"));
        Card card(path, 64);
        EventLog log;
        QVERIFY(log.open(path, {}));
        QVERIFY(log.append(madeEvent(0)));
        QVERIFY(card.setReadOnly(true));
        QVERIFY(!log.append(madeEvent(1)));
        QVERIFY(!log.append(madeEvent(2)));
        QVERIFY(log.remove(madeEvent(2).id));
        QVERIFY(log.remove(madeEvent(1).id));
        QCOMPARE(ids(log.events()), QStringList{madeEvent(0).id});
        QVERIFY(!log.append(madeEvent(3)));
        QVERIFY(card.setReadOnly(false));
        QVERIFY2(log.append(madeEvent(4)), qPrintable(log.problem()));
        EventLog again;
        QVERIFY(again.open(path, {}));
        QCOMPARE(ids(again.events()),
                 (QStringList{madeEvent(0).id, madeEvent(3).id, madeEvent(4).id}));
        QCOMPARE(again.skippedLines(), 0);
    }

    void clearEmptiesTheFileAndTheSnapshots()
    {
        QTemporaryDir dir;
        QFile other(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        EventLog log;
        QVERIFY(log.open(dir.path(), {}));
        for (int n = 0; n < 3; ++n) {
            Event e = madeEvent(n);
            e.snapshot = snapshot(dir.path(), e, 100);
            QVERIFY(log.append(e));
        }
        log.clear();
        QVERIFY2(log.problem().isEmpty(), qPrintable(log.problem()));
        QVERIFY(log.events().isEmpty());
        QCOMPARE(log.bytes(), 0);
        QCOMPARE(QFileInfo(dir.filePath(EventLog::fileName())).size(), 0);
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.jpg")}).isEmpty());
        QVERIFY(other.exists());
        QVERIFY(log.append(madeEvent(5)));
        EventLog again;
        QVERIFY(again.open(dir.path(), {}));
        QCOMPARE(ids(again.events()), QStringList{madeEvent(5).id});
    }

    // Cleared while the card refuses: what the file held does not come back
    // once the card takes writes again.
    void clearWhileTheCardRefusesHolds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("card"));
        Card card(path, 64);
        EventLog log;
        QVERIFY(log.open(path, {}));
        QVERIFY(log.append(madeEvent(0)));
        QVERIFY(log.append(madeEvent(1)));
        QVERIFY(card.setReadOnly(true));
        QVERIFY(!log.append(madeEvent(2)));
        log.clear();
        QVERIFY(!log.problem().isEmpty());
        QVERIFY(log.events().isEmpty());
        QVERIFY(card.setReadOnly(false));
        QVERIFY2(log.append(madeEvent(3)), qPrintable(log.problem()));
        EventLog again;
        QVERIFY(again.open(path, {}));
        QCOMPARE(ids(again.events()), QStringList{madeEvent(3).id});
    }

    // Where the directory cannot even be made (a file in its way).
    void noDirectoryAtAll()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("state")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        EventLog log;
        QVERIFY(!log.open(dir.filePath(QStringLiteral("state/events")), {}));
        QVERIFY2(log.problem().contains(QStringLiteral("cannot create")),
                 qPrintable(log.problem()));
        QVERIFY(!log.append(madeEvent(0)));
        QCOMPARE(log.events().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "test_eventlog.moc"
