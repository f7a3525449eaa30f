// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam
import PiCamTest

// A service's state on the Device tab is said in the screen's language, and
// follows a live language switch; the model's stateName stays the log's English.
TestCase {
    name: "ServiceStatus"
    when: windowShown
    visible: true
    width: 600
    height: 100

    ServiceStatus {
        id: status
        width: parent.width
        name: "stream"
        state: 2          // Service::State::Running
        stateName: "Running"
        lastError: ""
    }

    function stateText() {
        return findChild(status, "stateText").text
    }

    function cleanup() {
        compare(TestProbe.setSetting("ui/language", "en"), "")
    }

    function test_stateInTheScreensLanguage() {
        compare(stateText(), "Running")
        compare(TestProbe.setSetting("ui/language", "de"), "")
        compare(stateText(), "Läuft")
        status.state = 3  // Retrying
        compare(stateText(), "Neuer Versuch")
        compare(TestProbe.setSetting("ui/language", "ga"), "")
        compare(stateText(), "Ag triail arís")
    }
}
