// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "lumaimage.h"
#include "motioninfo.h"

#include <QList>
#include <QRectF>

#include <optional>
#include <vector>

class Settings;

// Finds motion in a sequence of small grey pictures (LumaImage, made by
// LumaDownscaler) and turns it into events. Pure: no threads, no clock (the
// caller passes each picture's time), so tests feed it pictures directly.
//
// - Background: a running average per pixel with a time constant of
//   BackgroundSeconds, so slow changes (a lamp warming up, the sun moving)
//   become background; cells that changed learn 4 x slower, so a passing
//   object leaves no ghost.
// - Light: before comparing, one brightness model for the whole picture,
//   now = gain x background + offset, is fitted to the cells' means
//   (robustly: the median difference first, then least squares over the
//   cells that agree with it), and the background is compared in the new
//   light. An exposure change or a cloud is explained by the model and
//   changes no cell.
// - Cells: the picture is cut into CellSize x CellSize cells; a pixel
//   changed when it differs from the relit background by more than
//   threshold(sensitivity) levels, a cell when a quarter of its unmasked
//   pixels did. The score is the share of unmasked cells that changed; a
//   frame has motion when it reaches minArea.
// - Global changes: when more than GlobalShare of the cells changed, it is
//   light, not motion: if the brightness model explains the change (it
//   leaves at most ExplainedShare changed: a light switched on) the
//   background is relit, else (the camera moved, a light that changed the
//   picture unevenly) it starts again from this picture. Either way the
//   frame has no motion. A light model that half the cells do not agree
//   with, or that leaves more changed than none, is not used.
// - Events: startFrames analysed frames in a row with motion start one; it
//   ends once no frame had motion for endMs. Masked pixels are never looked
//   at.
class MotionDetector
{
public:
    struct Config
    {
        int sensitivity = 50;  // motion/sensitivity, 1..100
        double minArea = 0.01; // motion/min_area as a share (0..1) of the unmasked picture
        int startFrames = 3;   // motion/start_frames
        qint64 endMs = 10000;  // motion/end_seconds
        QList<QRectF> mask;    // motion/mask, in fractions of the picture

        static Config fromSettings(const Settings &settings);
    };

    enum class Verdict {
        Seeded,       // the first picture (or one of a new size): the background starts from it
        Quiet,        // less than minArea changed
        Motion,       // minArea or more changed
        LightChange,  // most of the picture changed as one brightness model says: relit
        GlobalChange, // most of the picture changed and no brightness model explains it: reseeded
    };

    struct Result
    {
        Verdict verdict = Verdict::Seeded;
        double score = 0;        // share of unmasked cells that changed; 0 unless Quiet or Motion
        double changedShare = 0; // the same, before the light model (how much the picture changed)
        double gain = 1;         // the light model fitted: now = gain x background + offset
        double offset = 0;
        QList<QRectF> zones; // boxes of this picture's changed cells, with Motion
        bool active = false; // an event is going on after this picture
        std::optional<MotionInfo> started;
        std::optional<MotionInfo> ended;
    };

    static constexpr int CellSize = 5;               // pixels of the analysed picture
    static constexpr double GlobalShare = 0.6;       // more than this changed: light, not motion
    static constexpr double ExplainedShare = 0.3;    // at most this left by the light model: relit
    static constexpr double BackgroundSeconds = 5.0; // the background's time constant
    static constexpr int MaxZones = 8;

    explicit MotionDetector(const Config &config);

    const Config &config() const { return m_config; }
    // Luma levels (of 255) a pixel must differ by: 4 at sensitivity 100, 40 at 1.
    static int threshold(int sensitivity);

    // One picture, taken at timeMs (any clock that does not go back).
    Result analyse(const LumaImage &image, qint64 timeMs);
    // Ends an ongoing event now (detection switched off, service stopping):
    // its endMs is the last picture with motion. Nothing when none goes on.
    std::optional<MotionInfo> finish();
    bool eventActive() const { return m_active; }
    // Cells across and down for the last picture's size; which are masked.
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    bool cellMasked(int column, int row) const;

private:
    void setUp(int width, int height);
    void seed(const LumaImage &image);
    void fitLight(double &gain, double &offset);
    QList<QRectF> zonesOf(const std::vector<uint8_t> &cells) const;
    void track(Result &result, qint64 timeMs);
    MotionInfo close();

    Config m_config;
    int m_threshold;

    // The picture's geometry and mask.
    int m_width = 0;
    int m_height = 0;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<uint8_t> m_maskedPixel;
    std::vector<int> m_cellPixels; // unmasked pixels per cell
    std::vector<uint8_t> m_cellUsed;
    int m_usedCells = 0;

    // The model.
    std::vector<float> m_background;
    bool m_seeded = false;
    qint64 m_lastTimeMs = 0;

    // Per picture (kept to avoid allocating).
    std::vector<double> m_sumNow;
    std::vector<double> m_sumBackground;
    std::vector<int> m_changedPixels;
    std::vector<int> m_changedPixelsRaw;
    std::vector<uint8_t> m_cellChanged;
    std::vector<uint8_t> m_cellChangedRaw;
    std::vector<double> m_fitX;
    std::vector<double> m_fitY;
    std::vector<double> m_fitScratch;

    // Events.
    int m_run = 0; // pictures with motion in a row
    qint64 m_runStartMs = 0;
    double m_runPeak = 0;
    std::vector<uint8_t> m_eventCells; // changed during the run and the event
    bool m_active = false;
    qint64 m_lastMotionMs = 0;
    MotionInfo m_event;
};
