// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "framepacer.h"
#include "framesource.h"

#include <QByteArray>
#include <QThread>

#include <atomic>
#include <memory>

// A synthetic moving picture for machines without a camera: diagonal luma
// bars and colour bands that scroll, with the frame counter and the wall-clock
// time drawn in, and the capture time as a machine-readable code (timecode.h). The bars are
// precomputed once as rows twice the picture width, so a frame costs one row copy per line plus the
// text.
class TestPatternSource : public FrameSource
{
public:
    TestPatternSource();
    ~TestPatternSource() override;

    bool start(const Format &format, FrameCallback onFrame, ErrorCallback onError) override;
    void stop() override;
    QString description() const override;
    // Frames come from a FramePool, which grows when every buffer is held.
    int bufferCount() const override { return UnlimitedBuffers; }

private:
    void run();
    void draw(Frame &frame, quint64 number) const;
    void drawText(Frame &frame, const QByteArray &text) const;

    Format m_format;
    FrameCallback m_onFrame;
    QByteArray m_lumaRamp; // 2 x width
    QByteArray m_uRamp;    // 2 x chroma width
    QByteArray m_vRamp;
    std::unique_ptr<FramePacer> m_pacer;
    std::unique_ptr<QThread> m_thread;
};
