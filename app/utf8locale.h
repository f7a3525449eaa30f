// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

// Makes the C library's character encoding UTF-8 before Qt starts. A system
// service, a chroot or an SSH session without LANG runs in the plain "C"
// locale; Qt 6.8 then switches to C.UTF-8 itself, but prints four lines of
// warning into every start's log. Doing the switch first keeps the log to
// what matters. Other locale categories (numbers, dates) stay as they were.
void ensureUtf8Locale();
