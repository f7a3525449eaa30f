// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QString>

// Secrets never reach a log or the screen, and nothing read from a file, the
// command line or the network can break a message out of its line: these
// mask and escape text on the way out.
namespace Redact {

inline constexpr auto Mask = "***";

// "rtsp://user:secret@host/cam" -> "rtsp://user:***@host/cam"; text without
// credentials comes back unchanged.
QString url(const QString &url);

// Masks the password of every URL found anywhere in free text: everything
// from the first ':' after the user name to the last '@' before the next
// blank, so a password holding '@', ':' or '/' is masked whole. (A path
// holding an '@' after a port may be masked too; that errs on the safe side.)
QString credentialsInText(const QString &text);

// True when text holds a URL with user info ("scheme://...@..."), which may
// carry a password.
bool hasUrlUserInfo(const QString &text);

// Control characters: C0 (NUL to US, which includes tab, newline and ESC),
// DEL, C1 and the Unicode line and paragraph separators. A terminal or the
// journal would act on them (new lines, colours, cursor moves), so they are
// refused in settings and escaped in messages.
bool isControl(QChar c);
// Index of the first control character in text, or -1.
qsizetype firstControl(const QString &text);
// c as shown in messages: "\x1b", "\x00", "\x85", "\u2028".
QString escaped(QChar c);
// Every control character in text shown escaped; the rest unchanged.
QString escapeControl(const QString &text);

// A settings value as --print-config and every message show it: URL
// passwords masked (a value is one token: the password runs to its last '@',
// blanks and all), control characters escaped.
QString value(const QString &text);

// A settings value as every message shows it (--check-config, --set, the
// settings panel, the log): in double quotes, URL passwords masked, control
// characters escaped, so one problem is always one line. The values of secret
// settings are never shown at all; callers say "the value given" instead.
QString quotedValue(const QString &text);

} // namespace Redact
