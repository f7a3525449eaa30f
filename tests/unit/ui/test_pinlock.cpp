// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "ui/pinhash.h"
#include "ui/pinlock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
        QVERIFY(lock.check(QString()));
    }

    void setStoresOnlyAHashAndClears()
    {
        QTemporaryDir dir;
        Settings settings;
        settings.setPath(dir.filePath(QStringLiteral("picam-kiosk.conf")));
        PinLock lock(&settings);
        QSignalSpy pinSet(&lock, &PinLock::pinSetChanged);
        QCOMPARE(lock.setPin(QStringLiteral("12a4")),
                 QStringLiteral("The PIN must be 4 to 8 digits"));
        QCOMPARE(pinSet.count(), 0);
        QCOMPARE(lock.setPin(QStringLiteral("97531")), QString());
        QCOMPARE(pinSet.count(), 1);
        QVERIFY(lock.pinSet());
        QFile file(settings.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY2(saved.contains("pbkdf2-sha256$"), saved.constData());
        QVERIFY(!saved.contains("97531"));
        // The hash survives the file: a fresh start checks against it.
        Settings reloaded;
        QVERIFY(reloaded.loadFile(settings.path()).isEmpty());
        PinLock again(&reloaded);
        QVERIFY(again.pinSet());
        QVERIFY(!again.check(QStringLiteral("97530")));
        QVERIFY(again.check(QStringLiteral("97531")));
        QCOMPARE(file.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

        QVERIFY(lock.check(QStringLiteral("97531")));
        QCOMPARE(lock.clearPin(), QString());
        QCOMPARE(pinSet.count(), 2);
        QVERIFY(!lock.pinSet());
    }

    void fiveWrongTriesLockForAMinute()
    {
        QTemporaryDir dir;
        Settings settings;
        settings.setPath(dir.filePath(QStringLiteral("picam-kiosk.conf")));
        PinLock lock(&settings);
        qint64 now = 1'000'000;
        lock.setClock([&now] { return now; });
        QCOMPARE(lock.setPin(QStringLiteral("2468")), QString());
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

        now += 59'001;
        lock.refresh();
        QVERIFY(lock.locked());
        QCOMPARE(lock.secondsLeft(), 1);
        now += 1'000;
        changed.clear();
        lock.refresh();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!lock.locked());
        QCOMPARE(lock.triesLeft(), 5);
        QVERIFY(lock.check(QStringLiteral("2468")));
    }

    void rightPinResetsTheCount()
    {
        QTemporaryDir dir;
        Settings settings;
        settings.setPath(dir.filePath(QStringLiteral("picam-kiosk.conf")));
        PinLock lock(&settings);
        QCOMPARE(lock.setPin(QStringLiteral("2468")), QString());
        QVERIFY(!lock.check(QStringLiteral("1")));
        QVERIFY(!lock.check(QStringLiteral("2")));
        QVERIFY(lock.check(QStringLiteral("2468")));
        QCOMPARE(lock.triesLeft(), 5);
    }
};

QTEST_GUILESS_MAIN(TestPinLock)
#include "test_pinlock.moc"
