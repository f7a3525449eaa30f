// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sensors/chiphealth.h"

#include <QTest>

using namespace std::chrono_literals;

namespace {
ChipHealth makeHealth()
{
    // No jitter, so the re-probe times are exact: 1 s, 2 s, 4 s ...
    return ChipHealth(QStringLiteral("LPS25H"), Backoff(1s, 30s, 0.0, [] { return 0.5; }));
}
} // namespace

class TestChipHealth : public QObject
{
    Q_OBJECT
private slots:
    void missingChipStaysAbsentAndIsProbedWithBackoff()
    {
        ChipHealth h = makeHealth();
        h.probeFailed(10.0, QStringLiteral("no answer"));
        QCOMPARE(h.state(), ChipHealth::State::Absent);
        QCOMPARE(h.errorCount(), 0); // never there: nothing failed
        QVERIFY(!h.probeDue(10.5));
        QVERIFY(h.probeDue(11.0));
        h.probeFailed(11.0, QStringLiteral("no answer"));
        QCOMPARE(h.nextProbeAt(), 13.0); // 2 s later
        h.probeFailed(13.0, QStringLiteral("no answer"));
        QCOMPARE(h.nextProbeAt(), 17.0); // 4 s later
    }

    void repeatedReadFailuresMakeItFailed()
    {
        ChipHealth h = makeHealth();
        h.probeSucceeded(QStringLiteral("i2c-dev /dev/i2c-1 0x5c"));
        QCOMPARE(h.state(), ChipHealth::State::Ok);
        QVERIFY(!h.readFailed(1.0, QStringLiteral("short read")));
        h.readSucceeded(); // a single glitch is forgiven
        QCOMPARE(h.consecutiveFailures(), 0);
        QVERIFY(!h.readFailed(2.0, QStringLiteral("short read")));
        QVERIFY(!h.readFailed(2.1, QStringLiteral("short read")));
        QVERIFY(h.readFailed(2.2, QStringLiteral("Remote I/O error")));
        QCOMPARE(h.state(), ChipHealth::State::Failed);
        QCOMPARE(h.errorCount(), 4);
        QCOMPARE(h.lastError(), QStringLiteral("Remote I/O error"));
        QVERIFY(!h.probeDue(3.0));
        QVERIFY(h.probeDue(3.2));
        // A failed re-probe keeps it Failed (it was there before) and counts.
        h.probeFailed(3.2, QStringLiteral("no answer"));
        QCOMPARE(h.state(), ChipHealth::State::Failed);
        QCOMPARE(h.errorCount(), 5);
        QCOMPARE(h.nextProbeAt(), 5.2);
        // Back: Ok, and the back-off starts from 1 s again next time.
        h.probeSucceeded(QStringLiteral("i2c-dev /dev/i2c-1 0x5c"));
        QCOMPARE(h.state(), ChipHealth::State::Ok);
        for (int i = 0; i < ChipHealth::FailAfter; ++i)
            h.readFailed(10.0, QStringLiteral("x"));
        QCOMPARE(h.nextProbeAt(), 11.0);
    }
};

QTEST_GUILESS_MAIN(TestChipHealth)
#include "test_chiphealth.moc"
