// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PiCam

// What the guardian and the Photo button left on the card, newest first:
// events with their snapshot and clip, recordings and photos (Gallery).
// A row opens the viewer: the clip plays, a photo fills the screen. Delete
// one there, or everything here, after a question. Live goes back to the
// camera. The joystick moves through the rows (up/down) and opens one
// (press); up from the first row reaches the buttons.
Rectangle {
    id: page

    signal closed()

    readonly property alias list: list
    readonly property alias viewer: viewer
    readonly property alias confirm: confirm
    readonly property alias liveButton: liveButton
    readonly property alias deleteAllButton: deleteAllButton

    // The entry the question is about; "" for everything.
    property string pendingKey: ""

    color: Theme.background

    // The card is read while the gallery is on screen.
    onVisibleChanged: {
        Gallery.active = visible
        if (!visible) {
            viewer.close()
            confirm.visible = false
        }
    }
    Component.onCompleted: Gallery.active = visible
    // The kiosk makes the page only while it is shown (a Loader).
    Component.onDestruction: {
        viewer.close()
        Gallery.active = false
    }

    // Shown afresh: the newest entry first.
    function open() {
        visible = true
        list.currentIndex = 0
        list.positionViewAtBeginning()
        focusList()
    }
    function focusList() {
        if (list.count > 0)
            list.forceActiveFocus()
        else
            liveButton.forceActiveFocus()
    }
    function openRow(row) {
        if (row)
            viewer.show(row)
    }
    function askDelete(key) {
        pendingKey = key
        confirm.returnFocus = key === "" ? deleteAllButton : viewer.deleteButton
        confirm.ask(key === "" ? qsTr("Delete every event, clip and photo? Clips still being recorded are kept.")
                               : viewer.hasClip ? qsTr("Delete this clip and its picture?")
                                                : qsTr("Delete this picture?"))
    }

    Keys.onEscapePressed: page.closed()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: qsTr("Gallery")
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            Text {
                objectName: "countText"
                text: qsTr("%n item(s)", "", Gallery.count)
                color: Theme.textDim
                font.pixelSize: Theme.fontSmall
            }
            TouchButton {
                id: deleteAllButton
                objectName: "deleteAllButton"
                text: qsTr("Delete all")
                iconSource: "qrc:/PiCam/icons/delete.svg"
                enabled: Gallery.count > 0
                onClicked: page.askDelete("")
                KeyNavigation.right: liveButton
                KeyNavigation.down: list
            }
            TouchButton {
                id: liveButton
                objectName: "liveButton"
                text: qsTr("Live")
                iconSource: "qrc:/PiCam/icons/play.svg"
                prominent: true
                onClicked: page.closed()
                KeyNavigation.left: deleteAllButton
                KeyNavigation.down: list
            }
        }

        Text {
            objectName: "messageText"
            Layout.fillWidth: true
            visible: text !== ""
            text: Gallery.message
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "galleryList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: count > 0
            clip: true
            spacing: Math.round(Theme.spacing / 2)
            model: Gallery
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            // The list moves first; past its first row, up reaches the buttons.
            KeyNavigation.priority: KeyNavigation.AfterItem
            KeyNavigation.up: liveButton
            Keys.onReturnPressed: page.openRow(currentItem)
            Keys.onEnterPressed: page.openRow(currentItem)
            ScrollBar.vertical: ScrollBar {
                policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            delegate: Rectangle {
                id: row

                required property int index
                required property string key
                required property string kind
                required property string title
                required property string timeText
                required property string durationText
                required property string note
                required property url picture
                required property url clip
                required property real clipOffset
                required property bool recording

                width: ListView.view.width - (list.ScrollBar.vertical.visible ? list.ScrollBar.vertical.width : 0)
                height: Math.round(Theme.touch * 1.45)
                radius: Theme.radius
                color: rowTap.pressed ? Theme.surfaceRaised : Theme.surface
                border.width: ListView.isCurrentItem && list.activeFocus && Theme.keyFocusVisible ? Theme.focusWidth : 0
                border.color: Theme.focus

                RowLayout {
                    anchors.fill: parent
                    anchors.margins: Math.round(Theme.spacing / 2)
                    spacing: Theme.spacing

                    Rectangle {
                        Layout.fillHeight: true
                        Layout.preferredWidth: Math.round(height * 16 / 9)
                        radius: Math.round(Theme.radius / 2)
                        color: Theme.background
                        clip: true
                        Image {
                            objectName: "thumbnail"
                            anchors.fill: parent
                            source: row.picture
                            sourceSize: Qt.size(width * 2, height * 2)
                            fillMode: Image.PreserveAspectCrop
                            asynchronous: true
                        }
                        Image {
                            // No picture on the card: what kind of thing it is.
                            anchors.centerIn: parent
                            visible: row.picture.toString() === ""
                            source: row.kind === "photo" ? "qrc:/PiCam/icons/camera.svg" : "qrc:/PiCam/icons/film.svg"
                            width: Math.round(parent.height * 0.55)
                            height: width
                            sourceSize: Qt.size(width, height)
                        }
                        Image {
                            // A clip to play.
                            anchors.right: parent.right
                            anchors.bottom: parent.bottom
                            anchors.margins: 2
                            visible: row.clip.toString() !== ""
                            source: "qrc:/PiCam/icons/play.svg"
                            width: Math.round(parent.height * 0.35)
                            height: width
                            sourceSize: Qt.size(width, height)
                        }
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignVCenter
                        spacing: 0
                        Text {
                            objectName: "titleText"
                            Layout.fillWidth: true
                            text: row.title
                            color: row.kind === "tamper" ? Theme.warning : Theme.text
                            font.pixelSize: Theme.fontNormal
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Text {
                            objectName: "whenText"
                            Layout.fillWidth: true
                            text: row.durationText !== "" ? row.timeText + "  ·  " + row.durationText : row.timeText
                            color: Theme.textDim
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                        Text {
                            objectName: "noteText"
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: row.note
                            color: row.recording ? Theme.accent : Theme.textDim
                            font.pixelSize: Theme.fontTiny
                            elide: Text.ElideRight
                        }
                    }
                }

                TapHandler {
                    id: rowTap
                    onTapped: {
                        list.currentIndex = row.index
                        page.openRow(row)
                    }
                }
            }
        }

        Text {
            objectName: "emptyText"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: Gallery.count === 0
            text: qsTr("Nothing here yet. Events with their clips, recordings and photos from the Photo button show up here.")
            color: Theme.textDim
            font.pixelSize: Theme.fontNormal
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }

    GalleryViewer {
        id: viewer
        objectName: "galleryViewer"
        anchors.fill: parent
        visible: false
        onBack: {
            close()
            page.focusList()
        }
        onLiveRequested: page.closed()
        onDeleteRequested: key => page.askDelete(key)
    }

    ConfirmBar {
        id: confirm
        objectName: "confirmBar"
        anchors.fill: parent
        z: 10
        onAccepted: {
            if (page.pendingKey === "") {
                Gallery.removeAll()
                page.focusList()
            } else if (Gallery.remove(page.pendingKey)) {
                viewer.close()
                page.focusList()
            } else {
                viewer.message = Gallery.message
            }
        }
    }
}
