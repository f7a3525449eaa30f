// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// picam-kiosk --headless streaming the 1280x720 test pattern to a real RTSP
// receiver: what arrives decodes as browser-friendly H.264, and the
// credentials never reach the log.

#include "programprocess.h"
#include "rtspreceiver.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::ProgramProcess;
using TestSupport::RtspReceiver;

class TestStreamProgram : public QObject
{
    Q_OBJECT
private slots:
    void headlessStreamDecodesAsBaselineWithoutBFrames()
    {
        RtspReceiver receiver;
        QVERIFY(receiver.start());
        const QString urlPassword = QStringLiteral("Url-Secret-7391");
        const QString settingPassword = QStringLiteral("Setting-Secret-5528");
        QString url = receiver.url();
        url.replace(QStringLiteral("rtsp://"), QStringLiteral("rtsp://bob:%1@").arg(urlPassword));

        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("picam.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[mqtt]\nenabled=false\n");
        file.close();

        ProgramProcess program;
        program.start({QStringLiteral("--headless"),
                       QStringLiteral("--config"),
                       config,
                       QStringLiteral("--set"),
                       QStringLiteral("camera/source=testpattern"),
                       QStringLiteral("--set"),
                       QStringLiteral("camera/width=1280"),
                       QStringLiteral("--set"),
                       QStringLiteral("camera/height=720"),
                       QStringLiteral("--set"),
                       QStringLiteral("camera/framerate=30"),
                       QStringLiteral("--set"),
                       QStringLiteral("stream/encoder=libx264"),
                       QStringLiteral("--set"),
                       QStringLiteral("stream/keyframe_interval=1"),
                       QStringLiteral("--set"),
                       QStringLiteral("stream/url=") + url,
                       QStringLiteral("--set"),
                       QStringLiteral("stream/username=alice"),
                       QStringLiteral("--set"),
                       QStringLiteral("stream/password=") + settingPassword,
                       QStringLiteral("--set"),
                       QStringLiteral("mqtt/enabled=false")});
        QVERIFY2(program.waitForOutput(QStringLiteral("streaming ("), 30000),
                 qPrintable(program.output()));
        // Five seconds of stream.
        QVERIFY(receiver.waitForBytes(1, 10000));
        QTest::qWait(5000);
        program.terminate();
        QVERIFY(program.waitForExit(15000));
        QCOMPARE(program.exitCode(), 0);
        QVERIFY(receiver.waitForExit(15000));

        const QString log = program.output();
        QVERIFY2(!log.contains(urlPassword), qPrintable(log));
        QVERIFY2(!log.contains(settingPassword), qPrintable(log));

        const QRegularExpression sentPattern(QStringLiteral("stream stats: .* sent (\\d+),"));
        const auto match = sentPattern.match(log);
        QVERIFY2(match.hasMatch(), qPrintable(log));
        const int sent = match.captured(1).toInt();
        QVERIFY2(sent >= 100, qPrintable(log)); // about 150 in 5 s

        const RtspReceiver::Analysis a = RtspReceiver::analyse(receiver.outputPath());
        QVERIFY2(a.ok, qPrintable(a.error));
        qInfo() << "sent" << sent << "decoded" << a.frames << a.codec << a.profile
                << "max keyframe distance" << a.maxKeyframeDistance();
        QVERIFY2(a.frames >= sent * 9 / 10, qPrintable(QString::number(a.frames)));
        QCOMPARE(a.codec, QStringLiteral("h264"));
        QCOMPARE(a.width, 1280);
        QCOMPARE(a.height, 720);
        QVERIFY2(a.profile.contains(QStringLiteral("Baseline")), qPrintable(a.profile));
        QCOMPARE(a.hasBFrames, 0);
        QVERIFY(!a.pictTypes.contains(QStringLiteral("B")));
        QVERIFY(a.keyframes.first());
        QVERIFY2(a.maxKeyframeDistance() <= 30,
                 qPrintable(QString::number(a.maxKeyframeDistance())));
    }
};

QTEST_GUILESS_MAIN(TestStreamProgram)
#include "test_stream_program.moc"
