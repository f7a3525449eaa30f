// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// Cost of the sensor worker's hot path: one simulated motion sample plus one
// attitude filter update (what the sampler does 50 times a second), and the
// filter update alone. Prints figures; never part of the tests.
//   build/bin/bench_sensorfusion [samples]

#include "sensors/attitudefilter.h"
#include "sensors/simulatedsource.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    const int samples = argc > 1 ? std::max(1000, std::atoi(argv[1])) : 1000000;
    const double dt = 0.02;
    SimulatedSource source(1);
    AttitudeFilter filter;
    std::vector<MotionSample> recorded;
    recorded.reserve(size_t(samples));

    using Clock = std::chrono::steady_clock;
    auto start = Clock::now();
    for (int i = 0; i < samples; ++i)
        recorded.push_back(source.readMotion(i * dt));
    const double simulateNs =
        std::chrono::duration<double, std::nano>(Clock::now() - start).count() / samples;

    start = Clock::now();
    for (const MotionSample &m : recorded)
        filter.update(*m.accel, *m.gyro, m.mag, dt);
    const double filterNs =
        std::chrono::duration<double, std::nano>(Clock::now() - start).count() / samples;

    const auto a = filter.angles();
    std::printf("samples                  %d (%.0f simulated minutes at 50 Hz)\n", samples,
                samples * dt / 60);
    std::printf("simulated motion sample  %.0f ns\n", simulateNs);
    std::printf("attitude filter update   %.0f ns\n", filterNs);
    std::printf("CPU share at 50 Hz       %.4f %% of one core\n",
                (simulateNs + filterNs) * 50 / 1e9 * 100);
    std::printf("final pitch/roll/yaw     %.1f %.1f %.1f deg\n", a.pitch, a.roll, a.yaw);
    return 0;
}
