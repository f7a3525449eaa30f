<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ga_IE">
<context>
    <name>AccelBars</name>
    <message>
        <source>g</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArcGauge</name>
    <message>
        <source>no reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttitudeIndicator</name>
    <message>
        <source>P %1°  R %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compass</name>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotionRow</name>
    <message>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinLock</name>
    <message>
        <source>The PIN must be %1 to %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New settings PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Locked for %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Waiting for the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SensorGrid</name>
    <message>
        <source>Temp (humidity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp (pressure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU temperature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message numerus="yes">
        <source>Not saved: %n setting(s) need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; restarting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsField</name>
    <message>
        <source>set (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsLabels</name>
    <message>
        <source>Name of this device in topics, discovery and on screen (default: the host name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where frames come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture rotation in degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the camera as H.264 over RTSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaMTX publish URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name MediaMTX expects from the publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for stream/username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H.264 encoder (auto: hardware when it opens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target average bit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish sensor readings over MQTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT client id ({device} is replaced by device/name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (PEM) for ssl:// and wss:// (empty: system trust store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate (PEM), optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client private key (PEM), optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic of the sensor readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained online/offline availability topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between published readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS of the readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings kept while the broker is away (oldest dropped first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce the sensors to Home Assistant (MQTT discovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where sensor readings come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I2C bus of the Sense HAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the kiosk screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the temperatures on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where snapshots are saved (empty: the Pictures folder)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>No picture to save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>CPU %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <source>%1 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live · %1 fps · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stream failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>MQTT buffering %n reading(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>MQTT connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>MQTT reconnecting in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>MQTT failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
