// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "ui/useractivity.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

namespace {
// Counts the events that reach it past the filter.
class Target : public QObject
{
public:
    int received = 0;
    bool event(QEvent *e) override
    {
        switch (e->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
            ++received;
            return true;
        default:
            return QObject::event(e);
        }
    }
};

void send(QObject *to, QEvent::Type type)
{
    if (type == QEvent::KeyPress || type == QEvent::KeyRelease) {
        QKeyEvent e(type, Qt::Key_Up, Qt::NoModifier);
        QCoreApplication::sendEvent(to, &e);
        return;
    }
    QMouseEvent e(type, QPointF(10, 10), QPointF(10, 10), Qt::LeftButton,
                  type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton,
                  Qt::NoModifier);
    QCoreApplication::sendEvent(to, &e);
}
} // namespace

class TestUserActivity : public QObject
{
    Q_OBJECT
private slots:
    void everyInputIsActivity()
    {
        UserActivity activity;
        Target target;
        target.installEventFilter(&activity);
        QSignalSpy active(&activity, &UserActivity::active);
        send(&target, QEvent::MouseButtonPress);
        send(&target, QEvent::MouseButtonRelease);
        send(&target, QEvent::KeyPress);
        send(&target, QEvent::KeyRelease);
        QCOMPARE(active.count(), 4);
        QCOMPARE(target.received, 4);
    }

    // The touch that wakes a dark screen goes no further, up to its release.
    void theWakingInputIsSwallowed()
    {
        UserActivity activity;
        Target target;
        target.installEventFilter(&activity);
        bool dark = true;
        activity.setSwallowWhile([&dark] { return dark; });
        connect(&activity, &UserActivity::active, this, [&dark] { dark = false; });
        QSignalSpy active(&activity, &UserActivity::active);
        send(&target, QEvent::MouseButtonPress);
        send(&target, QEvent::MouseButtonRelease); // awake now, still swallowed
        QCOMPARE(target.received, 0);
        QCOMPARE(active.count(), 2);
        send(&target, QEvent::MouseButtonPress);
        send(&target, QEvent::MouseButtonRelease);
        QCOMPARE(target.received, 2);

        dark = true;
        send(&target, QEvent::KeyPress);   // the joystick wakes it
        send(&target, QEvent::KeyRelease); // and its release is held back too
        QCOMPARE(target.received, 2);
        send(&target, QEvent::KeyPress);
        QCOMPARE(target.received, 3);
    }

    // The focus frame follows the joystick: on with a key, off with a touch.
    void keysTurnKeyboardNavigationOnAndTouchesOff()
    {
        UserActivity activity;
        Target target;
        target.installEventFilter(&activity);
        QSignalSpy changed(&activity, &UserActivity::keyboardNavigationChanged);
        QVERIFY(!activity.keyboardNavigation());
        send(&target, QEvent::MouseButtonPress);
        send(&target, QEvent::MouseButtonRelease);
        QVERIFY(!activity.keyboardNavigation());
        QCOMPARE(changed.count(), 0);

        send(&target, QEvent::KeyPress);
        QVERIFY(activity.keyboardNavigation());
        send(&target, QEvent::KeyRelease);
        send(&target, QEvent::KeyPress);
        QVERIFY(activity.keyboardNavigation());
        QCOMPARE(changed.count(), 1);

        send(&target, QEvent::MouseButtonPress);
        QVERIFY(!activity.keyboardNavigation());
        QCOMPARE(changed.count(), 2);
        // The events still go on: this is only a look at them.
        QCOMPARE(target.received, 6);
    }

    // A person watching a clip touches nothing: active() comes at once and
    // then again and again, until watching ends.
    void watchingKeepsThePersonActive()
    {
        UserActivity activity;
        QSignalSpy active(&activity, &UserActivity::active);
        QSignalSpy watching(&activity, &UserActivity::watchingChanged);
        activity.setWatchInterval(std::chrono::milliseconds(20));
        QVERIFY(!activity.watching());
        activity.setWatching(true);
        QVERIFY(activity.watching());
        QCOMPARE(watching.count(), 1);
        QCOMPARE(active.count(), 1);
        QVERIFY(active.wait(5000));
        QVERIFY(active.wait(5000));
        QVERIFY(active.count() >= 3);
        activity.setWatching(true);
        QCOMPARE(watching.count(), 1);

        activity.setWatching(false);
        QVERIFY(!activity.watching());
        QCOMPARE(watching.count(), 2);
        active.clear();
        // Well past several intervals: nothing more comes.
        QVERIFY(!active.wait(200));
        QCOMPARE(active.count(), 0);
        activity.setWatching(false);
        QCOMPARE(watching.count(), 2);
    }
};

QTEST_MAIN(TestUserActivity)
#include "test_useractivity.moc"
