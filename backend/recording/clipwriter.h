// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "encodedpacket.h"

#include <QString>

struct AVFormatContext;
struct AVStream;

// One clip file: the encoder's H.264 packets, unchanged, in a fragmented
// MP4 (libavformat's mp4 muxer with frag_keyframe+empty_moov+
// default_base_moof). The header is written first with no samples, and
// every keyframe closes a fragment that is complete on its own, so a file
// cut anywhere (a power cut, a full card) plays up to its last fragment: no
// repair on the next start. Timestamps start at zero.
class ClipWriter
{
public:
    ClipWriter() = default;
    ~ClipWriter();
    ClipWriter(const ClipWriter &) = delete;
    ClipWriter &operator=(const ClipWriter &) = delete;

    // Creates path (replacing nothing: an existing file is an error).
    bool open(const QString &path, const StreamFormat &format);
    // The first packet must be a keyframe.
    bool write(const EncodedPacket &packet);
    // Writes the index of fragments and closes; the file is complete. False
    // when the last part could not be written (what is there still plays).
    bool close();

    bool isOpen() const { return m_context != nullptr; }
    QString path() const { return m_path; }
    QString error() const { return m_error; }
    // Bytes handed to the file so far.
    qint64 bytes() const;
    // From the first packet to the end of the last one.
    double seconds() const;
    qint64 packets() const { return m_packets; }

private:
    void fail(const QString &what, int error);
    void discard();

    AVFormatContext *m_context = nullptr;
    AVStream *m_stream = nullptr;
    QString m_path;
    QString m_error;
    bool m_failed = false; // the file is cut short
    int m_timeBaseNum = 1;
    int m_timeBaseDen = 30;
    qint64 m_firstPts = -1;
    qint64 m_lastPts = -1;
    qint64 m_packets = 0;
    qint64 m_bytes = 0;
};
