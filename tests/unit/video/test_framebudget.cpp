// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "video/framebudget.h"
#include "video/libcamerasource.h"

#include <QTest>

class TestFrameBudget : public QObject
{
    Q_OBJECT
private slots:
    // libcamera's six: one for the camera, one being delivered, four for the
    // stream (a queue of three and the frame being encoded).
    void libcamerasSixBuffers()
    {
        FrameBudget budget(LibcameraSource::RequestedBuffers);
        budget.addKeeper(0); // the preview copies what it shows
        budget.addQueue();   // the stream
        QCOMPARE(budget.buffers(), 6);
        QCOMPARE(budget.kept(), 0);
        QCOMPARE(budget.queueShare(), 4);
        QVERIFY(!budget.isOvercommitted());
        QCOMPARE(budget.text(), QStringLiteral("6 buffers: 1 capturing, 1 being delivered, 0 kept "
                                               "by consumers, 4 for the queueing consumer"));
    }

    // The hook for a later consumer that keeps frames (a motion detector's
    // reference frame): its frames come out of the stream's share.
    void keepersComeOffTheQueuesShare()
    {
        FrameBudget budget(6);
        budget.addQueue();
        budget.addKeeper(1);
        QCOMPARE(budget.queueShare(), 3);
        budget.addQueue(); // a second queue: the rest is split
        QCOMPARE(budget.queueShare(), 1);
        QCOMPARE(budget.text(),
                 QStringLiteral("6 buffers: 1 capturing, 1 being delivered, 1 kept by consumers, "
                                "1 for each of 2 queueing consumers"));
    }

    void tooManyKeptFramesAreOvercommitted()
    {
        FrameBudget budget(4);
        budget.addQueue();
        budget.addKeeper(2);
        QCOMPARE(budget.queueShare(), 0); // nothing left: the queue copies
        QVERIFY(!budget.isOvercommitted());
        budget.addKeeper(1);
        QCOMPARE(budget.queueShare(), 0);
        QVERIFY(budget.isOvercommitted());
        QVERIFY(budget.text().endsWith(QStringLiteral("(overcommitted by 1)")));
    }

    // Sources that allocate or pool as needed (test pattern, files, V4L2).
    void unlimitedSourcesGiveUnlimitedShares()
    {
        FrameBudget budget;
        QVERIFY(budget.isUnlimited());
        budget.addKeeper(10);
        budget.addQueue();
        budget.addQueue();
        QCOMPARE(budget.queueShare(), FrameBudget::Unlimited);
        QVERIFY(!budget.isOvercommitted());
        QVERIFY(budget.text().startsWith(QStringLiteral("no buffer limit")));
    }

    void noQueueLeavesTheRestUnused()
    {
        FrameBudget budget(6);
        QCOMPARE(budget.queueShare(), 4);
        QVERIFY(budget.text().endsWith(QStringLiteral("4 unused")));
    }
};

QTEST_GUILESS_MAIN(TestFrameBudget)
#include "test_framebudget.moc"
