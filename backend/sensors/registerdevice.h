// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QString>

#include <optional>

// One chip on a register bus, as the drivers see it: read and write 8-bit
// registers. This is the seam between the drivers and the hardware; the Linux
// i2c-dev device implements it, and the tests put a simulated register map of
// each chip behind it.
class RegisterDevice
{
public:
    virtual ~RegisterDevice() = default;

    // Reads `count` consecutive registers starting at `first`. For more than
    // one byte the address gets bit 7 set, which makes the ST parts of the
    // Sense HAT auto-increment the address. False on a failed or short
    // transfer, with lastError() saying which.
    bool read(quint8 first, quint8 *data, int count);
    std::optional<quint8> readRegister(quint8 reg);
    bool writeRegister(quint8 reg, quint8 value);

    // Reads the identity register `reg` (WHO_AM_I on the ST parts). False
    // when it is not `expected`, with lastError() naming what answered and
    // what was expected: `chip`, e.g. "an HTS221".
    bool checkWhoAmI(quint8 reg, quint8 expected, const QString &chip);

    enum class Conversion { Done, Pending, Failed };
    // The data-ready handshake of the ST climate chips (HTS221, LPS25H): when
    // the status register `status` has bits 0 and 1 set, both conversions
    // are done since the last read, and `count` output registers from
    // `first` are read into `data`. Pending leaves `data` alone; Failed
    // says why in lastError().
    Conversion readConversion(quint8 status, quint8 first, quint8 *data, int count);

    QString lastError() const { return m_lastError; }
    // Where the chip is, for messages: e.g. "/dev/i2c-1 0x5f".
    virtual QString description() const = 0;

    static constexpr quint8 AutoIncrement = 0x80;
    static constexpr int MaxTransfer = 32;

protected:
    // One bus transaction: send the address byte, then read up to `count`
    // bytes. Returns the number of bytes read, or -1 with *error set.
    virtual int transferRead(quint8 address, quint8 *data, int count, QString *error) = 0;
    virtual bool transferWrite(quint8 reg, quint8 value, QString *error) = 0;

private:
    QString m_lastError;
};
