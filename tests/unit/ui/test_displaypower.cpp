// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "ui/displaypower.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
int readNumber(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toInt() : -1;
}
void set(Settings &settings, const char *key, const char *value)
{
    QCOMPARE(settings.setValue(QString::fromLatin1(key), QString::fromLatin1(value)), QString());
}
} // namespace

// A stand-in /sys/class/backlight with one display (maximum 255, bl_power).
class TestDisplayPower : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_device;

    int brightness() const { return readNumber(m_device + QStringLiteral("/brightness")); }
    int blPower() const { return readNumber(m_device + QStringLiteral("/bl_power")); }

private slots:
    void init()
    {
        m_device = m_dir.filePath(QStringLiteral("backlight/10-0045"));
        QVERIFY(QDir().mkpath(m_device));
        QVERIFY(writeFile(m_device + QStringLiteral("/max_brightness"), "255\n"));
        QVERIFY(writeFile(m_device + QStringLiteral("/brightness"), "200\n"));
        QVERIFY(writeFile(m_device + QStringLiteral("/bl_power"), "0\n"));
    }

    void noBacklightMeansOff()
    {
        Settings settings;
        set(settings, "ui/dim_seconds", "10");
        DisplayPower power(&settings, m_dir.filePath(QStringLiteral("nothing")));
        QVERIFY(!power.available());
        QCOMPARE(power.state(), DisplayPower::State::Awake);
        QVERIFY(power.description().startsWith(QStringLiteral("No backlight found")));
    }

    void brightnessDimAndBlankFollowIdleTime()
    {
        Settings settings;
        set(settings, "ui/brightness", "80");
        set(settings, "ui/dim_seconds", "30");
        set(settings, "ui/dim_brightness", "10");
        set(settings, "ui/blank_seconds", "120");
        qint64 now = 5'000;
        {
            DisplayPower power(&settings, m_dir.filePath(QStringLiteral("backlight")));
            power.setClock([&now] { return now; });
            QVERIFY(power.available());
            QSignalSpy state(&power, &DisplayPower::stateChanged);
            QCOMPARE(brightness(), 204); // 80 % of 255
            QCOMPARE(power.level(), 80);

            now += 29'000;
            power.evaluate();
            QCOMPARE(power.state(), DisplayPower::State::Awake);
            now += 1'000;
            power.evaluate();
            QCOMPARE(power.state(), DisplayPower::State::Dimmed);
            QCOMPARE(brightness(), 26); // 10 %
            now += 90'000;
            power.evaluate();
            QCOMPARE(power.state(), DisplayPower::State::Blanked);
            QVERIFY(power.blanked());
            QCOMPARE(blPower(), 4); // powered down
            QCOMPARE(power.level(), 0);
            QVERIFY(state.count() >= 2);

            power.noteActivity(); // a touch
            QCOMPARE(power.state(), DisplayPower::State::Awake);
            QCOMPARE(blPower(), 0);
            QCOMPARE(brightness(), 204);

            // A setting changed applies at once.
            set(settings, "ui/brightness", "100");
            QCOMPARE(brightness(), 255);
        }
        // The brightness found at start is put back.
        QCOMPARE(brightness(), 200);
        QCOMPARE(blPower(), 0);
    }

    void nightSchedule()
    {
        QVERIFY(
            DisplayPower::isNight(QTime(23, 0), QStringLiteral("22:00"), QStringLiteral("06:30")));
        QVERIFY(
            DisplayPower::isNight(QTime(6, 29), QStringLiteral("22:00"), QStringLiteral("06:30")));
        QVERIFY(
            !DisplayPower::isNight(QTime(6, 30), QStringLiteral("22:00"), QStringLiteral("06:30")));
        QVERIFY(
            DisplayPower::isNight(QTime(13, 0), QStringLiteral("12:00"), QStringLiteral("14:00")));
        QVERIFY(!DisplayPower::isNight(QTime(23, 0), QString(), QStringLiteral("06:00")));

        Settings settings;
        set(settings, "ui/night_start", "22:00");
        set(settings, "ui/night_end", "06:30");
        set(settings, "ui/night_brightness", "20");
        QTime time(21, 59);
        DisplayPower power(&settings, m_dir.filePath(QStringLiteral("backlight")));
        power.setTimeOfDay([&time] { return time; });
        QVERIFY(!power.night());
        QCOMPARE(brightness(), 255);
        time = QTime(22, 0);
        power.evaluate();
        QVERIFY(power.night());
        QCOMPARE(brightness(), 51);
        QVERIFY(power.description().contains(QStringLiteral("night")));
    }

    void aBacklightThatCannotBeWrittenIsOff()
    {
        if (::geteuid() == 0)
            QSKIP("root may write any file");
        QVERIFY(QFile::setPermissions(m_device + QStringLiteral("/brightness"), QFile::ReadOwner));
        Settings settings;
        DisplayPower power(&settings, m_dir.filePath(QStringLiteral("backlight")));
        QVERIFY(!power.available());
        QVERIFY(power.description().contains(QStringLiteral("not writable")));
    }
};

QTEST_GUILESS_MAIN(TestDisplayPower)
#include "test_displaypower.moc"
