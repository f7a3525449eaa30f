// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QString>

// The settings PIN as stored in ui/pin: a salted PBKDF2-HMAC-SHA256 hash,
// "pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>". The PIN itself
// is never stored.
namespace PinHash {

// Enough to make guessing a 4-8 digit PIN from a stolen file slow, little
// enough that checking a PIN on a Raspberry Pi is not noticeable.
constexpr int Iterations = 20000;

QString make(const QString &pin, int iterations = Iterations);
// False also when stored is not a hash this code made.
bool matches(const QString &pin, const QString &stored);

} // namespace PinHash
