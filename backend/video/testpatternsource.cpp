// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "testpatternsource.h"

#include "framepool.h"
#include "system/logging.h"
#include "timecode.h"

#include <QDateTime>

#include <cmath>
#include <cstring>

namespace {

// 5x7 glyphs, one byte per row, bit 4 = leftmost column.
struct Glyph
{
    char c;
    uint8_t rows[7];
};
constexpr Glyph Font[] = {
    {'0', {0x0E, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0E}},
    {'1', {0x04, 0x0C, 0x04, 0x04, 0x04, 0x04, 0x0E}},
    {'2', {0x0E, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1F}},
    {'3', {0x1F, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0E}},
    {'4', {0x02, 0x06, 0x0A, 0x12, 0x1F, 0x02, 0x02}},
    {'5', {0x1F, 0x10, 0x1E, 0x01, 0x01, 0x11, 0x0E}},
    {'6', {0x06, 0x08, 0x10, 0x1E, 0x11, 0x11, 0x0E}},
    {'7', {0x1F, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08}},
    {'8', {0x0E, 0x11, 0x11, 0x0E, 0x11, 0x11, 0x0E}},
    {'9', {0x0E, 0x11, 0x11, 0x0F, 0x01, 0x02, 0x0C}},
    {':', {0x00, 0x0C, 0x0C, 0x00, 0x0C, 0x0C, 0x00}},
    {'.', {0x00, 0x00, 0x00, 0x00, 0x00, 0x0C, 0x0C}},
    {'#', {0x0A, 0x0A, 0x1F, 0x0A, 0x1F, 0x0A, 0x0A}},
    {' ', {0, 0, 0, 0, 0, 0, 0}},
};

const Glyph &glyph(char c)
{
    for (const Glyph &g : Font) {
        if (g.c == c)
            return g;
    }
    return Font[sizeof Font / sizeof Font[0] - 1];
}

} // namespace

TestPatternSource::TestPatternSource() = default;

TestPatternSource::~TestPatternSource()
{
    stop();
}

bool TestPatternSource::start(const Format &format, FrameCallback onFrame, ErrorCallback)
{
    stop();
    m_format = format;
    m_onFrame = std::move(onFrame);

    // Luma: a smooth ramp with darker bars every eighth of the width; chroma:
    // eight colour bands (U/V pairs of the classic bars).
    const int w = format.width;
    m_lumaRamp.resize(2 * w);
    for (int x = 0; x < 2 * w; ++x) {
        const int xx = x % w;
        const double ramp = 40.0 + 170.0 * xx / w;
        const bool bar = (xx * 8 / w) % 2 == 1;
        m_lumaRamp[x] = char(qBound(16, int(ramp + (bar ? 30 : 0)), 235));
    }
    static constexpr uint8_t U[8] = {128, 16, 166, 54, 202, 90, 240, 128};
    static constexpr uint8_t V[8] = {128, 146, 16, 34, 222, 240, 110, 128};
    const int cw = (w + 1) / 2;
    m_uRamp.resize(2 * cw);
    m_vRamp.resize(2 * cw);
    for (int x = 0; x < 2 * cw; ++x) {
        const int band = (x % cw) * 8 / cw;
        m_uRamp[x] = char(U[band]);
        m_vRamp[x] = char(V[band]);
    }

    m_pacer = std::make_unique<FramePacer>(format.fps);
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("testpattern"));
    m_thread->start();
    return true;
}

void TestPatternSource::stop()
{
    if (!m_thread)
        return;
    m_pacer->cancel();
    m_thread->wait();
    m_thread.reset();
}

QString TestPatternSource::description() const
{
    return QStringLiteral("test pattern %1x%2 at %3 fps")
        .arg(m_format.width)
        .arg(m_format.height)
        .arg(m_format.fps);
}

void TestPatternSource::run()
{
    FramePool pool(m_format.width, m_format.height);
    quint64 number = 0;
    while (m_pacer->waitForNextTick()) {
        Frame frame = pool.take();
        if (frame.isNull())
            continue;
        frame.setTimestampNs(Frame::monotonicNowNs());
        draw(frame, number);
        frame.setSequence(number++);
        m_onFrame(frame);
    }
}

void TestPatternSource::draw(Frame &frame, quint64 number) const
{
    const int w = frame.width();
    const int h = frame.height();
    const int shift = int(number * 4 % w);
    for (int y = 0; y < h; ++y) {
        const int offset = (shift + y / 2) % w;
        std::memcpy(frame.mutablePlane(0) + size_t(y) * frame.stride(0),
                    m_lumaRamp.constData() + offset, w);
    }
    const int cw = frame.planeWidth(1);
    const int coffset = int(number % cw);
    for (int y = 0; y < frame.planeHeight(1); ++y) {
        std::memcpy(frame.mutablePlane(1) + size_t(y) * frame.stride(1),
                    m_uRamp.constData() + coffset, cw);
        std::memcpy(frame.mutablePlane(2) + size_t(y) * frame.stride(2),
                    m_vRamp.constData() + coffset, cw);
    }
    const QByteArray text = QDateTime::currentDateTime().toString(u"HH:mm:ss.zzz").toLatin1() +
                            " #" + QByteArray::number(number);
    drawText(frame, text);
    // The capture time again, for machines (bench/latency).
    TimeCode::draw(frame, frame.timestampNs() / 1000000);
}

void TestPatternSource::drawText(Frame &frame, const QByteArray &text) const
{
    const int scale = qMax(1, frame.height() / 160);
    const int glyphW = 6 * scale;
    const int margin = 2 * scale;
    const int boxW = qMin(frame.width(), int(text.size()) * glyphW + 2 * margin);
    const int boxH = qMin(frame.height(), 7 * scale + 2 * margin);
    // Bottom left: the kiosk's preview badge (LIVE / OFFLINE) covers the top
    // left. Even, so that the chroma rows line up with the luma rows.
    const int top = (frame.height() - boxH) & ~1;
    // A dark, colourless box so the text reads on any bars.
    for (int y = top; y < frame.height(); ++y)
        std::memset(frame.mutablePlane(0) + size_t(y) * frame.stride(0), 16, boxW);
    for (int p = 1; p < 3; ++p) {
        for (int y = top / 2; y < frame.planeHeight(p); ++y)
            std::memset(frame.mutablePlane(p) + size_t(y) * frame.stride(p), 128, (boxW + 1) / 2);
    }
    for (int i = 0; i < text.size(); ++i) {
        const Glyph &g = glyph(text[i]);
        const int x0 = margin + i * glyphW;
        for (int row = 0; row < 7; ++row) {
            for (int col = 0; col < 5; ++col) {
                if (!(g.rows[row] & (0x10 >> col)))
                    continue;
                for (int sy = 0; sy < scale; ++sy) {
                    const int y = top + margin + row * scale + sy;
                    const int x = x0 + col * scale;
                    if (y >= frame.height() || x + scale > frame.width())
                        continue;
                    std::memset(frame.mutablePlane(0) + size_t(y) * frame.stride(0) + x, 235,
                                scale);
                }
            }
        }
    }
}
