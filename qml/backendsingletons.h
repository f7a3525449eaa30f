#pragma once

#include "config/settings.h"
#include "system/service.h"
#include "system/supervisor.h"
#include "video/previewbridge.h"

#include <QJSEngine>
#include <QQmlEngine>

// Objects built by the composition root reach QML as singletons of the PiCam
// module, without context properties: each foreign declaration below names a
// backend type, and create() returns the instance main() set.
namespace BackendSingletons {

void setSupervisor(Supervisor *supervisor);
void setSettings(Settings *settings);
void setPreviewBridge(PreviewBridge *bridge);

template<typename T> struct Instance
{
    static inline T *object = nullptr;
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(object, "BackendSingletons", "main() did not set this singleton");
        QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
        return object;
    }
};

} // namespace BackendSingletons

struct SupervisorForeign : BackendSingletons::Instance<Supervisor>
{
    Q_GADGET
    QML_FOREIGN(Supervisor)
    QML_NAMED_ELEMENT(Supervisor)
    QML_SINGLETON
};

struct ServiceForeign
{
    Q_GADGET
    QML_FOREIGN(Service)
    QML_NAMED_ELEMENT(Service)
    QML_UNCREATABLE("Services are created by the backend")
};

// The camera preview: VideoOutput { Component.onCompleted: PreviewBridge.videoSink = videoSink }
struct PreviewBridgeForeign : BackendSingletons::Instance<PreviewBridge>
{
    Q_GADGET
    QML_FOREIGN(PreviewBridge)
    QML_NAMED_ELEMENT(PreviewBridge)
    QML_SINGLETON
};
