// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "settingsschema.h"

#include "rectlist.h"
#include "system/redact.h"

#include <QFileInfo>
#include <QHostInfo>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace SettingsSchema {

QString Detail::withArgs(const QString &words) const
{
    // All at once, so that an argument holding "%2" stays as it is.
    switch (args.size()) {
    case 0:
        return words;
    case 1:
        return words.arg(args[0]);
    case 2:
        return words.arg(args[0], args[1]);
    case 3:
        return words.arg(args[0], args[1], args[2]);
    default:
        return words.arg(args[0], args[1], args[2], args[3]);
    }
}

namespace {

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

bool isUrlWithHost(const QString &text, const QStringList &schemes, bool needsPath)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || !schemes.contains(url.scheme()) || url.host().isEmpty())
        return false;
    if (needsPath && (url.path().isEmpty() || url.path() == QLatin1String("/")))
        return false;
    return true;
}

bool isCameraSource(const QString &text)
{
    static const QStringList plain = {QStringLiteral("auto"), QStringLiteral("libcamera"),
                                      QStringLiteral("testpattern")};
    return plain.contains(text) || matches(QStringLiteral("libcamera:.+"), text) ||
           matches(QStringLiteral("v4l2:/dev/\\S+"), text) ||
           matches(QStringLiteral("file:.+"), text);
}

bool isPublishTopic(const QString &text)
{
    return !text.isEmpty() && text.toUtf8().size() <= 65535 && !text.contains(QLatin1Char('+')) &&
           !text.contains(QLatin1Char('#')) && !text.contains(QChar(0));
}

bool isReadableFileOrEmpty(const QString &text)
{
    if (text.isEmpty())
        return true;
    const QFileInfo info(text);
    return info.isFile() && info.isReadable();
}

// "HH:MM" on a 24-hour clock (the night schedule), or nothing.
bool isTimeOfDayOrEmpty(const QString &text)
{
    return text.isEmpty() || matches(QStringLiteral("([01][0-9]|2[0-3]):[0-5][0-9]"), text);
}

// libavformat keeps at most 127 bytes of "user:password".
bool fitsRtspCredentials(const QString &text)
{
    return text.toUtf8().size() <= 63;
}

QString boolAllowed()
{
    return QStringLiteral("true or false");
}

Spec boolSpec(const QString &key, bool def, const QString &description, const QString &service)
{
    Spec s;
    s.key = key;
    s.type = Type::Bool;
    s.defaultText = def ? QStringLiteral("true") : QStringLiteral("false");
    s.allowed = boolAllowed();
    s.description = description;
    s.service = service;
    return s;
}

Spec numberSpec(const QString &key, Type type, const QString &def, double min, double max,
                const QString &unit, const QString &description, const QString &service)
{
    Spec s;
    s.key = key;
    s.type = type;
    s.defaultText = def;
    s.minimum = min;
    s.maximum = max;
    s.unit = unit;
    const QString range = type == Type::Integer ? QStringLiteral("an integer from %1 to %2")
                                                : QStringLiteral("a number from %1 to %2");
    s.allowed = range.arg(QString::number(min, 'g', 10), QString::number(max, 'g', 10));
    if (!unit.isEmpty())
        s.allowed += QLatin1Char(' ') + unit;
    s.description = description;
    s.service = service;
    return s;
}

Spec choiceSpec(const QString &key, const QString &def, const QStringList &choices,
                const QString &description, const QString &service)
{
    Spec s;
    s.key = key;
    s.type = Type::Choice;
    s.defaultText = def;
    s.choices = choices;
    s.allowed = QStringLiteral("one of ") + choices.join(QStringLiteral(", "));
    s.description = description;
    s.service = service;
    return s;
}

Spec textSpec(const QString &key, const QString &def, const QString &allowed,
              std::function<bool(const QString &)> accepts, const QString &description,
              const QString &service, bool secret = false)
{
    Spec s;
    s.key = key;
    s.type = Type::Text;
    s.defaultText = def;
    s.allowed = allowed;
    s.accepts = std::move(accepts);
    s.description = description;
    s.service = service;
    s.secret = secret;
    return s;
}

QList<Spec> buildTable()
{
    const QString video = QStringLiteral("video");
    const QString stream = QStringLiteral("stream");
    const QString mqtt = QStringLiteral("mqtt");
    const QString sensors = QStringLiteral("sensors");
    const QString tamper = QStringLiteral("tamper");
    const QString events = QStringLiteral("events");
    const QString recording = QStringLiteral("recording");
    const QString none;
    const auto anything = [](const QString &) { return true; };

    QList<Spec> t;
    t << textSpec(
        QStringLiteral("device/name"), defaultDeviceName(),
        QStringLiteral("1 to 64 characters of A-Z, a-z, 0-9, _ and -"),
        [](const QString &v) { return matches(QStringLiteral("[A-Za-z0-9_-]{1,64}"), v); },
        QStringLiteral(
            "Name of this device in topics, discovery and on screen (default: the host name)"),
        mqtt);

    t << textSpec(
        QStringLiteral("camera/source"), QStringLiteral("auto"),
        QStringLiteral("auto, libcamera, libcamera:ID, v4l2:/dev/videoN, testpattern or file:PATH"),
        isCameraSource, QStringLiteral("Where frames come from"), video);
    Spec width =
        numberSpec(QStringLiteral("camera/width"), Type::Integer, QStringLiteral("1280"), 160, 3840,
                   QStringLiteral("pixels, even"), QStringLiteral("Capture width"), video);
    width.even = true;
    Spec height =
        numberSpec(QStringLiteral("camera/height"), Type::Integer, QStringLiteral("720"), 120, 2160,
                   QStringLiteral("pixels, even"), QStringLiteral("Capture height"), video);
    height.even = true;
    t << width << height;
    t << numberSpec(QStringLiteral("camera/framerate"), Type::Integer, QStringLiteral("30"), 1, 60,
                    QStringLiteral("frames per second"), QStringLiteral("Capture frame rate"),
                    video);
    t << choiceSpec(QStringLiteral("camera/rotation"), QStringLiteral("0"),
                    {QStringLiteral("0"), QStringLiteral("180")},
                    QStringLiteral("Picture rotation in degrees"), video);

    t << boolSpec(QStringLiteral("stream/enabled"), true,
                  QStringLiteral("Push the camera as H.264 over RTSP"), stream);
    t << textSpec(
        QStringLiteral("stream/url"), QStringLiteral("rtsp://localhost:8554/cam"),
        QStringLiteral("an rtsp:// or rtsps:// URL with a host and a path"),
        [](const QString &v) {
            return isUrlWithHost(v, {QStringLiteral("rtsp"), QStringLiteral("rtsps")}, true);
        },
        QStringLiteral("MediaMTX publish URL"), stream);
    t << textSpec(QStringLiteral("stream/username"), QString(), QStringLiteral("at most 63 bytes"),
                  fitsRtspCredentials,
                  QStringLiteral("User name MediaMTX expects from the publisher"), stream);
    t << textSpec(QStringLiteral("stream/password"), QString(), QStringLiteral("at most 63 bytes"),
                  fitsRtspCredentials, QStringLiteral("Password for stream/username"), stream,
                  true);
    t << choiceSpec(
        QStringLiteral("stream/encoder"), QStringLiteral("auto"),
        {QStringLiteral("auto"), QStringLiteral("libx264"), QStringLiteral("h264_v4l2m2m")},
        QStringLiteral("H.264 encoder (auto: hardware when it opens)"), stream);
    t << numberSpec(QStringLiteral("stream/bitrate"), Type::Integer, QStringLiteral("1000000"),
                    100000, 20000000, QStringLiteral("bit/s"),
                    QStringLiteral("Target average bit rate"), stream);
    t << numberSpec(QStringLiteral("stream/keyframe_interval"), Type::Real, QStringLiteral("1.0"),
                    0.2, 10, QStringLiteral("seconds"), QStringLiteral("Time between keyframes"),
                    stream);

    t << boolSpec(QStringLiteral("mqtt/enabled"), true,
                  QStringLiteral("Publish sensor readings over MQTT"), mqtt);
    t << textSpec(
        QStringLiteral("mqtt/url"), QStringLiteral("tcp://localhost:1883"),
        QStringLiteral("a tcp://, ssl://, ws:// or wss:// URL with a host"),
        [](const QString &v) {
            return isUrlWithHost(v,
                                 {QStringLiteral("tcp"), QStringLiteral("ssl"),
                                  QStringLiteral("ws"), QStringLiteral("wss")},
                                 false);
        },
        QStringLiteral("Broker URL"), mqtt);
    t << textSpec(
        QStringLiteral("mqtt/client_id"), QStringLiteral("picam-{device}"),
        QStringLiteral("1 to 64 characters"),
        [](const QString &v) { return !v.isEmpty() && v.size() <= 64; },
        QStringLiteral("MQTT client id ({device} is replaced by device/name)"), mqtt);
    t << textSpec(QStringLiteral("mqtt/username"), QString(), QStringLiteral("any text"), anything,
                  QStringLiteral("Broker user name"), mqtt);
    t << textSpec(QStringLiteral("mqtt/password"), QString(), QStringLiteral("any text"), anything,
                  QStringLiteral("Broker password"), mqtt, true);
    t << textSpec(
        QStringLiteral("mqtt/ca_file"), QString(), QStringLiteral("empty or a readable file"),
        isReadableFileOrEmpty,
        QStringLiteral("CA certificate (PEM) for ssl:// and wss:// (empty: system trust store)"),
        mqtt);
    t << textSpec(QStringLiteral("mqtt/cert_file"), QString(),
                  QStringLiteral("empty or a readable file"), isReadableFileOrEmpty,
                  QStringLiteral("Client certificate (PEM), optional"), mqtt);
    t << textSpec(QStringLiteral("mqtt/key_file"), QString(),
                  QStringLiteral("empty or a readable file"), isReadableFileOrEmpty,
                  QStringLiteral("Client private key (PEM), optional"), mqtt);
    t << textSpec(QStringLiteral("mqtt/topic"), QStringLiteral("sensors/metrics"),
                  QStringLiteral("an MQTT topic without + or #"), isPublishTopic,
                  QStringLiteral("Topic of the sensor readings"), mqtt);
    t << textSpec(QStringLiteral("mqtt/status_topic"), QStringLiteral("picam/{device}/status"),
                  QStringLiteral("an MQTT topic without + or #"), isPublishTopic,
                  QStringLiteral("Retained online/offline availability topic"), mqtt);
    t << numberSpec(QStringLiteral("mqtt/interval"), Type::Real, QStringLiteral("2.0"), 0.1, 3600,
                    QStringLiteral("seconds"), QStringLiteral("Time between published readings"),
                    sensors);
    t << choiceSpec(QStringLiteral("mqtt/qos"), QStringLiteral("1"),
                    {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")},
                    QStringLiteral("QoS of the readings"), mqtt);
    t << numberSpec(QStringLiteral("mqtt/buffer_limit"), Type::Integer, QStringLiteral("10000"), 0,
                    1000000, QStringLiteral("readings"),
                    QStringLiteral("Readings kept while the broker is away (oldest dropped first)"),
                    mqtt);
    t << numberSpec(QStringLiteral("mqtt/sync_interval"), Type::Real, QStringLiteral("1.0"), 0, 60,
                    QStringLiteral("seconds"),
                    QStringLiteral("Longest time a waiting reading stays off the SD card (0: "
                                   "each one at once). Longer: less wear, more lost in a power "
                                   "cut"),
                    mqtt);
    t << boolSpec(QStringLiteral("mqtt/homeassistant"), true,
                  QStringLiteral("Announce the sensors to Home Assistant (MQTT discovery)"), mqtt);
    t << boolSpec(QStringLiteral("mqtt/commands"), true,
                  QStringLiteral("Take commands on picam/{device}/set/... (snapshot, stream, "
                                 "detection)"),
                  mqtt);

    t << choiceSpec(
        QStringLiteral("sensors/source"), QStringLiteral("auto"),
        {QStringLiteral("auto"), QStringLiteral("sensehat"), QStringLiteral("simulated")},
        QStringLiteral("Where sensor readings come from"), sensors);
    t << textSpec(
        QStringLiteral("sensors/i2c_bus"), QStringLiteral("/dev/i2c-1"),
        QStringLiteral("an absolute device path"),
        [](const QString &v) { return matches(QStringLiteral("/\\S+"), v); },
        QStringLiteral("I2C bus of the Sense HAT"), sensors);
    t << numberSpec(
        QStringLiteral("sensors/seed"), Type::Integer, QStringLiteral("0"), 0, 2147483647,
        QString(),
        QStringLiteral("Seed of the simulated sensors, for repeatable runs (0 = random)"), sensors);

    t << boolSpec(QStringLiteral("tamper/enabled"), true,
                  QStringLiteral("Report when the camera is moved or knocked (Sense HAT)"), tamper);
    t << numberSpec(QStringLiteral("tamper/degrees"), Type::Real, QStringLiteral("10"), 2, 90,
                    QStringLiteral("degrees"),
                    QStringLiteral("A turn or tilt larger than this within seconds is tampering"),
                    tamper);
    t << numberSpec(QStringLiteral("tamper/g"), Type::Real, QStringLiteral("0.5"), 0.1, 4,
                    QStringLiteral("g"),
                    QStringLiteral("A shock larger than this (change of the acceleration from "
                                   "1 g) is tampering"),
                    tamper);
    t << numberSpec(QStringLiteral("tamper/settle_seconds"), Type::Real, QStringLiteral("5"), 0.5,
                    600, QStringLiteral("seconds"),
                    QStringLiteral("Quiet time that ends a tamper event"), tamper);

    t << numberSpec(QStringLiteral("events/keep"), Type::Integer, QStringLiteral("500"), 1, 100000,
                    QStringLiteral("events"),
                    QStringLiteral("Events kept in the event log (oldest dropped first)"), events);
    t << numberSpec(QStringLiteral("events/max_megabytes"), Type::Integer, QStringLiteral("200"), 1,
                    100000, QStringLiteral("MiB"),
                    QStringLiteral("Most space the event log and its snapshots take"), events);

    // Not on the settings panel yet: the gallery's page will carry them.
    const qsizetype firstRecording = t.size();
    t << choiceSpec(QStringLiteral("recording/mode"), QStringLiteral("events"),
                    {QStringLiteral("off"), QStringLiteral("events"), QStringLiteral("continuous")},
                    QStringLiteral("Clips on the card: none, one per event, or all the time in "
                                   "segments"),
                    recording);
    t << numberSpec(QStringLiteral("recording/pre_seconds"), Type::Real, QStringLiteral("5"), 0, 60,
                    QStringLiteral("seconds"),
                    QStringLiteral("Time an event's clip starts before the event (from the "
                                   "keyframe before)"),
                    recording);
    t << numberSpec(QStringLiteral("recording/post_seconds"), Type::Real, QStringLiteral("5"), 0,
                    600, QStringLiteral("seconds"),
                    QStringLiteral("Time an event's clip goes on after the event ends"), recording);
    t << numberSpec(QStringLiteral("recording/segment_minutes"), Type::Integer,
                    QStringLiteral("10"), 1, 1440, QStringLiteral("minutes"),
                    QStringLiteral("Length of one file in continuous recording"), recording);
    t << numberSpec(QStringLiteral("recording/max_megabytes"), Type::Integer,
                    QStringLiteral("4096"), 16, 10000000, QStringLiteral("MiB"),
                    QStringLiteral("Most space the clips and the event snapshots take (oldest "
                                   "removed first)"),
                    recording);
    t << numberSpec(QStringLiteral("recording/min_free_megabytes"), Type::Integer,
                    QStringLiteral("512"), 0, 10000000, QStringLiteral("MiB"),
                    QStringLiteral("Free space kept on the card (oldest clips and snapshots "
                                   "removed first)"),
                    recording);
    for (qsizetype i = firstRecording; i < t.size(); ++i)
        t[i].userFacing = false;

    t << choiceSpec(QStringLiteral("ui/language"), QStringLiteral("en"),
                    {QStringLiteral("en"), QStringLiteral("ga"), QStringLiteral("de")},
                    QStringLiteral("Language of the kiosk screen"), none);
    t << choiceSpec(
        QStringLiteral("ui/rotation"), QStringLiteral("0"),
        {QStringLiteral("0"), QStringLiteral("90"), QStringLiteral("180"), QStringLiteral("270")},
        QStringLiteral("Screen rotation in degrees, clockwise, for a display mounted "
                       "sideways or upside down (not the camera picture)"),
        none);
    t << choiceSpec(QStringLiteral("ui/temperature_unit"), QStringLiteral("C"),
                    {QStringLiteral("C"), QStringLiteral("F")},
                    QStringLiteral("Unit of the temperatures on screen"), none);
    t << textSpec(
        QStringLiteral("ui/snapshot_dir"), QString(),
        QStringLiteral("empty or an absolute directory path"),
        [](const QString &v) { return v.isEmpty() || v.startsWith(QLatin1Char('/')); },
        QStringLiteral("Where snapshots are saved (empty: the Pictures folder)"), none);
    t << numberSpec(QStringLiteral("ui/lock_seconds"), Type::Integer, QStringLiteral("120"), 0,
                    86400, QStringLiteral("seconds"),
                    QStringLiteral("Time without a touch after which the settings need the PIN "
                                   "again (0 = never)"),
                    none);
    t << numberSpec(QStringLiteral("ui/brightness"), Type::Integer, QStringLiteral("100"), 1, 100,
                    QStringLiteral("percent"),
                    QStringLiteral("Screen brightness (a display with a backlight only)"), none);
    t << numberSpec(QStringLiteral("ui/dim_seconds"), Type::Integer, QStringLiteral("0"), 0, 86400,
                    QStringLiteral("seconds"),
                    QStringLiteral("Time without a touch before the screen dims (0 = never)"),
                    none);
    t << numberSpec(QStringLiteral("ui/dim_brightness"), Type::Integer, QStringLiteral("10"), 1,
                    100, QStringLiteral("percent"),
                    QStringLiteral("Brightness of the dimmed screen"), none);
    t << numberSpec(QStringLiteral("ui/blank_seconds"), Type::Integer, QStringLiteral("0"), 0,
                    86400, QStringLiteral("seconds"),
                    QStringLiteral("Time without a touch before the screen goes dark (0 = "
                                   "never); a touch or the joystick wakes it"),
                    none);
    t << textSpec(QStringLiteral("ui/night_start"), QString(),
                  QStringLiteral("empty or a time of day HH:MM"), isTimeOfDayOrEmpty,
                  QStringLiteral("When the night begins (empty: no night)"), none);
    t << textSpec(QStringLiteral("ui/night_end"), QString(),
                  QStringLiteral("empty or a time of day HH:MM"), isTimeOfDayOrEmpty,
                  QStringLiteral("When the night ends"), none);
    t << numberSpec(QStringLiteral("ui/night_brightness"), Type::Integer, QStringLiteral("30"), 1,
                    100, QStringLiteral("percent"), QStringLiteral("Screen brightness at night"),
                    none);
    Spec pin = textSpec(
        QStringLiteral("ui/pin"), QString(),
        QStringLiteral("empty or a PIN hash made by the settings panel"), anything,
        QStringLiteral("Salted PBKDF2 hash of the settings PIN (set from the panel)"), none, true);
    pin.userFacing = false;
    t << pin;

    // Motion detection (backend/motion, README "Motion detection").
    const QString motion = QStringLiteral("motion");
    t << boolSpec(QStringLiteral("motion/enabled"), true,
                  QStringLiteral("Detect motion in the camera picture (the screen and MQTT can "
                                 "switch it off and on while running)"),
                  none);
    t << numberSpec(QStringLiteral("motion/fps"), Type::Integer, QStringLiteral("5"), 1, 15,
                    QStringLiteral("frames per second"),
                    QStringLiteral("How often the picture is analysed for motion"), motion);
    t << numberSpec(QStringLiteral("motion/sensitivity"), Type::Integer, QStringLiteral("50"), 1,
                    100, QString(),
                    QStringLiteral("How small a change of brightness counts (100: 4 levels of "
                                   "255, 50: 22, 1: 40)"),
                    motion);
    t << numberSpec(QStringLiteral("motion/min_area"), Type::Real, QStringLiteral("1.0"), 0.1, 50,
                    QStringLiteral("% of the picture"),
                    QStringLiteral("How much of the picture outside the mask must change to "
                                   "count as motion"),
                    motion);
    t << numberSpec(QStringLiteral("motion/start_frames"), Type::Integer, QStringLiteral("3"), 1,
                    50, QStringLiteral("frames"),
                    QStringLiteral("Analysed frames in a row with motion that start an event"),
                    motion);
    t << numberSpec(QStringLiteral("motion/end_seconds"), Type::Real, QStringLiteral("10"), 1, 600,
                    QStringLiteral("seconds"),
                    QStringLiteral("Time without motion that ends an event"), motion);
    Spec mask = textSpec(
        QStringLiteral("motion/mask"), QString(),
        QStringLiteral("empty, or up to 16 rectangles x,y,w,h in fractions of the picture (0 "
                       "to 1), separated by ;"),
        nullptr, QStringLiteral("Areas of the picture where motion is ignored"), motion);
    mask.explain = [](const QString &v) { return RectList::parse(v).problem; };
    t << mask;
    return t;
}

} // namespace

const QList<Spec> &all()
{
    static const QList<Spec> table = buildTable();
    return table;
}

const Spec *find(const QString &key)
{
    for (const Spec &s : all())
        if (s.key == key)
            return &s;
    return nullptr;
}

QStringList groups()
{
    QStringList out;
    for (const Spec &s : all()) {
        const QString group = s.key.section(QLatin1Char('/'), 0, 0);
        if (!out.contains(group))
            out << group;
    }
    return out;
}

Parsed parse(const Spec &spec, const QString &rawText)
{
    const QString text = spec.type == Type::Text ? rawText : rawText.trimmed();
    const QString shown =
        spec.secret ? QStringLiteral("the value given") : Redact::quotedValue(rawText);
    const auto refuse = [&spec, &shown](const Detail &detail = {}) {
        if (!detail.isEmpty())
            return Parsed{{},
                          QStringLiteral("%1: %2 is not allowed: %3; expected %4")
                              .arg(spec.key, shown, detail.text(), spec.allowed)};
        return Parsed{{},
                      QStringLiteral("%1: %2 is not allowed; expected %3")
                          .arg(spec.key, shown, spec.allowed)};
    };

    // Whatever the type: a newline or ESC in a value would reach the file, the
    // log and the screen. Which character it was is said, except for a secret.
    if (const qsizetype at = Redact::firstControl(rawText); at >= 0) {
        const QString which =
            spec.secret
                ? QStringLiteral("a control character")
                : QStringLiteral("control character %1").arg(Redact::escaped(rawText.at(at)));
        return {{},
                QStringLiteral("%1: %2 is not allowed (%3); expected %4")
                    .arg(spec.key, shown, which, spec.allowed)};
    }

    switch (spec.type) {
    case Type::Bool: {
        const QString lower = text.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("1") ||
            lower == QLatin1String("yes") || lower == QLatin1String("on"))
            return {true, {}};
        if (lower == QLatin1String("false") || lower == QLatin1String("0") ||
            lower == QLatin1String("no") || lower == QLatin1String("off"))
            return {false, {}};
        return refuse();
    }
    case Type::Integer: {
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok);
        if (!ok || v < spec.minimum || v > spec.maximum || (spec.even && v % 2 != 0))
            return refuse();
        return {int(v), {}};
    }
    case Type::Real: {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < spec.minimum || v > spec.maximum)
            return refuse();
        return {v, {}};
    }
    case Type::Choice:
        if (!spec.choices.contains(text))
            return refuse();
        return {text, {}};
    case Type::Text:
        if (spec.accepts && !spec.accepts(text))
            return refuse();
        if (spec.explain) {
            if (const Detail detail = spec.explain(text); !detail.isEmpty())
                return refuse(detail);
        }
        return {text, {}};
    }
    return refuse();
}

Parsed parse(const QString &key, const QString &text)
{
    const Spec *spec = find(key);
    if (!spec)
        return {{}, QStringLiteral("%1: unknown setting").arg(key)};
    return parse(*spec, text);
}

QString toText(const Spec &spec, const QVariant &value)
{
    switch (spec.type) {
    case Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Integer:
        return QString::number(value.toInt());
    case Type::Real:
        return QString::number(value.toDouble(), 'g', 10);
    case Type::Choice:
    case Type::Text:
        return value.toString();
    }
    return value.toString();
}

QString defaultDeviceName()
{
    QString name = QHostInfo::localHostName().section(QLatin1Char('.'), 0, 0);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("-"));
    name.truncate(64);
    return name.isEmpty() ? QStringLiteral("picam") : name;
}

} // namespace SettingsSchema
