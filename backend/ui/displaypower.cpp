// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "displaypower.h"

#include "config/settings.h"
#include "system/logging.h"
#include "system/monotonicclock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {
constexpr qint64 DayMs = 24 * 3600 * 1000;
// bl_power takes the framebuffer blanking levels: 0 on, 4 powered down.
constexpr int PowerOn = 0;
constexpr int PowerDown = 4;

std::optional<int> readNumber(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const int value = file.read(32).trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

int settingSeconds(const Settings *settings, const char *key)
{
    return settings->intValue(QString::fromLatin1(key));
}
} // namespace

DisplayPower::DisplayPower(const Settings *settings, const QString &root, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(monotonicMilliseconds)
    , m_timeOfDay([] { return QTime::currentTime(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DisplayPower::evaluate);

    const QDir dir(root);
    const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        const auto maximum = readNumber(path + QStringLiteral("/max_brightness"));
        const auto current = readNumber(path + QStringLiteral("/brightness"));
        if (maximum && *maximum > 0 && current) {
            m_device = path;
            m_maximum = *maximum;
            m_original = *current;
            break;
        }
    }
    if (m_device.isEmpty()) {
        setUnavailable(Problem::NoBacklight, root);
    } else if (!QFileInfo(m_device + QStringLiteral("/brightness")).isWritable()) {
        setUnavailable(Problem::NotWritable, m_device + QStringLiteral("/brightness"));
    } else {
        m_available = true;
        m_problem = Problem::None;
        m_hasPower = QFileInfo(m_device + QStringLiteral("/bl_power")).isWritable();
        qCInfo(lcUi).noquote() << "backlight" << m_device << "(maximum" << m_maximum
                               << (m_hasPower ? "with bl_power)" : "without bl_power)");
    }

    connect(settings, &Settings::valueChanged, this, [this](const QString &key) {
        if (key.startsWith(QLatin1String("ui/")))
            evaluate();
    });
    m_lastActivity = m_clock();
    evaluate();
}

DisplayPower::~DisplayPower()
{
    // Never leave the screen dark or dimmed behind: the console, or the next
    // start, would come up on a black display.
    if (!m_available)
        return;
    if (m_hasPower && m_writtenPower != PowerOn)
        write(QStringLiteral("bl_power"), PowerOn);
    if (m_original >= 0 && m_writtenBrightness != m_original)
        write(QStringLiteral("brightness"), m_original > 0 ? m_original : m_maximum);
}

void DisplayPower::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastActivity = m_clock();
    evaluate();
}

void DisplayPower::setTimeOfDay(TimeOfDay timeOfDay)
{
    m_timeOfDay = std::move(timeOfDay);
    evaluate();
}

void DisplayPower::setUnavailable(Problem problem, const QString &detail)
{
    const bool was = m_available;
    m_available = false;
    m_problem = problem;
    m_problemDetail = detail;
    switch (problem) {
    case Problem::NoBacklight:
        qCInfo(lcUi).noquote() << "no backlight in" << detail
                               << "- brightness, dimming and blanking are off";
        break;
    case Problem::NotWritable:
        qCWarning(lcUi).noquote()
            << "cannot change the backlight:" << detail
            << "is not writable by this user (a udev rule can give group video "
               "write access, see the README) - brightness, dimming and "
               "blanking are off";
        break;
    case Problem::WriteFailed:
        qCWarning(lcUi).noquote() << "cannot change the backlight:" << detail
                                  << "- brightness, dimming and blanking are off";
        break;
    case Problem::None:
        break;
    }
    if (was)
        emit availableChanged();
    emit descriptionChanged();
}

bool DisplayPower::isNight(const QTime &time, const QString &start, const QString &end)
{
    const QTime from = QTime::fromString(start, QStringLiteral("HH:mm"));
    const QTime to = QTime::fromString(end, QStringLiteral("HH:mm"));
    if (!from.isValid() || !to.isValid() || from == to || !time.isValid())
        return false;
    if (from < to)
        return time >= from && time < to;
    return time >= from || time < to; // across midnight
}

void DisplayPower::noteActivity()
{
    m_lastActivity = m_clock();
    evaluate();
}

void DisplayPower::evaluate()
{
    m_timer.stop();
    if (!m_available) {
        if (m_state != State::Awake) {
            m_state = State::Awake;
            emit stateChanged();
        }
        return;
    }
    const qint64 idle = m_clock() - m_lastActivity;
    const qint64 dimAfter = qint64(settingSeconds(m_settings, "ui/dim_seconds")) * 1000;
    const qint64 blankAfter = qint64(settingSeconds(m_settings, "ui/blank_seconds")) * 1000;
    const QString nightStart = m_settings->text(QStringLiteral("ui/night_start"));
    const QString nightEnd = m_settings->text(QStringLiteral("ui/night_end"));
    const QTime now = m_timeOfDay();

    State state = State::Awake;
    if (blankAfter > 0 && idle >= blankAfter)
        state = State::Blanked;
    else if (dimAfter > 0 && idle >= dimAfter)
        state = State::Dimmed;
    const bool night = isNight(now, nightStart, nightEnd);

    const int awake = settingSeconds(m_settings, night ? "ui/night_brightness" : "ui/brightness");
    int level = awake;
    if (state == State::Dimmed)
        level = std::min(awake, settingSeconds(m_settings, "ui/dim_brightness"));
    else if (state == State::Blanked)
        level = 0;

    bool ok = true;
    if (state == State::Blanked && m_hasPower) {
        ok = write(QStringLiteral("bl_power"), PowerDown);
    } else {
        const int raw =
            level == 0 ? 0 : std::clamp(int(std::lround(m_maximum * level / 100.0)), 1, m_maximum);
        // On again before the brightness, so the level is seen at once.
        if (m_hasPower && m_writtenPower != PowerOn)
            ok = write(QStringLiteral("bl_power"), PowerOn);
        ok = ok && write(QStringLiteral("brightness"), raw);
    }
    if (!ok)
        return; // setUnavailable() said why; the state stays awake

    if (state != m_state || night != m_night || level != m_level) {
        if (state != m_state)
            qCInfo(lcUi).noquote() << "display"
                                   << (state == State::Awake    ? "awake"
                                       : state == State::Dimmed ? "dimmed"
                                                                : "dark")
                                   << "at" << level << "%";
        m_state = state;
        m_night = night;
        m_level = level;
        emit stateChanged();
        emit descriptionChanged();
    }

    // When to look again: the next dim or blank, and the next turn of the
    // night schedule.
    qint64 next = -1;
    const auto sooner = [&next](qint64 ms) {
        if (ms > 0 && (next < 0 || ms < next))
            next = ms;
    };
    if (dimAfter > 0 && idle < dimAfter)
        sooner(dimAfter - idle);
    if (blankAfter > 0 && idle < blankAfter)
        sooner(blankAfter - idle);
    for (const QString &edge : {nightStart, nightEnd}) {
        const QTime at = QTime::fromString(edge, QStringLiteral("HH:mm"));
        if (!at.isValid() || !now.isValid())
            continue;
        qint64 ms = now.msecsTo(at);
        if (ms <= 0)
            ms += DayMs;
        sooner(ms);
    }
    if (next > 0)
        m_timer.start(int(std::min(next, DayMs)));
}

bool DisplayPower::write(const QString &name, int value)
{
    const QString path = m_device + QLatin1Char('/') + name;
    int &written = name == QLatin1String("bl_power") ? m_writtenPower : m_writtenBrightness;
    if (written == value)
        return true;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        file.write(QByteArray::number(value) + '\n') < 0) {
        setUnavailable(Problem::WriteFailed, path + QStringLiteral(": ") + file.errorString());
        return false;
    }
    written = value;
    return true;
}

QString DisplayPower::description() const
{
    const QString name = QFileInfo(m_device).fileName();
    switch (m_problem) {
    case Problem::NoBacklight:
        return tr("No backlight found: brightness, dimming and blanking are off");
    case Problem::NotWritable:
        return tr("Backlight %1 is not writable by this user: brightness, dimming and blanking "
                  "are off")
            .arg(name);
    case Problem::WriteFailed:
        return tr("Backlight %1 could not be set (%2): brightness, dimming and blanking are off")
            .arg(name, m_problemDetail.section(QStringLiteral(": "), -1));
    case Problem::None:
        break;
    }
    QString state;
    switch (m_state) {
    case State::Awake:
        state = m_night ? tr("night") : tr("on");
        break;
    case State::Dimmed:
        state = tr("dimmed");
        break;
    case State::Blanked:
        state = tr("dark");
        break;
    }
    return tr("Backlight %1: %2, %3 %").arg(name, state).arg(m_level);
}
