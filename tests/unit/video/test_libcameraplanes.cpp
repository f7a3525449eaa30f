// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// Where a libcamera buffer's picture lies, over the layouts the Raspberry Pi
// pipelines produce (worked out from the sources, since these machines have
// no camera):
// - Pi 4 (rpi/vc4, bcm2835-isp): YUV420 as one single-planar V4L2 buffer;
//   bytesperline = width aligned to 64, chroma rows half of it; the buffer
//   holds stride x height x 3/2 bytes.
// - Pi 5 (rpi/pisp, libpisp compute_optimal_stride): the chroma stride is
//   width/2 aligned to 64 and the luma stride twice that.
// libcamera splits a single-planar buffer into three planes on one fd:
// offset 0, stride x height; then (stride/2) x ceil(height/2) twice.
#include "video/libcameraplanes.h"

#include <QTest>

using namespace LibcameraPlanes;

namespace {

constexpr uint64_t PageSize = 4096;

uint64_t alignUp(uint64_t value, uint64_t alignment)
{
    return (value + alignment - 1) / alignment * alignment;
}

uint64_t pi4Stride(uint64_t width)
{
    return alignUp(width, 64);
}

uint64_t pi5Stride(uint64_t width)
{
    return 2 * alignUp(width / 2, 64);
}

// How libcamera describes one V4L2 single-planar YUV420 buffer.
std::vector<BufferPlane> splitLikeLibcamera(int fd, uint64_t stride, uint64_t height)
{
    const uint64_t y = stride * height;
    const uint64_t c = stride / 2 * ((height + 1) / 2);
    return {{fd, 0, y}, {fd, y, c}, {fd, y + c, c}};
}

// Every byte a reader of the picture touches lies inside a mapping.
bool readsStayInside(const Plan &plan, const Picture &picture)
{
    const int count = planeCount(picture.layout);
    if (int(plan.planes.size()) != count)
        return false;
    for (int i = 0; i < count; ++i) {
        const bool chroma = i > 0;
        uint64_t rows = chroma ? (picture.height + 1) / 2 : picture.height;
        uint64_t stride = picture.stride;
        uint64_t bytes = picture.rowBytes;
        if (chroma && picture.layout == Layout::I420) {
            stride /= 2;
            bytes = (bytes + 1) / 2;
        } else if (chroma) {
            bytes = (bytes + 1) / 2 * 2;
        }
        const PlaneStart &start = plan.planes[size_t(i)];
        const auto mapping = std::find_if(plan.mappings.begin(), plan.mappings.end(),
                                          [&](const Mapping &m) { return m.fd == start.fd; });
        if (mapping == plan.mappings.end())
            return false;
        if (start.offset + (rows - 1) * stride + bytes > mapping->length)
            return false;
    }
    return true;
}

} // namespace

class TestLibcameraPlanes : public QObject
{
    Q_OBJECT
private slots:
    void pi4OneDmabufThreePlanes_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("stride");
        QTest::newRow("640x480") << 640 << 480 << 640;
        QTest::newRow("800x600 padded") << 800 << 600 << 832;
        QTest::newRow("1280x720") << 1280 << 720 << 1280;
        QTest::newRow("1332x990 padded") << 1332 << 990 << 1344;
        QTest::newRow("1920x1080") << 1920 << 1080 << 1920;
        QTest::newRow("2028x1520 padded") << 2028 << 1520 << 2048;
    }

    void pi4OneDmabufThreePlanes()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, stride);
        QCOMPARE(pi4Stride(uint64_t(width)), uint64_t(stride));
        const uint64_t s = uint64_t(stride), h = uint64_t(height);
        const uint64_t sizeimage = s * h * 3 / 2;
        const Picture picture{Layout::I420, uint64_t(width), s, h};
        const Plan plan =
            locate(splitLikeLibcamera(7, s, h), picture, {{7, alignUp(sizeimage, PageSize)}});
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.mappings.size(), size_t(1));
        QCOMPARE(plan.mappings[0].fd, 7);
        QCOMPARE(plan.mappings[0].length, sizeimage);
        QCOMPARE(plan.planes.size(), size_t(3));
        QCOMPARE(plan.planes[0].offset, uint64_t(0));
        QCOMPARE(plan.planes[1].offset, s * h);
        QCOMPARE(plan.planes[2].offset, s * h + s / 2 * h / 2);
        for (const PlaneStart &p : plan.planes)
            QCOMPARE(p.fd, 7);
        QVERIFY(readsStayInside(plan, picture));
    }

    void pi5PispOneDmabufThreePlanes_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("stride");
        QTest::newRow("640x480") << 640 << 480 << 640;
        QTest::newRow("800x600 padded") << 800 << 600 << 896;
        QTest::newRow("1332x990 padded") << 1332 << 990 << 1408;
        QTest::newRow("1456x1088 padded") << 1456 << 1088 << 1536;
        QTest::newRow("1920x1080") << 1920 << 1080 << 1920;
        QTest::newRow("2304x1296") << 2304 << 1296 << 2304;
    }

    void pi5PispOneDmabufThreePlanes()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, stride);
        QCOMPARE(pi5Stride(uint64_t(width)), uint64_t(stride));
        const uint64_t s = uint64_t(stride), h = uint64_t(height);
        const auto planes = splitLikeLibcamera(3, s, h);
        const uint64_t frameSize = planes[2].offset.value() + planes[2].length;
        const Picture picture{Layout::I420, uint64_t(width), s, h};
        const Plan plan = locate(planes, picture, {{3, alignUp(frameSize, PageSize)}});
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.mappings.size(), size_t(1));
        QCOMPARE(plan.mappings[0].length, frameSize);
        QCOMPARE(plan.planes[1].offset, s * h);
        QCOMPARE(plan.planes[2].offset, s * h + s / 2 * h / 2);
        // The chroma rows (stride / 2) are 64-byte aligned, as PiSP wants.
        QCOMPARE(s / 2 % 64, uint64_t(0));
        QVERIFY(readsStayInside(plan, picture));
    }

    void onePlaneHoldsAllThree()
    {
        // A pipeline that leaves the single V4L2 plane unsplit.
        const uint64_t s = 832, h = 600;
        const Picture picture{Layout::I420, 800, s, h};
        const Plan plan = locate({{5, 4096, s * h * 3 / 2}}, picture, {{5, 4096 + s * h * 3 / 2}});
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.mappings.size(), size_t(1));
        QCOMPARE(plan.mappings[0].length, 4096 + s * h * 3 / 2);
        QCOMPARE(plan.planes[0].offset, uint64_t(4096));
        QCOMPARE(plan.planes[1].offset, 4096 + s * h);
        QCOMPARE(plan.planes[2].offset, 4096 + s * h + s / 2 * h / 2);
        QVERIFY(readsStayInside(plan, picture));
    }

    void separateDmabufPerPlane()
    {
        // YUV420M: one dmabuf per plane, each at offset 0.
        const uint64_t s = 1280, h = 720;
        const Picture picture{Layout::I420, 1280, s, h};
        const Plan plan = locate({{10, 0, s * h}, {11, 0, s * h / 4}, {12, 0, s * h / 4}}, picture,
                                 {{10, s * h}, {11, s * h / 4}, {12, s * h / 4}});
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.mappings.size(), size_t(3));
        QCOMPARE(plan.mappings[0].fd, 10);
        QCOMPARE(plan.mappings[1].fd, 11);
        QCOMPARE(plan.mappings[2].length, s * h / 4);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(plan.planes[size_t(i)].fd, 10 + i);
            QCOMPARE(plan.planes[size_t(i)].offset, uint64_t(0));
        }
        QVERIFY(readsStayInside(plan, picture));
    }

    void invalidOffsetsInSeparateDmabufsStartAtZero()
    {
        const uint64_t s = 640, h = 480;
        const Picture picture{Layout::I420, 640, s, h};
        const Plan plan = locate(
            {{4, std::nullopt, s * h}, {5, std::nullopt, s * h / 4}, {6, std::nullopt, s * h / 4}},
            picture, {});
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        for (const PlaneStart &p : plan.planes)
            QCOMPARE(p.offset, uint64_t(0));
        QVERIFY(readsStayInside(plan, picture));
    }

    void invalidOffsetsInOneDmabufFollowEachOther()
    {
        // Never all at offset 0: U and V would read the luma.
        const uint64_t s = 640, h = 480;
        const Picture picture{Layout::I420, 640, s, h};
        const Plan plan = locate(
            {{4, std::nullopt, s * h}, {4, std::nullopt, s * h / 4}, {4, std::nullopt, s * h / 4}},
            picture, {{4, s * h * 3 / 2}});
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.planes[1].offset, s * h);
        QCOMPARE(plan.planes[2].offset, s * h * 5 / 4);
        QCOMPARE(plan.mappings.size(), size_t(1));
        QCOMPARE(plan.mappings[0].length, s * h * 3 / 2);
    }

    void oddHeightAndWidth()
    {
        // 641x481: chroma is 321x241, rows of stride / 2.
        const uint64_t s = pi4Stride(641), h = 481;
        QCOMPARE(s, uint64_t(704));
        const auto planes = splitLikeLibcamera(9, s, h);
        QCOMPARE(planes[1].length, uint64_t(352 * 241));
        const Picture picture{Layout::I420, 641, s, h};
        const Plan plan = locate(planes, picture, {{9, alignUp(s * h + 2 * 352 * 241, PageSize)}});
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.planes[2].offset, s * h + 352 * 241);
        QVERIFY(readsStayInside(plan, picture));

        // The same picture in one plane: V starts after 241 rows of U, not 240.
        const Plan single = locate({{9, 0, s * h + 2 * 352 * 241}}, picture, {});
        QVERIFY2(single.isValid(), qPrintable(single.error));
        QCOMPARE(single.planes[2].offset, s * h + 352 * 241);
        QVERIFY(readsStayInside(single, picture));

        // One byte short of the last chroma row: refused.
        const Plan shortPlane = locate({{9, 0, s * h + 2 * 352 * 241 - 352 + 320}}, picture, {});
        QVERIFY(!shortPlane.isValid());
    }

    void lastRowNeedsNoPadding()
    {
        // A reader touches rowBytes of the last row, not the whole stride.
        const uint64_t s = 704, h = 2;
        const Picture picture{Layout::Packed, 640, s, h};
        QVERIFY(locate({{1, 0, s + 640}}, picture, {{1, s + 640}}).isValid());
        QVERIFY(!locate({{1, 0, s + 639}}, picture, {{1, s + 639}}).isValid());
    }

    void semiPlanarInTwoPlanes()
    {
        const uint64_t s = 832, h = 600;
        const Picture picture{Layout::SemiPlanar420, 800, s, h};
        const Plan plan =
            locate({{2, 0, s * h}, {2, s * h, s * h / 2}}, picture, {{2, s * h * 3 / 2}});
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.planes.size(), size_t(2));
        QCOMPARE(plan.planes[1].offset, s * h);
        QCOMPARE(plan.mappings.size(), size_t(1));
        QVERIFY(readsStayInside(plan, picture));
    }

    void semiPlanarInOnePlane()
    {
        const uint64_t s = 640, h = 481;
        const Picture picture{Layout::SemiPlanar420, 640, s, h};
        const Plan plan = locate({{2, 0, s * h + s * 241}}, picture, {{2, s * h + s * 241}});
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.planes[1].offset, s * h);
        QVERIFY(readsStayInside(plan, picture));
        QVERIFY(!locate({{2, 0, s * h + s * 240}}, picture, {}).isValid());
    }

    void packed()
    {
        // YUYV 640x480: two bytes a pixel.
        const Picture picture{Layout::Packed, 1280, 1280, 480};
        const Plan plan = locate({{8, 0, 1280 * 480}}, picture, {{8, 1280 * 480}});
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.planes.size(), size_t(1));
        QCOMPARE(plan.mappings[0].length, uint64_t(1280 * 480));
        QVERIFY(readsStayInside(plan, picture));
    }

    void planeOverrunningItsDmabufIsRefused_data()
    {
        QTest::addColumn<quint64>("dmabufSize");
        const uint64_t s = 832, h = 600;
        QTest::newRow("one byte short") << quint64(s * h * 3 / 2 - 1);
        QTest::newRow("only the luma") << quint64(s * h);
        QTest::newRow("one page") << quint64(PageSize);
    }

    void planeOverrunningItsDmabufIsRefused()
    {
        QFETCH(quint64, dmabufSize);
        const uint64_t s = 832, h = 600;
        const Plan plan =
            locate(splitLikeLibcamera(7, s, h), {Layout::I420, 800, s, h}, {{7, dmabufSize}});
        QVERIFY(!plan.isValid());
        QVERIFY2(plan.error.contains(QStringLiteral("overruns its dmabuf")),
                 qPrintable(plan.error));
        QVERIFY(plan.mappings.empty());
        QVERIFY(plan.planes.empty());
    }

    void offsetBeyondTheDmabufIsRefused()
    {
        const uint64_t s = 640, h = 480;
        auto planes = splitLikeLibcamera(7, s, h);
        planes[2].offset = s * h * 2;
        QVERIFY(!locate(planes, {Layout::I420, 640, s, h}, {{7, alignUp(s * h * 3 / 2, PageSize)}})
                     .isValid());
    }

    void strideWiderThanThePlanesIsRefused()
    {
        // libcamera's planes were sized for stride 640; reading with 704
        // would run past each plane into the next, and past the buffer.
        const Plan plan =
            locate(splitLikeLibcamera(7, 640, 480), {Layout::I420, 640, 704, 480}, {});
        QVERIFY(!plan.isValid());
        QVERIFY2(plan.error.contains(QStringLiteral("picture plane 0")), qPrintable(plan.error));
    }

    void unknownDmabufSizeTrustsThePlanes()
    {
        const uint64_t s = 640, h = 480;
        const Picture picture{Layout::I420, 640, s, h};
        const Plan plan = locate(splitLikeLibcamera(7, s, h), picture, {{7, 0}});
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.mappings[0].length, s * h * 3 / 2);
    }

    void nonsenseIsRefused()
    {
        const auto planes = splitLikeLibcamera(7, 640, 480);
        QVERIFY(!locate({}, {Layout::I420, 640, 640, 480}, {}).isValid());
        QVERIFY(!locate(planes, {Layout::I420, 640, 0, 480}, {}).isValid());
        QVERIFY(!locate(planes, {Layout::I420, 640, 640, 0}, {}).isValid());
        QVERIFY(!locate(planes, {Layout::I420, 0, 640, 480}, {}).isValid());
        QVERIFY(!locate(planes, {Layout::I420, 641, 640, 480}, {}).isValid());
        QVERIFY(!locate({{7, 0, 641 * 480 * 2}}, {Layout::I420, 640, 641, 480}, {}).isValid());
        QVERIFY(!locate({planes[0], planes[1]}, {Layout::I420, 640, 640, 480}, {}).isValid());
        QVERIFY(!locate({{-1, 0, 640 * 480 * 2}}, {Layout::I420, 640, 640, 480}, {}).isValid());
        QVERIFY(
            !locate({{7, uint64_t(1) << 62, 640}}, {Layout::Packed, 640, 640, 1}, {}).isValid());
        QVERIFY(!locate(planes, {Layout::I420, 640, 640, uint64_t(1) << 40}, {}).isValid());
        QVERIFY(!locate({{7, 0, 641 * 10}}, {Layout::SemiPlanar420, 641, 641, 4}, {}).isValid());
    }

    void unusedPlanesAreNotMapped()
    {
        // A packed picture reads plane 0 only.
        const Plan plan =
            locate({{1, 0, 1280 * 2}, {2, 0, 99}}, {Layout::Packed, 1280, 1280, 2}, {{2, 1}});
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.mappings.size(), size_t(1));
        QCOMPARE(plan.mappings[0].fd, 1);
    }
};

QTEST_GUILESS_MAIN(TestLibcameraPlanes)
#include "test_libcameraplanes.moc"
