// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtQuick.VirtualKeyboard.Settings
import QtTest
import PiCam
import PiCamTest

// The settings panel validates through the backend and saves only valid edits.
// It also holds the on-screen keyboard's own test: on Qt 6.8 a second test
// file with a Qt Virtual Keyboard InputPanel (each file has an engine of its
// own) crashes in the keyboard's singletons, so only this file makes one.
// The program has one engine and one keyboard.
TestCase {
    name: "SettingsPanel"
    when: windowShown
    visible: true  // TestCase is invisible by default; taps need a visible item
    width: 800
    height: 480

    // As in Main.qml: the panel ends where the on-screen keyboard begins.
    SettingsPanel {
        id: panel
        anchors.fill: parent
        anchors.bottomMargin: keyboard.active ? keyboard.height : 0
    }
    OnScreenKeyboard {
        id: keyboard
        z: 100
        width: parent.width
        screenHeight: parent.height
    }
    SignalSpy { id: closedSpy; target: panel; signalName: "closed" }
    SignalSpy { id: restartSpy; target: SettingsEditor; signalName: "restartRequested" }
    SignalSpy { id: setPinSpy; target: panel; signalName: "setPinRequested" }

    function init() {
        SettingsEditor.advanced = false
        panel.open()
        closedSpy.clear()
        restartSpy.clear()
    }
    function cleanup() {
        panel.forceActiveFocus()
        KioskScreen.setLanguage("en")
        SettingsEditor.cancel()
    }

    function openTab(group) {
        mouseClick(findChild(panel, "tab:" + group))
        tryCompare(panel, "currentGroup", SettingsEditor.groups.indexOf(group))
    }
    // The field of key, shown and placed on its tab.
    function shownField(key) {
        const field = findChild(panel, "field:" + key)
        verify(field, key)
        tryVerify(() => field.visible && field.width > 100, 5000, key)
        waitForItemPolished(field.parent)
        return field
    }
    // Taps the field's input where a finger would: the field scrolled just
    // into view at the bottom of the list if it is below it.
    function scrollIntoView(field) {
        const flick = findChild(panel, "fieldsFlick")
        const bottom = field.mapToItem(flick.contentItem, 0, 0).y + field.height
        if (bottom > flick.contentY + flick.height)
            flick.contentY = bottom - flick.height
    }
    function tapInput(field) {
        const input = findChild(field, "input")
        tryVerify(() => input.width > 20)
        waitForItemPolished(input.parent)
        scrollIntoView(field)
        mouseClick(input)
        tryVerify(() => input.activeFocus, 5000, "focus on " + field.key)
        return input
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

    // Basic shows what most people set; Advanced adds the technical
    // settings and the keys' names.
    function test_basicAndAdvanced() {
        openTab("device")
        const seed = findChild(panel, "field:sensors/seed")
        const name = shownField("device/name")
        verify(!seed.visible)
        verify(!findChild(name, "keyLine").visible)
        compare(findChild(name, "help").text.length > 0, true)

        mouseClick(findChild(panel, "advancedSwitch"))
        compare(SettingsEditor.advanced, true)
        tryVerify(() => seed.visible)
        verify(findChild(name, "keyLine").visible)
        verify(findChild(name, "keyLine").text.indexOf("device/name") === 0)

        mouseClick(findChild(panel, "advancedSwitch"))
        tryVerify(() => !seed.visible)
    }

    // Whole numbers get digits only; decimals "." too; no calculator signs.
    function test_numberFieldsGetTheirOwnPad() {
        openTab("camera")
        const rate = shownField("camera/framerate")
        const pad = findChild(panel, "numberPad")
        verify(!pad.visible)
        const input = tapInput(rate)
        tryVerify(() => pad.visible)
        verify(!keyboard.active)   // not the text keyboard
        verify(findChild(pad, "key:5"))
        verify(!findChild(pad, "key:."))
        verify(!findChild(pad, "key:-"))
        verify(!findChild(pad, "key: "))
        input.selectAll()
        mouseClick(findChild(pad, "key:2"))
        mouseClick(findChild(pad, "key:5"))
        compare(input.text, "25")
        compare(SettingsEditor.textOf("camera/framerate"), "25")
        mouseClick(findChild(pad, "key:back"))
        compare(SettingsEditor.textOf("camera/framerate"), "2")
        verify(input.activeFocus)   // the keys do not take it
        mouseClick(findChild(pad, "key:done"))
        tryVerify(() => !pad.visible)

        openTab("stream")
        const bitrate = shownField("stream/bitrate")
        compare(findChild(bitrate, "unit").text, "Mbit/s")
        compare(findChild(bitrate, "input").text, "1")
        tapInput(bitrate)
        tryVerify(() => pad.visible)
        tryVerify(() => findChild(pad, "key:.") !== null)
        verify(!findChild(pad, "key:-"))
    }

    function test_showPasswordShowsWhatIsTyped() {
        openTab("stream")
        const field = shownField("stream/password")
        const input = findChild(field, "input")
        compare(input.echoMode, TextInput.Password)
        const show = findChild(field, "showSecret")
        verify(show.visible)
        tryVerify(() => show.width > 20)
        waitForItemPolished(show.parent)
        scrollIntoView(field)
        compare(show.text, "Show")
        mouseClick(show)
        compare(input.echoMode, TextInput.Normal)
        compare(show.text, "Hide")
        mouseClick(show)
        compare(input.echoMode, TextInput.Password)
    }

    // An error on another tab marks that tab; the mark and "Not saved"
    // go when the value is fixed.
    function test_attentionIsMarkedAndClears() {
        openTab("stream")
        SettingsEditor.setText("camera/width", "1281")
        mouseClick(findChild(panel, "applyButton"))
        compare(closedSpy.count, 0)
        const mark = findChild(findChild(panel, "tab:camera"), "attention")
        tryVerify(() => mark.visible)
        verify(!findChild(findChild(panel, "tab:stream"), "attention").visible)
        const message = findChild(panel, "message")
        compare(message.text, "Not saved: 1 setting needs attention")
        compare(message.color, Theme.error)

        SettingsEditor.setText("camera/width", "1280")
        tryVerify(() => !mark.visible)
        tryCompare(message, "visible", false)
    }

    // Messages are said again in the new language, and back.
    function test_messageFollowsTheLanguage() {
        SettingsEditor.setText("ui/temperature_unit", "F")
        verify(SettingsEditor.apply())
        const message = findChild(panel, "message")
        compare(message.text, "Saved")
        verify(KioskScreen.setLanguage("ga"))
        tryVerify(() => message.text !== "Saved")
        const irish = message.text
        verify(irish.length > 0)
        verify(KioskScreen.setLanguage("en"))
        tryCompare(message, "text", "Saved")
        SettingsEditor.setText("ui/temperature_unit", "C")
        verify(SettingsEditor.apply())
    }

    // The field being typed into stays above the keyboard or the pad.
    function test_editedFieldStaysAboveTheKeyboard() {
        openTab("display")
        // The last field of the tab: a number, at the bottom.
        const bright = shownField("ui/night_brightness")
        tapInput(bright)
        const pad = findChild(panel, "numberPad")
        tryVerify(() => pad.visible && pad.height > 0)
        waitForItemPolished(pad.parent)
        const fieldBottom = () => bright.mapToItem(panel, 0, 0).y + bright.height
        const padTop = () => pad.mapToItem(panel, 0, 0).y
        verify(padTop() > panel.height / 2)
        tryVerify(() => fieldBottom() <= padTop() + 1, 5000,
                  "field ends at " + fieldBottom() + ", pad begins at " + padTop())

        // A text field and the on-screen keyboard.
        const night = shownField("ui/night_end")
        tapInput(night)
        if (!keyboard.active)
            skip("no on-screen keyboard in this environment (QT_IM_MODULE)")
        tryVerify(() => keyboard.y + 0 < height)
        tryVerify(() => night.mapToItem(null, 0, 0).y + night.height <= keyboard.mapToItem(null, 0, 0).y + 1,
                  5000, "field ends at " + (night.mapToItem(null, 0, 0).y + night.height)
                  + ", keyboard begins at " + keyboard.mapToItem(null, 0, 0).y)
        // An error line under the field keeps it in view too.
        findChild(night, "input").text = "25:99"
        tryVerify(() => findChild(night, "error").visible)
        tryVerify(() => night.mapToItem(null, 0, 0).y + night.height <= keyboard.mapToItem(null, 0, 0).y + 1)
    }

    function test_testConnectionSaysWhatItFound() {
        openTab("stream")
        const button = findChild(panel, "testButton")
        tryVerify(() => button.visible)
        // Nothing listens on port 9 (discard) of this machine.
        SettingsEditor.setText("stream/url", "rtsp://127.0.0.1:9/cam")
        mouseClick(button)
        const result = findChild(panel, "testResult")
        tryVerify(() => !ConnectionTest.busy && result.text !== "", 15000)
        verify(!ConnectionTest.ok)
        compare(result.text, "Not reachable: nothing listens at 127.0.0.1:9")
        openTab("mqtt")
        compare(result.text, "")   // that result is about the stream
    }

    // The on-screen keyboard takes the layout of the screen's language, and
    // offers only that one.
    function test_keyboardLayoutFollowsTheLanguage() {
        compare(VirtualKeyboardSettings.locale, "en_GB")
        compare(VirtualKeyboardSettings.activeLocales, ["en_GB"])
        verify(KioskScreen.setLanguage("de"))
        compare(VirtualKeyboardSettings.locale, "de_DE")
        compare(VirtualKeyboardSettings.activeLocales, ["de_DE"])
        verify(KioskScreen.setLanguage("ga"))
        compare(VirtualKeyboardSettings.locale, "en_GB")
    }
}
