// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "motiondetector.h"

#include "config/rectlist.h"
#include "config/settings.h"

#include <algorithm>
#include <cmath>

namespace {

// Cells brighter than this in either picture are left out of the light model:
// a clipped cell cannot follow a gain.
constexpr double Saturated = 250;
// The model must hold for at least half the cells to be believed.
constexpr double ModelQuorum = 0.5;
// Below this spread of brightness across cells (levels) the picture is too
// flat to tell a gain from an offset: a gain alone is fitted.
constexpr double FlatSpread = 2.0;

} // namespace

MotionDetector::Config MotionDetector::Config::fromSettings(const Settings &settings)
{
    Config c;
    c.sensitivity = settings.intValue(QStringLiteral("motion/sensitivity"));
    c.minArea = settings.realValue(QStringLiteral("motion/min_area")) / 100.0;
    c.startFrames = settings.intValue(QStringLiteral("motion/start_frames"));
    c.endMs = std::llround(settings.realValue(QStringLiteral("motion/end_seconds")) * 1000.0);
    c.mask = RectList::parse(settings.text(QStringLiteral("motion/mask"))).rects;
    return c;
}

MotionDetector::MotionDetector(const Config &config)
    : m_config(config)
    , m_threshold(threshold(config.sensitivity))
{
    m_config.startFrames = std::max(1, m_config.startFrames);
}

int MotionDetector::threshold(int sensitivity)
{
    const int s = std::clamp(sensitivity, 1, 100);
    return int(std::lround(4.0 + 36.0 * (100 - s) / 99.0));
}

bool MotionDetector::cellMasked(int column, int row) const
{
    if (column < 0 || row < 0 || column >= m_columns || row >= m_rows)
        return true;
    return !m_cellUsed[size_t(row * m_columns + column)];
}

void MotionDetector::setUp(int width, int height)
{
    m_width = width;
    m_height = height;
    m_columns = (width + CellSize - 1) / CellSize;
    m_rows = (height + CellSize - 1) / CellSize;
    const size_t pixels = size_t(width) * size_t(height);
    const size_t cells = size_t(m_columns) * size_t(m_rows);
    m_maskedPixel.assign(pixels, 0);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const QPointF centre((x + 0.5) / width, (y + 0.5) / height);
            for (const QRectF &r : std::as_const(m_config.mask)) {
                if (r.contains(centre)) {
                    m_maskedPixel[size_t(y) * size_t(width) + size_t(x)] = 1;
                    break;
                }
            }
        }
    }
    m_cellPixels.assign(cells, 0);
    std::vector<int> cellArea(cells, 0);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const size_t c = size_t(y / CellSize) * size_t(m_columns) + size_t(x / CellSize);
            ++cellArea[c];
            if (!m_maskedPixel[size_t(y) * size_t(width) + size_t(x)])
                ++m_cellPixels[c];
        }
    }
    // A cell counts when at least a quarter of it is unmasked.
    m_cellUsed.assign(cells, 0);
    m_usedCells = 0;
    for (size_t c = 0; c < cells; ++c) {
        if (m_cellPixels[c] > 0 && m_cellPixels[c] * 4 >= cellArea[c]) {
            m_cellUsed[c] = 1;
            ++m_usedCells;
        }
    }
    m_background.assign(pixels, 0.0f);
    m_sumNow.assign(cells, 0);
    m_sumBackground.assign(cells, 0);
    m_changedPixels.assign(cells, 0);
    m_changedPixelsRaw.assign(cells, 0);
    m_cellChanged.assign(cells, 0);
    m_cellChangedRaw.assign(cells, 0);
    m_eventCells.assign(cells, 0);
    m_seeded = false;
}

void MotionDetector::seed(const LumaImage &image)
{
    std::copy(image.pixels.begin(), image.pixels.end(), m_background.begin());
    m_seeded = true;
}

// now = gain x background + offset over the used cells' means. The median
// difference is robust to anything moving in less than half the cells; the
// cells that agree with it (within the threshold) then get a least-squares
// fit of gain and offset, twice.
void MotionDetector::fitLight(double &gain, double &offset)
{
    gain = 1;
    offset = 0;
    m_fitX.clear();
    m_fitY.clear();
    for (size_t c = 0; c < m_cellUsed.size(); ++c) {
        if (!m_cellUsed[c])
            continue;
        const double x = m_sumBackground[c] / m_cellPixels[c];
        const double y = m_sumNow[c] / m_cellPixels[c];
        if (x >= Saturated || y >= Saturated)
            continue;
        m_fitX.push_back(x);
        m_fitY.push_back(y);
    }
    const size_t n = m_fitX.size();
    if (n < 3)
        return;
    m_fitScratch.resize(n);
    for (size_t i = 0; i < n; ++i)
        m_fitScratch[i] = m_fitY[i] - m_fitX[i];
    std::nth_element(m_fitScratch.begin(), m_fitScratch.begin() + long(n / 2), m_fitScratch.end());
    double g = 1;
    double o = m_fitScratch[n / 2];
    const double tolerance = m_threshold;
    for (int pass = 0; pass < 2; ++pass) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int k = 0;
        for (size_t i = 0; i < n; ++i) {
            const double x = m_fitX[i];
            const double y = m_fitY[i];
            if (std::abs(y - (g * x + o)) > tolerance)
                continue;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            ++k;
        }
        if (k < 3 || k < ModelQuorum * double(n))
            return; // no model most of the picture agrees with: no light correction
        const double mx = sx / k;
        const double my = sy / k;
        const double variance = sxx / k - mx * mx;
        if (variance < FlatSpread * FlatSpread) {
            g = mx > 1 ? my / mx : 1;
            o = mx > 1 ? 0 : my - mx;
        } else {
            g = (sxy / k - mx * my) / variance;
            o = my - g * mx;
        }
        g = std::clamp(g, 0.25, 4.0);
    }
    gain = g;
    offset = o;
}

MotionDetector::Result MotionDetector::analyse(const LumaImage &image, qint64 timeMs)
{
    Result result;
    if (image.width != m_width || image.height != m_height)
        setUp(image.width, image.height);
    if (!m_seeded || m_usedCells == 0) {
        seed(image);
        m_lastTimeMs = timeMs;
        result.verdict = m_usedCells == 0 ? Verdict::Quiet : Verdict::Seeded;
        track(result, timeMs);
        return result;
    }
    const double dt = std::clamp(double(timeMs - m_lastTimeMs), 1.0, 5000.0);
    m_lastTimeMs = timeMs;
    const float alpha = float(1.0 - std::exp(-dt / (BackgroundSeconds * 1000.0)));
    const float alphaChanged = alpha / 4;

    const size_t cells = m_cellUsed.size();
    const int width = m_width;
    const auto cellOf = [this](int x, int y) {
        return size_t(y / CellSize) * size_t(m_columns) + size_t(x / CellSize);
    };

    // Each cell's mean brightness now and in the background.
    std::fill(m_sumNow.begin(), m_sumNow.end(), 0.0);
    std::fill(m_sumBackground.begin(), m_sumBackground.end(), 0.0);
    for (int y = 0; y < m_height; ++y) {
        const uint8_t *now = image.row(y);
        const float *bg = m_background.data() + size_t(y) * size_t(width);
        const uint8_t *masked = m_maskedPixel.data() + size_t(y) * size_t(width);
        for (int x = 0; x < width; ++x) {
            if (masked[x])
                continue;
            const size_t c = cellOf(x, y);
            m_sumNow[c] += now[x];
            m_sumBackground[c] += bg[x];
        }
    }
    fitLight(result.gain, result.offset);
    const float gain = float(result.gain);
    const float offset = float(result.offset);

    // Changed pixels per cell, against the relit background and the background as it is.
    std::fill(m_changedPixels.begin(), m_changedPixels.end(), 0);
    std::fill(m_changedPixelsRaw.begin(), m_changedPixelsRaw.end(), 0);
    const float t = float(m_threshold);
    for (int y = 0; y < m_height; ++y) {
        const uint8_t *now = image.row(y);
        const float *bg = m_background.data() + size_t(y) * size_t(width);
        const uint8_t *masked = m_maskedPixel.data() + size_t(y) * size_t(width);
        for (int x = 0; x < width; ++x) {
            if (masked[x])
                continue;
            const float v = now[x];
            const float relit = std::clamp(gain * bg[x] + offset, 0.0f, 255.0f);
            const size_t c = cellOf(x, y);
            m_changedPixels[c] += std::abs(v - relit) > t;
            m_changedPixelsRaw[c] += std::abs(v - bg[x]) > t;
        }
    }
    int changed = 0;
    int changedRaw = 0;
    for (size_t c = 0; c < cells; ++c) {
        m_cellChanged[c] = m_cellUsed[c] && m_changedPixels[c] * 4 >= m_cellPixels[c];
        m_cellChangedRaw[c] = m_cellUsed[c] && m_changedPixelsRaw[c] * 4 >= m_cellPixels[c];
        changed += m_cellChanged[c];
        changedRaw += m_cellChangedRaw[c];
    }
    bool relight =
        std::abs(result.gain - 1) > 0.02 || std::abs(result.gain * 128 + result.offset - 128) > 2;
    if (changed > changedRaw) {
        // The light model made it worse: no light correction for this picture.
        m_cellChanged.swap(m_cellChangedRaw);
        changed = changedRaw;
        result.gain = 1;
        result.offset = 0;
        relight = false;
    }
    const double share = double(changed) / m_usedCells;
    result.changedShare = double(changedRaw) / m_usedCells;

    if (result.changedShare > GlobalShare && share > ExplainedShare) {
        // Most of the picture changed and no light model explains it.
        result.verdict = Verdict::GlobalChange;
        seed(image);
    } else {
        // In the new light, the background is what it was.
        if (relight) {
            for (float &b : m_background)
                b = std::clamp(gain * b + offset, 0.0f, 255.0f);
        }
        if (result.changedShare > GlobalShare) {
            result.verdict = Verdict::LightChange;
        } else {
            result.score = share;
            result.verdict =
                share >= m_config.minArea && changed > 0 ? Verdict::Motion : Verdict::Quiet;
        }
        // Learn the picture; slower where it changed, so nothing moving is learnt.
        for (int y = 0; y < m_height; ++y) {
            const uint8_t *now = image.row(y);
            float *bg = m_background.data() + size_t(y) * size_t(width);
            for (int x = 0; x < width; ++x) {
                const float a = m_cellChanged[cellOf(x, y)] ? alphaChanged : alpha;
                bg[x] += a * (float(now[x]) - bg[x]);
            }
        }
    }
    if (result.verdict == Verdict::Motion)
        result.zones = zonesOf(m_cellChanged);
    track(result, timeMs);
    return result;
}

void MotionDetector::track(Result &result, qint64 timeMs)
{
    if (result.verdict == Verdict::Motion) {
        if (m_run == 0) {
            m_runStartMs = timeMs;
            m_runPeak = 0;
            if (!m_active)
                std::fill(m_eventCells.begin(), m_eventCells.end(), 0);
        }
        ++m_run;
        m_runPeak = std::max(m_runPeak, result.score);
        for (size_t c = 0; c < m_cellChanged.size(); ++c)
            m_eventCells[c] |= m_cellChanged[c];
        m_lastMotionMs = timeMs;
        if (m_active) {
            m_event.peakScore = std::max(m_event.peakScore, result.score);
        } else if (m_run >= m_config.startFrames) {
            m_active = true;
            m_event = MotionInfo();
            m_event.startMs = m_runStartMs;
            m_event.peakScore = m_runPeak;
            m_event.zones = zonesOf(m_eventCells);
            result.started = m_event;
        }
    } else {
        m_run = 0;
        if (m_active && timeMs - m_lastMotionMs >= m_config.endMs)
            result.ended = close();
    }
    result.active = m_active;
}

MotionInfo MotionDetector::close()
{
    m_event.endMs = m_lastMotionMs;
    m_event.zones = zonesOf(m_eventCells);
    m_active = false;
    m_run = 0;
    return m_event;
}

std::optional<MotionInfo> MotionDetector::finish()
{
    m_run = 0;
    if (!m_active)
        return std::nullopt;
    return close();
}

// Boxes around groups of touching cells (8 neighbours), largest first.
QList<QRectF> MotionDetector::zonesOf(const std::vector<uint8_t> &cells) const
{
    struct Box
    {
        int x0, y0, x1, y1, count;
    };
    std::vector<Box> boxes;
    std::vector<uint8_t> seen(cells.size(), 0);
    std::vector<int> stack;
    for (int start = 0; start < int(cells.size()); ++start) {
        if (!cells[size_t(start)] || seen[size_t(start)])
            continue;
        Box box{m_columns, m_rows, -1, -1, 0};
        stack.assign(1, start);
        seen[size_t(start)] = 1;
        while (!stack.empty()) {
            const int c = stack.back();
            stack.pop_back();
            const int cx = c % m_columns;
            const int cy = c / m_columns;
            box.x0 = std::min(box.x0, cx);
            box.y0 = std::min(box.y0, cy);
            box.x1 = std::max(box.x1, cx);
            box.y1 = std::max(box.y1, cy);
            ++box.count;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = cx + dx;
                    const int ny = cy + dy;
                    if (nx < 0 || ny < 0 || nx >= m_columns || ny >= m_rows)
                        continue;
                    const int n = ny * m_columns + nx;
                    if (cells[size_t(n)] && !seen[size_t(n)]) {
                        seen[size_t(n)] = 1;
                        stack.push_back(n);
                    }
                }
            }
        }
        boxes.push_back(box);
    }
    std::sort(boxes.begin(), boxes.end(),
              [](const Box &a, const Box &b) { return a.count > b.count; });
    QList<QRectF> zones;
    for (const Box &b : boxes) {
        if (zones.size() == MaxZones)
            break;
        const double left = double(b.x0 * CellSize) / m_width;
        const double top = double(b.y0 * CellSize) / m_height;
        const double right = double(std::min((b.x1 + 1) * CellSize, m_width)) / m_width;
        const double bottom = double(std::min((b.y1 + 1) * CellSize, m_height)) / m_height;
        zones << QRectF(left, top, right - left, bottom - top);
    }
    return zones;
}
