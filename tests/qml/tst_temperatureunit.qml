// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam
import PiCamTest

// The gauges follow the temperature unit (°C/°F) of SensorPanel, which
// follows ui/temperature_unit.
TestCase {
    name: "TemperatureUnit"
    when: windowShown
    visible: true  // TestCase is invisible by default; taps need a visible item
    width: 600
    height: 400

    SensorGrid {
        id: grid
        anchors.fill: parent
    }

    function initTestCase() {
        TestProbe.feedReading()
    }
    function cleanup() {
        SensorPanel.temperatureUnit = "C"
    }

    function tileTexts(name) {
        const tile = findChild(grid, name)
        verify(tile, name)
        return { tile: tile, value: findChild(tile, "valueText"), unit: findChild(tile, "unitText") }
    }

    function test_switchesCelsiusToFahrenheit() {
        const t = tileTexts("tempHumidityTile")
        compare(t.value.text, "20.0")
        compare(t.unit.text, "°C")
        compare(t.tile.gauge.maximum, 60)
        const angleInCelsius = t.tile.gauge.angle

        SensorPanel.temperatureUnit = "F"
        compare(t.value.text, "68.0")
        compare(t.unit.text, "°F")
        // -20..60 °C would be -4..140 °F: the scale ends on round marks.
        compare(t.tile.gauge.minimum, -20)
        compare(t.tile.gauge.maximum, 140)
        compare(t.tile.gauge.step, 20)
        compare(findChild(t.tile.gauge, "minimumText").text, "-20")
        compare(findChild(t.tile.gauge, "maximumText").text, "140")
        // 68 °F on -20..140: 55 % of the arc.
        fuzzyCompare(t.tile.gauge.angle, -135 + 0.55 * 270, 1e-9)
        verify(angleInCelsius !== t.tile.gauge.angle)
        compare(tileTexts("tempPressureTile").value.text, "77.0")
        // Humidity has no unit to switch.
        compare(tileTexts("humidityTile").unit.text, "%")
        compare(tileTexts("humidityTile").value.text, "45.0")
    }

    function test_followsTheSetting() {
        compare(TestProbe.setSetting("ui/temperature_unit", "F"), "")
        compare(SensorPanel.temperatureUnit, "F")
        compare(tileTexts("tempHumidityTile").unit.text, "°F")
        compare(TestProbe.setSetting("ui/temperature_unit", "C"), "")
        compare(tileTexts("tempHumidityTile").value.text, "20.0")
    }

    function test_missingTemperatureStaysMissing() {
        const t = tileTexts("tempCompensatedTile")
        compare(t.value.text, "—")
        SensorPanel.temperatureUnit = "F"
        compare(t.value.text, "—")
        verify(t.tile.gauge.missing)
    }

    // The screen's language brings its numbers: a decimal comma in German.
    function test_germanDecimalComma() {
        compare(TestProbe.setSetting("ui/language", "de"), "")
        compare(tileTexts("tempHumidityTile").value.text, "20,0")
        compare(tileTexts("pressureTile").value.text, "1013,3")
        compare(TestProbe.setSetting("ui/language", "en"), "")
        compare(tileTexts("tempHumidityTile").value.text, "20.0")
    }
}
