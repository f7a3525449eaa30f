// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "motion/lumadownscaler.h"
#include "motionscene.h"

#include <QTest>

#include <vector>

class TestLumaDownscaler : public QObject
{
    Q_OBJECT
private slots:
    void sizesKeepTheAspect()
    {
        QCOMPARE(LumaDownscaler::outputSize(1280, 720), QSize(160, 90));
        QCOMPARE(LumaDownscaler::outputSize(1920, 1080), QSize(160, 90));
        QCOMPARE(LumaDownscaler::outputSize(640, 480), QSize(160, 120));
        QCOMPARE(LumaDownscaler::outputSize(1366, 768), QSize(160, 90));
        // Never larger than the source.
        QCOMPARE(LumaDownscaler::outputSize(120, 80), QSize(120, 80));
    }

    // 1280x720 to 160x90: every pixel is the rounded mean of its 8x8 box,
    // read through the plane's stride (rows padded like the camera's).
    void eachPixelIsTheMeanOfItsBox()
    {
        const int w = 1280, h = 720, stride = 1344;
        std::vector<uint8_t> plane(size_t(stride) * h, 0xee); // padding must not count
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x)
                plane[size_t(y) * stride + x] = uint8_t((x * 7 + y * 13 + (x * y) % 17) & 0xff);
        }
        LumaDownscaler downscaler;
        LumaImage out;
        downscaler.downscale(plane.data(), stride, w, h, out);
        QCOMPARE(out.width, 160);
        QCOMPARE(out.height, 90);
        for (int j = 0; j < 90; ++j) {
            for (int i = 0; i < 160; ++i) {
                int sum = 0;
                for (int y = j * 8; y < j * 8 + 8; ++y) {
                    for (int x = i * 8; x < i * 8 + 8; ++x)
                        sum += plane[size_t(y) * stride + x];
                }
                QCOMPARE(int(out.at(i, j)), (sum + 32) / 64);
            }
        }
    }

    // Sizes that do not divide: boxes one pixel apart in size, a flat
    // picture stays flat; the buffer is reused for the same size.
    void unevenSizesAndNoNewBuffer()
    {
        const int w = 1366, h = 768;
        std::vector<uint8_t> plane(size_t(w) * h, 77);
        LumaDownscaler downscaler;
        LumaImage out;
        downscaler.downscale(plane.data(), w, w, h, out);
        QCOMPARE(QSize(out.width, out.height), QSize(160, 90));
        for (uint8_t v : out.pixels)
            QCOMPARE(int(v), 77);
        const uint8_t *buffer = out.pixels.data();
        downscaler.downscale(plane.data(), w, w, h, out);
        QCOMPARE(out.pixels.data(), buffer);
    }

    // The motion tests' scene drawn at 1280x720 and shrunk is the scene
    // drawn at 160x90 but for the edges that fall inside a box.
    void aShrunkSceneLooksLikeTheSmallOne()
    {
        TestSupport::MotionScene scene;
        scene.square = QRectF(0.3, 0.3, 0.2, 0.3);
        std::vector<uint8_t> plane(size_t(1280) * 720);
        scene.draw(plane.data(), 1280, 1280, 720);
        LumaDownscaler downscaler;
        LumaImage shrunk;
        downscaler.downscale(plane.data(), 1280, 1280, 720, shrunk);
        const LumaImage small = scene.image(160, 90);
        double total = 0;
        for (size_t i = 0; i < small.pixels.size(); ++i)
            total += std::abs(int(small.pixels[i]) - int(shrunk.pixels[i]));
        const double mean = total / double(small.pixels.size());
        QVERIFY2(mean < 1.0, qPrintable(QString::number(mean)));
    }
};

QTEST_GUILESS_MAIN(TestLumaDownscaler)
#include "test_lumadownscaler.moc"
