// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "system/backoff.h"

#include <QTest>

using namespace std::chrono_literals;

class TestBackoff : public QObject
{
    Q_OBJECT
private slots:
    void doublesUpToTheMaximum()
    {
        Backoff b(1s, 30s, 0.0);
        QList<qint64> seen;
        for (int i = 0; i < 7; ++i)
            seen << b.next().count();
        QCOMPARE(seen, (QList<qint64>{1000, 2000, 4000, 8000, 16000, 30000, 30000}));
        QCOMPARE(b.attempts(), 7);
    }

    void resetStartsOver()
    {
        Backoff b(1s, 30s, 0.0);
        b.next();
        b.next();
        b.reset();
        QCOMPARE(b.next().count(), 1000);
        QCOMPARE(b.attempts(), 1);
    }

    void jitterStaysWithinTwentyPercent()
    {
        Backoff low(1s, 30s, 0.2, [] { return 0.0; });
        Backoff high(1s, 30s, 0.2, [] { return 0.999999; });
        QCOMPARE(low.next().count(), 800);
        QVERIFY(high.next().count() >= 1199);
        // Jitter never goes past the maximum.
        Backoff capped(30s, 30s, 0.2, [] { return 0.999999; });
        QCOMPARE(capped.next().count(), 30000);
    }

    void realRandomnessSpreadsDelays()
    {
        QSet<qint64> distinct;
        for (int i = 0; i < 20; ++i) {
            Backoff b;
            const qint64 d = b.next().count();
            QVERIFY2(d >= 800 && d <= 1200, qPrintable(QString::number(d)));
            distinct << d;
        }
        QVERIFY(distinct.size() > 1);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "test_backoff.moc"
