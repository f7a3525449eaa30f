// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QString>

// Keeps this process's memory to itself. It holds mqtt/password and
// stream/password in the clear (Paho and libavformat are handed them so), and
// a core dump, /proc/PID/mem or /proc/PID/environ, or a debugger attached by
// any other program running as the same user would read them.
//
// - PR_SET_DUMPABLE 0: the kernel writes no core (with fs.suid_dumpable=2, as
//   systemd-coredump sets, one readable by root only), refuses
//   /proc/PID/{mem,environ,maps,fd,io,...} and ptrace to every process
//   without CAP_SYS_PTRACE, and makes /proc/PID/ owned by root.
// - RLIMIT_CORE 0 (soft and hard): no core for systemd-coredump either, which
//   honours the limit; the units say LimitCORE=0 for the same reason.
//
// Call first in main(), before a secret is read. Returns what failed, or an
// empty string.
QString keepMemoryPrivate();
