// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// Cost of motion detection per analysed frame (bench/motion runs this).
// Frames of a synthetic room (tests/support/motionscene.*) with sensor noise
// and a square crossing it are drawn once, before anything is timed, and
// cycled (each frame is read from memory, as a camera's buffer would be).
//
// 1. The detector's path alone, on this thread: LumaDownscaler (the part on
//    the capture thread) and MotionDetector::analyse (the service's
//    thread), thread CPU time per analysed frame.
// 2. The whole "motion" service in real time: frames delivered at the
//    camera's rate to MotionService::consumeFrame for --seconds, with
//    detection on and then off; the process's CPU time (every thread)
//    during each run, and the difference per analysed frame.
//
//   build/bin/motion_bench [--size 1280x720] [--frames 600] [--seconds 20]
//                          [--camera-fps 30] [--fps 5]

#include "config/settings.h"
#include "motion/lumadownscaler.h"
#include "motion/motiondetector.h"
#include "motion/motionservice.h"
#include "motionscene.h"
#include "video/frame.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <sys/resource.h>
#include <vector>

using TestSupport::MotionScene;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double processCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (double(u.ru_utime.tv_sec) + double(u.ru_stime.tv_sec)) * 1e3 +
           (double(u.ru_utime.tv_usec) + double(u.ru_stime.tv_usec)) / 1e3;
}

struct Options
{
    int width = 1280;
    int height = 720;
    int frames = 600;
    int seconds = 20;
    int cameraFps = 30;
    int fps = 5;
};

bool parse(int argc, char *argv[], Options &o)
{
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (!std::strcmp(argv[i], "--size") && hasValue) {
            if (std::sscanf(argv[++i], "%dx%d", &o.width, &o.height) != 2)
                return false;
        } else if (!std::strcmp(argv[i], "--frames") && hasValue) {
            o.frames = std::atoi(argv[++i]);
        } else if (!std::strcmp(argv[i], "--seconds") && hasValue) {
            o.seconds = std::atoi(argv[++i]);
        } else if (!std::strcmp(argv[i], "--camera-fps") && hasValue) {
            o.cameraFps = std::atoi(argv[++i]);
        } else if (!std::strcmp(argv[i], "--fps") && hasValue) {
            o.fps = std::atoi(argv[++i]);
        } else {
            return false;
        }
    }
    return o.width >= 16 && o.height >= 16 && o.frames >= 10 && o.seconds >= 1 &&
           o.cameraFps >= 1 && o.fps >= 1 && o.fps <= 15;
}

// Distinct frames: noise (sigma 3 levels) everywhere, a square crossing the
// room twice in the cycle.
std::vector<Frame> drawFrames(const Options &o, int count)
{
    std::vector<Frame> frames;
    frames.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        Frame f = Frame::allocate(o.width, o.height);
        MotionScene s;
        s.noiseSigma = 3;
        s.noiseSeed = quint32(i + 1);
        const double progress = double(i % (count / 2)) / (count / 2);
        if (progress > 0.1 && progress < 0.9)
            s.square = MotionScene::squareOnPath((progress - 0.1) / 0.8, 0.5);
        s.draw(f.mutablePlane(0), f.stride(0), f.width(), f.height());
        for (int p = 1; p < Frame::PlaneCount; ++p)
            for (int y = 0; y < f.planeHeight(p); ++y)
                std::memset(f.mutablePlane(p) + size_t(y) * size_t(f.stride(p)), 128,
                            size_t(f.planeWidth(p)));
        frames.push_back(f);
    }
    return frames;
}

// Frames at the camera's rate to the service for o.seconds; the process's
// CPU ms during the run.
double runService(MotionService &motion, std::vector<Frame> &frames, const Options &o)
{
    const qint64 periodNs = 1'000'000'000LL / o.cameraFps;
    const qint64 startNs = Frame::monotonicNowNs();
    const int total = o.seconds * o.cameraFps;
    int sent = 0;
    QEventLoop loop;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        // Every frame due by now (a late timer catches up, as a camera does not wait).
        const qint64 now = Frame::monotonicNowNs();
        while (sent < total && startNs + sent * periodNs <= now) {
            Frame &f = frames[size_t(sent) % frames.size()];
            f.setSequence(quint64(sent));
            f.setTimestampNs(startNs + sent * periodNs);
            motion.consumeFrame(f);
            ++sent;
        }
        if (sent == total)
            loop.quit();
    });
    const double before = processCpuMs();
    timer.start(int(1000 / o.cameraFps / 2));
    loop.exec();
    timer.stop();
    // What is still waiting for the detector.
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return processCpuMs() - before;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options o;
    if (!parse(argc, argv, o)) {
        std::fprintf(stderr, "usage: motion_bench [--size WxH] [--frames N] [--seconds S] "
                             "[--camera-fps N] [--fps 1..15]\n");
        return 2;
    }
    std::printf("frames %dx%d, drawing %d distinct ones (not timed) ...\n", o.width, o.height,
                std::min(o.frames, 120));
    std::fflush(stdout);
    std::vector<Frame> frames = drawFrames(o, std::min(o.frames, 120));

    // 1. The detector's path alone.
    MotionDetector::Config config;
    MotionDetector detector(config);
    LumaDownscaler downscaler;
    LumaImage picture;
    std::vector<double> downscaleMs, analyseMs;
    int events = 0;
    const qint64 periodMs = 1000 / o.fps;
    for (int i = 0; i < o.frames; ++i) {
        const Frame &f = frames[size_t(i) % frames.size()];
        const double t0 = threadCpuMs();
        downscaler.downscale(f.plane(0), f.stride(0), f.width(), f.height(), picture);
        const double t1 = threadCpuMs();
        const MotionDetector::Result r = detector.analyse(picture, i * periodMs);
        const double t2 = threadCpuMs();
        downscaleMs.push_back(t1 - t0);
        analyseMs.push_back(t2 - t1);
        events += r.started.has_value();
    }
    const auto mean = [](const std::vector<double> &v) {
        double s = 0;
        for (double x : v)
            s += x;
        return s / double(v.size());
    };
    const auto p99 = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, size_t(double(v.size()) * 0.99))];
    };
    const double d = mean(downscaleMs), a = mean(analyseMs);
    std::printf("\n1. detector path, %d analysed frames (%d events started), thread CPU time:\n",
                o.frames, events);
    std::printf("   downscale %dx%d -> %dx%d   %.3f ms (p99 %.3f)\n", o.width, o.height,
                picture.width, picture.height, d, p99(downscaleMs));
    std::printf("   analyse                         %.3f ms (p99 %.3f)\n", a, p99(analyseMs));
    std::printf("   per analysed frame              %.3f ms\n", d + a);
    std::printf("   at %d fps                        %.2f %% of one core\n", o.fps,
                (d + a) * o.fps / 10.0);

    // 2. The whole service in real time, on and off.
    Settings settings;
    settings.override(QStringLiteral("motion/fps=%1").arg(o.fps));
    MotionService motion(settings);
    motion.start();
    const quint64 analysedBefore = motion.framesAnalysed();
    const double onMs = runService(motion, frames, o);
    const quint64 analysed = motion.framesAnalysed() - analysedBefore;
    const quint64 dropped = motion.framesDropped();
    motion.setDetectionEnabled(false);
    const double offMs = runService(motion, frames, o);
    motion.stop();
    const double perFrame = analysed ? (onMs - offMs) / double(analysed) : 0;
    std::printf("\n2. the motion service, %d s of a %d fps camera each, process CPU time:\n",
                o.seconds, o.cameraFps);
    std::printf("   detection on    %.0f ms (%llu frames analysed, %llu dropped)\n", onMs,
                static_cast<unsigned long long>(analysed),
                static_cast<unsigned long long>(dropped));
    std::printf("   detection off   %.0f ms (the frame feeder alone)\n", offMs);
    std::printf("   per analysed frame  %.3f ms\n", perFrame);
    std::printf("   at %d fps            %.2f %% of one core\n", o.fps,
                (onMs - offMs) / (o.seconds * 10.0));
    return 0;
}
