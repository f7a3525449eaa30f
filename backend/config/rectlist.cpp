// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "rectlist.h"

#include <QStringList>

#include <cmath>

namespace RectList {
namespace {

// Rounding to 3 decimals may push x + w a hair past 1.
constexpr double Slack = 1e-6;

SettingsSchema::Detail problem(const char *words, int index, const QString &part,
                               const QString &extra = {})
{
    QStringList args{QString::number(index), part};
    if (!extra.isNull())
        args << extra;
    return {QString::fromLatin1(words), args};
}

double rounded(double v)
{
    const double r = std::round(v * 1000) / 1000;
    return r == 0 ? 0.0 : r; // no "-0"
}

QString number(double v)
{
    return QString::number(v, 'g', 6);
}

} // namespace

Parsed parse(const QString &text)
{
    Parsed out;
    int index = 0;
    for (const QString &rawPart : text.split(QLatin1Char(';'))) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        ++index;
        if (index > MaxRects) {
            out.problem = {
                QString::fromLatin1(QT_TRANSLATE_NOOP("SettingsSchema", "more than %1 rectangles")),
                {QString::number(MaxRects)}};
            return out;
        }
        const QStringList fields = part.split(QLatin1Char(','));
        if (fields.size() != 4) {
            out.problem =
                problem(QT_TRANSLATE_NOOP("SettingsSchema",
                                          "rectangle %1 (\"%2\") has %3 numbers, not 4 (x,y,w,h)"),
                        index, part, QString::number(fields.size()));
            return out;
        }
        double v[4];
        for (int i = 0; i < 4; ++i) {
            bool ok = false;
            v[i] = fields[i].trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(v[i])) {
                out.problem =
                    problem(QT_TRANSLATE_NOOP("SettingsSchema",
                                              "rectangle %1 (\"%2\"): \"%3\" is not a number"),
                            index, part, fields[i].trimmed());
                return out;
            }
        }
        const double x = v[0], y = v[1], w = v[2], h = v[3];
        if (x < 0 || x > 1 || y < 0 || y > 1) {
            out.problem =
                problem(QT_TRANSLATE_NOOP("SettingsSchema",
                                          "rectangle %1 (\"%2\"): x and y must be from 0 to 1"),
                        index, part);
            return out;
        }
        if (w <= 0 || h <= 0) {
            out.problem = problem(
                QT_TRANSLATE_NOOP("SettingsSchema",
                                  "rectangle %1 (\"%2\"): width and height must be more than 0"),
                index, part);
            return out;
        }
        if (x + w > 1 + Slack) {
            out.problem = problem(
                QT_TRANSLATE_NOOP("SettingsSchema",
                                  "rectangle %1 (\"%2\") reaches past the right edge (x + w > 1)"),
                index, part);
            return out;
        }
        if (y + h > 1 + Slack) {
            out.problem = problem(
                QT_TRANSLATE_NOOP("SettingsSchema",
                                  "rectangle %1 (\"%2\") reaches past the bottom edge (y + h > 1)"),
                index, part);
            return out;
        }
        out.rects << QRectF(x, y, std::min(w, 1 - x), std::min(h, 1 - y));
    }
    return out;
}

QString format(const QList<QRectF> &rects)
{
    QStringList parts;
    for (const QRectF &r : rects) {
        // Rounded so that the text still fits the picture: x + w <= 1.
        const double x = rounded(r.x());
        const double y = rounded(r.y());
        const double w = std::min(rounded(r.width()), rounded(1 - x));
        const double h = std::min(rounded(r.height()), rounded(1 - y));
        parts << QStringList{number(x), number(y), number(w), number(h)}.join(QLatin1Char(','));
    }
    return parts.join(QLatin1Char(';'));
}

} // namespace RectList
