// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "ui/sensorpanel.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

namespace {
SensorReading reading(qint64 ms, double temperature, std::optional<double> humidity = 50.0)
{
    SensorReading r;
    r.timestampMs = ms;
    r.set(SensorReading::TempHumidity, temperature);
    r.set(SensorReading::Humidity, humidity);
    return r;
}
} // namespace

class TestSensorPanel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        // Numbers follow the default locale; English unless a test says.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void readingUpdatesValuesAndSignals()
    {
        SensorPanel panel;
        QSignalSpy changed(panel.tempHumidity(), &SensorValue::changed);
        QSignalSpy history(panel.tempHumidity(), &SensorValue::historyChanged);
        QSignalSpy hasReading(&panel, &SensorPanel::hasReadingChanged);
        QVERIFY(!panel.tempHumidity()->available());
        QCOMPARE(panel.tempHumidity()->text(), QStringLiteral("—"));

        panel.setReading(reading(1'000'000, 21.46));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(history.count(), 1);
        QCOMPARE(hasReading.count(), 1);
        QVERIFY(panel.hasReading());
        QCOMPARE(panel.tempHumidity()->text(), QStringLiteral("21.5"));
        QCOMPARE(panel.tempHumidity()->unit(), QStringLiteral("°C"));

        // The same value again changes nothing the gauge shows.
        panel.setReading(reading(1'000'100, 21.46));
        QCOMPARE(changed.count(), 1);
    }

    void missingValueIsMissingNotZero()
    {
        SensorPanel panel;
        panel.setReading(reading(1'000'000, 20.0, 40.0));
        QSignalSpy changed(panel.humidity(), &SensorValue::changed);
        panel.setReading(reading(1'002'000, 20.0, std::nullopt));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!panel.humidity()->available());
        QVERIFY(std::isnan(panel.humidity()->value()));
        QCOMPARE(panel.humidity()->text(), QStringLiteral("—"));
        // A glitch (NaN) from a driver is treated as missing, too.
        SensorReading glitch = reading(1'004'000, std::nan(""));
        panel.setReading(glitch);
        QVERIFY(!panel.tempHumidity()->available());
    }

    void temperatureUnitFollowsSettings()
    {
        Settings settings;
        SensorPanel panel(&settings);
        panel.setReading(reading(1'000'000, 20.0));
        QSignalSpy unit(&panel, &SensorPanel::temperatureUnitChanged);
        QSignalSpy changed(panel.tempHumidity(), &SensorValue::changed);
        QSignalSpy humidityChanged(panel.humidity(), &SensorValue::changed);

        QCOMPARE(settings.setValue(QStringLiteral("ui/temperature_unit"), QStringLiteral("F")),
                 QString());
        QCOMPARE(unit.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(humidityChanged.count(), 0);
        QCOMPARE(panel.temperatureUnit(), QStringLiteral("F"));
        QCOMPARE(panel.tempHumidity()->text(), QStringLiteral("68.0"));
        QCOMPARE(panel.tempHumidity()->unit(), QStringLiteral("°F"));
        // -20..60 °C is -4..140 °F: the ends go out to round 20 °F marks.
        QCOMPARE(panel.tempHumidity()->minimum(), -20.0);
        QCOMPARE(panel.tempHumidity()->maximum(), 140.0);
        QCOMPARE(panel.tempHumidity()->step(), 20.0);
        // The CPU's 20..90 °C (68..194 °F) likewise.
        QCOMPARE(panel.cpuTemperature()->minimum(), 60.0);
        QCOMPARE(panel.cpuTemperature()->maximum(), 200.0);
        QCOMPARE(panel.cpuTemperature()->step(), 20.0);
        // Humidity keeps its scale.
        QCOMPARE(panel.humidity()->maximum(), 100.0);
        QCOMPARE(panel.humidity()->step(), 20.0);

        panel.setTemperatureUnit(QStringLiteral("kelvin")); // ignored
        QCOMPARE(panel.temperatureUnit(), QStringLiteral("F"));
    }

    void celsiusScalesStayAsTheyAre()
    {
        SensorPanel panel;
        QCOMPARE(panel.tempHumidity()->minimum(), -20.0);
        QCOMPARE(panel.tempHumidity()->maximum(), 60.0);
        QCOMPARE(panel.tempHumidity()->step(), 10.0);
    }

    // German writes a decimal comma (the screen's language sets the default
    // locale); a gauge has no thousands separator.
    void numbersInTheDefaultLocale()
    {
        SensorPanel panel;
        SensorReading r = reading(1'000'000, 21.46);
        r.set(SensorReading::Pressure, 1013.25);
        r.set(SensorReading::Pitch, -0.2);
        panel.setReading(r);
        QSignalSpy changed(panel.tempHumidity(), &SensorValue::changed);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        panel.retranslate();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.tempHumidity()->text(), QStringLiteral("21,5"));
        QCOMPARE(panel.pressure()->text(), QStringLiteral("1013,3"));
        QCOMPARE(panel.pitch()->text(), QStringLiteral("0")); // no "-0"
        QLocale::setDefault(QLocale(QLocale::Irish, QLocale::Ireland));
        QCOMPARE(panel.tempHumidity()->text(), QStringLiteral("21.5"));
    }

    void historyKeepsTenMinutesInBuckets()
    {
        SensorPanel panel;
        const qint64 start = 1'700'000'000'000;
        // Twelve minutes of readings every 2 s.
        for (qint64 t = 0; t <= 12 * 60 * 1000; t += 2000)
            panel.setReading(reading(start + t, 20.0 + (t / 60000) % 2));
        const auto points = panel.tempHumidity()->history();
        QVERIFY2(points.size() <= SensorValue::HistoryMs / SensorValue::BucketMs + 1,
                 qPrintable(QString::number(points.size())));
        QVERIFY(points.size() >= 100);
        for (const QPointF &p : points) {
            QVERIFY(p.x() >= 0 && p.x() <= 1);
            QVERIFY(p.y() >= 0 && p.y() <= 1);
        }
        QCOMPARE(points.constLast().x(), 1.0);
    }

    void attitudeUpdatesWithoutHistory()
    {
        SensorPanel panel;
        QSignalSpy pitch(panel.pitch(), &SensorValue::changed);
        QSignalSpy history(panel.pitch(), &SensorValue::historyChanged);
        panel.setAttitude(12.3, -4.0, 359.6);
        QCOMPARE(pitch.count(), 1);
        QCOMPARE(history.count(), 0);
        QCOMPARE(panel.pitch()->text(), QStringLiteral("12"));
        QCOMPARE(panel.yaw()->text(), QStringLiteral("360"));
    }

    // Pitch and roll arrive in 0..360 as from python-sense-hat; the screen
    // shows them signed (a level board slightly nose-down is -1, not 359).
    void pitchAndRollAreShownSigned()
    {
        SensorPanel panel;
        panel.setAttitude(359.0, 182.0, 359.0);
        QCOMPARE(panel.pitch()->value(), -1.0);
        QCOMPARE(panel.pitch()->text(), QStringLiteral("-1"));
        QCOMPARE(panel.roll()->value(), -178.0);
        QCOMPARE(panel.yaw()->value(), 359.0); // a heading stays 0..360
        SensorReading r;
        r.timestampMs = 1000;
        r.set(SensorReading::Pitch, 350.0);
        r.set(SensorReading::Roll, 10.0);
        panel.setReading(r);
        QCOMPARE(panel.pitch()->value(), -10.0);
        QCOMPARE(panel.roll()->value(), 10.0);
    }

    void sourceDescriptionSignals()
    {
        SensorPanel panel;
        QSignalSpy spy(&panel, &SensorPanel::sourceDescriptionChanged);
        panel.setSourceDescription(QStringLiteral("simulated"));
        panel.setSourceDescription(QStringLiteral("simulated"));
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSensorPanel)
#include "test_sensorpanel.moc"
