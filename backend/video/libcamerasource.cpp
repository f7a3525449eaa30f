// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// libcamera's headers first: they use "slots" and "emit" as names, which
// Qt's keyword macros would replace.
#include <libcamera/camera.h>
#include <libcamera/camera_manager.h>
#include <libcamera/color_space.h>
#include <libcamera/control_ids.h>
#include <libcamera/formats.h>
#include <libcamera/framebuffer_allocator.h>
#include <libcamera/property_ids.h>
#include <libcamera/request.h>
#include <libcamera/stream.h>
#include <libcamera/version.h>

// 0.2 replaced CameraConfiguration::transform with orientation.
#if LIBCAMERA_VERSION_MAJOR > 0 || LIBCAMERA_VERSION_MINOR >= 2
#define PICAM_LIBCAMERA_HAS_ORIENTATION 1
#include <libcamera/orientation.h>
#else
#define PICAM_LIBCAMERA_HAS_ORIENTATION 0
#include <libcamera/transform.h>
#endif

#include "framepool.h"
#include "libcameraplanes.h"
#include "libcamerasource.h"
#include "system/logging.h"

extern "C" {
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <linux/dma-buf.h>
#include <map>
#include <string_view>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace libcamera;

// One camera buffer as the CPU reads it: where its planes start, and its
// dmabufs (our own duplicates of libcamera's fds, valid as long as a frame in
// flight may need them for DMA_BUF_IOCTL_SYNC).
struct LibcameraSource::MappedBuffer
{
    std::array<const uint8_t *, Frame::PlaneCount> planes{};
    std::vector<int> dmabufs;
};

// What frames in flight share with the source: the mapped memory and the
// dmabuf fds (released when the last frame and the source are gone) and the
// requests, which a released frame queues again only while the camera is
// running.
struct LibcameraSource::Shared
{
    std::mutex mutex;
    bool running = false;
    std::shared_ptr<Camera> camera;
    std::vector<std::unique_ptr<Request>> requests;
    std::vector<std::pair<void *, size_t>> mappings;
    std::vector<int> ownFds;
    std::map<const FrameBuffer *, MappedBuffer> buffers;
    unsigned int stride = 0;
    // Only when the camera refuses YUV420: what it gives, converted once.
    AVPixelFormat convertFrom = AV_PIX_FMT_NONE;
    SwsContext *scaler = nullptr;
    std::unique_ptr<FramePool> pool;
    // Completed requests without a usable frame (libcamera's thread only).
    quint64 skipped = 0;
    qint64 nextSkipLogNs = 0;

    ~Shared()
    {
        sws_freeContext(scaler);
        for (const auto &[address, length] : mappings)
            munmap(address, length);
        for (const int fd : ownFds)
            close(fd);
    }

    // Queues a request again while the camera runs (any thread).
    void requeue(Request *request)
    {
        std::lock_guard lock(mutex);
        if (!running)
            return;
        request->reuse(Request::ReuseBuffers);
        camera->queueRequest(request);
    }
};

namespace {

// libcamera allows one CameraManager per process: every user shares it.
std::shared_ptr<CameraManager> sharedManager(int *error)
{
    static std::mutex mutex;
    static std::weak_ptr<CameraManager> weak;
    std::lock_guard lock(mutex);
    if (auto manager = weak.lock())
        return manager;
    auto manager = std::shared_ptr<CameraManager>(new CameraManager, [](CameraManager *m) {
        m->stop();
        delete m;
    });
    *error = manager->start();
    if (*error < 0)
        return {};
    weak = manager;
    return manager;
}

// Formats the Pi ISPs offer besides YUV420, as FFmpeg names them (libcamera's
// names are DRM fourccs: XRGB8888 is B,G,R,X in memory, RGB888 is B,G,R).
AVPixelFormat ffmpegFormat(const PixelFormat &format)
{
    if (format == formats::NV12)
        return AV_PIX_FMT_NV12;
    if (format == formats::NV21)
        return AV_PIX_FMT_NV21;
    if (format == formats::YUYV)
        return AV_PIX_FMT_YUYV422;
    if (format == formats::UYVY)
        return AV_PIX_FMT_UYVY422;
    if (format == formats::XRGB8888)
        return AV_PIX_FMT_BGR0;
    if (format == formats::XBGR8888)
        return AV_PIX_FMT_RGB0;
    if (format == formats::RGB888)
        return AV_PIX_FMT_BGR24;
    if (format == formats::BGR888)
        return AV_PIX_FMT_RGB24;
    return AV_PIX_FMT_NONE;
}

// String controls and properties are std::string up to 0.5 and
// std::string_view from 0.6 on ("Expose string controls as std::string_view");
// both convert to std::string_view, so one function reads either.
QString fromControlString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Brackets CPU reads of a camera buffer (START before, END after), as the
// kernel's dma-buf rules ask: without it a CPU with a stale cache line may read
// an older frame's bytes. Failures are logged (at most every 10 s), not fatal.
void syncDmabufs(const std::vector<int> &fds, uint64_t flags)
{
    static std::atomic<qint64> nextLogNs{0};
    for (const int fd : fds) {
        dma_buf_sync sync{};
        sync.flags = flags;
        int ret;
        do {
            ret = ioctl(fd, DMA_BUF_IOCTL_SYNC, &sync);
        } while (ret < 0 && (errno == EINTR || errno == EAGAIN));
        if (ret < 0) {
            const int error = errno;
            const qint64 now = Frame::monotonicNowNs();
            qint64 next = nextLogNs.load();
            if (now >= next && nextLogNs.compare_exchange_strong(next, now + 10'000'000'000))
                qCWarning(lcVideo).noquote()
                    << "DMA_BUF_IOCTL_SYNC failed:" << QString::fromLocal8Bit(strerror(error));
        }
    }
}

const char *statusName(FrameMetadata::Status status)
{
    switch (status) {
    case FrameMetadata::FrameSuccess:
        return "success";
    case FrameMetadata::FrameError:
        return "frame error";
    case FrameMetadata::FrameCancelled:
        return "frame cancelled";
    default: // FrameStartup (Raspberry Pi fork) and any later addition
        return "frame not ready";
    }
}

QString cameraName(const std::shared_ptr<Camera> &camera)
{
    const auto model = camera->properties().get(properties::Model);
    return model ? fromControlString(*model) : QString::fromStdString(camera->id());
}

} // namespace

LibcameraSource::LibcameraSource(const QString &cameraId)
    : m_cameraId(cameraId)
{}

LibcameraSource::~LibcameraSource()
{
    stop();
}

QStringList LibcameraSource::cameraIds()
{
    int error = 0;
    const auto manager = sharedManager(&error);
    QStringList ids;
    if (!manager)
        return ids;
    for (const auto &camera : manager->cameras())
        ids << QString::fromStdString(camera->id());
    return ids;
}

QString LibcameraSource::description() const
{
    return m_description.isEmpty() ? QStringLiteral("libcamera") : m_description;
}

bool LibcameraSource::start(const Format &format, FrameCallback onFrame, ErrorCallback)
{
    stop();
    m_format = format;
    m_onFrame = std::move(onFrame);

    int ret = 0;
    m_manager = sharedManager(&ret);
    if (!m_manager)
        return fail(Failure::Other, QStringLiteral("libcamera did not start: %1")
                                        .arg(QString::fromLocal8Bit(strerror(-ret))));
    const auto cameras = m_manager->cameras();
    if (cameras.empty()) {
        m_manager.reset();
        return fail(Failure::NotFound,
                    QStringLiteral("no camera: libcamera found none (check the ribbon cable and "
                                   "that the camera is enabled)"));
    }
    if (m_cameraId.isEmpty()) {
        m_camera = cameras.front();
    } else {
        m_camera = m_manager->get(m_cameraId.toStdString());
        if (!m_camera) {
            QStringList ids;
            for (const auto &c : cameras)
                ids << QString::fromStdString(c->id());
            m_manager.reset();
            return fail(Failure::NotFound, QStringLiteral("no camera with id %1 (found: %2)")
                                               .arg(m_cameraId, ids.join(QStringLiteral(", "))));
        }
    }
    const QString name = cameraName(m_camera);

    ret = m_camera->acquire();
    if (ret < 0) {
        const bool busy = ret == -EBUSY;
        stop();
        return fail(busy ? Failure::Busy : Failure::Other,
                    busy ? QStringLiteral("camera busy: another program is using %1").arg(name)
                         : QStringLiteral("cannot acquire camera %1: %2")
                               .arg(name, QString::fromLocal8Bit(strerror(-ret))));
    }
    m_acquired = true;

    std::unique_ptr<CameraConfiguration> config =
        m_camera->generateConfiguration({StreamRole::VideoRecording});
    if (!config || config->size() != 1) {
        stop();
        return fail(Failure::Other,
                    QStringLiteral("camera %1 offers no video configuration").arg(name));
    }
    StreamConfiguration &cfg = config->at(0);
    cfg.pixelFormat = formats::YUV420;
    cfg.size = Size(unsigned(format.width), unsigned(format.height));
    cfg.bufferCount = RequestedBuffers;
    cfg.colorSpace = format.height >= 720 ? ColorSpace::Rec709 : ColorSpace::Smpte170m;
    if (format.rotation == 180) {
#if PICAM_LIBCAMERA_HAS_ORIENTATION
        config->orientation = Orientation::Rotate180;
#else
        config->transform = Transform::Rot180;
#endif
    }
    const CameraConfiguration::Status status = config->validate();
    if (status == CameraConfiguration::Invalid) {
        stop();
        return fail(Failure::Other, QStringLiteral("camera %1 refuses %2x%3 YUV420")
                                        .arg(name)
                                        .arg(format.width)
                                        .arg(format.height));
    }
    if (status == CameraConfiguration::Adjusted)
        qCInfo(lcVideo).noquote() << "camera adjusted the configuration to"
                                  << QString::fromStdString(cfg.toString());
    AVPixelFormat convertFrom = AV_PIX_FMT_NONE;
    if (cfg.pixelFormat != formats::YUV420) {
        convertFrom = ffmpegFormat(cfg.pixelFormat);
        if (convertFrom == AV_PIX_FMT_NONE) {
            stop();
            return fail(Failure::Other,
                        QStringLiteral("camera %1 cannot deliver YUV420 and its %2 is not "
                                       "supported")
                            .arg(name, QString::fromStdString(cfg.pixelFormat.toString())));
        }
        qCInfo(lcVideo).noquote() << "camera" << name << "refuses YUV420; converting its"
                                  << QString::fromStdString(cfg.pixelFormat.toString());
    }
    if ((ret = m_camera->configure(config.get())) < 0) {
        stop();
        return fail(Failure::Other, QStringLiteral("cannot configure camera %1: %2")
                                        .arg(name, QString::fromLocal8Bit(strerror(-ret))));
    }
    // Rows are padded: read the real size and stride back.
    m_format.width = int(cfg.size.width);
    m_format.height = int(cfg.size.height);
    m_stream = cfg.stream();

    m_shared = std::make_shared<Shared>();
    m_shared->camera = m_camera;
    m_shared->stride = cfg.stride;
    m_shared->convertFrom = convertFrom;
    if (convertFrom != AV_PIX_FMT_NONE)
        m_shared->pool = std::make_unique<FramePool>(m_format.width, m_format.height);
    m_allocator = std::make_unique<FrameBufferAllocator>(m_camera);
    const int allocated = m_allocator->allocate(m_stream);
    if (allocated <= 0) {
        stop();
        return fail(Failure::Other,
                    QStringLiteral("cannot allocate buffers for camera %1").arg(name));
    }
    // Converted frames are pooled copies: the camera's buffer goes straight
    // back, so only the pool's growth bounds what consumers may hold.
    m_bufferCount = convertFrom == AV_PIX_FMT_NONE ? allocated : UnlimitedBuffers;
    if (const QString error = mapBuffers(cfg.pixelFormat); !error.isEmpty()) {
        stop();
        return fail(Failure::Other,
                    QStringLiteral("cannot use the buffers of camera %1: %2").arg(name, error));
    }
    for (const std::unique_ptr<FrameBuffer> &buffer : m_allocator->buffers(m_stream)) {
        std::unique_ptr<Request> request = m_camera->createRequest();
        if (!request || request->addBuffer(m_stream, buffer.get()) < 0) {
            stop();
            return fail(Failure::Other,
                        QStringLiteral("cannot create requests for camera %1").arg(name));
        }
        m_shared->requests.push_back(std::move(request));
    }

    m_camera->requestCompleted.connect(this, &LibcameraSource::onRequestCompleted);
    ControlList controls(controls::controls);
    const int64_t frameDuration = 1000000 / qMax(1, format.fps);
    // The initializer-list form: it does not name libcamera::Span, which
    // later releases may replace with std::span.
    controls.set(controls::FrameDurationLimits, {frameDuration, frameDuration});
    m_shared->running = true;
    if ((ret = m_camera->start(&controls)) < 0) {
        m_shared->running = false;
        stop();
        return fail(ret == -EBUSY ? Failure::Busy : Failure::Other,
                    QStringLiteral("cannot start camera %1: %2")
                        .arg(name, QString::fromLocal8Bit(strerror(-ret))));
    }
    m_started = true;
    for (const auto &request : m_shared->requests)
        m_camera->queueRequest(request.get());

    m_description = QStringLiteral("libcamera %1 (%2) %3x%4 stride %5 at %6 fps, %7 buffers%8")
                        .arg(name, QString::fromStdString(m_camera->id()))
                        .arg(m_format.width)
                        .arg(m_format.height)
                        .arg(cfg.stride)
                        .arg(format.fps)
                        .arg(allocated)
                        .arg(format.rotation == 180 ? QStringLiteral(", rotated 180") : QString());
    return true;
}

QString LibcameraSource::mapBuffers(const PixelFormat &pixelFormat)
{
    using namespace LibcameraPlanes;
    Picture picture;
    picture.stride = m_shared->stride;
    picture.height = uint64_t(m_format.height);
    picture.rowBytes = uint64_t(m_format.width);
    if (pixelFormat == formats::YUV420) {
        picture.layout = Layout::I420;
    } else if (pixelFormat == formats::NV12 || pixelFormat == formats::NV21) {
        picture.layout = Layout::SemiPlanar420;
    } else {
        picture.layout = Layout::Packed;
        const AVPixFmtDescriptor *descriptor = av_pix_fmt_desc_get(m_shared->convertFrom);
        picture.rowBytes =
            picture.rowBytes * uint64_t(av_get_padded_bits_per_pixel(descriptor)) / 8;
    }
    for (const std::unique_ptr<FrameBuffer> &buffer : m_allocator->buffers(m_stream)) {
        std::vector<BufferPlane> planes;
        std::map<int, uint64_t> dmabufSizes;
        for (const FrameBuffer::Plane &plane : buffer->planes()) {
            const int fd = plane.fd.get();
            planes.push_back({fd,
                              plane.offset == FrameBuffer::Plane::kInvalidOffset
                                  ? std::nullopt
                                  : std::optional<uint64_t>(plane.offset),
                              plane.length});
            if (!dmabufSizes.count(fd)) {
                const off_t size = lseek(fd, 0, SEEK_END);
                dmabufSizes[fd] = size > 0 ? uint64_t(size) : 0;
            }
        }
        const Plan plan = locate(planes, picture, dmabufSizes);
        if (!plan.isValid())
            return plan.error;
        MappedBuffer mapped;
        std::map<int, const uint8_t *> bases;
        for (const Mapping &mapping : plan.mappings) {
            void *address =
                mmap(nullptr, size_t(mapping.length), PROT_READ, MAP_SHARED, mapping.fd, 0);
            if (address == MAP_FAILED)
                return QStringLiteral("mmap of %1 bytes failed: %2")
                    .arg(mapping.length)
                    .arg(QString::fromLocal8Bit(strerror(errno)));
            m_shared->mappings.emplace_back(address, size_t(mapping.length));
            bases[mapping.fd] = static_cast<const uint8_t *>(address);
            const int own = fcntl(mapping.fd, F_DUPFD_CLOEXEC, 0);
            if (own < 0)
                return QStringLiteral("cannot duplicate a dmabuf fd: %1")
                    .arg(QString::fromLocal8Bit(strerror(errno)));
            m_shared->ownFds.push_back(own);
            mapped.dmabufs.push_back(own);
        }
        for (size_t i = 0; i < plan.planes.size(); ++i)
            mapped.planes[i] = bases[plan.planes[i].fd] + plan.planes[i].offset;
        m_shared->buffers[buffer.get()] = std::move(mapped);
    }
    return {};
}

void LibcameraSource::skip(Request *request, const char *why)
{
    Shared &shared = *m_shared;
    {
        std::lock_guard lock(shared.mutex);
        if (!shared.running)
            return; // cancelled by stop(): nothing to count or queue
    }
    ++shared.skipped;
    const qint64 now = Frame::monotonicNowNs();
    if (now >= shared.nextSkipLogNs) {
        shared.nextSkipLogNs = now + 5'000'000'000;
        qCDebug(lcVideo).noquote() << QStringLiteral("skipped a request without a usable frame "
                                                     "(%1); %2 so far")
                                          .arg(QLatin1String(why))
                                          .arg(shared.skipped);
    }
    shared.requeue(request);
}

void LibcameraSource::onRequestCompleted(Request *request)
{
    // libcamera's thread: hand the frame on, never block here. Like
    // rpicam-apps, only a complete request whose buffer says FrameSuccess is
    // a frame; anything else goes straight back to the camera.
    if (request->status() != Request::RequestComplete) {
        skip(request, "request cancelled");
        return;
    }
    const FrameBuffer *buffer = request->findBuffer(m_stream);
    if (!buffer) {
        skip(request, "no buffer for the stream");
        return;
    }
    if (buffer->metadata().status != FrameMetadata::FrameSuccess) {
        skip(request, statusName(buffer->metadata().status));
        return;
    }
    const auto it = m_shared->buffers.find(buffer);
    if (it == m_shared->buffers.end()) {
        skip(request, "unknown buffer");
        return;
    }
    const MappedBuffer &mapped = it->second;
    syncDmabufs(mapped.dmabufs, DMA_BUF_SYNC_START | DMA_BUF_SYNC_READ);
    const int stride = int(m_shared->stride);
    if (m_shared->convertFrom != AV_PIX_FMT_NONE) {
        deliverConverted(request, mapped, stride);
        return;
    }
    std::shared_ptr<Shared> shared = m_shared;
    const std::vector<int> *dmabufs = &mapped.dmabufs;
    Frame frame = Frame::wrap(m_format.width, m_format.height, mapped.planes,
                              {stride, stride / 2, stride / 2}, [shared, request, dmabufs] {
                                  syncDmabufs(*dmabufs, DMA_BUF_SYNC_END | DMA_BUF_SYNC_READ);
                                  shared->requeue(request);
                              });
    frame.setSequence(buffer->metadata().sequence);
    frame.setTimestampNs(qint64(buffer->metadata().timestamp));
    m_onFrame(frame);
}

void LibcameraSource::deliverConverted(Request *request, const MappedBuffer &mapped, int stride)
{
    // The camera refused YUV420: one conversion into a pooled frame, and the
    // camera buffer goes straight back.
    Shared &shared = *m_shared;
    const FrameBuffer *buffer = request->findBuffer(m_stream);
    const FrameMetadata &metadata = buffer->metadata();
    Frame frame = shared.pool->take();
    shared.scaler = sws_getCachedContext(
        shared.scaler, m_format.width, m_format.height, shared.convertFrom, m_format.width,
        m_format.height, AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!frame.isNull() && shared.scaler) {
        const uint8_t *src[4] = {mapped.planes[0], mapped.planes[1], nullptr, nullptr};
        const int srcStride[4] = {stride, stride, 0, 0};
        uint8_t *dst[4] = {frame.mutablePlane(0), frame.mutablePlane(1), frame.mutablePlane(2),
                           nullptr};
        const int dstStride[4] = {frame.stride(0), frame.stride(1), frame.stride(2), 0};
        sws_scale(shared.scaler, src, srcStride, 0, m_format.height, dst, dstStride);
        frame.setSequence(metadata.sequence);
        frame.setTimestampNs(qint64(metadata.timestamp));
    }
    syncDmabufs(mapped.dmabufs, DMA_BUF_SYNC_END | DMA_BUF_SYNC_READ);
    shared.requeue(request);
    if (!frame.isNull() && shared.scaler)
        m_onFrame(frame);
}

void LibcameraSource::stop()
{
    if (m_started) {
        {
            std::lock_guard lock(m_shared->mutex);
            m_shared->running = false;
        }
        m_camera->stop();
        m_camera->requestCompleted.disconnect(this);
        m_started = false;
    }
    if (m_shared && m_shared->skipped > 0)
        qCInfo(lcVideo) << "camera completed" << m_shared->skipped
                        << "requests without a usable frame (skipped)";
    if (m_shared) {
        std::lock_guard lock(m_shared->mutex);
        m_shared->running = false;
        m_shared->requests.clear();
        m_shared->camera.reset();
    }
    // Mapped memory stays with frames still in flight (Shared's destructor).
    m_shared.reset();
    if (m_allocator && m_stream)
        m_allocator->free(m_stream);
    m_allocator.reset();
    m_stream = nullptr;
    if (m_acquired)
        m_camera->release();
    m_acquired = false;
    m_camera.reset();
    m_manager.reset();
}
