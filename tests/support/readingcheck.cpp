// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "readingcheck.h"

#include "mosquittosubscriber.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace TestSupport::ReadingCheck {

QSet<qint64> received(MosquittoSubscriber &sub, const QString &topic)
{
    QSet<qint64> out;
    for (const auto &m : sub.messages(topic))
        out << QJsonDocument::fromJson(m.payload).object().value(QStringLiteral("ts")).toInteger();
    return out;
}

QString missing(MosquittoSubscriber &sub, const QString &topic, const QList<qint64> &wanted,
                int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    const QSet<qint64> all(wanted.cbegin(), wanted.cend());
    while (!received(sub, topic).contains(all) && !deadline.hasExpired())
        sub.waitForCount(int(sub.messages(topic).size()) + 1, topic, 1000);
    const QSet<qint64> lost = all - received(sub, topic);
    if (lost.isEmpty())
        return {};
    return QStringLiteral("%1 of %2 readings missing").arg(lost.size()).arg(all.size());
}

QList<qint64> logged(const QString &programOutput)
{
    QList<qint64> out;
    static const QRegularExpression re(QStringLiteral("picam\\.sensors debug: reading ts=(\\d+) "));
    for (auto it = re.globalMatch(programOutput); it.hasNext();)
        out << it.next().captured(1).toLongLong();
    return out;
}

} // namespace TestSupport::ReadingCheck
