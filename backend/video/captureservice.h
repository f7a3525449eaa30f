// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "frame.h"
#include "framesource.h"
#include "system/service.h"

#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class Settings;

// Service "video": opens the source camera/source names and hands every
// frame, on the source's thread, to the registered consumers (stream,
// preview, later motion detection). Consumers must not block.
class CaptureService : public Service
{
    Q_OBJECT
    Q_PROPERTY(QString sourceDescription READ sourceDescription NOTIFY sourceDescriptionChanged)
public:
    using Consumer = std::function<void(const Frame &)>;
    using SourceFactory = std::function<std::unique_ptr<FrameSource>()>;

    explicit CaptureService(const Settings &settings, QObject *parent = nullptr);
    ~CaptureService() override;

    // Thread-safe; usually called once by main() before start.
    void addConsumer(Consumer consumer);
    // Makes the source instead of camera/source (tests: a simulated camera).
    // Applies from the next start.
    void setSourceFactory(SourceFactory factory) { m_sourceFactory = std::move(factory); }

    quint64 framesCaptured() const { return m_framesCaptured; }
    QString sourceDescription() const { return m_sourceDescription; }

signals:
    void sourceDescriptionChanged();

protected:
    void startService() override;
    void stopService() override;

private:
    void deliver(const Frame &frame);
    void setSourceDescription(const QString &text);

    const Settings &m_settings;
    SourceFactory m_sourceFactory;
    std::unique_ptr<FrameSource> m_source;
    QMutex m_consumersMutex;
    std::vector<Consumer> m_consumers;
    std::atomic<quint64> m_framesCaptured{0};
    QString m_sourceDescription;
};
