// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

#include <optional>

// One quantity on the kiosk screen (a temperature, the humidity, the pitch...):
// its current value formatted in the display unit, the range its gauge shows
// and a ten-minute history for the sparkline. A missing value stays missing
// (available false, text "—"), it never turns into 0. Numbers are written in
// the default QLocale, which follows the screen's language ("20,5" in German).
// A temperature scale in °F is not the °C one converted (-4..140): its ends
// are the converted ones rounded outwards to a round step (-20..140 by 20).
class SensorValue : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(double value READ value NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(QString unit READ unit NOTIFY changed)
    Q_PROPERTY(double minimum READ minimum NOTIFY changed)
    Q_PROPERTY(double maximum READ maximum NOTIFY changed)
    Q_PROPERTY(double step READ step NOTIFY changed)
    Q_PROPERTY(QList<QPointF> history READ history NOTIFY historyChanged)

public:
    // How a quantity is shown; temperatures are given in °C and converted.
    struct Scale
    {
        QString unit;
        double minimum = 0;
        double maximum = 100;
        double step = 10; // between range marks
        int decimals = 1;
        bool temperature = false;
    };

    static constexpr qint64 HistoryMs = 10 * 60 * 1000;
    static constexpr qint64 BucketMs = 5 * 1000; // history resolution

    explicit SensorValue(const Scale &scale, QObject *parent = nullptr);

    bool available() const { return m_value.has_value(); }
    // In the display unit; NaN when missing.
    double value() const;
    QString text() const;
    QString unit() const;
    double minimum() const;
    double maximum() const;
    double step() const;
    // Points of the last ten minutes: x from 0 (ten minutes ago) to 1 (the
    // latest reading), y from 0 to 1 across the values' own span.
    QList<QPointF> history() const { return m_historyPoints; }
    int historySize() const { return int(m_history.size()); }

    // A sample that also goes into the history (readings).
    void record(std::optional<double> value, qint64 timestampMs);
    // Only the current value (the ~10 Hz attitude).
    void setCurrent(std::optional<double> value);
    void setFahrenheit(bool fahrenheit);
    // The number format (the default QLocale) changed: text() reads anew.
    void retranslate() { emit changed(); }

signals:
    void changed();
    void historyChanged();

private:
    struct Bucket
    {
        qint64 startMs;
        double sum;
        int count;
    };
    double toDisplay(double value) const;
    bool inFahrenheit() const { return m_scale.temperature && m_fahrenheit; }
    void rebuildHistoryPoints(qint64 nowMs);

    const Scale m_scale;
    bool m_fahrenheit = false;
    std::optional<double> m_value;
    QList<Bucket> m_history;
    QList<QPointF> m_historyPoints;
};
