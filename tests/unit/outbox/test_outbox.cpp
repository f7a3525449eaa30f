// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The Outbox without a broker: messages go out in capture order within the
// window, come back after a disconnect, survive a restart, respect the limit,
// stay in memory while the card cannot be written and go back onto it when
// it can, and a connected outbox leaves (almost) nothing on the card.
#include "filesizelimit.h"
#include "outbox/journalfile.h"
#include "outbox/journalformat.h"
#include "outbox/outbox.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

QList<quint64> seqs(const QSignalSpy &sends)
{
    QList<quint64> out;
    for (const auto &args : sends)
        for (const OutboxMessage &m : args.at(0).value<QList<OutboxMessage>>())
            out << m.seq;
    return out;
}

QList<QByteArray> payloads(const QSignalSpy &sends)
{
    QList<QByteArray> out;
    for (const auto &args : sends)
        for (const OutboxMessage &m : args.at(0).value<QList<OutboxMessage>>())
            out << m.payload;
    return out;
}

QList<quint64> range(quint64 first, quint64 last)
{
    QList<quint64> out;
    for (quint64 s = first; s <= last; ++s)
        out << s;
    return out;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Outbox::Options options(qint64 limit = 1000) const
    {
        Outbox::Options o;
        o.directory = m_dir.path();
        o.limit = limit;
        o.syncInterval = 20ms;
        o.window = 4;
        o.retryInterval = 50ms;
        return o;
    }
    QString journal() const { return QDir(m_dir.path()).filePath(Outbox::journalName()); }
    qint64 journalSize() const { return QFileInfo(journal()).size(); }

    static void add(Outbox &box, int from, int to)
    {
        for (int i = from; i <= to; ++i)
            box.add(QStringLiteral("sensors/metrics"), QByteArray::number(i), 1, false);
    }

private slots:
    void init() { QFile::remove(journal()); }

    void sendsInOrderWithinTheWindow()
    {
        Outbox box;
        QSignalSpy sends(&box, &Outbox::send);
        box.open(options());
        add(box, 1, 10);
        QCOMPARE(sends.size(), 0); // not connected
        QCOMPARE(box.counts().waiting, 10);
        box.setConnected(true, 1);
        QCOMPARE(seqs(sends), range(1, 4));
        QCOMPARE(sends.first().at(1).toInt(), 1);
        for (quint64 s = 1; s <= 10; ++s)
            box.acknowledge(s, true);
        QCOMPARE(seqs(sends), range(1, 10));
        QCOMPARE(payloads(sends).first(), QByteArray("1"));
        QCOMPARE(payloads(sends).last(), QByteArray("10"));
        QCOMPARE(box.counts().waiting, 0);
        QCOMPARE(box.counts().delivered, 10);
        QCOMPARE(box.counts().dropped, 0);
    }

    void unconfirmedMessagesGoAgainAfterAReconnect()
    {
        Outbox box;
        QSignalSpy sends(&box, &Outbox::send);
        box.open(options());
        add(box, 1, 6);
        box.setConnected(true, 1);
        box.acknowledge(1, true);
        box.acknowledge(2, true);
        box.setConnected(false, 1);
        sends.clear();
        box.acknowledge(3, true); // from the lost connection, after the fact: too late
        box.setConnected(true, 2);
        QCOMPARE(seqs(sends), range(3, 6));
        QCOMPARE(sends.first().at(1).toInt(), 2);
        QCOMPARE(box.counts().delivered, 2);
    }

    void acknowledgementsOfNothingAreIgnored()
    {
        Outbox box;
        box.open(options());
        add(box, 1, 3);
        box.acknowledge(2, true); // never sent
        QCOMPARE(box.counts().delivered, 0);
        box.setConnected(true, 1);
        box.acknowledge(2, true);
        box.acknowledge(2, true); // twice
        box.acknowledge(99, true);
        QCOMPARE(box.counts().delivered, 1);
        QCOMPARE(box.counts().waiting, 3); // 1 still waits, so 2 cannot be let go yet
    }

    void limitDropsTheOldest()
    {
        Outbox box;
        QSignalSpy sends(&box, &Outbox::send);
        box.open(options(5));
        add(box, 1, 20);
        QCOMPARE(box.counts().waiting, 5);
        QCOMPARE(box.counts().dropped, 15);
        box.setConnected(true, 1);
        for (quint64 s = 16; s <= 20; ++s)
            box.acknowledge(s, true);
        QCOMPARE(seqs(sends), range(16, 20));
    }

    void keptAcrossARestart()
    {
        {
            Outbox box;
            box.open(options());
            add(box, 1, 10);
            box.setConnected(true, 1);
            box.acknowledge(1, true);
            box.acknowledge(2, true);
            box.acknowledge(3, true);
            box.close();
        }
        Outbox box;
        QSignalSpy sends(&box, &Outbox::send);
        box.open(options());
        QCOMPARE(box.counts().restored, 7);
        QCOMPARE(box.counts().waiting, 7);
        add(box, 11, 11);
        box.setConnected(true, 1);
        for (quint64 s = 4; s <= 11; ++s)
            box.acknowledge(s, true);
        QCOMPARE(seqs(sends), range(4, 11));
        QCOMPARE(payloads(sends).first(), QByteArray("4"));
        QCOMPARE(payloads(sends).last(), QByteArray("11"));
    }

    void deliveredMessagesLeaveTheCardEmpty()
    {
        Outbox box;
        box.open(options());
        box.setConnected(true, 1);
        add(box, 1, 5);
        QVERIFY(journalSize() > JournalFormat::MagicSize);
        for (quint64 s = 1; s <= 5; ++s)
            box.acknowledge(s, true);
        // Truncated at the next tick, never synced: nothing for the card.
        QTRY_COMPARE(journalSize(), qint64(JournalFormat::MagicSize));
    }

    void aFullCardKeepsMessagesInMemoryUntilItHasRoom()
    {
        Outbox box;
        QSignalSpy problems(&box, &Outbox::problemChanged);
        QSignalSpy sends(&box, &Outbox::send);
        box.open(options());
        add(box, 1, 2);
        auto full = std::make_unique<FileSizeLimit>(rlim_t(journalSize()));
        add(box, 3, 6);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(box.problem().contains(QStringLiteral("cannot write")), qPrintable(box.problem()));
        QCOMPARE(box.counts().inMemory, 4);
        QCOMPARE(box.counts().waiting, 6);
        // Still delivered, in order, from memory.
        box.setConnected(true, 1);
        box.acknowledge(1, true);
        box.acknowledge(2, true);
        box.acknowledge(3, true);
        QCOMPARE(seqs(sends), range(1, 6));
        full.reset();
        // Retried: the rest goes onto the card and the problem is gone.
        QTRY_VERIFY(box.problem().isEmpty());
        QCOMPARE(box.counts().inMemory, 0);
        box.close();
        Outbox again;
        again.open(options());
        QCOMPARE(again.counts().restored, 3); // 4, 5, 6
    }

    void memoryIsBoundedWhileTheCardFails()
    {
        Outbox box;
        auto o = options();
        o.memoryBytes = 1000;
        box.open(o);
        FileSizeLimit full{rlim_t(journalSize())};
        for (int i = 0; i < 20; ++i)
            box.add(QStringLiteral("t"), QByteArray(100, char('a' + i)), 1, false);
        QVERIFY(box.counts().inMemory < 20);
        QVERIFY(box.counts().inMemory > 0);
        QCOMPARE(box.counts().dropped, 20 - box.counts().inMemory);
        QCOMPARE(box.counts().waiting, box.counts().inMemory);
    }

    void refusedMessagesGoAgainAfterAPause()
    {
        Outbox box;
        QSignalSpy sends(&box, &Outbox::send);
        box.open(options());
        add(box, 1, 4);
        box.setConnected(true, 1);
        sends.clear();
        box.acknowledge(2, false);
        QCOMPARE(sends.size(), 0);
        QVERIFY(sends.wait(5000));
        QCOMPARE(seqs(sends), range(1, 4));
    }

    void compactedWhenDeliveredMessagesDominate()
    {
        Outbox box;
        auto o = options();
        o.window = 1000;
        box.open(o);
        for (int i = 0; i < 200; ++i)
            box.add(QStringLiteral("t"), QByteArray(10000, 'p'), 1, false);
        const qint64 full = journalSize();
        QVERIFY(full > 2000000);
        box.setConnected(true, 1);
        for (quint64 s = 1; s <= 150; ++s)
            box.acknowledge(s, true);
        QTRY_VERIFY(journalSize() < full / 2);
        QVERIFY(!QFile::exists(journal() + QStringLiteral(".new")));
        box.close();
        Outbox again;
        again.open(o);
        QCOMPARE(again.counts().restored, 50);
    }

    void noLimitMeansNothingKeptOffline()
    {
        Outbox box;
        QSignalSpy sends(&box, &Outbox::send);
        box.open(options(0));
        add(box, 1, 3);
        QCOMPARE(box.counts().dropped, 3);
        QCOMPARE(box.counts().waiting, 0);
        box.setConnected(true, 1);
        add(box, 4, 4);
        QCOMPARE(payloads(sends), QList<QByteArray>{"4"});
        QVERIFY(!QFile::exists(journal()));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "test_outbox.moc"
