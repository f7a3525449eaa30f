// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace TestSupport {

class MosquittoSubscriber;

// Which readings arrived: the capture times ("ts") of the readings a
// subscriber received on a topic, and of those a program said it made.
namespace ReadingCheck {

QSet<qint64> received(MosquittoSubscriber &sub, const QString &topic);
// Waits up to timeoutMs for the subscriber to have every one of wanted;
// empty when all arrived, else how many are missing.
QString missing(MosquittoSubscriber &sub, const QString &topic, const QList<qint64> &wanted,
                int timeoutMs = 20000);
// Capture times of the readings picam-kiosk logged (picam.sensors debug).
QList<qint64> logged(const QString &programOutput);

} // namespace ReadingCheck
} // namespace TestSupport
