// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "pinlock.h"

#include "config/settings.h"
#include "pinhash.h"
#include "system/logging.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace {
const QString PinKey = QStringLiteral("ui/pin");
} // namespace

PinLock::PinLock(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock([] {
        static QElapsedTimer clock;
        if (!clock.isValid())
            clock.start();
        return clock.elapsed();
    })
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &PinLock::refresh);
    connect(settings, &Settings::valueChanged, this, [this](const QString &key) {
        if (key == PinKey)
            emit pinSetChanged();
    });
}

bool PinLock::pinSet() const
{
    return !m_settings->text(PinKey).isEmpty();
}

bool PinLock::locked() const
{
    return m_lockedUntil != 0 && m_clock() < m_lockedUntil;
}

int PinLock::secondsLeft() const
{
    if (!locked())
        return 0;
    return int((m_lockedUntil - m_clock() + 999) / 1000);
}

void PinLock::refresh()
{
    if (m_lockedUntil != 0 && !locked()) {
        m_lockedUntil = 0;
        m_failures = 0;
        m_tick.stop();
    }
    emit lockChanged();
}

bool PinLock::check(const QString &pin)
{
    refresh();
    if (!pinSet())
        return true;
    if (locked())
        return false;
    if (PinHash::matches(pin, m_settings->text(PinKey))) {
        m_failures = 0;
        emit lockChanged();
        return true;
    }
    ++m_failures;
    if (m_failures >= MaxTries) {
        m_lockedUntil = m_clock() + LockMs;
        m_tick.start();
        qCWarning(lcUi) << "settings PIN: five wrong tries, locked for" << LockMs / 1000 << "s";
    }
    emit lockChanged();
    return false;
}

QString PinLock::setPin(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    if (!digits.match(pin).hasMatch())
        return tr("The PIN must be %1 to %2 digits").arg(minimumLength()).arg(maximumLength());
    return store(PinHash::make(pin));
}

QString PinLock::clearPin()
{
    return store(QString());
}

QString PinLock::store(const QString &hash)
{
    const QString before = m_settings->text(PinKey);
    QString error = m_settings->setValue(PinKey, hash);
    if (error.isEmpty())
        error = m_settings->save();
    if (!error.isEmpty()) {
        m_settings->setValue(PinKey, before);
        return error;
    }
    qCInfo(lcUi) << (hash.isEmpty() ? "settings PIN cleared" : "settings PIN set");
    m_failures = 0;
    emit lockChanged();
    return {};
}
