// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "ui/preview.h"
#include "ui/snapshotfile.h"

#include <QDir>
#include <QImageReader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>

class TestPreview : public QObject
{
    Q_OBJECT
private slots:
    void signalsChanges()
    {
        Preview preview;
        QSignalSpy fps(&preview, &Preview::displayFpsChanged);
        QSignalSpy source(&preview, &Preview::sourceAvailableChanged);
        QSignalSpy sink(&preview, &Preview::videoSinkChanged);
        preview.setDisplayFps(29.5);
        preview.setDisplayFps(29.5);
        preview.setSourceAvailable(true);
        QVideoSink videoSink;
        preview.setVideoSink(&videoSink);
        QCOMPARE(fps.count(), 1);
        QCOMPARE(source.count(), 1);
        QCOMPARE(sink.count(), 1);
        QCOMPARE(sink.at(0).at(0).value<QVideoSink *>(), &videoSink);
    }

    void firstFrameIsNoticedAndSnapshotSaved()
    {
        QTemporaryDir dir;
        Settings settings;
        QCOMPARE(settings.setValue(QStringLiteral("ui/snapshot_dir"), dir.filePath("shots")),
                 QString());
        QCOMPARE(settings.setValue(QStringLiteral("device/name"), QStringLiteral("hall")),
                 QString());
        Preview preview(&settings);
        QVideoSink sink;
        preview.setVideoSink(&sink);
        QSignalSpy hasFrame(&preview, &Preview::hasFrameChanged);
        QSignalSpy failed(&preview, &Preview::snapshotFailed);

        preview.takeSnapshot(); // nothing to save yet
        QCOMPARE(failed.count(), 1);

        QVideoFrame frame(QVideoFrameFormat(QSize(64, 48), QVideoFrameFormat::Format_XRGB8888));
        QVERIFY(frame.map(QVideoFrame::WriteOnly));
        for (int y = 0; y < 48; ++y)
            std::fill_n(reinterpret_cast<quint32 *>(frame.bits(0) + y * frame.bytesPerLine(0)), 64,
                        0xff3080c0u);
        frame.unmap();
        sink.setVideoFrame(frame);
        QCOMPARE(hasFrame.count(), 1);
        QVERIFY(preview.hasFrame());
        sink.setVideoFrame(frame); // later frames: no more signals
        QCOMPARE(hasFrame.count(), 1);

        QSignalSpy saved(&preview, &Preview::snapshotSaved);
        preview.takeSnapshot();
        QCOMPARE(saved.count(), 1);
        const QString path = saved.at(0).at(0).toString();
        QVERIFY2(path.startsWith(dir.filePath("shots/picam-hall-")), qPrintable(path));
        QVERIFY(path.endsWith(QStringLiteral(".jpg")));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("jpeg"));
        QCOMPARE(reader.size(), QSize(64, 48));
        QCOMPARE(preview.lastSnapshot(), path);
    }

    void snapshotSourceIsPreferred()
    {
        QTemporaryDir dir;
        Preview preview;
        QImage image(32, 16, QImage::Format_RGB32);
        image.fill(Qt::red);
        preview.setSnapshotSource([image] { return image; });
        const auto result = SnapshotFile::save(image, dir.path(), QStringLiteral("d"),
                                               QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5)));
        QVERIFY(result.ok());
        QCOMPARE(QFileInfo(result.path).fileName(), QStringLiteral("picam-d-20260102-030405.jpg"));
        // The same second again gets its own file.
        const auto again = SnapshotFile::save(image, dir.path(), QStringLiteral("d"),
                                              QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5)));
        QCOMPARE(QFileInfo(again.path).fileName(), QStringLiteral("picam-d-20260102-030405-2.jpg"));
    }

    void unwritableDirectoryIsReported()
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::blue);
        const auto result = SnapshotFile::save(image, QStringLiteral("/proc/picam-no"), "d");
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("/proc/picam-no")), qPrintable(result.error));
    }
};

QTEST_MAIN(TestPreview)
#include "test_preview.moc"
