// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "system/supervisor.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {
// A service whose start succeeds or fails as the test says.
class FakeService : public Service
{
public:
    using Service::Service;
    bool failNextStart = false;
    bool permanentFailure = false;
    int starts = 0;
    int stops = 0;
    QStringList *order = nullptr;

protected:
    void startService() override
    {
        ++starts;
        if (order)
            *order << QStringLiteral("start ") + name();
        if (permanentFailure)
            reportFailed(QStringLiteral("no camera"));
        else if (failNextStart)
            retryLater(QStringLiteral("server down"));
        else
            reportRunning();
    }
    void stopService() override
    {
        ++stops;
        if (order)
            *order << QStringLiteral("stop ") + name();
    }
};
} // namespace

class TestSupervisor : public QObject
{
    Q_OBJECT
private slots:
    void startsInOrderAndStopsInReverse()
    {
        QStringList order;
        Supervisor sup;
        for (const char *n : {"video", "stream", "mqtt"}) {
            auto *s = new FakeService(QString::fromLatin1(n));
            s->order = &order;
            sup.addService(s);
        }
        sup.startAll();
        sup.stopAll();
        QCOMPARE(order, (QStringList{"start video", "start stream", "start mqtt", "stop mqtt",
                                     "stop stream", "stop video"}));
    }

    void modelReportsStateChanges()
    {
        Supervisor sup;
        auto *s = new FakeService(QStringLiteral("mqtt"));
        sup.addService(s);
        QCOMPARE(sup.rowCount(), 1);
        QSignalSpy changed(&sup, &QAbstractItemModel::dataChanged);
        s->start();
        QVERIFY(changed.count() > 0);
        const QModelIndex idx = sup.index(0);
        QCOMPARE(sup.data(idx, Supervisor::NameRole).toString(), QStringLiteral("mqtt"));
        QCOMPARE(sup.data(idx, Supervisor::StateNameRole).toString(), QStringLiteral("Running"));
        QCOMPARE(sup.roleNames().value(Supervisor::LastErrorRole), QByteArray("lastError"));
    }

    void retryingServiceComesBackAfterBackoff()
    {
        FakeService s(QStringLiteral("stream"));
        s.failNextStart = true;
        QSignalSpy states(&s, &Service::stateChanged);
        s.start();
        QCOMPARE(s.state(), Service::State::Retrying);
        QCOMPARE(s.lastError(), QStringLiteral("server down"));
        QVERIFY(s.retryAt().isValid());
        QCOMPARE(s.stops, 1);
        // The first back-off delay is 1 s +-20 %: the retry starts it again.
        s.failNextStart = false;
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), Service::State::Running, 5000);
        QCOMPARE(s.starts, 2);
        QVERIFY(s.lastError().isEmpty());
        QVERIFY(!s.retryAt().isValid());
    }

    void stopCancelsAPendingRetry()
    {
        FakeService s(QStringLiteral("stream"));
        s.failNextStart = true;
        s.start();
        s.stop();
        QCOMPARE(s.state(), Service::State::Stopped);
        QTest::qWait(1500); // longer than the first back-off: nothing may restart it
        QCOMPARE(s.starts, 1);
    }

    void permanentFailureWaitsForAPerson()
    {
        FakeService s(QStringLiteral("video"));
        s.permanentFailure = true;
        s.start();
        QCOMPARE(s.state(), Service::State::Failed);
        QCOMPARE(s.lastError(), QStringLiteral("no camera"));
        s.permanentFailure = false;
        s.start();
        QCOMPARE(s.state(), Service::State::Running);
    }

    void restartOnlyTheNamedServices()
    {
        Supervisor sup;
        auto *a = new FakeService(QStringLiteral("video"));
        auto *b = new FakeService(QStringLiteral("mqtt"));
        sup.addService(a);
        sup.addService(b);
        sup.startAll();
        sup.restart({QStringLiteral("mqtt")});
        QCOMPARE(a->starts, 1);
        QCOMPARE(b->starts, 2);
        QCOMPARE(sup.service(QStringLiteral("mqtt")), b);
        QCOMPARE(sup.service(QStringLiteral("nope")), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestSupervisor)
#include "test_supervisor.moc"
