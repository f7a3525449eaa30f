// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// Runs the tst_*.qml files with the PiCam module and real facades over a
// Settings object whose file lives in a temporary directory.
#include "backendsingletons.h"
#include "config/settings.h"
#include "events/eventlog.h"
#include "events/eventservice.h"
#include "mediabackend.h"
#include "qrimageprovider.h"
#include "recording/packetinbox.h"
#include "recording/recordingservice.h"
#include "sensors/sensorreading.h"
#include "streamstandin.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <QtQuickTest>

#include <memory>

// What the QML tests need beyond the facades: a known reading to show and a
// look at the settings file, to see that nothing was saved.
class TestProbe : public QObject
{
    Q_OBJECT
public:
    TestProbe(Settings &settings, SensorPanel &panel, Preview &preview, EventNotice &notice,
              UserActivity &activity, const QString &directory)
        : m_settings(settings)
        , m_panel(panel)
        , m_preview(preview)
        , m_notice(notice)
        , m_activity(activity)
        , m_directory(directory)
    {}

    // An event of type ("motion", "tamper") starting at 14:23:55 local time,
    // as the events service would report it.
    Q_INVOKABLE void startEvent(const QString &type)
    {
        Event e;
        e.type = Event::typeFromName(type).value_or(Event::Type::Motion);
        e.startMs = QDateTime(QDate(2026, 5, 16), QTime(14, 23, 55)).toMSecsSinceEpoch();
        e.id = Event::makeId(e.type, e.startMs);
        m_lastEventId = e.id;
        m_notice.showStart(e);
    }
    // Its snapshot (a 160x90 JPEG) saved, as the events service says it.
    Q_INVOKABLE bool saveEventSnapshot()
    {
        QImage image(160, 90, QImage::Format_RGB32);
        image.fill(0xff3070a0);
        const QString path =
            m_directory + QStringLiteral("/") + m_lastEventId + QStringLiteral(".jpg");
        if (!image.save(path, "JPEG"))
            return false;
        m_notice.setSnapshot(m_lastEventId, path);
        return true;
    }

    // temp_humidity 20.0 °C, temp_pressure 25.0 °C, humidity 45 %, pressure
    // 1013.25 hPa; the compensated temperature is missing.
    Q_INVOKABLE void feedReading()
    {
        SensorReading r;
        r.timestampMs = 1'700'000'000'000;
        r.set(SensorReading::TempHumidity, 20.0);
        r.set(SensorReading::TempPressure, 25.0);
        r.set(SensorReading::Humidity, 45.0);
        r.set(SensorReading::Pressure, 1013.25);
        r.set(SensorReading::CpuTemperature, 48.0);
        m_panel.setReading(r);
    }
    // One 64x48 frame into the preview's sink, as the preview bridge would.
    Q_INVOKABLE bool pushFrame()
    {
        QVideoSink *sink = m_preview.videoSink();
        if (!sink)
            return false;
        QVideoFrame frame(QVideoFrameFormat(QSize(64, 48), QVideoFrameFormat::Format_XRGB8888));
        if (!frame.map(QVideoFrame::WriteOnly))
            return false;
        for (int y = 0; y < 48; ++y)
            std::fill_n(reinterpret_cast<quint32 *>(frame.bits(0) + y * frame.bytesPerLine(0)), 64,
                        0xff20a040u);
        frame.unmap();
        sink->setVideoFrame(frame);
        return true;
    }
    // Watches the test window's input as the kiosk window's is watched
    // (UserActivity: the focus frame only after keys).
    Q_INVOKABLE bool watchInput(QQuickItem *item)
    {
        if (!item || !item->window())
            return false;
        item->window()->installEventFilter(&m_activity);
        return true;
    }
    // The gallery's card, afresh: newest first a photo (14:22), a tamper
    // event whose clip is gone (14:21) and a 12 s motion event with its
    // snapshot and an 8 s clip that ffmpeg makes (14:20). The events
    // service reads them as after a restart.
    Q_INVOKABLE bool fillGallery()
    {
        if (!m_events || !m_recording)
            return false;
        const QString photos = m_settings.text(QStringLiteral("ui/snapshot_dir"));
        for (const QString &dir : {m_events->directory(), m_recording->directory(), photos}) {
            QDir(dir).removeRecursively();
            if (!QDir().mkpath(dir))
                return false;
        }
        // A day of its own each time, in every test file (the image cache
        // is the process's): a file name the screen saw deleted is never
        // reused, as on the card (Qt 6.8 keeps a failed load of a name).
        static int fills = 0;
        const QDate day = QDate(2026, 5, 16).addDays(fills++);
        const auto at = [&day](int minute) {
            return QDateTime(day, QTime(14, minute)).toMSecsSinceEpoch();
        };
        QImage image(320, 180, QImage::Format_RGB32);
        image.fill(0xff3070a0);

        Event motion;
        motion.type = Event::Type::Motion;
        motion.startMs = at(20);
        motion.endMs = motion.startMs + 12'000;
        motion.id = Event::makeId(motion.type, motion.startMs);
        motion.snapshot = motion.id + QStringLiteral(".jpg");
        motion.clip = motion.id + QStringLiteral(".mp4");
        Event tamper = motion;
        tamper.type = Event::Type::Tamper;
        tamper.startMs = at(21);
        tamper.endMs = tamper.startMs + 1'000;
        tamper.id = Event::makeId(tamper.type, tamper.startMs);
        tamper.snapshot = tamper.id + QStringLiteral(".jpg");
        tamper.clip = tamper.id + QStringLiteral(".mp4"); // not on the card

        // Opened first: it removes snapshots no logged event names.
        EventLog log;
        if (!log.open(m_events->directory(), {}))
            return false;
        const QString photo = photos + QStringLiteral("/picam-test-%1-142200.jpg")
                                           .arg(day.toString(QStringLiteral("yyyyMMdd")));
        if (!image.save(m_events->directory() + QStringLiteral("/") + motion.snapshot, "JPEG") ||
            !image.save(m_events->directory() + QStringLiteral("/") + tamper.snapshot, "JPEG") ||
            !image.save(photo, "JPEG") || !setModified(photo, at(22)) ||
            !makeClip(m_recording->directory() + QStringLiteral("/") + motion.clip))
            return false;
        if (!log.append(motion) || !log.append(tamper))
            return false;
        m_events->restart();
        return m_events->loggedEvents().size() == 2;
    }
    Q_INVOKABLE bool fileExists(const QUrl &url) const { return QFile::exists(url.toLocalFile()); }
    void setGallerySources(EventService *events, RecordingService *recording)
    {
        m_events = events;
        m_recording = recording;
    }

    Q_INVOKABLE QString setSetting(const QString &key, const QString &text)
    {
        return m_settings.setValue(key, text);
    }
    Q_INVOKABLE QString settingText(const QString &key) const { return m_settings.text(key); }
    Q_INVOKABLE QString settingsFileText() const
    {
        QFile file(m_settings.path());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

private:
    static bool setModified(const QString &path, qint64 ms)
    {
        QFile file(path);
        return file.open(QIODevice::ReadWrite) &&
               file.setFileTime(QDateTime::fromMSecsSinceEpoch(ms),
                                QFileDevice::FileModificationTime);
    }
    // An 8 s H.264 clip in fragmented MP4, as the recorder writes them.
    static bool makeClip(const QString &path)
    {
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"),
                      QStringLiteral("error"),
                      QStringLiteral("-y"),
                      QStringLiteral("-f"),
                      QStringLiteral("lavfi"),
                      QStringLiteral("-i"),
                      QStringLiteral("testsrc=size=320x180:rate=15"),
                      QStringLiteral("-t"),
                      QStringLiteral("8"),
                      QStringLiteral("-c:v"),
                      QStringLiteral("libx264"),
                      QStringLiteral("-preset"),
                      QStringLiteral("ultrafast"),
                      QStringLiteral("-g"),
                      QStringLiteral("15"),
                      QStringLiteral("-bf"),
                      QStringLiteral("0"),
                      QStringLiteral("-pix_fmt"),
                      QStringLiteral("yuv420p"),
                      QStringLiteral("-movflags"),
                      QStringLiteral("frag_keyframe+empty_moov+default_base_moof"),
                      path});
        if (!ffmpeg.waitForFinished(60'000) || ffmpeg.exitCode() != 0) {
            qWarning() << "ffmpeg could not make a clip:" << ffmpeg.readAllStandardError();
            return false;
        }
        return true;
    }

    Settings &m_settings;
    SensorPanel &m_panel;
    Preview &m_preview;
    EventNotice &m_notice;
    UserActivity &m_activity;
    QString m_directory;
    QString m_lastEventId;
    EventService *m_events = nullptr;
    RecordingService *m_recording = nullptr;
};

class Setup : public QObject
{
    Q_OBJECT
public:
    // Made before the application: the on-screen keyboard is the input
    // method, as on the kiosk, so tests can see where it covers the screen.
    Setup()
    {
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
        MediaBackend::choose();
    }

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->addImageProvider(QLatin1String(QrImageProvider::Name), new QrImageProvider);
        m_settings.setPath(m_dir.filePath(QStringLiteral("picam-kiosk.conf")));
        m_settings.setValue(QStringLiteral("ui/snapshot_dir"),
                            m_dir.filePath(QStringLiteral("shots")));
        BackendSingletons::setSupervisor(&m_supervisor);
        BackendSingletons::setSettings(&m_settings);
        // A "stream" service first, so the facades watch it as in main().
        if (!m_supervisor.service(QStringLiteral("stream")))
            m_supervisor.addService(new TestSupport::StreamStandIn);
        // Called once per tst_*.qml file: fresh facades for each.
        m_ui.reset();
        // No backlight, whatever this machine has: display power is off.
        m_ui = std::make_unique<UiFacades>(m_settings, m_supervisor,
                                           m_dir.filePath(QStringLiteral("no-backlight")));
        m_ui->kioskScreen.setRetranslator([engine] { engine->retranslate(); });
        BackendSingletons::setFacades(m_ui.get());
        m_probe = std::make_unique<TestProbe>(m_settings, m_ui->sensorPanel, m_ui->preview,
                                              m_ui->eventNotice, m_ui->userActivity, m_dir.path());
        // The gallery over services of its own (made once, with the app).
        if (!m_events) {
            m_events = std::make_unique<EventService>(m_settings);
            m_events->setDirectory(m_dir.filePath(QStringLiteral("state/events")));
            m_recording = std::make_unique<RecordingService>(m_settings, m_inbox);
            m_recording->setDirectory(m_dir.filePath(QStringLiteral("state/clips")));
        }
        m_ui->gallery.setEventService(m_events.get());
        m_ui->gallery.setRecordingService(m_recording.get());
        m_probe->setGallerySources(m_events.get(), m_recording.get());
        qmlRegisterSingletonInstance("PiCamTest", 1, 0, "TestProbe", m_probe.get());
    }

private:
    QTemporaryDir m_dir;
    Settings m_settings;
    Supervisor m_supervisor;
    PacketInbox m_inbox;
    std::unique_ptr<EventService> m_events;
    std::unique_ptr<RecordingService> m_recording;
    std::unique_ptr<UiFacades> m_ui;
    std::unique_ptr<TestProbe> m_probe;
};

QUICK_TEST_MAIN_WITH_SETUP(picam_qml, Setup)

#include "test_qml.moc"
