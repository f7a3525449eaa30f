// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam
import PiCamTest

// The settings panel validates through the backend and saves only valid edits.
TestCase {
    name: "SettingsPanel"
    when: windowShown
    visible: true  // TestCase is invisible by default; taps need a visible item
    width: 800
    height: 480

    SettingsPanel {
        id: panel
        anchors.fill: parent
    }
    SignalSpy { id: closedSpy; target: panel; signalName: "closed" }
    SignalSpy { id: restartSpy; target: SettingsEditor; signalName: "restartRequested" }
    SignalSpy { id: setPinSpy; target: panel; signalName: "setPinRequested" }

    function init() {
        panel.open()
        closedSpy.clear()
        restartSpy.clear()
    }

    function streamUrlField() {
        mouseClick(findChild(panel, "tab:stream"))
        const field = findChild(panel, "field:stream/url")
        verify(field)
        tryVerify(() => field.visible)
        return field
    }

    function test_invalidUrlShowsTheBackendMessageAndIsNotSaved() {
        const field = streamUrlField()
        const before = TestProbe.settingsFileText()
        findChild(field, "input").text = "not a url"
        mouseClick(findChild(panel, "applyButton"))

        const error = findChild(field, "error")
        tryVerify(() => error.visible)
        // Exactly what the file and --set report for the same value.
        compare(error.text, SettingsEditor.validate("stream/url", "not a url"))
        verify(error.text.indexOf("stream/url") >= 0, error.text)
        verify(error.text.indexOf("not a url") >= 0, error.text)
        verify(error.text.indexOf("rtsp://") >= 0, error.text)

        compare(TestProbe.settingText("stream/url"), "rtsp://localhost:8554/cam")
        compare(TestProbe.settingsFileText(), before)
        compare(closedSpy.count, 0)
        compare(restartSpy.count, 0)
        verify(findChild(panel, "message").text.length > 0)

        mouseClick(findChild(panel, "cancelButton"))
        compare(closedSpy.count, 1)
        compare(TestProbe.settingText("stream/url"), "rtsp://localhost:8554/cam")
    }

    function test_validUrlIsSavedAndRestartsTheStream() {
        const field = streamUrlField()
        findChild(field, "input").text = "rtsp://camera.example:8554/hall"
        compare(findChild(field, "error").visible, false)
        mouseClick(findChild(panel, "applyButton"))

        compare(closedSpy.count, 1)
        compare(TestProbe.settingText("stream/url"), "rtsp://camera.example:8554/hall")
        verify(TestProbe.settingsFileText().indexOf("url=rtsp://camera.example:8554/hall") >= 0,
               TestProbe.settingsFileText())
        compare(restartSpy.count, 1)
        compare(restartSpy.signalArguments[0][0], ["stream"])
    }

    function test_cancelForgetsEdits() {
        const field = streamUrlField()
        findChild(field, "input").text = "rtsp://other.example/x"
        mouseClick(findChild(panel, "cancelButton"))
        compare(closedSpy.count, 1)
        compare(restartSpy.count, 0)
        verify(TestProbe.settingText("stream/url") !== "rtsp://other.example/x")
        compare(SettingsEditor.edited, false)
    }

    function test_switchAndChoiceFollowTheModelAfterCancel() {
        mouseClick(findChild(panel, "tab:stream"))
        const enabledField = findChild(panel, "field:stream/enabled")
        const enabled = findChild(enabledField, "input")
        tryVerify(() => enabled.visible && enabled.width > 20)
        // The tab's fields are placed when the layout is polished, which a
        // loaded machine may do after they are visible: click where it is.
        waitForItemPolished(enabledField.parent)
        verify(enabled.checked)
        mouseClick(enabled)
        compare(SettingsEditor.textOf("stream/enabled"), "false")
        verify(!enabled.checked)

        mouseClick(findChild(panel, "tab:display"))
        const unit = findChild(panel, "field:ui/temperature_unit")
        tryVerify(() => unit.visible)
        tryVerify(() => findChild(unit, "choice:F").width > 20)   // laid out
        waitForItemPolished(unit.parent)
        const celsius = findChild(unit, "choice:C")
        const fahrenheit = findChild(unit, "choice:F")
        verify(celsius.checked)
        mouseClick(fahrenheit)
        compare(SettingsEditor.textOf("ui/temperature_unit"), "F")
        verify(fahrenheit.checked && !celsius.checked)

        mouseClick(findChild(panel, "cancelButton"))
        panel.open()
        verify(enabled.checked)
        verify(celsius.checked && !fahrenheit.checked)
        compare(TestProbe.settingText("ui/temperature_unit"), "C")
    }

    function test_languageSwitchesAtOnceAndCancelSwitchesBack() {
        mouseClick(findChild(panel, "tab:display"))
        const language = findChild(panel, "field:ui/language")
        tryVerify(() => language.visible && findChild(language, "choice:de").width > 20)
        mouseClick(findChild(language, "choice:de"))
        compare(KioskScreen.language, "de")
        tryCompare(findChild(panel, "applyButton"), "text", "Übernehmen")
        compare(findChild(panel, "tab:display").text, "Anzeige")
        compare(panel.currentGroup, SettingsEditor.groups.indexOf("display"))   // still on its tab

        mouseClick(findChild(panel, "cancelButton"))
        compare(KioskScreen.language, "en")
        tryCompare(findChild(panel, "applyButton"), "text", "Apply")
        compare(findChild(panel, "tab:display").text, "Display")
        compare(TestProbe.settingText("ui/language"), "en")
    }

    // Set PIN and Clear PIN wait for Apply, and Cancel forgets them.
    function test_pinFollowsApplyAndCancel() {
        const button = findChild(panel, "pinButton")
        const message = findChild(panel, "message")
        verify(!PinLock.pinSet)
        compare(button.text, "Set PIN")
        setPinSpy.clear()
        mouseClick(button)
        compare(setPinSpy.count, 1)   // Main.qml shows the pad, which hands the hash over
        SettingsEditor.stagePin("pbkdf2-sha256$1000$c2FsdA==$aGFzaA==")
        compare(button.text, "Clear PIN")
        compare(message.text, "New PIN: saved with Apply")
        verify(!PinLock.pinSet)
        mouseClick(findChild(panel, "cancelButton"))
        verify(!PinLock.pinSet)
        panel.open()
        compare(button.text, "Set PIN")

        SettingsEditor.stagePin("pbkdf2-sha256$1000$c2FsdA==$aGFzaA==")
        mouseClick(findChild(panel, "applyButton"))
        verify(PinLock.pinSet)
        panel.open()
        compare(button.text, "Clear PIN")
        mouseClick(button)
        compare(button.text, "Set PIN")
        compare(message.text, "PIN removed with Apply")
        verify(PinLock.pinSet)
        mouseClick(findChild(panel, "cancelButton"))
        verify(PinLock.pinSet)
        panel.open()
        mouseClick(button)
        mouseClick(findChild(panel, "applyButton"))
        verify(!PinLock.pinSet)
    }
}
