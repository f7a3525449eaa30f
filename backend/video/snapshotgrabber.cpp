// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "snapshotgrabber.h"

#include "framepool.h"
#include "system/logging.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QSaveFile>

extern "C" {
#include <libswscale/swscale.h>
}

namespace {

// Monotonic: a Pi without a clock battery may jump its wall clock at boot.
qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QByteArray jpegOf(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return bytes;
}

QString save(const QByteArray &jpeg, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size() || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

SnapshotGrabber::SnapshotGrabber(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    qRegisterMetaType<SnapshotGrabber::Result>();
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("snapshots"));
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &SnapshotGrabber::expire);
}

SnapshotGrabber::~SnapshotGrabber()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 SnapshotGrabber::request(const QString &path)
{
    const quint64 id = m_nextId++;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.push_back({id, path, nowMs()});
        m_wanted.store(true, std::memory_order_release);
    }
    if (!m_expiry.isActive())
        m_expiry.start(m_timeout);
    return id;
}

int SnapshotGrabber::waiting() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_pending.size());
}

void SnapshotGrabber::present(const Frame &frame)
{
    if (!m_wanted.load(std::memory_order_acquire) || frame.isNull())
        return;
    std::vector<Pending> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        m_wanted.store(false, std::memory_order_relaxed);
    }
    if (batch.empty())
        return;
    // The camera's buffer goes back when this returns: the worker gets a copy.
    const Frame copy = FramePool(frame.width(), frame.height()).copy(frame);
    QMetaObject::invokeMethod(
        m_worker,
        [this, copy, batch] {
            QImage image;
            const QByteArray jpeg = copy.isNull() ? QByteArray() : encode(copy, Quality, &image);
            QByteArray small = jpeg;
            if (jpeg.size() > SmallLimit) {
                const QImage scaled =
                    image.scaled(SmallSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
                for (int quality : {75, 60, 45}) {
                    small = jpegOf(scaled, quality);
                    if (small.size() <= SmallLimit)
                        break;
                }
            }
            std::vector<Result> results;
            for (const Pending &p : batch) {
                Result r;
                r.id = p.id;
                r.jpeg = jpeg;
                r.small = small;
                r.size = QSize(copy.width(), copy.height());
                r.frameTimestampNs = copy.timestampNs();
                if (jpeg.isEmpty())
                    r.error = QStringLiteral("cannot make a JPEG of the %1x%2 frame")
                                  .arg(copy.width())
                                  .arg(copy.height());
                else if (!p.path.isEmpty() && (r.error = save(jpeg, p.path)).isEmpty())
                    r.path = p.path;
                results.push_back(r);
            }
            QMetaObject::invokeMethod(
                this,
                [this, results] {
                    for (const Result &r : results)
                        deliver(r);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SnapshotGrabber::expire()
{
    const qint64 now = nowMs();
    std::vector<Result> expired;
    qint64 nextDue = -1;
    {
        QMutexLocker lock(&m_mutex);
        std::erase_if(m_pending, [&](const Pending &p) {
            const qint64 due = p.askedAtMs + m_timeout.count();
            if (due > now) {
                nextDue = nextDue < 0 ? due : std::min(nextDue, due);
                return false;
            }
            Result r;
            r.id = p.id;
            r.error = QStringLiteral("no picture from the camera within %1 s")
                          .arg(double(m_timeout.count()) / 1000);
            expired.push_back(r);
            return true;
        });
        m_wanted.store(!m_pending.empty(), std::memory_order_release);
    }
    if (nextDue >= 0)
        m_expiry.start(std::chrono::milliseconds(std::max<qint64>(1, nextDue - now)));
    for (const Result &r : expired)
        deliver(r);
}

void SnapshotGrabber::deliver(const Result &result)
{
    if (!result.ok())
        qCWarning(lcVideo).noquote() << "snapshot:" << result.error;
    emit taken(result);
}

QByteArray SnapshotGrabber::encode(const Frame &frame, int quality, QImage *imageOut)
{
    const int width = frame.width();
    const int height = frame.height();
    QImage image(width, height, QImage::Format_RGB888);
    if (image.isNull())
        return {};
    SwsContext *sws = sws_getContext(width, height, AV_PIX_FMT_YUV420P, width, height,
                                     AV_PIX_FMT_RGB24, SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!sws)
        return {};
    // The cameras' colours: BT.709 from 720 lines up, BT.601 below, both
    // in the video range; the JPEG is full range.
    const int *coefficients = sws_getCoefficients(height >= 720 ? SWS_CS_ITU709 : SWS_CS_ITU601);
    sws_setColorspaceDetails(sws, coefficients, 0, coefficients, 1, 0, 1 << 16, 1 << 16);
    const uint8_t *src[4] = {frame.plane(0), frame.plane(1), frame.plane(2), nullptr};
    const int srcStride[4] = {frame.stride(0), frame.stride(1), frame.stride(2), 0};
    uint8_t *dst[4] = {image.bits(), nullptr, nullptr, nullptr};
    const int dstStride[4] = {int(image.bytesPerLine()), 0, 0, 0};
    sws_scale(sws, src, srcStride, 0, height, dst, dstStride);
    sws_freeContext(sws);
    if (imageOut)
        *imageOut = image;
    return jpegOf(image, quality);
}
