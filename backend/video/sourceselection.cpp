// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sourceselection.h"

#include "avinputsource.h"
#include "libcamerasource.h"
#include "testpatternsource.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <linux/videodev2.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace SourceSelection {

QStringList v4l2CaptureDevices()
{
    QStringList devices;
    QStringList nodes = QDir(QStringLiteral("/dev"))
                            .entryList({QStringLiteral("video*")}, QDir::System | QDir::Files);
    std::sort(nodes.begin(), nodes.end(), [](const QString &a, const QString &b) {
        return a.mid(5).toInt() < b.mid(5).toInt();
    });
    for (const QString &node : nodes) {
        const QString path = QStringLiteral("/dev/") + node;
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            continue;
        v4l2_capability caps{};
        if (::ioctl(fd, VIDIOC_QUERYCAP, &caps) == 0) {
            const quint32 c =
                (caps.capabilities & V4L2_CAP_DEVICE_CAPS) ? caps.device_caps : caps.capabilities;
            const bool capture = c & (V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_VIDEO_CAPTURE_MPLANE);
            const bool m2m = c & (V4L2_CAP_VIDEO_M2M | V4L2_CAP_VIDEO_M2M_MPLANE |
                                  V4L2_CAP_VIDEO_OUTPUT | V4L2_CAP_VIDEO_OUTPUT_MPLANE);
            if (capture && !m2m)
                devices << path;
        }
        ::close(fd);
    }
    return devices;
}

Choice choose(const QString &setting)
{
    Choice choice;
    if (setting == QLatin1String("testpattern")) {
        choice.source = std::make_unique<TestPatternSource>();
        choice.reason = QStringLiteral("camera/source is testpattern");
    } else if (setting == QLatin1String("libcamera")) {
        choice.source = std::make_unique<LibcameraSource>();
        choice.reason = QStringLiteral("camera/source is libcamera");
    } else if (setting.startsWith(QLatin1String("libcamera:"))) {
        choice.source = std::make_unique<LibcameraSource>(setting.mid(10));
        choice.reason =
            QStringLiteral("camera/source names libcamera camera %1").arg(setting.mid(10));
    } else if (setting.startsWith(QLatin1String("v4l2:"))) {
        choice.source = std::make_unique<AvInputSource>(AvInputSource::Kind::V4l2, setting.mid(5));
        choice.reason = QStringLiteral("camera/source names V4L2 device %1").arg(setting.mid(5));
    } else if (setting.startsWith(QLatin1String("file:"))) {
        choice.source = std::make_unique<AvInputSource>(AvInputSource::Kind::File, setting.mid(5));
        choice.reason = QStringLiteral("camera/source names file %1").arg(setting.mid(5));
    } else {
        const QStringList cameras = LibcameraSource::cameraIds();
        if (!cameras.isEmpty()) {
            choice.source = std::make_unique<LibcameraSource>();
            choice.reason = QStringLiteral("auto: libcamera found %1").arg(cameras.first());
            return choice;
        }
        const QStringList devices = v4l2CaptureDevices();
        if (!devices.isEmpty()) {
            choice.source =
                std::make_unique<AvInputSource>(AvInputSource::Kind::V4l2, devices.first());
            choice.reason = QStringLiteral("auto: libcamera found no camera; %1 is a V4L2 capture "
                                           "device")
                                .arg(devices.first());
            return choice;
        }
        choice.source = std::make_unique<TestPatternSource>();
        choice.reason = QStringLiteral("auto: libcamera found no camera and there is no V4L2 "
                                       "capture device, so the test pattern");
    }
    return choice;
}

} // namespace SourceSelection
