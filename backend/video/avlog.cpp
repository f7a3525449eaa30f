// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "avlog.h"

#include "system/logging.h"
#include "system/redact.h"

extern "C" {
#include <libavutil/log.h>
}

#include <QByteArray>

#include <cstdio>
#include <cstring>
#include <mutex>

namespace {

thread_local int quietDepth = 0;

// The gallery's clip player (Qt Multimedia's FFmpeg backend) tries every
// hardware decoder FFmpeg was built with; the ones this machine lacks fail
// loudly (no libcuda, no VDPAU) and software decoding plays the clip. No
// hardware context is ever ours: the encoders are opened without one.
bool isHardwareProbe(void *avcl)
{
    const AVClass *avClass = avcl ? *static_cast<const AVClass *const *>(avcl) : nullptr;
    return avClass && avClass->class_name &&
           std::strcmp(avClass->class_name, "AVHWDeviceContext") == 0;
}

void forward(void *avcl, int level, const char *format, va_list args)
{
    if (level > av_log_get_level())
        return;
    // FFmpeg writes a line in pieces: collect per thread until the newline.
    thread_local QByteArray line;
    thread_local int prefix = 1;
    char buffer[1024];
    av_log_format_line2(avcl, level, format, args, buffer, sizeof buffer, &prefix);
    line += buffer;
    if (!line.endsWith('\n'))
        return;
    const QString text = Redact::credentialsInText(QString::fromUtf8(line).trimmed());
    line.clear();
    if (text.isEmpty())
        return;
    if (level <= AV_LOG_ERROR && quietDepth == 0 && !isHardwareProbe(avcl))
        qCWarning(lcStream).noquote() << "ffmpeg:" << text;
    else
        qCDebug(lcStream).noquote() << "ffmpeg:" << text;
}

} // namespace

namespace AvLog {

void install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        av_log_set_level(AV_LOG_WARNING);
        av_log_set_callback(&forward);
    });
}

QuietScope::QuietScope()
{
    ++quietDepth;
}

QuietScope::~QuietScope()
{
    --quietDepth;
}

} // namespace AvLog
