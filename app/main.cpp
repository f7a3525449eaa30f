// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// Composition root: builds the settings, the services and (unless headless)
// the kiosk screen, wires them together and runs the event loop.

#include "commandline.h"
#include "config/settings.h"
#include "events/eventservice.h"
#include "events/motionlink.h"
#include "events/remotecontrol.h"
#include "kioskuiloader.h"
#include "kioskuimodule.h"
#include "motion/motionservice.h"
#include "mqtt/mqttservice.h"
#include "privatememory.h"
#include "recording/packetinbox.h"
#include "recording/recordingservice.h"
#include "screenchoice.h"
#include "sensors/sensorservice.h"
#include "sensors/tamperservice.h"
#include "system/logging.h"
#include "system/redact.h"
#include "system/supervisor.h"
#include "system/systemdnotifier.h"
#include "system/unixsignals.h"
#include "utf8locale.h"
#include "version.h"
#include "video/captureservice.h"
#include "video/capturewiring.h"
#include "video/previewbridge.h"
#include "video/snapshotgrabber.h"
#include "video/streamservice.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcessEnvironment>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

// Every problem of the settings file and of the --set overrides.
struct Configuration
{
    QList<Settings::Problem> fromFile;
    QList<Settings::Problem> fromArguments;

    QList<Settings::Problem> all() const { return fromFile + fromArguments; }
    bool invalid() const
    {
        const auto all = this->all();
        return std::any_of(all.cbegin(), all.cend(), [](const auto &p) { return p.isError(); });
    }
    // The keys whose values in the file were refused; they run on their
    // defaults. Empty when a problem cannot be fixed on the screen: a file
    // that is not INI text at all (saving over it from the panel would lose
    // whatever it holds) or a bad --set (the command line's own mistake).
    QStringList keysOnDefaults() const
    {
        QStringList keys;
        for (const auto &p : fromArguments)
            if (p.isError())
                return {};
        for (const auto &p : fromFile) {
            if (!p.isError())
                continue;
            if (p.key.isEmpty())
                return {};
            keys << p.key;
        }
        return keys;
    }
};

// Applies the settings file and the --set overrides.
Configuration configure(Settings &settings, const CommandLine &cli)
{
    Configuration found;
    const QString path = cli.configFile.isEmpty() ? Settings::defaultPath() : cli.configFile;
    if (cli.configFile.isEmpty() && !QFileInfo::exists(path)) {
        settings.setPath(path);
        qCInfo(lcConfig).noquote() << "no settings file at" << path << "- using the defaults";
    } else {
        found.fromFile = settings.loadFile(path);
    }
    for (const QString &assignment : cli.overrides) {
        const Settings::Problem p = settings.override(assignment);
        if (!p.message.isEmpty())
            found.fromArguments << p;
    }
    return found;
}

void printProblems(const QList<Settings::Problem> &problems)
{
    // The messages are built masked and escaped (Redact::quotedValue); this
    // is the last line of defence that keeps each problem on one line of its
    // own whatever a future message forgets.
    for (const auto &p : problems)
        std::fprintf(stderr, "%s: %s\n", p.isError() ? "error" : "warning",
                     qPrintable(Redact::credentialsInText(Redact::escapeControl(p.message))));
}

// Where the screen would go; nowhere when the arguments need none.
ScreenChoice chooseScreen(int argc, char **argv)
{
    if (CommandLine::needsNoDisplay(argc, argv))
        return {ScreenChoice::NoScreen, QStringLiteral("not needed")};
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return ScreenChoice::detect(QProcessEnvironment::systemEnvironment(), arguments);
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv,
                                                  const ScreenChoice &screen)
{
    if (screen.kind == ScreenChoice::NoScreen)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (screen.kind == ScreenChoice::Console)
        qputenv("QT_QPA_PLATFORM", "eglfs");
    // The touchscreen has no keyboard: text entry through Qt Virtual Keyboard.
    if (!qEnvironmentVariableIsSet("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything reads a password: no core dump, no /proc/PID/mem.
    const QString memoryNotPrivate = keepMemoryPrivate();
    ensureUtf8Locale();
    const ScreenChoice screen = chooseScreen(argc, argv);
    const auto app = makeApplication(argc, argv, screen);
    QCoreApplication::setApplicationName(QStringLiteral(PICAM_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(PICAM_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral(PICAM_NAME));

    Logging::install();
    if (!memoryNotPrivate.isEmpty())
        qCWarning(lcSystem).noquote() << "memory not kept private:" << memoryNotPrivate;
    // Before anything slow, so an early SIGTERM still ends in an orderly way.
    UnixSignals unixSignals;
    QObject::connect(&unixSignals, &UnixSignals::terminationRequested, app.get(), [](int signal) {
        qCInfo(lcSystem) << "signal" << signal << "received, shutting down";
        QCoreApplication::quit();
    });

    CommandLine cli;
    if (const int exitCode = cli.parse(*app); exitCode >= 0)
        return exitCode;

    Settings settings;
    const Configuration configuration = configure(settings, cli);
    const bool invalid = configuration.invalid();
    printProblems(configuration.all());
    if (cli.checkConfig) {
        std::printf("%s: %s\n", qPrintable(Redact::escapeControl(settings.path())),
                    invalid ? "invalid settings" : "settings are valid");
        return invalid ? CommandLine::Usage : CommandLine::Ok;
    }
    if (invalid && cli.printConfig)
        return CommandLine::Usage;
    if (cli.printConfig) {
        std::fputs(qPrintable(settings.toIni(true)), stdout);
        return CommandLine::Ok;
    }

    if (!cli.headless && screen.kind == ScreenChoice::NoScreen) {
        if (cli.windowed) {
            qCCritical(lcUi).noquote() << "--windowed needs a screen:" << screen.reason;
            return CommandLine::Fatal;
        }
        qCWarning(lcUi).noquote() << "no screen to show the kiosk on (" + screen.reason +
                                         "): running headless";
        cli.headless = true;
    } else if (screen.kind == ScreenChoice::Console) {
        qCInfo(lcUi).noquote() << "kiosk on the console through eglfs (" + screen.reason + ")";
    }

    // A service refuses bad settings (systemd shows the reason and does not
    // run on values nobody chose). The kiosk is where a person can fix them:
    // it starts on the defaults for the bad keys and opens the settings
    // panel on them.
    const QStringList keysOnDefaults = configuration.keysOnDefaults();
    if (invalid && (cli.headless || keysOnDefaults.isEmpty()))
        return CommandLine::Usage;
    if (invalid)
        qCWarning(lcConfig).noquote()
            << "invalid settings: " + keysOnDefaults.join(QStringLiteral(", ")) +
                   " use their defaults until fixed in the settings panel";

    qCInfo(lcSystem).noquote() << PICAM_NAME << PICAM_VERSION << "starting"
                               << (cli.headless ? "headless" : "with the kiosk screen");

    // The stream encoder leaves its packets here for the recorder; it
    // outlives both (declared before the supervisor that owns them).
    PacketInbox packetInbox;
    Supervisor supervisor;

    // One capture feeds every consumer, on the source's thread: the preview
    // (only with a screen), the stream and motion detection.
    auto *capture = new CaptureService(settings);
    supervisor.addService(capture);
    std::unique_ptr<PreviewBridge> preview;
    if (!cli.headless) {
        preview = std::make_unique<PreviewBridge>();
        preview->setMaximumFps(settings.intValue(QStringLiteral("camera/framerate")));
    }

    auto *stream = new StreamService(settings);
    stream->setPacketTap(&packetInbox);
    supervisor.addService(stream);
    CaptureWiring::connect(*capture, preview.get(), *stream);

    // Motion detection on the same frames, headless or not: it shrinks the
    // luma plane of a frame now and then and keeps none.
    auto *motion = new MotionService(settings);
    supervisor.addService(motion);
    CaptureWiring::connectMotion(*capture, *motion);

    auto *sensors = new SensorService(settings);
    supervisor.addService(sensors);
    QObject::connect(sensors, &SensorService::readingReady, sensors, [](const SensorReading &r) {
        if (!lcSensors().isDebugEnabled())
            return;
        QStringList parts;
        for (int f = 0; f < SensorReading::FieldCount; ++f) {
            const auto v = r.rounded(SensorReading::Field(f));
            parts << QStringLiteral("%1=%2").arg(
                QLatin1String(SensorReading::info(SensorReading::Field(f)).name),
                v ? QString::number(*v) : QStringLiteral("-"));
        }
        qCDebug(lcSensors).noquote()
            << "reading ts=" + QString::number(r.timestampMs) << parts.join(QLatin1Char(' '));
    });
    QObject::connect(sensors, &SensorService::sourceDescriptionChanged, sensors,
                     [](const QString &d) { qCInfo(lcSensors).noquote() << "sensors:" << d; });

    auto *mqtt = new MqttService(settings);
    supervisor.addService(mqtt);
    QObject::connect(sensors, &SensorService::readingReady, mqtt, &MqttService::publishReading);
    QObject::connect(stream, &StreamService::statsChanged, mqtt, &MqttService::publishStreamStats);

    // The guardian: tamper from the Sense HAT's motion samples, motion from
    // the motion detector (through MotionLink), each an event with a
    // snapshot from the capture, logged and published; commands from MQTT.
    auto *tamper = new TamperService(settings);
    supervisor.addService(tamper);
    QObject::connect(sensors, &SensorService::attitudeSampled, tamper, &TamperService::addSample);
    SnapshotGrabber snapshots;
    CaptureWiring::connectSnapshots(*capture, snapshots);
    auto *events = new EventService(settings, &snapshots);
    supervisor.addService(events);
    // Clips of the events from the stream encoder's packets (no second
    // encode); the encoder runs while recording is on, streaming or not.
    auto *recording = new RecordingService(settings, packetInbox);
    supervisor.addService(recording);
    QObject::connect(recording, &RecordingService::encodingWantedChanged, stream,
                     &StreamService::setEncodingWanted);
    events->setClipNaming([recording](const Event &e) { return recording->clipName(e); });
    QObject::connect(events, &EventService::eventStarted, recording,
                     &RecordingService::onEventStarted);
    QObject::connect(events, &EventService::eventEnded, recording, &RecordingService::onEventEnded);
    MotionLink motionLink;
    motionLink.attach(*motion);
    QObject::connect(&motionLink, &MotionLink::motionStarted, events, &EventService::startMotion);
    QObject::connect(&motionLink, &MotionLink::motionEnded, events, &EventService::endMotion);
    // The detection switch lives in the events service (the screen, MQTT and
    // motion/enabled set it there); the detector follows it.
    QObject::connect(events, &EventService::detectionEnabledChanged, &motionLink,
                     &MotionLink::setDetectionEnabled);
    motionLink.setDetectionEnabled(events->detectionEnabled());
    QObject::connect(tamper, &TamperService::tamperStarted, events, &EventService::startTamper);
    QObject::connect(tamper, &TamperService::tamperEnded, events, &EventService::endTamper);
    QObject::connect(events, &EventService::eventStarted, mqtt, &MqttService::publishEventStarted);
    QObject::connect(events, &EventService::eventEnded, mqtt, &MqttService::publishEventEnded);
    QObject::connect(events, &EventService::snapshotReady, mqtt, &MqttService::publishSnapshot);
    QObject::connect(events, &EventService::snapshotFailed, mqtt,
                     &MqttService::publishSnapshotFailed);
    RemoteControl::connect(RemoteControl(settings, *stream, *events), *mqtt);

    SystemdNotifier systemd;

    std::unique_ptr<KioskUi> kiosk;
    if (!cli.headless) {
        KioskUiModule *module = loadKioskUiModule();
        PreviewBridge *const bridge = preview.get();
        const KioskServices shown{
            settings, supervisor, *sensors, *stream,    *mqtt,
            bridge,   motion,     *events,  *recording, configuration.fromFile};
        if (module)
            kiosk = module->show(shown, cli.windowed);
        if (!kiosk)
            return CommandLine::Fatal;
    }

    supervisor.startAll();
    systemd.notifyReady();
    const int exitCode = app->exec();

    systemd.notifyStopping();
    kiosk.reset();
    supervisor.stopAll();
    qCInfo(lcSystem) << "stopped";
    return exitCode;
}
