// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sensehatsource.h"

#include "system/logging.h"

#include <algorithm>
#include <numbers>

namespace {
constexpr double StandardGravity = 9.80665; // m/s^2 per g

Backoff chipBackoff(const Backoff::RandomSource &random)
{
    return Backoff(std::chrono::seconds(1), std::chrono::seconds(30), 0.2, random);
}

// The IIO device among `devices` that has `channel`.
std::optional<IioDevice> withChannel(const QList<IioDevice> &devices, const QString &channel)
{
    for (const IioDevice &d : devices)
        if (d.hasChannel(channel))
            return d;
    return std::nullopt;
}

std::optional<Vector3> iioVector(const IioDevice &device, const QString &type, QString *error)
{
    const auto x = device.value(type + QStringLiteral("_x"), error);
    const auto y = x ? device.value(type + QStringLiteral("_y"), error) : std::nullopt;
    const auto z = y ? device.value(type + QStringLiteral("_z"), error) : std::nullopt;
    if (!z)
        return std::nullopt;
    return Vector3{*x, *y, *z};
}
} // namespace

SenseHatSource::SenseHatSource(std::unique_ptr<RegisterBus> bus)
    : SenseHatSource(std::move(bus), Options())
{}

SenseHatSource::SenseHatSource(std::unique_ptr<RegisterBus> bus, Options options)
    : m_bus(std::move(bus))
    , m_options(std::move(options))
    , m_health{ChipHealth(QStringLiteral("HTS221"), chipBackoff(m_options.random)),
               ChipHealth(QStringLiteral("LPS25H"), chipBackoff(m_options.random)),
               ChipHealth(QStringLiteral("LSM9DS1"), chipBackoff(m_options.random))}
    , m_cpu(m_options.thermalPath)
{}

SenseHatSource::~SenseHatSource() = default;

int SenseHatSource::probe(double now)
{
    int present = 0;
    for (int c = 0; c < ChipCount; ++c) {
        probeChip(Chip(c), now);
        if (m_health[c].state() == ChipHealth::State::Ok)
            ++present;
    }
    return present;
}

QString SenseHatSource::description() const
{
    QStringList working;
    QStringList missing;
    for (const ChipHealth &h : m_health) {
        if (h.state() == ChipHealth::State::Ok)
            working << (h.path().startsWith(QLatin1String("IIO"))
                            ? h.name() + QStringLiteral(" via IIO")
                            : h.name());
        else
            missing << h.name() + QLatin1Char(' ') + ChipHealth::stateName(h.state());
    }
    QString text = QStringLiteral("Sense HAT (") + working.join(QStringLiteral(", "));
    if (!missing.isEmpty())
        text += (working.isEmpty() ? QString() : QStringLiteral("; ")) +
                missing.join(QStringLiteral(", "));
    return text + QLatin1Char(')');
}

int SenseHatSource::errorCount() const
{
    int sum = 0;
    for (const ChipHealth &h : m_health)
        sum += h.errorCount();
    return sum;
}

void SenseHatSource::release(Chip chip)
{
    switch (chip) {
    case Humidity:
        m_humidity.release();
        break;
    case Pressure:
        m_pressure.release();
        break;
    case Imu:
        m_lsm9ds1.reset();
        m_accelGyroDevice.reset();
        m_magnetometerDevice.reset();
        m_accelIio.reset();
        m_gyroIio.reset();
        m_magIio.reset();
        break;
    case ChipCount:
        break;
    }
}

void SenseHatSource::probeChip(Chip chip, double now)
{
    release(chip);
    ChipHealth &h = m_health[chip];
    const bool first =
        h.state() == ChipHealth::State::Absent && h.errorCount() == 0 && h.lastError().isEmpty();
    QString path;
    QString error;
    bool ok = false;
    switch (chip) {
    case Humidity:
        ok = openClimate(&m_humidity, QStringLiteral("hts221"), QStringLiteral("humidityrelative"),
                         &path, &error);
        break;
    case Pressure:
        ok = openClimate(&m_pressure, QStringLiteral("lps25h"), QStringLiteral("pressure"), &path,
                         &error);
        break;
    case Imu:
        ok = openImu(&path, &error);
        break;
    case ChipCount:
        break;
    }
    if (ok) {
        if (h.state() == ChipHealth::State::Ok || first)
            qCInfo(lcSensors).noquote() << h.name() << "read through" << path;
        else
            qCInfo(lcSensors).noquote() << h.name() << "is back, read through" << path;
        h.probeSucceeded(path);
        return;
    }
    release(chip);
    const ChipHealth::State before = h.state();
    h.probeFailed(now, error);
    // Say it once; repeated re-probes of a missing chip only at debug level.
    if (first || before == ChipHealth::State::Ok)
        qCWarning(lcSensors).noquote()
            << h.name() << "is" << ChipHealth::stateName(h.state()) << "-" << error;
    else
        qCDebug(lcSensors).noquote() << h.name() << "probe failed again:" << error;
}

template<typename Driver>
bool SenseHatSource::openClimate(ClimateChip<Driver> *chip, const QString &iioName,
                                 const QString &iioChannel, QString *path, QString *error)
{
    RegisterBus::Opened opened = m_bus->open(Driver::Address);
    if (opened.device) {
        chip->device = std::move(opened.device);
        chip->driver = std::make_unique<Driver>(*chip->device);
        if (!chip->driver->init()) {
            *error = chip->driver->lastError();
            return false;
        }
        *path = QStringLiteral("i2c-dev ") + chip->device->description();
        return true;
    }
    if (!opened.busy) {
        *error = opened.error;
        return false;
    }
    const auto iio = withChannel(IioDevice::find(m_options.iioRoot, iioName), iioChannel);
    if (!iio) {
        *error = opened.error +
                 QStringLiteral(", and no %1 IIO device under %2").arg(iioName, m_options.iioRoot);
        return false;
    }
    chip->iio = iio;
    *path = QStringLiteral("IIO %1 (%2; %3)").arg(iio->path(), iio->name(), opened.error);
    return true;
}

bool SenseHatSource::openImu(QString *path, QString *error)
{
    RegisterBus::Opened ag = m_bus->open(Lsm9ds1::AccelGyroAddress);
    RegisterBus::Opened mag = m_bus->open(Lsm9ds1::MagnetometerAddress);
    if (ag.device && mag.device) {
        m_accelGyroDevice = std::move(ag.device);
        m_magnetometerDevice = std::move(mag.device);
        m_lsm9ds1 = std::make_unique<Lsm9ds1>(*m_accelGyroDevice, *m_magnetometerDevice);
        if (!m_lsm9ds1->init()) {
            *error = m_lsm9ds1->lastError();
            return false;
        }
        *path = QStringLiteral("i2c-dev %1 and %2")
                    .arg(m_accelGyroDevice->description(), m_magnetometerDevice->description());
        return true;
    }
    if (!ag.busy && !mag.busy) {
        *error = !ag.device ? ag.error : mag.error;
        return false;
    }
    // The rpi-sense overlay binds both addresses to the st_* IIO drivers;
    // read the whole chip there rather than mix two paths.
    const QList<IioDevice> devices = IioDevice::find(m_options.iioRoot, QStringLiteral("lsm9ds1"));
    m_accelIio = withChannel(devices, QStringLiteral("accel_x"));
    m_gyroIio = withChannel(devices, QStringLiteral("anglvel_x"));
    m_magIio = withChannel(devices, QStringLiteral("magn_x"));
    const QString busyError = ag.busy ? ag.error : mag.error;
    if (!m_accelIio || !m_gyroIio) {
        *error = busyError +
                 QStringLiteral(", and no lsm9ds1 accelerometer and gyroscope IIO devices under ") +
                 m_options.iioRoot;
        return false;
    }
    QStringList where{m_accelIio->path(), m_gyroIio->path()};
    if (m_magIio)
        where << m_magIio->path();
    else
        qCWarning(lcSensors).noquote()
            << "LSM9DS1: no magnetometer IIO device; yaw follows the gyroscope alone";
    where.removeDuplicates();
    *path = QStringLiteral("IIO %1 (%2)").arg(where.join(QStringLiteral(", ")), busyError);
    return true;
}

void SenseHatSource::readFailed(Chip chip, double now, const QString &error)
{
    ChipHealth &h = m_health[chip];
    qCDebug(lcSensors).noquote() << h.name() << "read failed:" << error;
    if (h.readFailed(now, error)) {
        qCWarning(lcSensors).noquote()
            << h.name() << "failed after" << ChipHealth::FailAfter << "failed reads in a row ("
            << h.errorCount() << "errors so far):" << error << "- probing it again in"
            << h.nextProbeAt() - now << "s";
        release(chip);
    }
}

bool SenseHatSource::readHumidity(ClimateSample *out, QString *error)
{
    if (m_humidity.driver) {
        Hts221::Measurement m;
        switch (m_humidity.driver->read(&m)) {
        case Hts221::Result::Error:
            *error = m_humidity.driver->lastError();
            return false;
        case Hts221::Result::NotReady:
            return true;
        case Hts221::Result::Ok:
            break;
        }
        if (m.humidityClamped)
            qCDebug(lcSensors) << "HTS221 humidity" << m.rawHumidity << "% clamped to"
                               << m.humidity;
        out->humidity = m.humidity;
        out->humidityTemperature = m.temperature;
        return true;
    }
    if (m_humidity.iio) {
        // IIO units: milli percent and millidegrees.
        const auto h = m_humidity.iio->value(QStringLiteral("humidityrelative"), error);
        const auto t = h ? m_humidity.iio->value(QStringLiteral("temp"), error) : std::nullopt;
        if (!t)
            return false;
        const double rh = *h / 1000.0;
        const double temperature = *t / 1000.0;
        if (rh < -50 || rh > 150 || temperature < -60 || temperature > 150) {
            *error = QStringLiteral("HTS221 via IIO: implausible values %1 %rH, %2 degC")
                         .arg(rh)
                         .arg(temperature);
            return false;
        }
        out->humidity = std::clamp(rh, 0.0, 100.0);
        out->humidityTemperature = temperature;
        return true;
    }
    *error = QStringLiteral("HTS221 is not open");
    return false;
}

bool SenseHatSource::readPressure(ClimateSample *out, QString *error)
{
    if (m_pressure.driver) {
        Lps25h::Measurement m;
        switch (m_pressure.driver->read(&m)) {
        case Lps25h::Result::Error:
            *error = m_pressure.driver->lastError();
            return false;
        case Lps25h::Result::NotReady:
            return true;
        case Lps25h::Result::Ok:
            break;
        }
        out->pressure = m.pressure;
        out->pressureTemperature = m.temperature;
        return true;
    }
    if (m_pressure.iio) {
        // IIO units: kilopascal and millidegrees.
        const auto p = m_pressure.iio->value(QStringLiteral("pressure"), error);
        const auto t = p ? m_pressure.iio->value(QStringLiteral("temp"), error) : std::nullopt;
        if (!t)
            return false;
        const double hPa = *p * 10.0;
        const double temperature = *t / 1000.0;
        if (hPa < 200 || hPa > 1300 || temperature < -60 || temperature > 150) {
            *error = QStringLiteral("LPS25H via IIO: implausible values %1 hPa, %2 degC")
                         .arg(hPa)
                         .arg(temperature);
            return false;
        }
        out->pressure = hPa;
        out->pressureTemperature = temperature;
        return true;
    }
    *error = QStringLiteral("LPS25H is not open");
    return false;
}

bool SenseHatSource::readImu(MotionSample *out, QString *error)
{
    if (m_lsm9ds1) {
        Lsm9ds1::Motion m;
        if (!m_lsm9ds1->read(&m)) {
            *error = m_lsm9ds1->lastError();
            return false;
        }
        out->accel = m.accel;
        out->gyro = m.gyro;
        out->mag = m.mag;
        return true;
    }
    if (m_accelIio && m_gyroIio) {
        // IIO units: m/s^2, rad/s, gauss; chip axes, so the Sense HAT signs
        // apply as on the register path.
        const auto a = iioVector(*m_accelIio, QStringLiteral("accel"), error);
        const auto g = a ? iioVector(*m_gyroIio, QStringLiteral("anglvel"), error) : std::nullopt;
        if (!g)
            return false;
        std::optional<Vector3> m;
        if (m_magIio) {
            m = iioVector(*m_magIio, QStringLiteral("magn"), error);
            if (!m)
                return false;
        }
        const Vector3 ag = *a * (1.0 / StandardGravity);
        const Vector3 gd = *g * (180.0 / std::numbers::pi);
        out->accel = Vector3{-ag.x, -ag.y, ag.z};
        out->gyro = Vector3{gd.x, gd.y, -gd.z};
        if (m)
            out->mag = Vector3{-m->x * 100.0, m->y * 100.0, -m->z * 100.0};
        return true;
    }
    *error = QStringLiteral("LSM9DS1 is not open");
    return false;
}

MotionSample SenseHatSource::readMotion(double now)
{
    MotionSample sample;
    ChipHealth &h = m_health[Imu];
    if (h.probeDue(now))
        probeChip(Imu, now);
    if (h.state() != ChipHealth::State::Ok)
        return sample;
    QString error;
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        MotionSample s;
        if (readImu(&s, &error)) {
            h.readSucceeded();
            return s;
        }
    }
    readFailed(Imu, now, error);
    return sample;
}

ClimateSample SenseHatSource::readClimate(double now)
{
    ClimateSample sample;
    for (Chip chip : {Humidity, Pressure}) {
        ChipHealth &h = m_health[chip];
        if (h.probeDue(now))
            probeChip(chip, now);
        if (h.state() != ChipHealth::State::Ok)
            continue;
        QString error;
        bool ok = false;
        for (int attempt = 0; attempt < Attempts && !ok; ++attempt) {
            ClimateSample s;
            ok = chip == Humidity ? readHumidity(&s, &error) : readPressure(&s, &error);
            if (ok) {
                if (chip == Humidity) {
                    sample.humidity = s.humidity;
                    sample.humidityTemperature = s.humidityTemperature;
                } else {
                    sample.pressure = s.pressure;
                    sample.pressureTemperature = s.pressureTemperature;
                }
            }
        }
        if (ok)
            h.readSucceeded();
        else
            readFailed(chip, now, error);
    }
    sample.cpuTemperature = m_cpu.read();
    if (!sample.cpuTemperature && !m_cpuReported) {
        qCWarning(lcSensors).noquote() << "no CPU temperature:" << m_cpu.lastError();
        m_cpuReported = true;
    }
    return sample;
}
