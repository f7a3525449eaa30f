// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

import QtQuick
import QtTest
import PiCam

// ArcGauge: value -> angle, clamping, missing values.
TestCase {
    name: "ArcGauge"
    when: windowShown
    visible: true  // TestCase is invisible by default; taps need a visible item
    width: 300
    height: 300

    Component {
        id: gaugeComponent
        ArcGauge {
            width: 200
            height: 200
            minimum: 0
            maximum: 100
            step: 10
            text: "x"
            unit: "%"
        }
    }

    function test_mapsValuesToAngles_data() {
        return [
            { tag: "minimum", minimum: 0, maximum: 100, value: 0, angle: -135 },
            { tag: "quarter", minimum: 0, maximum: 100, value: 25, angle: -67.5 },
            { tag: "middle", minimum: 0, maximum: 100, value: 50, angle: 0 },
            { tag: "maximum", minimum: 0, maximum: 100, value: 100, angle: 135 },
            { tag: "negative range", minimum: -20, maximum: 60, value: 20, angle: 0 },
            { tag: "pressure", minimum: 950, maximum: 1050, value: 1025, angle: 67.5 },
        ]
    }
    function test_mapsValuesToAngles(data) {
        const g = createTemporaryObject(gaugeComponent, this,
                                        { minimum: data.minimum, maximum: data.maximum, value: data.value })
        fuzzyCompare(g.angle, data.angle, 1e-9)
        verify(!g.clamped)
        verify(!g.missing)
        compare(findChild(g, "valueText").text, "x")
        compare(findChild(g, "unitText").text, "%")
    }

    function test_clampsOutOfRange_data() {
        return [
            { tag: "above", value: 250, angle: 135 },
            { tag: "below", value: -40, angle: -135 },
        ]
    }
    function test_clampsOutOfRange(data) {
        const g = createTemporaryObject(gaugeComponent, this, { value: data.value, text: String(data.value) })
        fuzzyCompare(g.angle, data.angle, 1e-9)
        verify(g.clamped)
        // The number itself is still shown as it is, in the warning colour.
        const text = findChild(g, "valueText")
        compare(text.text, String(data.value))
        verify(Qt.colorEqual(text.color, Theme.warning))
    }

    function test_missingShowsMissing_data() {
        return [
            { tag: "unavailable", available: false, value: 0 },
            { tag: "not a number", available: true, value: NaN },
        ]
    }
    function test_missingShowsMissing(data) {
        const g = createTemporaryObject(gaugeComponent, this,
                                        { available: data.available, value: data.value, text: "0.0" })
        verify(g.missing)
        verify(!g.clamped)
        compare(g.fraction, 0)
        compare(findChild(g, "valueText").text, "—")
        compare(findChild(g, "unitText").text, "no reading")
    }

    function test_rangeEndsAreLabelled() {
        const g = createTemporaryObject(gaugeComponent, this, { minimum: 950, maximum: 1050, value: 1000 })
        compare(findChild(g, "minimumText").text, "950")
        compare(findChild(g, "maximumText").text, "1050")
    }
}
