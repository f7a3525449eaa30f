// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "video/testpatternsource.h"

#include <QMutex>
#include <QTest>

#include <algorithm>
#include <cstring>

class TestTestPatternSource : public QObject
{
    Q_OBJECT
private slots:
    void deliversMovingFramesAtTheRequestedRateAndSize()
    {
        TestPatternSource source;
        QMutex mutex;
        QList<Frame> frames;
        FrameSource::Format format;
        format.width = 320;
        format.height = 240;
        format.fps = 30;
        QVERIFY(source.start(format,
                             [&](const Frame &f) {
                                 QMutexLocker lock(&mutex);
                                 frames << f;
                             },
                             {}));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QMutexLocker lock(&mutex);
                return frames.size() >= 91;
            }(),
            30000);
        source.stop();
        // Its pool grows: all 91 frames were held at once.
        QCOMPARE(source.bufferCount(), FrameSource::UnlimitedBuffers);
        QMutexLocker lock(&mutex);
        const Frame first = frames.first();
        const Frame last = frames[90];
        QCOMPARE(first.width(), 320);
        QCOMPARE(first.height(), 240);
        for (int i = 1; i < frames.size(); ++i)
            QCOMPARE(frames[i].sequence(), frames[i - 1].sequence() + 1);
        // 90 frame periods at 30 fps = 3 s, within 5 %.
        const double seconds = (last.timestampNs() - first.timestampNs()) / 1e9;
        const double fps = 90 / seconds;
        qInfo() << "measured" << fps << "fps";
        QVERIFY2(qAbs(fps - 30) <= 1.5, qPrintable(QString::number(fps)));
        // The picture moves: a row above the text differs between frames.
        const int row = 200;
        QVERIFY(std::memcmp(frames[0].plane(0) + row * frames[0].stride(0),
                            frames[1].plane(0) + row * frames[1].stride(0), 320) != 0);
        // The text sits in a dark box in the bottom-left corner (the kiosk's
        // badge covers the top left), and its digits change every frame.
        const auto darkRun = [](const Frame &f, int y) {
            const uchar *row = f.plane(0) + y * f.stride(0);
            return std::all_of(row, row + 90, [](uchar v) { return v == 16; });
        };
        QVERIFY(darkRun(first, 229));
        QVERIFY(darkRun(first, 239));
        QVERIFY(!darkRun(first, 0));
        QVERIFY(std::memcmp(frames[0].plane(0) + 233 * frames[0].stride(0),
                            frames[1].plane(0) + 233 * frames[1].stride(0), 90) != 0);
    }

    void noFrameAfterStop()
    {
        TestPatternSource source;
        std::atomic<int> count{0};
        FrameSource::Format format;
        format.width = 160;
        format.height = 120;
        format.fps = 1;
        QVERIFY(source.start(format, [&](const Frame &) { ++count; }, {}));
        QTRY_VERIFY_WITH_TIMEOUT(count >= 1, 10000);
        source.stop();
        const int after = count;
        QTest::qWait(100);
        QCOMPARE(int(count), after);
        QVERIFY(source.description().contains(QStringLiteral("160x120")));
    }
};

QTEST_GUILESS_MAIN(TestTestPatternSource)
#include "test_testpatternsource.moc"
