// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "motionscene.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace TestSupport {
namespace {

double texture(double u, double v)
{
    double level = 60 + 100 * u;
    const int cu = int(std::floor(u * 16));
    const int cv = int(std::floor(v * 9));
    if ((cu + cv) % 2 == 0)
        level += 40;
    // A cupboard on the left and a table on the right.
    if (u > 0.08 && u < 0.22 && v > 0.15 && v < 0.85)
        level -= 35;
    if (u > 0.62 && u < 0.9 && v > 0.6 && v < 0.8)
        level -= 25;
    return level;
}

} // namespace

void MotionScene::draw(uint8_t *plane, int stride, int width, int height) const
{
    std::mt19937 random(noiseSeed);
    std::normal_distribution<double> noise(0.0, noiseSigma > 0 ? noiseSigma : 1.0);
    std::vector<double> row(size_t(width), 0.0);
    for (int y = 0; y < height; ++y) {
        const double v = (y + 0.5) / height;
        for (int x = 0; x < width; ++x) {
            double u = (x + 0.5) / width - pan;
            u -= std::floor(u);
            double level = texture(u, v);
            if (square && square->contains(QPointF((x + 0.5) / width, v)))
                level = squareLevel;
            row[size_t(x)] = gain * level + offset;
        }
        uint8_t *out = plane + qptrdiff(y) * stride;
        for (int x = 0; x < width; ++x) {
            double level = row[size_t(x)];
            if (noiseSigma > 0)
                level += noise(random);
            out[x] = uint8_t(std::clamp(std::lround(level), 0L, 255L));
        }
    }
}

LumaImage MotionScene::image(int width, int height) const
{
    LumaImage out(width, height);
    draw(out.pixels.data(), width, width, height);
    return out;
}

QRectF MotionScene::squareOnPath(double progress, double y, double size, double aspect)
{
    const double w = size / aspect; // square on a picture of this aspect
    const double left = -w + progress * (1 + w);
    const QRectF whole(left, y - size / 2, w, size);
    return whole.intersected(QRectF(0, 0, 1, 1));
}

} // namespace TestSupport
