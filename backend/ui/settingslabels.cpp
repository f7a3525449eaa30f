// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "settingslabels.h"

#include "config/settingsschema.h"
#include "system/redact.h"

#include <QCoreApplication>

namespace SettingsLabels {
namespace {

const char *const Context = "SettingsLabels";

struct Described
{
    const char *key;
    const char *source; // must equal the schema's description to be used
};

// The schema's descriptions, marked for lupdate.
const Described Descriptions[] = {
    {"device/name",
     QT_TRANSLATE_NOOP(
         "SettingsLabels",
         "Name of this device in topics, discovery and on screen (default: the host name)")},
    {"camera/source", QT_TRANSLATE_NOOP("SettingsLabels", "Where frames come from")},
    {"camera/width", QT_TRANSLATE_NOOP("SettingsLabels", "Capture width")},
    {"camera/height", QT_TRANSLATE_NOOP("SettingsLabels", "Capture height")},
    {"camera/framerate", QT_TRANSLATE_NOOP("SettingsLabels", "Capture frame rate")},
    {"camera/rotation", QT_TRANSLATE_NOOP("SettingsLabels", "Picture rotation in degrees")},
    {"stream/enabled", QT_TRANSLATE_NOOP("SettingsLabels", "Push the camera as H.264 over RTSP")},
    {"stream/url", QT_TRANSLATE_NOOP("SettingsLabels", "MediaMTX publish URL")},
    {"stream/username",
     QT_TRANSLATE_NOOP("SettingsLabels", "User name MediaMTX expects from the publisher")},
    {"stream/password", QT_TRANSLATE_NOOP("SettingsLabels", "Password for stream/username")},
    {"stream/encoder",
     QT_TRANSLATE_NOOP("SettingsLabels", "H.264 encoder (auto: hardware when it opens)")},
    {"stream/bitrate", QT_TRANSLATE_NOOP("SettingsLabels", "Target average bit rate")},
    {"stream/keyframe_interval", QT_TRANSLATE_NOOP("SettingsLabels", "Time between keyframes")},
    {"mqtt/enabled", QT_TRANSLATE_NOOP("SettingsLabels", "Publish sensor readings over MQTT")},
    {"mqtt/url", QT_TRANSLATE_NOOP("SettingsLabels", "Broker URL")},
    {"mqtt/client_id",
     QT_TRANSLATE_NOOP("SettingsLabels", "MQTT client id ({device} is replaced by device/name)")},
    {"mqtt/username", QT_TRANSLATE_NOOP("SettingsLabels", "Broker user name")},
    {"mqtt/password", QT_TRANSLATE_NOOP("SettingsLabels", "Broker password")},
    {"mqtt/ca_file",
     QT_TRANSLATE_NOOP("SettingsLabels",
                       "CA certificate (PEM) for ssl:// and wss:// (empty: system trust store)")},
    {"mqtt/cert_file", QT_TRANSLATE_NOOP("SettingsLabels", "Client certificate (PEM), optional")},
    {"mqtt/key_file", QT_TRANSLATE_NOOP("SettingsLabels", "Client private key (PEM), optional")},
    {"mqtt/topic", QT_TRANSLATE_NOOP("SettingsLabels", "Topic of the sensor readings")},
    {"mqtt/status_topic",
     QT_TRANSLATE_NOOP("SettingsLabels", "Retained online/offline availability topic")},
    {"mqtt/interval", QT_TRANSLATE_NOOP("SettingsLabels", "Time between published readings")},
    {"mqtt/qos", QT_TRANSLATE_NOOP("SettingsLabels", "QoS of the readings")},
    {"mqtt/buffer_limit",
     QT_TRANSLATE_NOOP("SettingsLabels",
                       "Readings kept while the broker is away (oldest dropped first)")},
    {"mqtt/homeassistant",
     QT_TRANSLATE_NOOP("SettingsLabels",
                       "Announce the sensors to Home Assistant (MQTT discovery)")},
    {"sensors/source", QT_TRANSLATE_NOOP("SettingsLabels", "Where sensor readings come from")},
    {"sensors/i2c_bus", QT_TRANSLATE_NOOP("SettingsLabels", "I2C bus of the Sense HAT")},
    {"ui/language", QT_TRANSLATE_NOOP("SettingsLabels", "Language of the kiosk screen")},
    {"ui/rotation",
     QT_TRANSLATE_NOOP("SettingsLabels",
                       "Screen rotation in degrees, clockwise, for a display mounted sideways "
                       "or upside down (not the camera picture)")},
    {"ui/temperature_unit",
     QT_TRANSLATE_NOOP("SettingsLabels", "Unit of the temperatures on screen")},
    {"ui/snapshot_dir",
     QT_TRANSLATE_NOOP("SettingsLabels", "Where snapshots are saved (empty: the Pictures folder)")},
    {"motion/enabled",
     QT_TRANSLATE_NOOP("SettingsLabels", "Detect motion in the camera picture (the screen and MQTT "
                                         "can switch it off and on while running)")},
    {"motion/fps",
     QT_TRANSLATE_NOOP("SettingsLabels", "How often the picture is analysed for motion")},
    {"motion/sensitivity",
     QT_TRANSLATE_NOOP(
         "SettingsLabels",
         "How small a change of brightness counts (100: 4 levels of 255, 50: 22, 1: 40)")},
    {"motion/min_area",
     QT_TRANSLATE_NOOP("SettingsLabels",
                       "How much of the picture outside the mask must change to count as motion")},
    {"motion/start_frames",
     QT_TRANSLATE_NOOP("SettingsLabels",
                       "Analysed frames in a row with motion that start an event")},
    {"motion/end_seconds",
     QT_TRANSLATE_NOOP("SettingsLabels", "Time without motion that ends an event")},
    {"motion/mask",
     QT_TRANSLATE_NOOP("SettingsLabels", "Areas of the picture where motion is ignored")},
    {"ui/lock_seconds",
     QT_TRANSLATE_NOOP("SettingsLabels",
                       "Time without a touch after which the settings need the PIN again (0 = "
                       "never)")},
    {"ui/brightness",
     QT_TRANSLATE_NOOP("SettingsLabels", "Screen brightness (a display with a backlight only)")},
    {"ui/dim_seconds",
     QT_TRANSLATE_NOOP("SettingsLabels",
                       "Time without a touch before the screen dims (0 = never)")},
    {"ui/dim_brightness", QT_TRANSLATE_NOOP("SettingsLabels", "Brightness of the dimmed screen")},
    {"ui/blank_seconds",
     QT_TRANSLATE_NOOP("SettingsLabels",
                       "Time without a touch before the screen goes dark (0 = never); a touch or "
                       "the joystick wakes it")},
    {"ui/night_start",
     QT_TRANSLATE_NOOP("SettingsLabels", "When the night begins (empty: no night)")},
    {"ui/night_end", QT_TRANSLATE_NOOP("SettingsLabels", "When the night ends")},
    {"ui/night_brightness", QT_TRANSLATE_NOOP("SettingsLabels", "Screen brightness at night")},
};

// The schema's words for what a text setting allows, and its units.
const char *const TextRules[] = {
    QT_TRANSLATE_NOOP("SettingsLabels", "1 to 64 characters of A-Z, a-z, 0-9, _ and -"),
    QT_TRANSLATE_NOOP("SettingsLabels",
                      "auto, libcamera, libcamera:ID, v4l2:/dev/videoN, testpattern or file:PATH"),
    QT_TRANSLATE_NOOP("SettingsLabels", "an rtsp:// or rtsps:// URL with a host and a path"),
    QT_TRANSLATE_NOOP("SettingsLabels", "at most 63 bytes"),
    QT_TRANSLATE_NOOP("SettingsLabels", "a tcp://, ssl://, ws:// or wss:// URL with a host"),
    QT_TRANSLATE_NOOP("SettingsLabels", "1 to 64 characters"),
    QT_TRANSLATE_NOOP("SettingsLabels", "any text"),
    QT_TRANSLATE_NOOP("SettingsLabels", "empty or a readable file"),
    QT_TRANSLATE_NOOP("SettingsLabels", "an MQTT topic without + or #"),
    QT_TRANSLATE_NOOP("SettingsLabels", "an absolute device path"),
    QT_TRANSLATE_NOOP("SettingsLabels", "empty or an absolute directory path"),
    QT_TRANSLATE_NOOP("SettingsLabels", "empty or a PIN hash made by the settings panel"),
    QT_TRANSLATE_NOOP("SettingsLabels", "empty, or up to 16 rectangles x,y,w,h in fractions of the "
                                        "picture (0 to 1), separated by ;"),
    QT_TRANSLATE_NOOP("SettingsLabels", "empty or a time of day HH:MM"),
};
// The words of SettingsSchema::Detail: which part of a value is wrong.
const char *const DetailWords[] = {
    QT_TRANSLATE_NOOP("SettingsLabels", "more than %1 rectangles"),
    QT_TRANSLATE_NOOP("SettingsLabels", "rectangle %1 (\"%2\") has %3 numbers, not 4 (x,y,w,h)"),
    QT_TRANSLATE_NOOP("SettingsLabels", "rectangle %1 (\"%2\"): \"%3\" is not a number"),
    QT_TRANSLATE_NOOP("SettingsLabels", "rectangle %1 (\"%2\"): x and y must be from 0 to 1"),
    QT_TRANSLATE_NOOP("SettingsLabels",
                      "rectangle %1 (\"%2\"): width and height must be more than 0"),
    QT_TRANSLATE_NOOP("SettingsLabels",
                      "rectangle %1 (\"%2\") reaches past the right edge (x + w > 1)"),
    QT_TRANSLATE_NOOP("SettingsLabels",
                      "rectangle %1 (\"%2\") reaches past the bottom edge (y + h > 1)"),
};
const char *const Units[] = {
    QT_TRANSLATE_NOOP("SettingsLabels", "pixels, even"),
    QT_TRANSLATE_NOOP("SettingsLabels", "frames per second"),
    QT_TRANSLATE_NOOP("SettingsLabels", "bit/s"),
    QT_TRANSLATE_NOOP("SettingsLabels", "seconds"),
    QT_TRANSLATE_NOOP("SettingsLabels", "readings"),
    QT_TRANSLATE_NOOP("SettingsLabels", "% of the picture"),
    QT_TRANSLATE_NOOP("SettingsLabels", "frames"),
    QT_TRANSLATE_NOOP("SettingsLabels", "percent"),
};

QString tr(const char *source)
{
    return QCoreApplication::translate(Context, source);
}

// The translation of english when the table has it, else english itself.
template<std::size_t N> QString translated(const char *const (&table)[N], const QString &english)
{
    for (const char *source : table) {
        if (english == QLatin1String(source))
            return tr(source);
    }
    return english;
}

} // namespace

QString groupTitle(const QString &group)
{
    if (group == QLatin1String("camera"))
        return QCoreApplication::translate("SettingsLabels", "Camera");
    if (group == QLatin1String("stream"))
        return QCoreApplication::translate("SettingsLabels", "Stream");
    if (group == QLatin1String("mqtt"))
        return QCoreApplication::translate("SettingsLabels", "MQTT");
    if (group == QLatin1String("device"))
        return QCoreApplication::translate("SettingsLabels", "Device");
    if (group == QLatin1String("display"))
        return QCoreApplication::translate("SettingsLabels", "Display");
    if (group == QLatin1String("motion"))
        return QCoreApplication::translate("SettingsLabels", "Motion");
    return group;
}

QString description(const SettingsSchema::Spec &spec)
{
    for (const Described &d : Descriptions) {
        if (spec.key == QLatin1String(d.key) && spec.description == QLatin1String(d.source))
            return tr(d.source);
    }
    return spec.description;
}

QString choiceLabel(const QString &key, const QString &choice)
{
    if (key == QLatin1String("ui/language")) {
        // Each language in its own name, so it can be found whatever is shown.
        if (choice == QLatin1String("en"))
            return QStringLiteral("English");
        if (choice == QLatin1String("ga"))
            return QStringLiteral("Gaeilge");
        if (choice == QLatin1String("de"))
            return QStringLiteral("Deutsch");
    }
    if (key == QLatin1String("ui/temperature_unit"))
        return choice == QLatin1String("F") ? QStringLiteral("°F") : QStringLiteral("°C");
    if (choice == QLatin1String("auto"))
        return QCoreApplication::translate("SettingsLabels", "automatic");
    if (choice == QLatin1String("simulated"))
        return QCoreApplication::translate("SettingsLabels", "simulated");
    if (choice == QLatin1String("sensehat"))
        return QStringLiteral("Sense HAT");
    if (key == QLatin1String("camera/rotation") || key == QLatin1String("ui/rotation"))
        return choice + QStringLiteral("°");
    return choice;
}

QString allowed(const SettingsSchema::Spec &spec)
{
    using SettingsSchema::Type;
    switch (spec.type) {
    case Type::Bool:
        return QCoreApplication::translate("SettingsLabels", "true or false");
    case Type::Integer:
    case Type::Real: {
        const QString range =
            (spec.type == Type::Integer
                 ? QCoreApplication::translate("SettingsLabels", "an integer from %1 to %2")
                 : QCoreApplication::translate("SettingsLabels", "a number from %1 to %2"))
                .arg(QString::number(spec.minimum, 'g', 10),
                     QString::number(spec.maximum, 'g', 10));
        return spec.unit.isEmpty() ? range
                                   : range + QLatin1Char(' ') + translated(Units, spec.unit);
    }
    case Type::Choice:
        return QCoreApplication::translate("SettingsLabels", "one of %1")
            .arg(spec.choices.join(QStringLiteral(", ")));
    case Type::Text:
        return translated(TextRules, spec.allowed);
    }
    return spec.allowed;
}

QString refusal(const SettingsSchema::Spec &spec, const QString &rawText)
{
    // The value is shown as in every other message: masked and escaped.
    const QString shown = spec.secret
                              ? QCoreApplication::translate("SettingsLabels", "the value given")
                              : Redact::quotedValue(rawText);
    if (const qsizetype at = Redact::firstControl(rawText); at >= 0) {
        const QString which =
            spec.secret ? QCoreApplication::translate("SettingsLabels", "a control character")
                        : QCoreApplication::translate("SettingsLabels", "control character %1")
                              .arg(Redact::escaped(rawText.at(at)));
        return QCoreApplication::translate("SettingsLabels",
                                           "%1: %2 is not allowed (%3); expected %4")
            .arg(spec.key, shown, which, allowed(spec));
    }
    const SettingsSchema::Detail detail = spec.type == SettingsSchema::Type::Text && spec.explain
                                              ? spec.explain(rawText)
                                              : SettingsSchema::Detail();
    // A value the plain rule refuses gets no detail, as in SettingsSchema::parse.
    const bool plainRefusal = spec.accepts && !spec.accepts(rawText);
    if (!detail.isEmpty() && !plainRefusal)
        return QCoreApplication::translate("SettingsLabels",
                                           "%1: %2 is not allowed: %3; expected %4")
            .arg(spec.key, shown, detail.withArgs(translated(DetailWords, detail.words)),
                 allowed(spec));
    return QCoreApplication::translate("SettingsLabels", "%1: %2 is not allowed; expected %3")
        .arg(spec.key, shown, allowed(spec));
}

} // namespace SettingsLabels
