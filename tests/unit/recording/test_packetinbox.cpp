// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The inbox between the stream thread and the recorder: it never blocks,
// drops with a count when full, and then waits for a keyframe so that what
// it holds always decodes.

#include "recording/packetinbox.h"

extern "C" {
#include <libavcodec/avcodec.h>
}

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

namespace {

void push(PacketInbox &inbox, qint64 pts, bool key)
{
    AVPacket *p = av_packet_alloc();
    av_new_packet(p, 100);
    p->pts = pts;
    p->dts = pts;
    if (key)
        p->flags |= AV_PKT_FLAG_KEY;
    inbox.packetEncoded(p);
    av_packet_free(&p);
}

void openEncoder(PacketInbox &inbox)
{
    AVCodecContext *c = avcodec_alloc_context3(nullptr);
    c->width = 320;
    c->height = 240;
    c->time_base = AVRational{1, 30};
    inbox.encoderOpened(c);
    avcodec_free_context(&c);
}

} // namespace

class TestPacketInbox : public QObject
{
    Q_OBJECT
private slots:
    void nothingWithoutAReceiver()
    {
        PacketInbox inbox(10, 1 << 20);
        openEncoder(inbox);
        push(inbox, 0, true);
        QVERIFY(inbox.takeAll().empty());
        QCOMPARE(inbox.received(), quint64(0));
    }

    void wakesTheReceiverOnItsThread()
    {
        PacketInbox inbox(10, 1 << 20);
        openEncoder(inbox);
        QThread thread;
        QObject receiver;
        receiver.moveToThread(&thread);
        thread.start();
        std::atomic<QThread *> ranOn{nullptr};
        std::atomic_int wakes{0};
        inbox.setReceiver(&receiver, [&] {
            ranOn = QThread::currentThread();
            ++wakes;
        });
        push(inbox, 0, true);
        push(inbox, 1, false); // queue not empty: no second wake
        QTRY_COMPARE(wakes.load(), 1);
        QCOMPARE(ranOn.load(), &thread);
        const auto packets = inbox.takeAll();
        QCOMPARE(packets.size(), size_t(2));
        QCOMPARE(packets.front().format()->width, 320);
        inbox.setReceiver(nullptr, {});
        thread.quit();
        thread.wait();
    }

    void fullDropsUpToTheNextKeyframe()
    {
        PacketInbox inbox(4, 1 << 20);
        openEncoder(inbox);
        QObject receiver;
        inbox.setReceiver(&receiver, [] {});
        push(inbox, 0, false); // before any keyframe: useless
        for (qint64 pts = 1; pts <= 6; ++pts)
            push(inbox, pts, pts == 1);
        QCOMPARE(inbox.dropped(), quint64(3)); // 0, then 5 (full) and 6 (no keyframe yet)
        auto packets = inbox.takeAll();
        QCOMPARE(packets.size(), size_t(4));
        push(inbox, 7, false);
        QVERIFY(inbox.takeAll().empty());
        push(inbox, 8, true);
        push(inbox, 9, false);
        packets = inbox.takeAll();
        QCOMPARE(packets.size(), size_t(2));
        QVERIFY(packets.front().isKey());
        QCOMPARE(inbox.dropped(), quint64(4));
        QCoreApplication::processEvents(); // the queued wakes
    }
};

QTEST_GUILESS_MAIN(TestPacketInbox)
#include "test_packetinbox.moc"
