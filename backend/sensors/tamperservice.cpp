// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "tamperservice.h"

#include "config/settings.h"
#include "system/logging.h"

TamperService::TamperService(const Settings &settings, QObject *parent)
    : Service(QStringLiteral("tamper"), parent)
    , m_settings(settings)
{
    qRegisterMetaType<AttitudeSample>();
    qRegisterMetaType<TamperInfo>();
}

void TamperService::startService()
{
    m_enabled = m_settings.boolValue(QStringLiteral("tamper/enabled"));
    if (!m_enabled) {
        qCInfo(lcSensors) << "tamper detection is off (tamper/enabled=false)";
        QMetaObject::invokeMethod(this, &Service::stop, Qt::QueuedConnection);
        return;
    }
    TamperDetector::Options o;
    o.degrees = m_settings.realValue(QStringLiteral("tamper/degrees"));
    o.g = m_settings.realValue(QStringLiteral("tamper/g"));
    o.settleSeconds = m_settings.realValue(QStringLiteral("tamper/settle_seconds"));
    m_detector = TamperDetector(o);
    qCInfo(lcSensors).noquote() << QStringLiteral(
                                       "tamper detection: a turn of more than %1 degrees or a "
                                       "shock of more than %2 g, settled after %3 s")
                                       .arg(o.degrees)
                                       .arg(o.g)
                                       .arg(o.settleSeconds);
}

void TamperService::stopService()
{
    m_enabled = false;
    // An event going on ends with the service, so nobody waits for its end.
    if (m_detector.isActive()) {
        TamperInfo info = m_detector.info();
        if (info.endMs == 0)
            info.endMs = m_lastWallMs > 0 ? m_lastWallMs : info.startMs;
        m_detector.reset();
        emit tamperEnded(info);
    }
    m_detector.reset();
}

void TamperService::addSample(const AttitudeSample &sample)
{
    if (!m_enabled)
        return;
    if (state() == State::Starting)
        reportRunning();
    m_lastWallMs = sample.wallMs;
    switch (m_detector.update(sample)) {
    case TamperDetector::Change::Started:
        qCInfo(lcSensors).noquote()
            << QStringLiteral("tamper: the camera was %1 (%2 degrees, %3 g)")
                   .arg(m_detector.deviationDegrees() > m_detector.options().degrees
                            ? QStringLiteral("moved")
                            : QStringLiteral("knocked"))
                   .arg(m_detector.deviationDegrees(), 0, 'f', 1)
                   .arg(m_detector.shockG(), 0, 'f', 2);
        emit tamperStarted(m_detector.info());
        break;
    case TamperDetector::Change::Ended:
        qCInfo(lcSensors).noquote() << QStringLiteral("tamper ended: at most %1 degrees and %2 g")
                                           .arg(m_detector.info().peakDegrees, 0, 'f', 1)
                                           .arg(m_detector.info().peakG, 0, 'f', 2);
        emit tamperEnded(m_detector.info());
        break;
    case TamperDetector::Change::None:
        break;
    }
}
