// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "guardianwiring.h"

#include "eventnotice.h"
#include "events/eventservice.h"
#include "motionindicator.h"

namespace GuardianWiring {

void connect(MotionIndicator &indicator, EventNotice &notice, EventService &events)
{
    indicator.setDetectionEnabled(events.detectionEnabled());
    QObject::connect(&events, &EventService::detectionEnabledChanged, &indicator,
                     &MotionIndicator::setDetectionEnabled);
    QObject::connect(&indicator, &MotionIndicator::detectionRequested, &events,
                     &EventService::setDetectionEnabled);
    QObject::connect(&events, &EventService::eventStarted, &notice, &EventNotice::showStart);
    QObject::connect(&events, &EventService::eventSnapshotSaved, &notice,
                     &EventNotice::setSnapshot);
}

} // namespace GuardianWiring
