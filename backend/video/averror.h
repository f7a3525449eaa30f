#pragma once

#include <QString>

// FFmpeg error codes as text for messages and the log.
namespace AvError {
QString text(int error);
}
