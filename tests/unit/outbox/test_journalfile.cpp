// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The outbox journal on its own: what is written comes back in order, a power
// cut at any byte of the last record keeps every complete record before it, a
// failed write leaves no torn record behind, and a file that is no journal is
// set aside rather than trusted.
#include "filesizelimit.h"
#include "outbox/journalfile.h"
#include "outbox/journalformat.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

OutboxMessage message(quint64 seq)
{
    return {seq, QStringLiteral("sensors/metrics"),
            QByteArrayLiteral("{\"ts\":") + QByteArray::number(1700000000000 + seq) + "}", 1,
            false};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

qint64 sizeOnDisk(const QString &path)
{
    struct stat st = {};
    return stat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_size) : -1;
}

} // namespace

class TestJournalFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("outbox.journal")); }

    // Writes messages 1..count into a new journal; returns each one's offset.
    QList<qint64> writeMessages(int count)
    {
        QFile::remove(path());
        JournalFile file;
        JournalFile::Contents contents;
        if (!file.open(path(), &contents))
            return {};
        QList<qint64> offsets;
        for (int i = 1; i <= count; ++i) {
            qint64 offset = 0;
            if (!file.append(JournalFormat::encodeMessage(message(quint64(i))), &offset))
                return {};
            offsets << offset;
        }
        return offsets;
    }

private slots:
    void init() { QFile::remove(path()); }

    void appendedMessagesComeBackInOrder()
    {
        QCOMPARE(writeMessages(50).size(), 50);
        JournalFile file;
        JournalFile::Contents contents;
        QVERIFY2(file.open(path(), &contents), qPrintable(file.error()));
        QCOMPARE(contents.messages.size(), size_t(50));
        QCOMPARE(contents.lastSeq, quint64(50));
        QCOMPARE(contents.discarded, 0);
        for (size_t i = 0; i < contents.messages.size(); ++i) {
            QCOMPARE(contents.messages[i].seq, quint64(i + 1));
            const auto m = file.read(contents.messages[i]);
            QVERIFY(m);
            QCOMPARE(*m, message(quint64(i + 1)));
        }
        QVERIFY(file.warning().isEmpty());
    }

    void newFileIsPrivate()
    {
        JournalFile file;
        JournalFile::Contents contents;
        QVERIFY(file.open(path(), &contents));
        QCOMPARE(QFile::permissions(path()) & 0x0077, QFileDevice::Permissions());
        QCOMPARE(sizeOnDisk(path()), qint64(JournalFormat::MagicSize));
    }

    void releaseMarkHidesWhatIsDone()
    {
        QCOMPARE(writeMessages(10).size(), 10);
        {
            JournalFile file;
            JournalFile::Contents contents;
            QVERIFY(file.open(path(), &contents));
            QVERIFY(file.append(JournalFormat::encodeRelease(4)));
        }
        JournalFile file;
        JournalFile::Contents contents;
        QVERIFY(file.open(path(), &contents));
        QCOMPARE(contents.releasedThrough, quint64(4));
        QCOMPARE(contents.messages.size(), size_t(6));
        QCOMPARE(contents.messages.front().seq, quint64(5));
        QCOMPARE(contents.lastSeq, quint64(10));
    }

    void cutAtEveryByteOfTheLastRecordKeepsTheOthers()
    {
        // A power cut can end the file anywhere inside the record being
        // written: every complete record before it must survive, and the
        // journal must go on cleanly after it.
        const QList<qint64> offsets = writeMessages(5);
        QCOMPARE(offsets.size(), 5);
        const QByteArray whole = readAll(path());
        const qint64 lastStart = offsets.last();
        for (qint64 cut = lastStart; cut < whole.size(); ++cut) {
            writeAll(path(), whole.left(cut));
            JournalFile file;
            JournalFile::Contents contents;
            QVERIFY2(file.open(path(), &contents), qPrintable(file.error()));
            QCOMPARE(contents.messages.size(), size_t(4));
            QCOMPARE(contents.messages.back().seq, quint64(4));
            QCOMPARE(contents.discarded, cut - lastStart);
            QCOMPARE(sizeOnDisk(path()), lastStart);
            if (cut > lastStart)
                QVERIFY2(file.warning().contains(QStringLiteral("cut off")),
                         qPrintable(file.warning()));
            QVERIFY(file.append(JournalFormat::encodeMessage(message(9))));
            file.close();
            QVERIFY(file.open(path(), &contents));
            QCOMPARE(contents.messages.size(), size_t(5));
            QCOMPARE(contents.messages.back().seq, quint64(9));
        }
    }

    void aDamagedRecordEndsWhatIsBelieved()
    {
        const QList<qint64> offsets = writeMessages(5);
        QByteArray bytes = readAll(path());
        bytes[offsets[2] + JournalFormat::HeaderSize + 3] ^= 0x10; // one bit in record 3
        writeAll(path(), bytes);
        JournalFile file;
        JournalFile::Contents contents;
        QVERIFY(file.open(path(), &contents));
        QCOMPARE(contents.messages.size(), size_t(2));
        QVERIFY2(contents.discardReason.contains(QStringLiteral("checksum")),
                 qPrintable(contents.discardReason));
    }

    void fileThatIsNoJournalIsSetAside()
    {
        const QByteArray passwd = "root:x:0:0:root:/root:/bin/bash\n";
        writeAll(path(), passwd);
        JournalFile file;
        JournalFile::Contents contents;
        QVERIFY2(file.open(path(), &contents), qPrintable(file.error()));
        QVERIFY(contents.messages.empty());
        QVERIFY2(file.warning().contains(QStringLiteral(".corrupt")), qPrintable(file.warning()));
        QCOMPARE(readAll(path() + QStringLiteral(".corrupt")), passwd);
        QCOMPARE(sizeOnDisk(path()), qint64(JournalFormat::MagicSize));
    }

    void failedWriteLeavesNoTornRecord()
    {
        QCOMPARE(writeMessages(3).size(), 3);
        JournalFile file;
        JournalFile::Contents contents;
        QVERIFY(file.open(path(), &contents));
        const qint64 before = file.size();
        const QByteArray big =
            JournalFormat::encodeMessage({4, QStringLiteral("t"), QByteArray(300, 'x'), 1, false});
        {
            // Room for part of the record only: the write fails half-way.
            FileSizeLimit full(rlim_t(before + 100));
            QVERIFY(!file.append(big));
            QVERIFY2(file.error().contains(QStringLiteral("cannot write")),
                     qPrintable(file.error()));
            QCOMPARE(sizeOnDisk(path()), before);
        }
        QVERIFY2(file.append(big), qPrintable(file.error()));
        file.close();
        QVERIFY(file.open(path(), &contents));
        QCOMPARE(contents.messages.size(), size_t(4));
        QCOMPARE(contents.discarded, 0);
    }

    void rewriteKeepsOnlyWhatIsGiven()
    {
        QCOMPARE(writeMessages(10).size(), 10);
        JournalFile file;
        JournalFile::Contents contents;
        QVERIFY(file.open(path(), &contents));
        const qint64 before = file.size();
        std::deque<JournalFile::Entry> keep(contents.messages.begin() + 6, contents.messages.end());
        const auto recordAt = [&](size_t i, QByteArray *record) {
            return file.readRecord(keep[i], record);
        };
        std::deque<JournalFile::Entry> placed;
        QVERIFY2(file.rewrite(keep.size(), recordAt, 6, &placed), qPrintable(file.error()));
        QCOMPARE(placed.size(), size_t(4));
        QVERIFY(file.size() < before);
        QCOMPARE(*file.read(placed.front()), message(7));
        QVERIFY(!QFile::exists(path() + QStringLiteral(".new")));
        file.close();
        QVERIFY(file.open(path(), &contents));
        QCOMPARE(contents.messages.size(), size_t(4));
        QCOMPARE(contents.messages.front().seq, quint64(7));
        QCOMPARE(contents.releasedThrough, quint64(6));
    }

    void readOnlyJournalCanStillBeRead()
    {
        if (geteuid() == 0)
            QSKIP("root may write any file: the read-only card is tested by test_outboxfaults");
        QCOMPARE(writeMessages(3).size(), 3);
        QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner));
        JournalFile file;
        JournalFile::Contents contents;
        QVERIFY(!file.open(path(), &contents));
        QVERIFY(file.error().contains(QStringLiteral("cannot open")));
        QVERIFY(file.isOpen());
        QCOMPARE(contents.messages.size(), size_t(3));
        QCOMPARE(*file.read(contents.messages.back()), message(3));
        QVERIFY(!file.append(JournalFormat::encodeMessage(message(4))));
    }
};

QTEST_GUILESS_MAIN(TestJournalFile)
#include "test_journalfile.moc"
