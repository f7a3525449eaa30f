// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QtGlobal>

namespace TestSupport {

// A TCP port on 127.0.0.1 that nothing listened on a moment ago.
quint16 freePort();

// Polls until something accepts TCP connections on 127.0.0.1:port.
bool waitForPort(quint16 port, int timeoutMs = 10000);

} // namespace TestSupport
