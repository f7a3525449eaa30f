import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PiCam

ApplicationWindow {
    id: window

    width: 800
    height: 480
    visible: false  // main() shows it, full screen or windowed
    title: Qt.application.name
    color: Theme.background

    Component.onCompleted: Theme.scale = Qt.binding(() => Math.max(0.8, Math.min(width / 800, height / 480)))

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Text {
            text: Qt.application.name + " " + Qt.application.version
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }

        Repeater {
            model: Supervisor
            delegate: ServiceStatus {
                Layout.fillWidth: true
            }
        }

        Text {
            visible: Supervisor.count === 0
            text: qsTr("No services configured")
            color: Theme.textDim
            font.pixelSize: Theme.fontNormal
        }

        Item { Layout.fillHeight: true }
    }
}
