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

namespace Words {
const char *const IntegerRange = QT_TRANSLATE_NOOP("SettingsSchema", "an integer from %1 to %2");
const char *const NumberRange = QT_TRANSLATE_NOOP("SettingsSchema", "a number from %1 to %2");
const char *const OneOf = QT_TRANSLATE_NOOP("SettingsSchema", "one of %1");
const char *const ValueGiven = QT_TRANSLATE_NOOP("SettingsSchema", "the value given");
const char *const AControlCharacter = QT_TRANSLATE_NOOP("SettingsSchema", "a control character");
const char *const ControlCharacter = QT_TRANSLATE_NOOP("SettingsSchema", "control character %1");
const char *const NotAllowed =
    QT_TRANSLATE_NOOP("SettingsSchema", "%1: %2 is not allowed; expected %3");
const char *const NotAllowedDetail =
    QT_TRANSLATE_NOOP("SettingsSchema", "%1: %2 is not allowed: %3; expected %4");
const char *const NotAllowedControl =
    QT_TRANSLATE_NOOP("SettingsSchema", "%1: %2 is not allowed (%3); expected %4");
} // namespace Words

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
    return QT_TRANSLATE_NOOP("SettingsSchema", "true or false");
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
    const QString range =
        QString::fromLatin1(type == Type::Integer ? Words::IntegerRange : Words::NumberRange);
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
    s.allowed = QString::fromLatin1(Words::OneOf).arg(choices.join(QStringLiteral(", ")));
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

// Marks a key for the panel: its tab, short label and view; unit and scale
// for numbers typed in another unit than the file's.
enum class View { Basic, Advanced };
Spec panel(Spec s, const QString &group, const QString &label, View view,
           const QString &unit = QString(), double scale = 1)
{
    s.group = group;
    s.label = label;
    s.advanced = view == View::Advanced;
    s.panelUnit = unit;
    s.panelScale = scale;
    return s;
}

Spec withChoiceLabels(Spec s, const QStringList &labels)
{
    s.choiceLabels = labels;
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
    const auto isDeviceName = [](const QString &v) {
        return matches(QStringLiteral("[A-Za-z0-9_-]{1,64}"), v);
    };
    const auto isClientId = [](const QString &v) { return !v.isEmpty() && v.size() <= 64; };
    const auto isAbsolutePath = [](const QString &v) {
        return matches(QStringLiteral("/\\S+"), v);
    };
    const auto isAbsolutePathOrEmpty = [](const QString &v) {
        return v.isEmpty() || v.startsWith(QLatin1Char('/'));
    };
    const auto isStreamUrl = [](const QString &v) {
        return isUrlWithHost(v, {QStringLiteral("rtsp"), QStringLiteral("rtsps")}, true);
    };
    const auto isBrokerUrl = [](const QString &v) {
        return isUrlWithHost(v,
                             {QStringLiteral("tcp"), QStringLiteral("ssl"), QStringLiteral("ws"),
                              QStringLiteral("wss")},
                             false);
    };
    // Panel tabs.
    const QString cameraTab = QStringLiteral("camera");
    const QString streamTab = QStringLiteral("stream");
    const QString motionTab = QStringLiteral("motion");
    const QString mqttTab = QStringLiteral("mqtt");
    const QString deviceTab = QStringLiteral("device");
    const QString displayTab = QStringLiteral("display");
    const View basic = View::Basic;
    const View advanced = View::Advanced;
    // Short units next to the fields.
    const QString seconds = QT_TRANSLATE_NOOP("SettingsSchema", "s");
    const QString percent = QStringLiteral("%");
    const QString fps = QT_TRANSLATE_NOOP("SettingsSchema", "fps");
    const QString automatic = QT_TRANSLATE_NOOP("SettingsSchema", "automatic");

    QList<Spec> t;
    t << panel(
        textSpec(
            QStringLiteral("device/name"), defaultDeviceName(),
            QT_TRANSLATE_NOOP("SettingsSchema", "1 to 64 characters of A-Z, a-z, 0-9, _ and -"),
            isDeviceName,
            QT_TRANSLATE_NOOP(
                "SettingsSchema",
                "Name of this device in topics, discovery and on screen (default: the host name)"),
            mqtt),
        deviceTab, QT_TRANSLATE_NOOP("SettingsSchema", "Device name"), basic);

    t << panel(
        textSpec(QStringLiteral("camera/source"), QStringLiteral("auto"),
                 QT_TRANSLATE_NOOP(
                     "SettingsSchema",
                     "auto, libcamera, libcamera:ID, v4l2:/dev/videoN, testpattern or file:PATH"),
                 isCameraSource, QT_TRANSLATE_NOOP("SettingsSchema", "Where frames come from"),
                 video),
        cameraTab, QT_TRANSLATE_NOOP("SettingsSchema", "Source"), advanced);
    Spec width = numberSpec(QStringLiteral("camera/width"), Type::Integer, QStringLiteral("1280"),
                            160, 3840, QT_TRANSLATE_NOOP("SettingsSchema", "pixels, even"),
                            QT_TRANSLATE_NOOP("SettingsSchema", "Capture width"), video);
    width.even = true;
    Spec height = numberSpec(QStringLiteral("camera/height"), Type::Integer, QStringLiteral("720"),
                             120, 2160, QT_TRANSLATE_NOOP("SettingsSchema", "pixels, even"),
                             QT_TRANSLATE_NOOP("SettingsSchema", "Capture height"), video);
    height.even = true;
    const QString px = QT_TRANSLATE_NOOP("SettingsSchema", "px");
    t << panel(width, cameraTab, QT_TRANSLATE_NOOP("SettingsSchema", "Picture width"), advanced,
               px);
    t << panel(height, cameraTab, QT_TRANSLATE_NOOP("SettingsSchema", "Picture height"), advanced,
               px);
    t << panel(numberSpec(QStringLiteral("camera/framerate"), Type::Integer, QStringLiteral("30"),
                          1, 60, QT_TRANSLATE_NOOP("SettingsSchema", "frames per second"),
                          QT_TRANSLATE_NOOP("SettingsSchema", "Capture frame rate"), video),
               cameraTab, QT_TRANSLATE_NOOP("SettingsSchema", "Frame rate"), basic, fps);
    t << withChoiceLabels(
        panel(choiceSpec(QStringLiteral("camera/rotation"), QStringLiteral("0"),
                         {QStringLiteral("0"), QStringLiteral("180")},
                         QT_TRANSLATE_NOOP("SettingsSchema", "Picture rotation in degrees"), video),
              cameraTab, QT_TRANSLATE_NOOP("SettingsSchema", "Rotation"), basic),
        {QStringLiteral("0°"), QStringLiteral("180°")});

    t << panel(boolSpec(QStringLiteral("stream/enabled"), true,
                        QT_TRANSLATE_NOOP("SettingsSchema", "Push the camera as H.264 over RTSP"),
                        stream),
               streamTab, QT_TRANSLATE_NOOP("SettingsSchema", "Streaming"), basic);
    t << panel(textSpec(QStringLiteral("stream/url"), QStringLiteral("rtsp://localhost:8554/cam"),
                        QT_TRANSLATE_NOOP("SettingsSchema",
                                          "an rtsp:// or rtsps:// URL with a host and a path"),
                        isStreamUrl, QT_TRANSLATE_NOOP("SettingsSchema", "MediaMTX publish URL"),
                        stream),
               streamTab, QT_TRANSLATE_NOOP("SettingsSchema", "Server address"), basic);
    t << panel(textSpec(QStringLiteral("stream/username"), QString(),
                        QT_TRANSLATE_NOOP("SettingsSchema", "at most 63 bytes"),
                        fitsRtspCredentials,
                        QT_TRANSLATE_NOOP("SettingsSchema",
                                          "User name MediaMTX expects from the publisher"),
                        stream),
               streamTab, QT_TRANSLATE_NOOP("SettingsSchema", "User name"), basic);
    t << panel(
        textSpec(QStringLiteral("stream/password"), QString(),
                 QT_TRANSLATE_NOOP("SettingsSchema", "at most 63 bytes"), fitsRtspCredentials,
                 QT_TRANSLATE_NOOP("SettingsSchema", "Password for stream/username"), stream, true),
        streamTab, QT_TRANSLATE_NOOP("SettingsSchema", "Password"), basic);
    t << withChoiceLabels(
        panel(
            choiceSpec(
                QStringLiteral("stream/encoder"), QStringLiteral("auto"),
                {QStringLiteral("auto"), QStringLiteral("libx264"), QStringLiteral("h264_v4l2m2m")},
                QT_TRANSLATE_NOOP("SettingsSchema", "H.264 encoder (auto: hardware when it opens)"),
                stream),
            streamTab, QT_TRANSLATE_NOOP("SettingsSchema", "Encoder"), advanced),
        {automatic, QT_TRANSLATE_NOOP("SettingsSchema", "software"),
         QT_TRANSLATE_NOOP("SettingsSchema", "hardware")});
    t << panel(numberSpec(QStringLiteral("stream/bitrate"), Type::Integer,
                          QStringLiteral("1000000"), 100000, 20000000,
                          QT_TRANSLATE_NOOP("SettingsSchema", "bit/s"),
                          QT_TRANSLATE_NOOP("SettingsSchema", "Target average bit rate"), stream),
               streamTab, QT_TRANSLATE_NOOP("SettingsSchema", "Bit rate"), basic,
               QT_TRANSLATE_NOOP("SettingsSchema", "Mbit/s"), 1e6);
    t << panel(
        numberSpec(QStringLiteral("stream/keyframe_interval"), Type::Real, QStringLiteral("1.0"),
                   0.2, 10, QT_TRANSLATE_NOOP("SettingsSchema", "seconds"),
                   QT_TRANSLATE_NOOP("SettingsSchema", "Time between keyframes"), stream),
        streamTab, QT_TRANSLATE_NOOP("SettingsSchema", "Keyframe interval"), advanced, seconds);

    t << panel(boolSpec(QStringLiteral("mqtt/enabled"), true,
                        QT_TRANSLATE_NOOP("SettingsSchema", "Publish sensor readings over MQTT"),
                        mqtt),
               mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "Send readings"), basic);
    t << panel(textSpec(QStringLiteral("mqtt/url"), QStringLiteral("tcp://localhost:1883"),
                        QT_TRANSLATE_NOOP("SettingsSchema",
                                          "a tcp://, ssl://, ws:// or wss:// URL with a host"),
                        isBrokerUrl, QT_TRANSLATE_NOOP("SettingsSchema", "Broker URL"), mqtt),
               mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "Broker address"), basic);
    t << panel(textSpec(QStringLiteral("mqtt/client_id"), QStringLiteral("picam-{device}"),
                        QT_TRANSLATE_NOOP("SettingsSchema", "1 to 64 characters"), isClientId,
                        QT_TRANSLATE_NOOP("SettingsSchema",
                                          "MQTT client id ({device} is replaced by device/name)"),
                        mqtt),
               mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "Client ID"), advanced);
    t << panel(textSpec(QStringLiteral("mqtt/username"), QString(),
                        QT_TRANSLATE_NOOP("SettingsSchema", "any text"), anything,
                        QT_TRANSLATE_NOOP("SettingsSchema", "Broker user name"), mqtt),
               mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "User name"), basic);
    t << panel(textSpec(QStringLiteral("mqtt/password"), QString(),
                        QT_TRANSLATE_NOOP("SettingsSchema", "any text"), anything,
                        QT_TRANSLATE_NOOP("SettingsSchema", "Broker password"), mqtt, true),
               mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "Password"), basic);
    t << panel(
        textSpec(QStringLiteral("mqtt/ca_file"), QString(),
                 QT_TRANSLATE_NOOP("SettingsSchema", "empty or a readable file"),
                 isReadableFileOrEmpty,
                 QT_TRANSLATE_NOOP(
                     "SettingsSchema",
                     "CA certificate (PEM) for ssl:// and wss:// (empty: system trust store)"),
                 mqtt),
        mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "CA certificate"), advanced);
    t << panel(textSpec(QStringLiteral("mqtt/cert_file"), QString(),
                        QT_TRANSLATE_NOOP("SettingsSchema", "empty or a readable file"),
                        isReadableFileOrEmpty,
                        QT_TRANSLATE_NOOP("SettingsSchema", "Client certificate (PEM), optional"),
                        mqtt),
               mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "Client certificate"), advanced);
    t << panel(textSpec(QStringLiteral("mqtt/key_file"), QString(),
                        QT_TRANSLATE_NOOP("SettingsSchema", "empty or a readable file"),
                        isReadableFileOrEmpty,
                        QT_TRANSLATE_NOOP("SettingsSchema", "Client private key (PEM), optional"),
                        mqtt),
               mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "Client key"), advanced);
    t << panel(textSpec(QStringLiteral("mqtt/topic"), QStringLiteral("sensors/metrics"),
                        QT_TRANSLATE_NOOP("SettingsSchema", "an MQTT topic without + or #"),
                        isPublishTopic,
                        QT_TRANSLATE_NOOP("SettingsSchema", "Topic of the sensor readings"), mqtt),
               mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "Readings topic"), advanced);
    t << panel(
        textSpec(QStringLiteral("mqtt/status_topic"), QStringLiteral("picam/{device}/status"),
                 QT_TRANSLATE_NOOP("SettingsSchema", "an MQTT topic without + or #"),
                 isPublishTopic,
                 QT_TRANSLATE_NOOP("SettingsSchema", "Retained online/offline availability topic"),
                 mqtt),
        mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "Status topic"), advanced);
    t << panel(numberSpec(QStringLiteral("mqtt/interval"), Type::Real, QStringLiteral("2.0"), 0.1,
                          3600, QT_TRANSLATE_NOOP("SettingsSchema", "seconds"),
                          QT_TRANSLATE_NOOP("SettingsSchema", "Time between published readings"),
                          sensors),
               mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "Send every"), basic, seconds);
    t << withChoiceLabels(
        panel(choiceSpec(QStringLiteral("mqtt/qos"), QStringLiteral("1"),
                         {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")},
                         QT_TRANSLATE_NOOP("SettingsSchema", "QoS of the readings"), mqtt),
              mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "Delivery (QoS)"), advanced),
        {QT_TRANSLATE_NOOP("SettingsSchema", "0: at most once"),
         QT_TRANSLATE_NOOP("SettingsSchema", "1: at least once"),
         QT_TRANSLATE_NOOP("SettingsSchema", "2: exactly once")});
    t << panel(
        numberSpec(
            QStringLiteral("mqtt/buffer_limit"), Type::Integer, QStringLiteral("10000"), 0, 1000000,
            QT_TRANSLATE_NOOP("SettingsSchema", "readings"),
            QT_TRANSLATE_NOOP("SettingsSchema",
                              "Readings kept while the broker is away (oldest dropped first)"),
            mqtt),
        mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "Readings kept offline"), advanced);
    t << panel(numberSpec(QStringLiteral("mqtt/sync_interval"), Type::Real, QStringLiteral("1.0"),
                          0, 60, QT_TRANSLATE_NOOP("SettingsSchema", "seconds"),
                          QT_TRANSLATE_NOOP(
                              "SettingsSchema",
                              "Longest time a waiting reading stays off the SD card (0: each one "
                              "at once). Longer: less wear, more lost in a power cut"),
                          mqtt),
               mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "Write to card within"), advanced,
               seconds);
    t << panel(
        boolSpec(QStringLiteral("mqtt/homeassistant"), true,
                 QT_TRANSLATE_NOOP("SettingsSchema",
                                   "Announce the sensors to Home Assistant (MQTT discovery)"),
                 mqtt),
        mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "Home Assistant"), basic);
    t << panel(
        boolSpec(QStringLiteral("mqtt/commands"), true,
                 QT_TRANSLATE_NOOP(
                     "SettingsSchema",
                     "Take commands on picam/{device}/set/... (snapshot, stream, detection)"),
                 mqtt),
        mqttTab, QT_TRANSLATE_NOOP("SettingsSchema", "Remote commands"), advanced);

    t << withChoiceLabels(
        panel(choiceSpec(
                  QStringLiteral("sensors/source"), QStringLiteral("auto"),
                  {QStringLiteral("auto"), QStringLiteral("sensehat"), QStringLiteral("simulated")},
                  QT_TRANSLATE_NOOP("SettingsSchema", "Where sensor readings come from"), sensors),
              deviceTab, QT_TRANSLATE_NOOP("SettingsSchema", "Sensors"), basic),
        {automatic, QStringLiteral("Sense HAT"), QT_TRANSLATE_NOOP("SettingsSchema", "simulated")});
    t << panel(textSpec(QStringLiteral("sensors/i2c_bus"), QStringLiteral("/dev/i2c-1"),
                        QT_TRANSLATE_NOOP("SettingsSchema", "an absolute device path"),
                        isAbsolutePath,
                        QT_TRANSLATE_NOOP("SettingsSchema", "I2C bus of the Sense HAT"), sensors),
               deviceTab, QT_TRANSLATE_NOOP("SettingsSchema", "I2C bus"), advanced);
    t << panel(numberSpec(QStringLiteral("sensors/seed"), Type::Integer, QStringLiteral("0"), 0,
                          2147483647, QString(),
                          QT_TRANSLATE_NOOP(
                              "SettingsSchema",
                              "Seed of the simulated sensors, for repeatable runs (0 = random)"),
                          sensors),
               deviceTab, QT_TRANSLATE_NOOP("SettingsSchema", "Simulation seed"), advanced);

    t << panel(boolSpec(QStringLiteral("tamper/enabled"), true,
                        QT_TRANSLATE_NOOP("SettingsSchema",
                                          "Report when the camera is moved or knocked (Sense HAT)"),
                        tamper),
               deviceTab, QT_TRANSLATE_NOOP("SettingsSchema", "Tamper alarm"), basic);
    t << panel(
        numberSpec(QStringLiteral("tamper/degrees"), Type::Real, QStringLiteral("10"), 2, 90,
                   QT_TRANSLATE_NOOP("SettingsSchema", "degrees"),
                   QT_TRANSLATE_NOOP("SettingsSchema",
                                     "A turn or tilt larger than this within seconds is tampering"),
                   tamper),
        deviceTab, QT_TRANSLATE_NOOP("SettingsSchema", "Turn or tilt"), advanced,
        QStringLiteral("°"));
    t << panel(
        numberSpec(
            QStringLiteral("tamper/g"), Type::Real, QStringLiteral("0.5"), 0.1, 4,
            QStringLiteral("g"),
            QT_TRANSLATE_NOOP(
                "SettingsSchema",
                "A shock larger than this (change of the acceleration from 1 g) is tampering"),
            tamper),
        deviceTab, QT_TRANSLATE_NOOP("SettingsSchema", "Shock"), advanced, QStringLiteral("g"));
    t << panel(
        numberSpec(QStringLiteral("tamper/settle_seconds"), Type::Real, QStringLiteral("5"), 0.5,
                   600, QT_TRANSLATE_NOOP("SettingsSchema", "seconds"),
                   QT_TRANSLATE_NOOP("SettingsSchema", "Quiet time that ends a tamper event"),
                   tamper),
        deviceTab, QT_TRANSLATE_NOOP("SettingsSchema", "Tamper ends after"), advanced, seconds);

    t << panel(numberSpec(QStringLiteral("events/keep"), Type::Integer, QStringLiteral("500"), 1,
                          100000, QT_TRANSLATE_NOOP("SettingsSchema", "events"),
                          QT_TRANSLATE_NOOP("SettingsSchema",
                                            "Events kept in the event log (oldest dropped first)"),
                          events),
               deviceTab, QT_TRANSLATE_NOOP("SettingsSchema", "Events kept"), advanced);
    t << panel(numberSpec(QStringLiteral("events/max_megabytes"), Type::Integer,
                          QStringLiteral("200"), 1, 100000, QStringLiteral("MiB"),
                          QT_TRANSLATE_NOOP("SettingsSchema",
                                            "Most space the event log and its snapshots take"),
                          events),
               deviceTab, QT_TRANSLATE_NOOP("SettingsSchema", "Event log size"), advanced,
               QStringLiteral("MiB"));

    // Recording sits with motion: it is what an event leaves behind.
    const QString minutes = QT_TRANSLATE_NOOP("SettingsSchema", "min");
    t << withChoiceLabels(
        panel(choiceSpec(
                  QStringLiteral("recording/mode"), QStringLiteral("events"),
                  {QStringLiteral("off"), QStringLiteral("events"), QStringLiteral("continuous")},
                  QT_TRANSLATE_NOOP("SettingsSchema",
                                    "Clips on the card: none, one per event, or all the "
                                    "time in segments"),
                  recording),
              motionTab, QT_TRANSLATE_NOOP("SettingsSchema", "Recording"), basic),
        {QT_TRANSLATE_NOOP("SettingsSchema", "off"), QT_TRANSLATE_NOOP("SettingsSchema", "events"),
         QT_TRANSLATE_NOOP("SettingsSchema", "always")});
    t << panel(numberSpec(QStringLiteral("recording/pre_seconds"), Type::Real, QStringLiteral("5"),
                          0, 60, QT_TRANSLATE_NOOP("SettingsSchema", "seconds"),
                          QT_TRANSLATE_NOOP("SettingsSchema",
                                            "Time an event's clip starts before the event (from "
                                            "the keyframe before)"),
                          recording),
               motionTab, QT_TRANSLATE_NOOP("SettingsSchema", "Clip starts before"), basic,
               seconds);
    t << panel(numberSpec(QStringLiteral("recording/post_seconds"), Type::Real, QStringLiteral("5"),
                          0, 600, QT_TRANSLATE_NOOP("SettingsSchema", "seconds"),
                          QT_TRANSLATE_NOOP("SettingsSchema",
                                            "Time an event's clip goes on after the event ends"),
                          recording),
               motionTab, QT_TRANSLATE_NOOP("SettingsSchema", "Clip ends after"), basic, seconds);
    t << panel(numberSpec(QStringLiteral("recording/segment_minutes"), Type::Integer,
                          QStringLiteral("10"), 1, 1440,
                          QT_TRANSLATE_NOOP("SettingsSchema", "minutes"),
                          QT_TRANSLATE_NOOP("SettingsSchema",
                                            "Length of one file in continuous recording"),
                          recording),
               motionTab, QT_TRANSLATE_NOOP("SettingsSchema", "Segment length"), advanced, minutes);
    t << panel(numberSpec(QStringLiteral("recording/max_megabytes"), Type::Integer,
                          QStringLiteral("4096"), 16, 10000000, QStringLiteral("MiB"),
                          QT_TRANSLATE_NOOP("SettingsSchema",
                                            "Most space the clips and the event snapshots take "
                                            "(oldest removed first)"),
                          recording),
               motionTab, QT_TRANSLATE_NOOP("SettingsSchema", "Space for clips"), advanced,
               QStringLiteral("MiB"));
    t << panel(numberSpec(QStringLiteral("recording/min_free_megabytes"), Type::Integer,
                          QStringLiteral("512"), 0, 10000000, QStringLiteral("MiB"),
                          QT_TRANSLATE_NOOP("SettingsSchema",
                                            "Free space kept on the card (oldest clips and "
                                            "snapshots removed first)"),
                          recording),
               motionTab, QT_TRANSLATE_NOOP("SettingsSchema", "Keep free on the card"), advanced,
               QStringLiteral("MiB"));

    // Each language in its own name, so it can be found whatever is shown.
    t << withChoiceLabels(
        panel(choiceSpec(QStringLiteral("ui/language"), QStringLiteral("en"),
                         {QStringLiteral("en"), QStringLiteral("ga"), QStringLiteral("de")},
                         QT_TRANSLATE_NOOP("SettingsSchema", "Language of the kiosk screen"), none),
              displayTab, QT_TRANSLATE_NOOP("SettingsSchema", "Language"), basic),
        {QStringLiteral("English"), QStringLiteral("Gaeilge"), QStringLiteral("Deutsch")});
    t << withChoiceLabels(
        panel(choiceSpec(QStringLiteral("ui/rotation"), QStringLiteral("0"),
                         {QStringLiteral("0"), QStringLiteral("90"), QStringLiteral("180"),
                          QStringLiteral("270")},
                         QT_TRANSLATE_NOOP("SettingsSchema",
                                           "Screen rotation in degrees, clockwise, for a display "
                                           "mounted sideways or upside down (not the camera "
                                           "picture)"),
                         none),
              displayTab, QT_TRANSLATE_NOOP("SettingsSchema", "Screen rotation"), basic),
        {QStringLiteral("0°"), QStringLiteral("90°"), QStringLiteral("180°"),
         QStringLiteral("270°")});
    t << withChoiceLabels(
        panel(choiceSpec(QStringLiteral("ui/temperature_unit"), QStringLiteral("C"),
                         {QStringLiteral("C"), QStringLiteral("F")},
                         QT_TRANSLATE_NOOP("SettingsSchema", "Unit of the temperatures on screen"),
                         none),
              displayTab, QT_TRANSLATE_NOOP("SettingsSchema", "Temperature"), basic),
        {QStringLiteral("°C"), QStringLiteral("°F")});
    t << panel(textSpec(QStringLiteral("ui/snapshot_dir"), QString(),
                        QT_TRANSLATE_NOOP("SettingsSchema", "empty or an absolute directory path"),
                        isAbsolutePathOrEmpty,
                        QT_TRANSLATE_NOOP("SettingsSchema",
                                          "Where snapshots are saved (empty: the Pictures folder)"),
                        none),
               displayTab, QT_TRANSLATE_NOOP("SettingsSchema", "Photo folder"), advanced);
    t << panel(
        numberSpec(
            QStringLiteral("ui/lock_seconds"), Type::Integer, QStringLiteral("120"), 0, 86400,
            QT_TRANSLATE_NOOP("SettingsSchema", "seconds"),
            QT_TRANSLATE_NOOP(
                "SettingsSchema",
                "Time without a touch after which the settings need the PIN again (0 = never)"),
            none),
        displayTab, QT_TRANSLATE_NOOP("SettingsSchema", "Lock settings after"), basic, seconds);
    t << panel(numberSpec(QStringLiteral("ui/brightness"), Type::Integer, QStringLiteral("100"), 1,
                          100, QT_TRANSLATE_NOOP("SettingsSchema", "percent"),
                          QT_TRANSLATE_NOOP("SettingsSchema",
                                            "Screen brightness (a display with a backlight only)"),
                          none),
               displayTab, QT_TRANSLATE_NOOP("SettingsSchema", "Brightness"), basic, percent);
    t << panel(
        numberSpec(QStringLiteral("ui/dim_seconds"), Type::Integer, QStringLiteral("0"), 0, 86400,
                   QT_TRANSLATE_NOOP("SettingsSchema", "seconds"),
                   QT_TRANSLATE_NOOP("SettingsSchema",
                                     "Time without a touch before the screen dims (0 = never)"),
                   none),
        displayTab, QT_TRANSLATE_NOOP("SettingsSchema", "Dim after"), basic, seconds);
    t << panel(
        numberSpec(QStringLiteral("ui/dim_brightness"), Type::Integer, QStringLiteral("10"), 1, 100,
                   QT_TRANSLATE_NOOP("SettingsSchema", "percent"),
                   QT_TRANSLATE_NOOP("SettingsSchema", "Brightness of the dimmed screen"), none),
        displayTab, QT_TRANSLATE_NOOP("SettingsSchema", "Dimmed brightness"), basic, percent);
    t << panel(numberSpec(QStringLiteral("ui/blank_seconds"), Type::Integer, QStringLiteral("0"), 0,
                          86400, QT_TRANSLATE_NOOP("SettingsSchema", "seconds"),
                          QT_TRANSLATE_NOOP("SettingsSchema",
                                            "Time without a touch before the screen goes dark (0 = "
                                            "never); a touch or the joystick wakes it"),
                          none),
               displayTab, QT_TRANSLATE_NOOP("SettingsSchema", "Screen off after"), basic, seconds);
    t << panel(
        textSpec(
            QStringLiteral("ui/night_start"), QString(),
            QT_TRANSLATE_NOOP("SettingsSchema", "empty or a time of day HH:MM"), isTimeOfDayOrEmpty,
            QT_TRANSLATE_NOOP("SettingsSchema", "When the night begins (empty: no night)"), none),
        displayTab, QT_TRANSLATE_NOOP("SettingsSchema", "Night from"), basic);
    t << panel(textSpec(QStringLiteral("ui/night_end"), QString(),
                        QT_TRANSLATE_NOOP("SettingsSchema", "empty or a time of day HH:MM"),
                        isTimeOfDayOrEmpty,
                        QT_TRANSLATE_NOOP("SettingsSchema", "When the night ends"), none),
               displayTab, QT_TRANSLATE_NOOP("SettingsSchema", "Night until"), basic);
    t << panel(numberSpec(QStringLiteral("ui/night_brightness"), Type::Integer,
                          QStringLiteral("30"), 1, 100,
                          QT_TRANSLATE_NOOP("SettingsSchema", "percent"),
                          QT_TRANSLATE_NOOP("SettingsSchema", "Screen brightness at night"), none),
               displayTab, QT_TRANSLATE_NOOP("SettingsSchema", "Night brightness"), basic, percent);
    Spec pin = textSpec(
        QStringLiteral("ui/pin"), QString(),
        QT_TRANSLATE_NOOP("SettingsSchema", "empty or a PIN hash made by the settings panel"),
        anything, QStringLiteral("Salted PBKDF2 hash of the settings PIN (set from the panel)"),
        none, true);
    pin.userFacing = false;
    t << pin;

    // Motion detection (backend/motion, README "Motion detection").
    const QString motion = QStringLiteral("motion");
    t << panel(boolSpec(QStringLiteral("motion/enabled"), true,
                        QT_TRANSLATE_NOOP("SettingsSchema",
                                          "Detect motion in the camera picture (the screen and "
                                          "MQTT can switch it off and on while running)"),
                        none),
               motionTab, QT_TRANSLATE_NOOP("SettingsSchema", "Motion detection"), basic);
    t << panel(numberSpec(QStringLiteral("motion/fps"), Type::Integer, QStringLiteral("5"), 1, 15,
                          QT_TRANSLATE_NOOP("SettingsSchema", "frames per second"),
                          QT_TRANSLATE_NOOP("SettingsSchema",
                                            "How often the picture is analysed for motion"),
                          motion),
               motionTab, QT_TRANSLATE_NOOP("SettingsSchema", "Analysis rate"), advanced, fps);
    t << panel(
        numberSpec(
            QStringLiteral("motion/sensitivity"), Type::Integer, QStringLiteral("50"), 1, 100,
            QString(),
            QT_TRANSLATE_NOOP(
                "SettingsSchema",
                "How small a change of brightness counts (100: 4 levels of 255, 50: 22, 1: 40)"),
            motion),
        motionTab, QT_TRANSLATE_NOOP("SettingsSchema", "Sensitivity"), basic);
    t << panel(
        numberSpec(QStringLiteral("motion/min_area"), Type::Real, QStringLiteral("1.0"), 0.1, 50,
                   QT_TRANSLATE_NOOP("SettingsSchema", "% of the picture"),
                   QT_TRANSLATE_NOOP(
                       "SettingsSchema",
                       "How much of the picture outside the mask must change to count as motion"),
                   motion),
        motionTab, QT_TRANSLATE_NOOP("SettingsSchema", "Smallest area"), basic, percent);
    t << panel(
        numberSpec(QStringLiteral("motion/start_frames"), Type::Integer, QStringLiteral("3"), 1, 50,
                   QT_TRANSLATE_NOOP("SettingsSchema", "frames"),
                   QT_TRANSLATE_NOOP("SettingsSchema",
                                     "Analysed frames in a row with motion that start an event"),
                   motion),
        motionTab, QT_TRANSLATE_NOOP("SettingsSchema", "Frames to start"), advanced);
    t << panel(
        numberSpec(QStringLiteral("motion/end_seconds"), Type::Real, QStringLiteral("10"), 1, 600,
                   QT_TRANSLATE_NOOP("SettingsSchema", "seconds"),
                   QT_TRANSLATE_NOOP("SettingsSchema", "Time without motion that ends an event"),
                   motion),
        motionTab, QT_TRANSLATE_NOOP("SettingsSchema", "Event ends after"), basic, seconds);
    Spec mask =
        panel(textSpec(QStringLiteral("motion/mask"), QString(),
                       QT_TRANSLATE_NOOP("SettingsSchema",
                                         "empty, or up to 16 rectangles x,y,w,h in fractions of "
                                         "the picture (0 to 1), separated by ;"),
                       nullptr,
                       QT_TRANSLATE_NOOP("SettingsSchema",
                                         "Areas of the picture where motion is ignored"),
                       motion),
              motionTab, QT_TRANSLATE_NOOP("SettingsSchema", "Ignored areas"), advanced);
    mask.explain = [](const QString &v) { return RectList::parse(v).problem; };
    t << mask;

    // A key added without panel words still gets a tab (by its prefix) and
    // a label (its key).
    for (Spec &s : t) {
        if (s.group.isEmpty()) {
            const QString prefix = s.key.section(QLatin1Char('/'), 0, 0);
            s.group = prefix == QLatin1String("ui") ? displayTab
                      : prefix == QLatin1String("sensors") || prefix == QLatin1String("tamper") ||
                              prefix == QLatin1String("events")
                          ? deviceTab
                          : prefix;
        }
        if (s.label.isEmpty())
            s.label = s.key;
    }
    return t;
}

} // namespace

const QList<PanelGroup> &panelGroups()
{
    static const QList<PanelGroup> groups = {
        {QStringLiteral("camera"), QT_TRANSLATE_NOOP("SettingsSchema", "Camera")},
        {QStringLiteral("stream"), QT_TRANSLATE_NOOP("SettingsSchema", "Stream")},
        {QStringLiteral("motion"), QT_TRANSLATE_NOOP("SettingsSchema", "Motion")},
        {QStringLiteral("mqtt"), QT_TRANSLATE_NOOP("SettingsSchema", "MQTT")},
        {QStringLiteral("device"), QT_TRANSLATE_NOOP("SettingsSchema", "Device")},
        {QStringLiteral("display"), QT_TRANSLATE_NOOP("SettingsSchema", "Display")},
    };
    return groups;
}

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
        spec.secret ? QString::fromLatin1(Words::ValueGiven) : Redact::quotedValue(rawText);
    const auto refuse = [&spec, &shown](const Detail &detail = {}) {
        if (!detail.isEmpty())
            return Parsed{{},
                          QString::fromLatin1(Words::NotAllowedDetail)
                              .arg(spec.key, shown, detail.text(), spec.allowed)};
        return Parsed{{},
                      QString::fromLatin1(Words::NotAllowed).arg(spec.key, shown, spec.allowed)};
    };

    // Whatever the type: a newline or ESC in a value would reach the file, the
    // log and the screen. Which character it was is said, except for a secret.
    if (const qsizetype at = Redact::firstControl(rawText); at >= 0) {
        const QString which =
            spec.secret
                ? QString::fromLatin1(Words::AControlCharacter)
                : QString::fromLatin1(Words::ControlCharacter).arg(Redact::escaped(rawText.at(at)));
        return {{},
                QString::fromLatin1(Words::NotAllowedControl)
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
