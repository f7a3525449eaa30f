<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Gallery</name>
    <message numerus="yes">
        <source>%n clip(s) still being recorded were kept</source>
        <translation>
            <numerusform>%n clip still being recorded was kept</numerusform>
            <numerusform>%n clips still being recorded were kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message numerus="yes">
        <source>Settings locked again after %n s without a touch</source>
        <translation>
            <numerusform>Settings locked again after %n s without a touch</numerusform>
            <numerusform>Settings locked again after %n s without a touch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left.</numerusform>
            <numerusform>Wrong PIN. %n tries left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Locked for %n s.</source>
        <translation>
            <numerusform>Too many wrong tries. Locked for %n s.</numerusform>
            <numerusform>Too many wrong tries. Locked for %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message numerus="yes">
        <source>%n value(s) in the settings file could not be used and run on their defaults until Apply</source>
        <translation>
            <numerusform>%n value in the settings file could not be used and runs on its default until Apply</numerusform>
            <numerusform>%n values in the settings file could not be used and run on their defaults until Apply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n setting(s) need attention</source>
        <translation>
            <numerusform>Not saved: %n setting needs attention</numerusform>
            <numerusform>Not saved: %n settings need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnecting in %n s</numerusform>
            <numerusform>Reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MQTT buffering %n reading(s)</source>
        <translation>
            <numerusform>MQTT buffering %n reading</numerusform>
            <numerusform>MQTT buffering %n readings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MQTT keeping %n reading(s) in memory: the card cannot be written</source>
        <translation>
            <numerusform>MQTT keeping %n reading in memory: the card cannot be written</numerusform>
            <numerusform>MQTT keeping %n readings in memory: the card cannot be written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MQTT reconnecting in %n s</source>
        <translation>
            <numerusform>MQTT reconnecting in %n s</numerusform>
            <numerusform>MQTT reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sensors retrying in %n s</source>
        <translation>
            <numerusform>Sensors retrying in %n s</numerusform>
            <numerusform>Sensors retrying in %n s</numerusform>
        </translation>
    </message>
</context>
</TS>
