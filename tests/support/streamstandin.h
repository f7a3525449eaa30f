// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "system/service.h"

namespace TestSupport {

// The "stream" service as the remote control and the screen see it: it
// runs when started and stops when stopped, and streams nothing.
class StreamStandIn : public Service
{
public:
    StreamStandIn()
        : Service(QStringLiteral("stream"))
    {}

protected:
    void startService() override { reportRunning(); }
    void stopService() override {}
};

} // namespace TestSupport
