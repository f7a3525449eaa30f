#include "backendsingletons.h"

namespace BackendSingletons {

void setSupervisor(Supervisor *supervisor)
{
    Instance<Supervisor>::object = supervisor;
}

void setSettings(Settings *settings)
{
    Instance<Settings>::object = settings;
}

void setPreviewBridge(PreviewBridge *bridge)
{
    Instance<PreviewBridge>::object = bridge;
}

} // namespace BackendSingletons
