// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// Retention on real files with chosen ages: by size and by free space, the
// oldest first, clips and snapshots alike, never a file in use.

#include "recording/retention.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A file of bytes whose modification time is ageSeconds ago.
QString makeFile(const QString &path, int bytes, int ageSeconds)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QByteArray(bytes, 'x'));
    f.flush(); // or closing writes it and makes it new again
    f.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds),
                  QFileDevice::FileModificationTime);
    return path;
}

QStringList remaining(const QString &dir, const QString &filter)
{
    QStringList names = QDir(dir).entryList({filter}, QDir::Files);
    names.sort();
    return names;
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT
private slots:
    void oldestFirstAtTheSizeLimit()
    {
        QTemporaryDir dir;
        const QString clips = dir.filePath(QStringLiteral("clips"));
        const QString events = dir.filePath(QStringLiteral("events"));
        // Ages: c1 oldest, then s1 (a snapshot), c2, s2, c3 newest.
        makeFile(clips + "/c1.mp4", 1000, 500);
        makeFile(events + "/s1.jpg", 1000, 400);
        makeFile(clips + "/c2.mp4", 1000, 300);
        makeFile(events + "/s2.jpg", 1000, 200);
        makeFile(clips + "/c3.mp4", 1000, 100);
        makeFile(events + "/events.jsonl", 5000, 1000); // not ours to remove
        Retention r({{clips, {QStringLiteral("*.mp4")}}, {events, {QStringLiteral("*.jpg")}}});
        r.setFreeSpace([](const QString &) { return qint64(1) << 40; });

        Retention::Limits limits;
        limits.maxBytes = 5000;
        limits.minFreeBytes = 0;
        Retention::Outcome out = r.enforce(limits);
        QCOMPARE(out.removed, 0); // at the limit, not over it
        QVERIFY(out.satisfied);

        limits.maxBytes = 2500;
        out = r.enforce(limits);
        QCOMPARE(out.removed, 3);
        QCOMPARE(out.removedBytes, qint64(3000));
        QCOMPARE(out.keptBytes, qint64(2000));
        QVERIFY(out.satisfied);
        QCOMPARE(remaining(clips, "*.mp4"), QStringList{"c3.mp4"});
        QCOMPARE(remaining(events, "*.jpg"), QStringList{"s2.jpg"});
        QVERIFY(QFile::exists(events + "/events.jsonl"));
    }

    void aFileInUseStays()
    {
        QTemporaryDir dir;
        const QString clips = dir.filePath(QStringLiteral("clips"));
        const QString writing = makeFile(clips + "/a.mp4", 3000, 300);
        makeFile(clips + "/b.mp4", 1000, 200);
        Retention r({{clips, {QStringLiteral("*.mp4")}}});
        r.setFreeSpace([](const QString &) { return qint64(1) << 40; });
        Retention::Limits limits;
        limits.maxBytes = 1000;
        limits.minFreeBytes = 0;
        const Retention::Outcome out = r.enforce(limits, {QFileInfo(writing).absoluteFilePath()});
        QCOMPARE(remaining(clips, "*.mp4"), QStringList{"a.mp4"});
        QCOMPARE(out.removed, 1);
        QVERIFY(!out.satisfied); // the file in use alone is over the limit
    }

    void freeSpaceOnTheCard()
    {
        QTemporaryDir dir;
        const QString clips = dir.filePath(QStringLiteral("clips"));
        for (int n = 0; n < 5; ++n)
            makeFile(clips + QStringLiteral("/%1.mp4").arg(n), 1000, 1000 - n * 100);
        // A card with 2500 bytes free that gains what is removed.
        const qint64 free = 2500;
        bool filled = false;
        Retention r({{clips, {QStringLiteral("*.mp4")}}});
        r.setFreeSpace([&](const QString &) {
            if (filled)
                return qint64(100);
            qint64 kept = 0;
            for (const QFileInfo &f : QDir(clips).entryInfoList(QDir::Files))
                kept += f.size();
            return free + (5000 - kept);
        });
        Retention::Limits limits;
        limits.maxBytes = qint64(1) << 40;
        limits.minFreeBytes = 4000;
        Retention::Outcome out = r.enforce(limits);
        QCOMPARE(out.removed, 2);
        QCOMPARE(remaining(clips, "*.mp4"), (QStringList{"2.mp4", "3.mp4", "4.mp4"}));
        QCOMPARE(out.freeBytes, qint64(4500));
        QVERIFY(out.satisfied);

        // Something else fills the card: everything of ours goes, and that
        // is still not enough.
        filled = true;
        out = r.enforce(limits);
        QVERIFY(remaining(clips, "*.mp4").isEmpty());
        QVERIFY(!out.satisfied);
    }

    void statvfsOfARealDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(Retention::freeBytes(dir.path()) > 0);
        QCOMPARE(Retention::freeBytes(dir.filePath(QStringLiteral("missing"))), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "test_retention.moc"
