// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "pinlock.h"

#include "config/settings.h"
#include "pinhash.h"
#include "system/logging.h"
#include "system/monotonicclock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <sys/stat.h>

namespace {
const QString PinKey = QStringLiteral("ui/pin");
const QString LockSecondsKey = QStringLiteral("ui/lock_seconds");
} // namespace

PinLock::PinLock(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(monotonicMilliseconds)
    , m_wallClock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &PinLock::refresh);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &PinLock::refresh);
    connect(settings, &Settings::valueChanged, this, [this](const QString &key) {
        if (key == PinKey) {
            // A new PIN (or none) starts with a clean count: whoever
            // changed it was inside the settings.
            if (m_failures != 0 || m_lockedUntil != 0) {
                m_failures = 0;
                m_lockedUntil = 0;
                m_lockedUntilWall = 0;
                m_tick.stop();
                saveState();
                emit lockChanged();
            }
            emit pinSetChanged();
        } else if (key == LockSecondsKey) {
            restartIdleTimer();
            emit lockSecondsChanged();
        }
    });
}

QString PinLock::defaultStateFile()
{
    const QByteArray state = qgetenv("STATE_DIRECTORY");
    const QString base =
        state.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                        : QFile::decodeName(state.split(':').constFirst());
    return base + QStringLiteral("/pin-lockout");
}

void PinLock::setStateFile(const QString &path)
{
    m_stateFile = path;
    loadState();
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

int PinLock::lockSeconds() const
{
    return m_settings->intValue(LockSecondsKey);
}

void PinLock::refresh()
{
    if (m_lockedUntil != 0 && !locked()) {
        m_lockedUntil = 0;
        m_lockedUntilWall = 0;
        m_failures = 0;
        m_tick.stop();
        saveState();
    }
    emit lockChanged();
    if (m_unlocked && pinSet() && lockSeconds() > 0) {
        if (m_clock() - m_lastActivity >= qint64(lockSeconds()) * 1000) {
            qCInfo(lcUi) << "settings locked again after" << lockSeconds() << "s without input";
            setUnlocked(false);
            emit relocked();
        } else {
            restartIdleTimer();
        }
    }
}

void PinLock::noteActivity()
{
    m_lastActivity = m_clock();
    restartIdleTimer();
}

void PinLock::restartIdleTimer()
{
    if (!m_unlocked || lockSeconds() <= 0) {
        m_idle.stop();
        return;
    }
    const qint64 due = m_lastActivity + qint64(lockSeconds()) * 1000 - m_clock();
    m_idle.start(int(std::clamp<qint64>(due, 0, 24 * 3600 * 1000)));
}

void PinLock::setUnlocked(bool unlocked)
{
    if (unlocked)
        m_lastActivity = m_clock();
    if (unlocked != m_unlocked) {
        m_unlocked = unlocked;
        emit unlockedChanged();
    }
    restartIdleTimer();
}

bool PinLock::enter()
{
    refresh();
    if (pinSet() && !m_unlocked)
        return false;
    setUnlocked(true);
    return true;
}

bool PinLock::check(const QString &pin)
{
    refresh();
    if (!pinSet()) {
        setUnlocked(true);
        return true;
    }
    if (locked())
        return false;
    if (PinHash::matches(pin, m_settings->text(PinKey))) {
        if (m_failures != 0) {
            m_failures = 0;
            saveState();
        }
        emit lockChanged();
        setUnlocked(true);
        return true;
    }
    ++m_failures;
    if (m_failures >= MaxTries) {
        m_lockedUntil = m_clock() + LockMs;
        m_lockedUntilWall = m_wallClock() + LockMs;
        m_tick.start();
        qCWarning(lcUi) << "settings PIN: five wrong tries, locked for" << LockMs / 1000 << "s";
    }
    saveState();
    emit lockChanged();
    return false;
}

void PinLock::leave()
{
    setUnlocked(false);
}

void PinLock::setNewPin(bool confirming, const QString &message)
{
    m_confirmingNewPin = confirming;
    m_newPinMessage = message;
    emit newPinChanged();
}

void PinLock::startNewPin()
{
    m_firstEntry.clear();
    setNewPin(false, QString());
}

bool PinLock::enterNewPin(const QString &pin)
{
    if (!m_confirmingNewPin) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
        if (!digits.match(pin).hasMatch()) {
            setNewPin(
                false,
                tr("The PIN must be %1 to %2 digits").arg(minimumLength()).arg(maximumLength()));
            return false;
        }
        m_firstEntry = pin;
        setNewPin(true, QString());
        return false;
    }
    const bool same = pin == m_firstEntry;
    m_firstEntry.clear();
    if (!same) {
        setNewPin(false,
                  tr("The two entries differ; nothing was changed. Enter the new PIN again."));
        return false;
    }
    setNewPin(false, QString());
    emit newPinChosen(PinHash::make(pin));
    return true;
}

// The state file: "failures=N" and "locked_until=MS" (the wall clock's
// milliseconds since 1970), one per line.
void PinLock::loadState()
{
    if (m_stateFile.isEmpty())
        return;
    QFile file(m_stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return; // none yet: no wrong tries
    int failures = 0;
    qint64 lockedUntilWall = 0;
    const QList<QByteArray> lines = file.read(4096).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray name = line.left(eq).trimmed();
        const QByteArray value = line.mid(eq + 1).trimmed();
        if (name == "failures")
            failures = std::clamp(value.toInt(), 0, MaxTries);
        else if (name == "locked_until")
            lockedUntilWall = value.toLongLong();
    }
    m_failures = failures;
    if (failures >= MaxTries) {
        // Never longer than a lock lasts, even when the clock went back
        // (a Pi has no clock of its own until the network sets it). A lock
        // without its end (a damaged file) starts again now.
        const qint64 now = m_wallClock();
        const qint64 left = lockedUntilWall > 0 ? std::min(lockedUntilWall - now, LockMs) : LockMs;
        if (left > 0) {
            m_lockedUntil = m_clock() + left;
            m_lockedUntilWall = now + left;
            m_tick.start();
            qCWarning(lcUi) << "settings PIN: still locked for" << (left + 999) / 1000
                            << "s after five wrong tries";
        } else {
            m_failures = 0;
            saveState();
        }
    }
    emit lockChanged();
}

void PinLock::saveState() const
{
    if (m_stateFile.isEmpty())
        return;
    if (m_failures == 0) {
        QFile::remove(m_stateFile);
        return;
    }
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    QSaveFile file(m_stateFile);
    bool ok = file.open(QIODevice::WriteOnly);
    // Only the program's user may read or reset it.
    ok = ok && ::fchmod(file.handle(), S_IRUSR | S_IWUSR) == 0;
    ok = ok && file.write(QStringLiteral("failures=%1\nlocked_until=%2\n")
                              .arg(m_failures)
                              .arg(m_lockedUntilWall)
                              .toLatin1()) >= 0;
    ok = ok && file.commit();
    if (!ok)
        qCWarning(lcUi).noquote() << "settings PIN: cannot keep the count of wrong tries in"
                                  << m_stateFile + ":" << file.errorString();
}
