// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import PiCam

// One gallery entry on the whole screen: its clip playing (Qt Multimedia:
// play, pause, seek) or its picture. Back returns to the list, Live to the
// camera, Delete asks first (the page asks). While a clip plays the screen
// neither goes dark nor locks (UserActivity.watching).
// Joystick: it starts on Play (or Back); left/right on the bar seek by five
// seconds; up reaches Back, Delete and Live.
Rectangle {
    id: viewer

    property string key
    property string kind
    property string title
    property string timeText
    property string durationText
    property url picture
    property url clip
    property real clipOffset: 0
    property bool recording: false
    // Why the last delete failed; shown under the title.
    property string message

    readonly property bool hasClip: clip.toString() !== ""
    readonly property bool playing: player.playbackState === MediaPlayer.PlayingState
    readonly property alias player: player
    readonly property alias backButton: backButton
    readonly property alias playButton: playButton
    readonly property alias seekBar: seekBar
    readonly property alias deleteButton: deleteButton
    readonly property alias liveButton: liveButton

    signal back()
    signal liveRequested()
    signal deleteRequested(string key)

    // The position to go to once the clip is loaded (a continuous
    // segment's event is minutes in); -1: none.
    property real pendingSeek: -1

    // entry: a row of the gallery's list (its roles).
    function show(entry) {
        key = entry.key
        kind = entry.kind
        title = entry.title
        timeText = entry.timeText
        durationText = entry.durationText
        picture = entry.picture
        recording = entry.recording
        clipOffset = entry.clipOffset
        message = ""
        clip = entry.clip
        visible = true
        if (hasClip) {
            player.source = clip
            pendingSeek = clipOffset > 0 ? clipOffset : -1
            player.play()
            playButton.forceActiveFocus()
        } else {
            backButton.forceActiveFocus()
        }
    }
    function close() {
        player.stop()
        player.source = ""
        clip = ""
        visible = false
    }
    function togglePlay() {
        if (playing)
            player.pause()
        else
            player.play()
    }
    // 83000 -> "1:23"
    function clock(ms) {
        const s = Math.max(0, Math.floor(ms / 1000))
        return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0")
    }

    color: "black"

    Keys.onEscapePressed: viewer.back()

    Binding {
        target: UserActivity
        property: "watching"
        value: viewer.visible && viewer.playing
    }
    // Gone while a clip plays (the screen locked, Live): the screen may
    // sleep and lock again.
    Component.onDestruction: UserActivity.watching = false

    MediaPlayer {
        id: player
        videoOutput: video
        onMediaStatusChanged: {
            if (viewer.pendingSeek >= 0 && (mediaStatus === MediaPlayer.LoadedMedia
                                            || mediaStatus === MediaPlayer.BufferedMedia)) {
                setPosition(viewer.pendingSeek)
                viewer.pendingSeek = -1
            }
        }
        onErrorOccurred: (error, errorString) => viewer.message = qsTr("Cannot play this clip: %1").arg(errorString)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                id: backButton
                objectName: "backButton"
                text: qsTr("Back")
                iconSource: "qrc:/PiCam/icons/back.svg"
                onClicked: viewer.back()
                KeyNavigation.right: deleteButton
                KeyNavigation.down: viewer.hasClip ? playButton : null
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    objectName: "viewerTitle"
                    Layout.fillWidth: true
                    text: viewer.title
                    color: viewer.kind === "tamper" ? Theme.warning : Theme.text
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: viewer.message !== "" ? viewer.message : viewer.timeText
                    color: viewer.message !== "" ? Theme.warning : Theme.textDim
                    font.pixelSize: Theme.fontSmall
                    wrapMode: viewer.message !== "" ? Text.Wrap : Text.NoWrap
                    elide: Text.ElideRight
                    maximumLineCount: 2
                }
            }
            TouchButton {
                id: deleteButton
                objectName: "deleteButton"
                text: qsTr("Delete")
                iconSource: "qrc:/PiCam/icons/delete.svg"
                onClicked: viewer.deleteRequested(viewer.key)
                KeyNavigation.left: backButton
                KeyNavigation.right: liveButton
                KeyNavigation.down: viewer.hasClip ? playButton : null
            }
            TouchButton {
                id: liveButton
                objectName: "viewerLiveButton"
                text: qsTr("Live")
                iconSource: "qrc:/PiCam/icons/play.svg"
                prominent: true
                onClicked: viewer.liveRequested()
                KeyNavigation.left: deleteButton
                KeyNavigation.down: viewer.hasClip ? seekBar : null
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            VideoOutput {
                id: video
                objectName: "video"
                anchors.fill: parent
                visible: viewer.hasClip
                fillMode: VideoOutput.PreserveAspectFit
            }
            Image {
                objectName: "picture"
                anchors.fill: parent
                visible: !viewer.hasClip
                source: viewer.visible && !viewer.hasClip ? viewer.picture : ""
                fillMode: Image.PreserveAspectFit
                asynchronous: true
            }
            Text {
                anchors.centerIn: parent
                width: parent.width - 4 * Theme.spacing
                visible: !viewer.hasClip && viewer.picture.toString() === ""
                text: qsTr("Neither a clip nor a picture of this is on the card any more.")
                color: Theme.textDim
                font.pixelSize: Theme.fontNormal
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: viewer.hasClip
            spacing: Theme.spacing
            TouchButton {
                id: playButton
                objectName: "playButton"
                text: viewer.playing ? qsTr("Pause") : qsTr("Play")
                iconSource: viewer.playing ? "qrc:/PiCam/icons/pause.svg" : "qrc:/PiCam/icons/play.svg"
                onClicked: viewer.togglePlay()
                KeyNavigation.right: seekBar
                KeyNavigation.up: backButton
            }
            Slider {
                id: seekBar
                objectName: "seekBar"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                from: 0
                to: Math.max(1, player.duration)
                // Five seconds a joystick step.
                stepSize: 5000
                focusPolicy: Qt.TabFocus
                enabled: player.seekable
                // Follows the clip, except while a finger holds it.
                Binding on value {
                    when: !seekBar.pressed
                    value: player.position
                    restoreMode: Binding.RestoreNone
                }
                onMoved: player.setPosition(value)
                KeyNavigation.up: liveButton
                KeyNavigation.down: null
                Rectangle {
                    anchors.fill: parent
                    visible: seekBar.activeFocus && Theme.keyFocusVisible
                    color: "transparent"
                    radius: Theme.radius
                    border.width: Theme.focusWidth
                    border.color: Theme.focus
                }
            }
            Text {
                objectName: "positionText"
                text: viewer.clock(player.position) + " / " + viewer.clock(player.duration)
                color: Theme.text
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
