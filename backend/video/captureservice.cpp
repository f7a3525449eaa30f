// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "captureservice.h"

#include "avlog.h"
#include "config/settings.h"
#include "sourceselection.h"
#include "system/logging.h"

CaptureService::CaptureService(const Settings &settings, QObject *parent)
    : Service(QStringLiteral("video"), parent)
    , m_settings(settings)
{
    AvLog::install();
}

CaptureService::~CaptureService()
{
    stopService();
}

void CaptureService::addConsumer(Consumer consumer, int keeps)
{
    QMutexLocker lock(&m_consumersMutex);
    m_consumers.push_back({std::move(consumer), keeps, {}});
    m_budgetShared = false;
}

void CaptureService::addQueueConsumer(Consumer consumer, ShareCallback onShare)
{
    QMutexLocker lock(&m_consumersMutex);
    m_consumers.push_back({std::move(consumer), 0, std::move(onShare)});
    m_budgetShared = false;
}

FrameBudget CaptureService::frameBudget() const
{
    QMutexLocker lock(&m_consumersMutex);
    return m_budget;
}

void CaptureService::startService()
{
    stopService();
    FrameSource::Format format;
    format.width = m_settings.intValue(QStringLiteral("camera/width"));
    format.height = m_settings.intValue(QStringLiteral("camera/height"));
    format.fps = m_settings.intValue(QStringLiteral("camera/framerate"));
    format.rotation = m_settings.intValue(QStringLiteral("camera/rotation"));

    SourceSelection::Choice choice;
    if (m_sourceFactory)
        choice = {m_sourceFactory(), QStringLiteral("the program's own source")};
    else
        choice = SourceSelection::choose(m_settings.text(QStringLiteral("camera/source")));
    qCInfo(lcVideo).noquote() << "source:" << choice.reason;
    {
        // The new source's buffer count is shared out with its first frame.
        QMutexLocker lock(&m_consumersMutex);
        m_budget = FrameBudget();
        m_budgetShared = false;
    }
    m_source = std::move(choice.source);
    const bool started = m_source->start(
        format, [this](const Frame &frame) { deliver(frame); },
        [this](const QString &error) {
            // The source's thread: the service state lives on ours.
            QMetaObject::invokeMethod(
                this, [this, error] { retryLater(error); }, Qt::QueuedConnection);
        });
    if (!started) {
        const QString error = m_source->error();
        const FrameSource::Failure failure = m_source->failure();
        m_source.reset();
        setSourceDescription({});
        // A camera that is not there needs a person; a busy one may be freed.
        if (failure == FrameSource::Failure::NotFound)
            reportFailed(error);
        else
            retryLater(error);
        return;
    }
    setSourceDescription(m_source->description());
    qCInfo(lcVideo).noquote() << "capturing from" << m_sourceDescription;
    reportRunning();
}

void CaptureService::stopService()
{
    if (!m_source)
        return;
    m_source->stop();
    m_source.reset();
    qCInfo(lcVideo) << "capture stopped after" << m_framesCaptured.load() << "frames";
}

void CaptureService::deliver(const Frame &frame)
{
    ++m_framesCaptured;
    QMutexLocker lock(&m_consumersMutex);
    if (!m_budgetShared)
        shareBudget();
    for (const Entry &entry : m_consumers)
        entry.consumer(frame);
}

void CaptureService::shareBudget()
{
    // The source's thread, before its first frame is handed on: the source
    // knows its buffer count by now.
    FrameBudget budget(m_source->bufferCount());
    for (const Entry &entry : m_consumers) {
        if (entry.onShare)
            budget.addQueue();
        else
            budget.addKeeper(entry.keeps);
    }
    m_budget = budget;
    m_budgetShared = true;
    qCInfo(lcVideo).noquote() << "frame budget:" << budget.text();
    if (budget.isOvercommitted())
        qCWarning(lcVideo) << "consumers keep more frames than the source has buffers for:"
                              " capture will stall while they hold them";
    for (const Entry &entry : m_consumers) {
        if (entry.onShare)
            entry.onShare(budget.queueShare());
    }
}

void CaptureService::setSourceDescription(const QString &text)
{
    if (m_sourceDescription == text)
        return;
    m_sourceDescription = text;
    emit sourceDescriptionChanged();
}
