// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// Test-only program: MqttService as a process, fed synthetic readings every
// mqtt/interval, so tests can SIGTERM, SIGKILL and restart it while the
// sensors service lives on another branch. Prints "published <ts>" for
// every reading it hands to the service.
//
// Usage: mqtt_service_runner --set group/key=value ... [--readings N]

#include "config/settings.h"
#include "mqtt/mqttservice.h"
#include "system/logging.h"
#include "system/unixsignals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

namespace {

SensorReading syntheticReading(int n)
{
    SensorReading r;
    r.timestampMs = QDateTime::currentMSecsSinceEpoch();
    r.set(SensorReading::TempHumidity, 23.46 + n * 0.01);
    r.set(SensorReading::TempPressure, 24.14);
    r.set(SensorReading::Humidity, 45.23);
    r.set(SensorReading::Pressure, 1013.254);
    r.set(SensorReading::Pitch, 2.34);
    r.set(SensorReading::Roll, 358.17);
    r.set(SensorReading::Yaw, 89.55);
    r.set(SensorReading::AccelX, 0.021);
    r.set(SensorReading::AccelY, -0.013);
    r.set(SensorReading::AccelZ, 0.981);
    r.set(SensorReading::CpuTemperature, 51.2);
    r.set(SensorReading::CompensatedTemperature, 21.87);
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("picam-kiosk"));
    QCoreApplication::setOrganizationName(QStringLiteral("picam-kiosk"));
    Logging::install();
    UnixSignals unixSignals;
    QObject::connect(&unixSignals, &UnixSignals::terminationRequested, &app,
                     [] { QCoreApplication::quit(); });

    Settings settings;
    int readings = -1; // unlimited
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--set")) {
            const auto problem = settings.override(args[i + 1]);
            if (!problem.message.isEmpty() && problem.isError()) {
                std::fprintf(stderr, "error: %s\n", qPrintable(problem.message));
                return 2;
            }
        } else if (args[i] == QLatin1String("--readings")) {
            readings = args[i + 1].toInt();
        }
    }

    MqttService service(settings);
    QObject::connect(&service, &Service::stateChanged, &app, [&service](Service::State) {
        std::printf("state %s %s\n", qPrintable(service.stateName()),
                    qPrintable(service.lastError()));
        std::fflush(stdout);
    });
    QTimer timer;
    int n = 0;
    QObject::connect(&timer, &QTimer::timeout, &app, [&] {
        if (readings >= 0 && n >= readings) {
            timer.stop();
            return;
        }
        const SensorReading r = syntheticReading(n++);
        service.publishReading(r);
        std::printf("published %lld\n", static_cast<long long>(r.timestampMs));
        std::fflush(stdout);
    });
    timer.start(int(settings.realValue(QStringLiteral("mqtt/interval")) * 1000));
    service.start();
    const int code = app.exec();
    service.stop();
    std::printf("stopped\n");
    return code;
}
