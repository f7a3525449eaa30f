// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "avinputsource.h"

#include "averror.h"
#include "framepool.h"
#include "system/logging.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavdevice/version.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

#include <QFile>

#include <dlfcn.h>

namespace {

// libavdevice drags in some sixty libraries (SDL, JACK, flite, libavfilter
// ...) that cost every run startup time and memory; only a webcam needs it,
// so it is loaded when one is opened. Returns false if it is not installed.
bool registerDevices()
{
    static const bool registered = [] {
        const QByteArray name = "libavdevice.so." + QByteArray::number(LIBAVDEVICE_VERSION_MAJOR);
        void *library = dlopen(name.constData(), RTLD_NOW | RTLD_LOCAL);
        if (!library)
            return false;
        auto registerAll = reinterpret_cast<void (*)()>(dlsym(library, "avdevice_register_all"));
        if (!registerAll)
            return false;
        registerAll();
        return true;
    }();
    return registered;
}

} // namespace

AvInputSource::AvInputSource(Kind kind, const QString &path)
    : m_kind(kind)
    , m_path(path)
{}

AvInputSource::~AvInputSource()
{
    stop();
}

int AvInputSource::interrupted(void *opaque)
{
    return static_cast<AvInputSource *>(opaque)->m_stopping.load() ? 1 : 0;
}

bool AvInputSource::probeDevice(const QString &path)
{
    AvInputSource probe(Kind::V4l2, path);
    const bool ok = probe.open();
    probe.close();
    return ok;
}

bool AvInputSource::start(const Format &format, FrameCallback onFrame, ErrorCallback onError)
{
    stop();
    m_format = format;
    m_onFrame = std::move(onFrame);
    m_onError = std::move(onError);
    m_stopping = false;
    if (!open())
        return false;
    m_pacer = std::make_unique<FramePacer>(format.fps);
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(m_kind == Kind::File ? QStringLiteral("file source")
                                                 : QStringLiteral("v4l2 source"));
    m_thread->start();
    return true;
}

void AvInputSource::stop()
{
    if (m_thread) {
        m_stopping = true;
        m_pacer->cancel();
        m_thread->wait();
        m_thread.reset();
    }
    close();
}

QString AvInputSource::description() const
{
    return (m_kind == Kind::File ? QStringLiteral("file %1") : QStringLiteral("V4L2 device %1"))
               .arg(m_path) +
           (m_streamInfo.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_streamInfo));
}

bool AvInputSource::open()
{
    const QByteArray path = QFile::encodeName(m_path);
    const AVInputFormat *inputFormat = nullptr;
    AVDictionary *options = nullptr;
    if (m_kind == Kind::V4l2) {
        inputFormat = registerDevices() ? av_find_input_format("video4linux2") : nullptr;
        if (!inputFormat)
            return fail(Failure::Other,
                        QStringLiteral("cannot use V4L2 device %1: libavdevice with V4L2 input is "
                                       "not installed")
                            .arg(m_path));
        av_dict_set(&options, "video_size",
                    qPrintable(QStringLiteral("%1x%2").arg(m_format.width).arg(m_format.height)),
                    0);
        av_dict_set(&options, "framerate", QByteArray::number(m_format.fps).constData(), 0);
    } else if (!QFile::exists(m_path)) {
        return fail(Failure::NotFound, QStringLiteral("video file %1 does not exist").arg(m_path));
    }

    m_input = avformat_alloc_context();
    m_input->interrupt_callback = {&AvInputSource::interrupted, this};
    int ret = avformat_open_input(&m_input, path.constData(), inputFormat, &options);
    av_dict_free(&options);
    if (ret < 0) {
        m_input = nullptr;
        const Failure failure = ret == AVERROR(EBUSY)    ? Failure::Busy
                                : ret == AVERROR(ENOENT) ? Failure::NotFound
                                                         : Failure::Other;
        const QString what = m_kind == Kind::V4l2
                                 ? (ret == AVERROR(EBUSY)
                                        ? QStringLiteral("camera busy: another program is using %1")
                                        : QStringLiteral("cannot open V4L2 device %1"))
                                 : QStringLiteral("cannot open video file %1");
        return fail(failure, what.arg(m_path) + QStringLiteral(": ") + AvError::text(ret));
    }
    if ((ret = avformat_find_stream_info(m_input, nullptr)) < 0) {
        close();
        return fail(Failure::Other,
                    QStringLiteral("cannot read %1: %2").arg(m_path, AvError::text(ret)));
    }
    const AVCodec *codec = nullptr;
    m_streamIndex = av_find_best_stream(m_input, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (m_streamIndex < 0 || !codec) {
        close();
        return fail(Failure::Other,
                    QStringLiteral("%1 has no video FFmpeg can decode").arg(m_path));
    }
    m_decoder = avcodec_alloc_context3(codec);
    avcodec_parameters_to_context(m_decoder, m_input->streams[m_streamIndex]->codecpar);
    if ((ret = avcodec_open2(m_decoder, codec, nullptr)) < 0) {
        close();
        return fail(
            Failure::Other,
            QStringLiteral("cannot decode the video of %1: %2").arg(m_path, AvError::text(ret)));
    }
    m_streamInfo = QStringLiteral("%1 %2x%3 %4")
                       .arg(QLatin1String(codec->name))
                       .arg(m_decoder->width)
                       .arg(m_decoder->height)
                       .arg(QLatin1String(av_get_pix_fmt_name(m_decoder->pix_fmt)
                                              ? av_get_pix_fmt_name(m_decoder->pix_fmt)
                                              : "?"));
    return true;
}

void AvInputSource::close()
{
    avcodec_free_context(&m_decoder);
    if (m_input)
        avformat_close_input(&m_input);
    sws_freeContext(m_scaler);
    m_scaler = nullptr;
    m_pool.reset();
}

bool AvInputSource::rewind()
{
    avcodec_flush_buffers(m_decoder);
    if (av_seek_frame(m_input, m_streamIndex, 0, AVSEEK_FLAG_BACKWARD) >= 0)
        return true;
    // Some inputs cannot seek: open the file again.
    close();
    return open();
}

void AvInputSource::run()
{
    AVPacket *packet = av_packet_alloc();
    AVFrame *decoded = av_frame_alloc();
    bool draining = false;
    QString failure;
    while (!m_stopping) {
        int ret = 0;
        if (!draining) {
            ret = av_read_frame(m_input, packet);
            if (ret == AVERROR_EOF && m_kind == Kind::File) {
                draining = true;
                avcodec_send_packet(m_decoder, nullptr);
            } else if (ret < 0) {
                if (!m_stopping)
                    failure = QStringLiteral("%1 stopped delivering: %2")
                                  .arg(description(), AvError::text(ret));
                break;
            } else {
                if (packet->stream_index == m_streamIndex)
                    ret = avcodec_send_packet(m_decoder, packet);
                av_packet_unref(packet);
            }
        }
        while ((ret = avcodec_receive_frame(m_decoder, decoded)) >= 0) {
            const bool ok = deliver(decoded);
            av_frame_unref(decoded);
            if (!ok)
                break;
        }
        if (ret == AVERROR_EOF && draining) {
            draining = false;
            if (!rewind()) {
                failure = error();
                break;
            }
            qCDebug(lcVideo).noquote() << "looping" << m_path;
        }
    }
    av_frame_free(&decoded);
    av_packet_free(&packet);
    if (!failure.isEmpty() && !m_stopping && m_onError)
        m_onError(failure);
}

bool AvInputSource::deliver(AVFrame *decoded)
{
    if (m_kind == Kind::File && !m_pacer->waitForNextTick())
        return false;
    const AVPixelFormat format = AVPixelFormat(decoded->format);
    Frame frame;
    if (format == AV_PIX_FMT_YUV420P || format == AV_PIX_FMT_YUVJ420P) {
        // Already I420: share the decoder's buffer instead of copying it.
        AVFrame *ref = av_frame_clone(decoded);
        if (!ref)
            return true;
        frame = Frame::wrap(ref->width, ref->height, {ref->data[0], ref->data[1], ref->data[2]},
                            {ref->linesize[0], ref->linesize[1], ref->linesize[2]},
                            [ref]() mutable { av_frame_free(&ref); });
    } else {
        if (!m_pool || m_pool->width() != decoded->width || m_pool->height() != decoded->height)
            m_pool = std::make_unique<FramePool>(decoded->width & ~1, decoded->height & ~1);
        m_scaler = sws_getCachedContext(m_scaler, decoded->width, decoded->height, format,
                                        m_pool->width(), m_pool->height(), AV_PIX_FMT_YUV420P,
                                        SWS_BILINEAR, nullptr, nullptr, nullptr);
        frame = m_pool->take();
        if (!m_scaler || frame.isNull())
            return true;
        uint8_t *dst[4] = {frame.mutablePlane(0), frame.mutablePlane(1), frame.mutablePlane(2),
                           nullptr};
        int dstStride[4] = {frame.stride(0), frame.stride(1), frame.stride(2), 0};
        sws_scale(m_scaler, decoded->data, decoded->linesize, 0, decoded->height, dst, dstStride);
    }
    frame.setSequence(m_sequence++);
    frame.setTimestampNs(Frame::monotonicNowNs());
    m_onFrame(frame);
    return true;
}
