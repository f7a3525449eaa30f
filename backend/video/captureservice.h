// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "frame.h"
#include "framebudget.h"
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
// preview, later motion detection). Consumers must not block. The source's
// buffers are a budget (FrameBudget): before the first frame of every run
// each queueing consumer is told its share.
class CaptureService : public Service
{
    Q_OBJECT
    Q_PROPERTY(QString sourceDescription READ sourceDescription NOTIFY sourceDescriptionChanged)
public:
    using Consumer = std::function<void(const Frame &)>;
    using ShareCallback = std::function<void(int frames)>;
    using SourceFactory = std::function<std::unique_ptr<FrameSource>()>;

    explicit CaptureService(const Settings &settings, QObject *parent = nullptr);
    ~CaptureService() override;

    // Thread-safe; usually called by main() before start (a consumer added
    // later is budgeted from the next frame on).
    // A consumer that keeps no frame once it returns (the preview copies
    // what it shows), or with keeps > 0 one that keeps up to that many after
    // returning: the hook for, say, a motion detector that holds a reference
    // frame. Kept frames come off the budget before the queues' shares.
    void addConsumer(Consumer consumer, int keeps = 0);
    // A consumer that queues frames (the stream). onShare says, on the
    // source's thread before the first frame of every run, how many frames
    // it may hold at once (FrameBudget::queueShare()).
    void addQueueConsumer(Consumer consumer, ShareCallback onShare);
    // The current run's budget (unlimited until its first frame).
    FrameBudget frameBudget() const;
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
    struct Entry
    {
        Consumer consumer;
        int keeps = 0;
        ShareCallback onShare; // set for a queueing consumer
    };
    void deliver(const Frame &frame);
    void shareBudget();
    void setSourceDescription(const QString &text);

    const Settings &m_settings;
    SourceFactory m_sourceFactory;
    std::unique_ptr<FrameSource> m_source;
    mutable QMutex m_consumersMutex; // guards the consumers and the budget
    std::vector<Entry> m_consumers;
    FrameBudget m_budget;
    bool m_budgetShared = false;
    std::atomic<quint64> m_framesCaptured{0};
    QString m_sourceDescription;
};
