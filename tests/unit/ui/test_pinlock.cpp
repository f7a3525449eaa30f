// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "ui/pinhash.h"
#include "ui/pinlock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString PinKey = QStringLiteral("ui/pin");

// A PinLock with both clocks in the test's hands.
struct Clocks
{
    qint64 now = 1'000'000;          // monotonic ms
    qint64 wall = 1'700'000'000'000; // ms since 1970
    void attach(PinLock &lock)
    {
        lock.setClock([this] { return now; });
        lock.setWallClock([this] { return wall; });
    }
    void advance(qint64 ms)
    {
        now += ms;
        wall += ms;
    }
};
} // namespace

class TestPinLock : public QObject
{
    Q_OBJECT
private slots:
    void hashIsSaltedAndChecks()
    {
        const QString a = PinHash::make(QStringLiteral("2468"), 1000);
        const QString b = PinHash::make(QStringLiteral("2468"), 1000);
        QVERIFY(a != b); // salted
        QVERIFY(a.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
        QVERIFY(!a.contains(QStringLiteral("2468")));
        QVERIFY(PinHash::matches(QStringLiteral("2468"), a));
        QVERIFY(!PinHash::matches(QStringLiteral("2469"), a));
        QVERIFY(!PinHash::matches(QStringLiteral("2468"), QStringLiteral("2468")));
        QVERIFY(!PinHash::matches(QStringLiteral("2468"), QStringLiteral("pbkdf2-sha256$x$$")));
    }

    void noPinOpensAtOnce()
    {
        Settings settings;
        PinLock lock(&settings);
        QVERIFY(!lock.pinSet());
        QVERIFY(lock.enter());
        QVERIFY(lock.check(QString()));
        QVERIFY(lock.unlocked());
    }

    // A typo while setting a PIN must not lock the owner out: the PIN is
    // entered twice, and only a matching pair goes out (as a hash; nothing is
    // saved here: the settings panel saves it with Apply).
    void newPinIsEnteredTwiceAndNotSavedHere()
    {
        QTemporaryDir dir;
        Settings settings;
        settings.setPath(dir.filePath(QStringLiteral("picam-kiosk.conf")));
        PinLock lock(&settings);
        QSignalSpy chosen(&lock, &PinLock::newPinChosen);

        lock.startNewPin();
        QVERIFY(!lock.confirmingNewPin());
        QVERIFY(!lock.enterNewPin(QStringLiteral("12a4")));
        QCOMPARE(lock.newPinMessage(), QStringLiteral("The PIN must be 4 to 8 digits"));
        QVERIFY(!lock.confirmingNewPin());

        QVERIFY(!lock.enterNewPin(QStringLiteral("97531")));
        QVERIFY(lock.confirmingNewPin());
        QCOMPARE(lock.newPinMessage(), QString());
        // A different second entry starts again from the first.
        QVERIFY(!lock.enterNewPin(QStringLiteral("97532")));
        QVERIFY(!lock.confirmingNewPin());
        QVERIFY(lock.newPinMessage().contains(QStringLiteral("differ")));
        QCOMPARE(chosen.count(), 0);

        QVERIFY(!lock.enterNewPin(QStringLiteral("97531")));
        QVERIFY(lock.enterNewPin(QStringLiteral("97531")));
        QCOMPARE(chosen.count(), 1);
        const QString hash = chosen.at(0).at(0).toString();
        QVERIFY(hash.startsWith(QStringLiteral("pbkdf2-sha256$")));
        QVERIFY(!hash.contains(QStringLiteral("97531")));
        QVERIFY(PinHash::matches(QStringLiteral("97531"), hash));
        QVERIFY(!lock.confirmingNewPin());

        QVERIFY(!lock.pinSet());
        QVERIFY(!QFile::exists(settings.path()));
    }

    void fiveWrongTriesLockForAMinute()
    {
        Settings settings;
        QCOMPARE(settings.setValue(PinKey, PinHash::make(QStringLiteral("2468"))), QString());
        PinLock lock(&settings);
        Clocks clocks;
        clocks.attach(lock);
        QSignalSpy changed(&lock, &PinLock::lockChanged);

        for (int i = 1; i <= 4; ++i) {
            QVERIFY(!lock.check(QStringLiteral("0000")));
            QCOMPARE(lock.triesLeft(), 5 - i);
            QVERIFY(!lock.locked());
        }
        QVERIFY(!lock.check(QStringLiteral("0000")));
        QVERIFY(lock.locked());
        QCOMPARE(lock.secondsLeft(), 60);
        QVERIFY(changed.count() >= 5);
        // The right PIN does not open a locked pad.
        QVERIFY(!lock.check(QStringLiteral("2468")));
        QVERIFY(!lock.unlocked());

        clocks.advance(59'001);
        lock.refresh();
        QVERIFY(lock.locked());
        QCOMPARE(lock.secondsLeft(), 1);
        clocks.advance(1'000);
        changed.clear();
        lock.refresh();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!lock.locked());
        QCOMPARE(lock.triesLeft(), 5);
        QVERIFY(lock.check(QStringLiteral("2468")));
        QVERIFY(lock.unlocked());
    }

    void rightPinResetsTheCount()
    {
        Settings settings;
        QCOMPARE(settings.setValue(PinKey, PinHash::make(QStringLiteral("2468"))), QString());
        PinLock lock(&settings);
        QVERIFY(!lock.enter());
        QVERIFY(!lock.check(QStringLiteral("1")));
        QVERIFY(!lock.check(QStringLiteral("2")));
        QVERIFY(lock.check(QStringLiteral("2468")));
        QCOMPARE(lock.triesLeft(), 5);
    }

    // Pulling the plug does not hand out five more tries.
    void wrongTriesAndTheLockSurviveARestart()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state/pin-lockout"));
        Settings settings;
        QCOMPARE(settings.setValue(PinKey, PinHash::make(QStringLiteral("2468"))), QString());
        Clocks clocks;
        {
            PinLock lock(&settings);
            clocks.attach(lock);
            lock.setStateFile(state);
            QVERIFY(!lock.check(QStringLiteral("1111")));
            QVERIFY(!lock.check(QStringLiteral("1111")));
            QVERIFY(QFile::exists(state));
            QCOMPARE(QFile(state).permissions() & (QFile::ReadGroup | QFile::ReadOther |
                                                   QFile::WriteGroup | QFile::WriteOther),
                     QFile::Permissions());
        }
        {
            PinLock lock(&settings);
            clocks.attach(lock);
            lock.setStateFile(state);
            QCOMPARE(lock.triesLeft(), 3);
            for (int i = 0; i < 3; ++i)
                QVERIFY(!lock.check(QStringLiteral("1111")));
            QVERIFY(lock.locked());
        }
        clocks.advance(20'000);
        clocks.now = 5; // a new boot: the monotonic clock starts again
        {
            PinLock lock(&settings);
            clocks.attach(lock);
            lock.setStateFile(state);
            QVERIFY(lock.locked());
            QCOMPARE(lock.secondsLeft(), 40);
            QVERIFY(!lock.check(QStringLiteral("2468")));
        }
        // A clock set far back (no network time yet) never makes it longer
        // than a lock lasts.
        clocks.wall -= 3'600'000;
        {
            PinLock lock(&settings);
            clocks.attach(lock);
            lock.setStateFile(state);
            QVERIFY(lock.locked());
            QCOMPARE(lock.secondsLeft(), 60);
        }
        clocks.wall += 3'600'000 + 61'000;
        {
            PinLock lock(&settings);
            clocks.attach(lock);
            lock.setStateFile(state);
            QVERIFY(!lock.locked());
            QCOMPARE(lock.triesLeft(), 5);
            QVERIFY(!QFile::exists(state));
            QVERIFY(lock.check(QStringLiteral("2468")));
        }
    }

    void aNewPinStartsWithACleanCount()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("pin-lockout"));
        Settings settings;
        QCOMPARE(settings.setValue(PinKey, PinHash::make(QStringLiteral("2468"))), QString());
        PinLock lock(&settings);
        lock.setStateFile(state);
        QVERIFY(!lock.check(QStringLiteral("1111")));
        QCOMPARE(lock.triesLeft(), 4);
        QCOMPARE(settings.setValue(PinKey, PinHash::make(QStringLiteral("1357"))), QString());
        QCOMPARE(lock.triesLeft(), 5);
        QVERIFY(!QFile::exists(state));
    }

    // Left alone for ui/lock_seconds, an unlocked session locks again.
    void locksAgainAfterLockSecondsWithoutInput()
    {
        Settings settings;
        QCOMPARE(settings.setValue(PinKey, PinHash::make(QStringLiteral("2468"))), QString());
        QCOMPARE(settings.setValue(QStringLiteral("ui/lock_seconds"), QStringLiteral("120")),
                 QString());
        PinLock lock(&settings);
        Clocks clocks;
        clocks.attach(lock);
        QSignalSpy relocked(&lock, &PinLock::relocked);

        QVERIFY(lock.check(QStringLiteral("2468")));
        QVERIFY(lock.unlocked());
        clocks.advance(119'000);
        lock.refresh();
        QVERIFY(lock.unlocked());
        lock.noteActivity(); // a touch keeps it open
        clocks.advance(119'000);
        lock.refresh();
        QVERIFY(lock.unlocked());
        QVERIFY(lock.enter()); // open again without the pad
        clocks.advance(120'000);
        lock.refresh();
        QVERIFY(!lock.unlocked());
        QCOMPARE(relocked.count(), 1);
        QVERIFY(!lock.enter());

        // 0: never by itself; leave() still ends it.
        QCOMPARE(settings.setValue(QStringLiteral("ui/lock_seconds"), QStringLiteral("0")),
                 QString());
        QVERIFY(lock.check(QStringLiteral("2468")));
        clocks.advance(24 * 3600 * 1000);
        lock.refresh();
        QVERIFY(lock.unlocked());
        lock.leave();
        QVERIFY(!lock.unlocked());
        QCOMPARE(relocked.count(), 1);
    }

    void idleTimerFiresByItself()
    {
        Settings settings;
        QCOMPARE(settings.setValue(PinKey, PinHash::make(QStringLiteral("2468"))), QString());
        QCOMPARE(settings.setValue(QStringLiteral("ui/lock_seconds"), QStringLiteral("1")),
                 QString());
        PinLock lock(&settings);
        QSignalSpy relocked(&lock, &PinLock::relocked);
        QVERIFY(lock.check(QStringLiteral("2468")));
        QVERIFY(relocked.wait(3000));
        QVERIFY(!lock.unlocked());
    }
};

QTEST_GUILESS_MAIN(TestPinLock)
#include "test_pinlock.moc"
