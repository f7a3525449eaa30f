#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 picam-kiosk contributors

"""Starts a real Mosquitto with deploy/server/mosquitto.conf and its ACL, on
free loopback ports (a copy changed only in ports, bind addresses and file
paths), and checks what the Pi, the web page and strangers may do:

- no login: refused;
- the web user subscribes to sensors/metrics (over MQTT and over WebSockets,
  as the web page does) and receives what the device user publishes there;
- what the web user publishes to sensors/metrics never reaches a subscriber;
- commands: the device subscribes to its picam/<device>/set/+ and receives
  Home Assistant's command, not the web user's nor its own; it reads nothing
  else of picam/ or sensors/; Home Assistant receives the device's
  acknowledgement on picam/<device>/state/...;
- with the optional TLS section switched on (certificate paths pointed at a
  CA and server certificate made here), the device publishes over TLS and
  the web user receives it over secure WebSockets.

A denied publish is still acknowledged under MQTT 3.1.1, so denial is checked
from the subscriber's side: the device's message, published after the web
user's attempt was acknowledged, must be the first one to arrive.

Usage: test_mosquitto.py SOURCE_DIR
"""
import base64
import os
import pwd
import re
import shutil
import socket
import ssl
import struct
import subprocess
import sys
import tempfile
import time

SKIP = 77
DEADLINE = 20.0
PASSWORDS = {"picam": "device-secret", "web": "web-secret", "homeassistant": "ha-secret"}


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def free_ports(names):
    """Distinct free loopback ports: all held open until all are chosen."""
    sockets = []
    try:
        for _ in names:
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return {name: s.getsockname()[1] for name, s in zip(names, sockets)}
    finally:
        for s in sockets:
            s.close()


class PortTaken(Exception):
    """Another program took one of the ports between choosing and binding."""


def wait_for_port(port, proc, log):
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        if proc.poll() is not None:
            said = read(log) + read(log + ".out")
            if "Address already in use" in said:
                raise PortTaken()
            fail("mosquitto exited with %d:\n%s" % (proc.returncode, said))
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    fail("mosquitto does not accept on port %d:\n%s" % (port, read(log)))


def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return ""


# --- a minimal MQTT 3.1.1 client: enough to know when a subscription is in
# --- place, over a plain socket or a WebSocket.

def encode_length(n):
    out = bytearray()
    while True:
        byte, n = n % 128, n // 128
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def utf8(text):
    data = text.encode()
    return struct.pack("!H", len(data)) + data


class PlainTransport:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=DEADLINE)

    def send(self, data):
        self.sock.sendall(data)

    def recv(self):
        data = self.sock.recv(4096)
        if not data:
            raise ConnectionError("connection closed by the broker")
        return data


class WebSocketTransport:
    """RFC 6455 client, subprotocol "mqtt", path /mqtt (as Paho JS)."""

    def __init__(self, port, cafile=None):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=DEADLINE)
        if cafile:  # wss://
            context = ssl.create_default_context(cafile=cafile)
            self.sock = context.wrap_socket(self.sock, server_hostname="localhost")
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((
            "GET /mqtt HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\nSec-WebSocket-Key: %s\r\n"
            "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: mqtt\r\n\r\n" % (port, key)
        ).encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                fail("WebSocket handshake: connection closed")
            head += chunk
        status = head.split(b"\r\n", 1)[0]
        if b" 101 " not in status:
            fail("WebSocket handshake refused: %r" % status)
        self.buffered = head.split(b"\r\n\r\n", 1)[1]

    def send(self, data):
        mask = os.urandom(4)
        header = bytes([0x82])  # FIN, binary
        if len(data) < 126:
            header += bytes([0x80 | len(data)])
        else:
            header += bytes([0x80 | 126]) + struct.pack("!H", len(data))
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _need(self, n):
        while len(self.buffered) < n:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("connection closed by the broker")
            self.buffered += chunk

    def recv(self):
        self._need(2)
        length = self.buffered[1] & 0x7F
        offset = 2
        if length == 126:
            self._need(4)
            length = struct.unpack("!H", self.buffered[2:4])[0]
            offset = 4
        elif length == 127:
            self._need(10)
            length = struct.unpack("!Q", self.buffered[2:10])[0]
            offset = 10
        self._need(offset + length)
        payload = self.buffered[offset:offset + length]
        self.buffered = self.buffered[offset + length:]
        return payload


class Client:
    def __init__(self, transport, user, password, client_id):
        self.t = transport
        self.pending = b""
        flags = 0x02 | 0x80 | 0x40  # clean session, user name, password
        body = utf8("MQTT") + bytes([4, flags]) + struct.pack("!H", 60)
        body += utf8(client_id) + utf8(user) + utf8(password)
        self.t.send(bytes([0x10]) + encode_length(len(body)) + body)
        kind, payload = self.packet()
        if kind != 0x20 or payload[1] != 0:
            fail("%s could not log in (CONNACK %r)" % (user, payload))

    def packet(self):
        while True:
            if len(self.pending) >= 2:
                n, mult, i = 0, 1, 1
                while i < len(self.pending):
                    n += (self.pending[i] & 0x7F) * mult
                    mult *= 128
                    if not self.pending[i] & 0x80:
                        break
                    i += 1
                else:
                    i = None
                if i is not None and len(self.pending) >= i + 1 + n:
                    kind = self.pending[0] & 0xF0
                    payload = self.pending[i + 1:i + 1 + n]
                    self.pending = self.pending[i + 1 + n:]
                    return kind, payload
            self.pending += self.t.recv()

    def subscribe(self, topic, may_refuse=False):
        body = struct.pack("!H", 1) + utf8(topic) + bytes([0])
        self.t.send(bytes([0x82]) + encode_length(len(body)) + body)
        kind, payload = self.packet()
        if kind != 0x90 or (payload[2] != 0 and not (may_refuse and payload[2] == 0x80)):
            fail("subscription to %s refused (SUBACK %r)" % (topic, payload))
        return payload[2] == 0

    def next_message(self):
        while True:
            kind, payload = self.packet()
            if kind == 0x30:
                n = struct.unpack("!H", payload[:2])[0]
                return payload[2:2 + n].decode(), payload[2 + n:].decode()


# --- the broker

def server_config(src, work, ports, tls):
    with open(os.path.join(src, "deploy/server/mosquitto.conf")) as f:
        text = f.read()
    if tls:
        block = re.search(r"# TLS-BEGIN\n(.*?)# TLS-END", text, re.S)
        if not block:
            fail("mosquitto.conf has no TLS-BEGIN/TLS-END section")
        text = text.replace(block.group(1), re.sub(r"(?m)^#", "", block.group(1)))
    for line in ("listener 1883", "listener 9001", "password_file /etc/mosquitto/passwd",
                 "acl_file /etc/mosquitto/acl"):
        if not re.search(r"(?m)^%s$" % re.escape(line), text):
            fail("mosquitto.conf lacks the line: " + line)
    # Ports and bind addresses (loopback only; a WebSockets listener binds by
    # interface name), then paths.
    text = re.sub(r"(?m)^listener 1883$", "listener %d 127.0.0.1" % ports["mqtt"], text)
    text = re.sub(r"(?m)^listener 9001$", "listener %d lo" % ports["ws"], text)
    text = re.sub(r"(?m)^listener 8883$", "listener %d 127.0.0.1" % ports["mqtts"], text)
    text = re.sub(r"(?m)^listener 9443$", "listener %d lo" % ports["wss"], text)
    text = text.replace("/etc/mosquitto/passwd", os.path.join(work, "passwd"))
    text = text.replace("/etc/mosquitto/acl", os.path.join(work, "acl"))
    text = text.replace("/etc/mosquitto/certs/", work + "/")
    text = text.replace("/run/mosquitto/mosquitto.pid", os.path.join(work, "mosquitto.pid"))
    text = text.replace("/var/lib/mosquitto/", work + "/")
    text = text.replace("log_dest syslog", "log_dest file " + os.path.join(work, "mosquitto.log"))
    settings = "\n".join(l for l in text.splitlines() if not l.startswith("#"))
    if re.search(r"(/etc/|/var/|/run/)", settings):
        fail("a system path is left in the test copy:\n" + settings)
    return text


def make_certificates(src, work):
    # The README's recipe, so what it tells users is what strict clients
    # (Python 3.13's ssl module among them) are shown to accept here.
    subprocess.run([os.path.join(src, "deploy/server/make-certificates"), work, "server",
                    "localhost", "127.0.0.1"], check=True, capture_output=True)


class Broker:
    def __init__(self, src, tls):
        self.work = tempfile.mkdtemp(prefix="picam-mosquitto-")
        shutil.copy(os.path.join(src, "deploy/server/mosquitto.acl"),
                    os.path.join(self.work, "acl"))
        passwd = os.path.join(self.work, "passwd")
        # mosquitto 2.0.21 warns that later versions refuse a password file
        # others can read.
        os.close(os.open(passwd, os.O_WRONLY | os.O_CREAT, 0o600))
        for user, password in PASSWORDS.items():
            subprocess.run(["mosquitto_passwd", "-b", passwd, user, password], check=True)
        if tls:
            make_certificates(src, self.work)
        self.log = os.path.join(self.work, "mosquitto.log")
        # Tests running in parallel pick free ports too: when one was taken in
        # between, start again on others.
        for attempt in range(3):
            try:
                self.start(src, tls)
                return
            except PortTaken:
                print("a port was taken before mosquitto bound it; trying others")
        fail("mosquitto found one of its ports taken three times:\n%s" % read(self.log))

    def start(self, src, tls):
        self.ports = free_ports(("mqtt", "ws", "mqtts", "wss"))
        conf = os.path.join(self.work, "mosquitto.conf")
        with open(conf, "w") as f:
            f.write(server_config(src, self.work, self.ports, tls))
        for old in (self.log, self.log + ".out"):
            if os.path.exists(old):
                os.remove(old)
        # Started as root, mosquitto switches to user mosquitto, which must
        # then read its files and write its log.
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("mosquitto")
                for root, _, files in os.walk(self.work):
                    os.chown(root, owner.pw_uid, owner.pw_gid)
                    for name in files:
                        os.chown(os.path.join(root, name), owner.pw_uid, owner.pw_gid)
            except KeyError:
                pass
        with open(self.log + ".out", "w") as out:
            self.proc = subprocess.Popen(["mosquitto", "-c", conf], stdout=out,
                                         stderr=subprocess.STDOUT)
        for name in ("mqtt", "ws") + (("mqtts", "wss") if tls else ()):
            wait_for_port(self.ports[name], self.proc, self.log)

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=DEADLINE)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.work, ignore_errors=True)

    def publish(self, user, topic, message, extra=()):
        args = ["mosquitto_pub", "-q", "1", "-t", topic, "-m", message, "-i", "pub-%s" % (user or "anonymous")]
        if user:
            args += ["-u", user, "-P", PASSWORDS[user]]
        args += list(extra) or ["-h", "127.0.0.1", "-p", str(self.ports["mqtt"])]
        return subprocess.run(args, capture_output=True, text=True, timeout=DEADLINE)


def check_acl(broker, transport_name, transport):
    web = Client(transport, "web", PASSWORDS["web"], "web-" + transport_name)
    web.subscribe("sensors/metrics")
    denied = broker.publish("web", "sensors/metrics", "from-web")
    if denied.returncode != 0:
        fail("mosquitto_pub as web: %s" % denied.stderr)
    allowed = broker.publish("picam", "sensors/metrics", '{"humidity": 45.2}')
    if allowed.returncode != 0:
        fail("mosquitto_pub as picam: %s" % allowed.stderr)
    topic, payload = web.next_message()
    if payload == "from-web":
        fail("the web user published to sensors/metrics (received over %s)" % transport_name)
    if (topic, payload) != ("sensors/metrics", '{"humidity": 45.2}'):
        fail("unexpected message over %s: %s %s" % (transport_name, topic, payload))
    print("%s: web subscribed and received the device's reading; its own publish was dropped"
          % transport_name)
    return web


def check_commands(broker):
    device = Client(PlainTransport(broker.ports["mqtt"]), "picam", PASSWORDS["picam"],
                    "picam-pi-1")
    device.subscribe("picam/pi-1/set/+")
    # Whether the broker refuses these subscriptions or only filters what
    # they would deliver, nothing of them may arrive.
    for other in ("picam/pi-1/status", "picam/pi-1/state/stream", "sensors/metrics"):
        device.subscribe(other, may_refuse=True)
    ha = Client(PlainTransport(broker.ports["mqtt"]), "homeassistant",
                PASSWORDS["homeassistant"], "ha-1")
    ha.subscribe("picam/pi-1/state/stream")
    for user, topic, message in (("web", "picam/pi-1/set/stream", "from-web"),
                                 ("picam", "picam/pi-1/set/stream", "from-itself"),
                                 ("picam", "picam/pi-1/status", "online"),
                                 ("picam", "sensors/metrics", "{}"),
                                 ("picam", "picam/pi-1/state/stream", "ON"),
                                 ("homeassistant", "picam/pi-1/set/stream", "OFF")):
        done = broker.publish(user, topic, message)
        if done.returncode != 0:
            fail("mosquitto_pub as %s to %s: %s" % (user, topic, done.stderr))
    got = device.next_message()
    if got != ("picam/pi-1/set/stream", "OFF"):
        fail("the device received %r first, not Home Assistant's command" % (got,))
    ack = broker.publish("picam", "picam/pi-1/state/stream", "OFF")
    if ack.returncode != 0:
        fail("mosquitto_pub as picam to its state: %s" % ack.stderr)
    if [ha.next_message(), ha.next_message()] != [("picam/pi-1/state/stream", "ON"),
                                                  ("picam/pi-1/state/stream", "OFF")]:
        fail("Home Assistant did not receive the device's states")
    print("commands: the device received Home Assistant's command only (not the web user's, "
          "not its own, nothing else it subscribed to); Home Assistant got the acknowledgement")


def main():
    src = sys.argv[1]
    for tool in ("mosquitto", "mosquitto_pub", "mosquitto_passwd", "openssl"):
        if not shutil.which(tool) and not os.path.exists("/usr/sbin/" + tool):
            print("SKIP: %s is not installed (scripts/packages.txt)" % tool)
            return SKIP
    os.environ["PATH"] += ":/usr/sbin"

    broker = Broker(src, tls=False)
    try:
        anonymous = broker.publish(None, "sensors/metrics", "anonymous")
        if anonymous.returncode == 0:
            fail("an anonymous client could publish")
        print("anonymous: refused (%s)" % anonymous.stderr.strip())
        wrong = subprocess.run(["mosquitto_pub", "-h", "127.0.0.1", "-p", str(broker.ports["mqtt"]),
                                "-u", "picam", "-P", "wrong", "-t", "sensors/metrics", "-m", "x"],
                               capture_output=True, text=True, timeout=DEADLINE)
        if wrong.returncode == 0:
            fail("a wrong password was accepted")
        check_acl(broker, "mqtt", PlainTransport(broker.ports["mqtt"]))
        check_acl(broker, "websockets", WebSocketTransport(broker.ports["ws"]))
        check_commands(broker)
    finally:
        broker.stop()

    broker = Broker(src, tls=True)
    try:
        ca = os.path.join(broker.work, "ca.crt")
        web = Client(WebSocketTransport(broker.ports["wss"], cafile=ca), "web", PASSWORDS["web"],
                     "web-wss")
        web.subscribe("sensors/metrics")
        tls = broker.publish("picam", "sensors/metrics", "over-tls",
                             ["-h", "localhost", "-p", str(broker.ports["mqtts"]), "--cafile", ca])
        if tls.returncode != 0:
            fail("publishing over TLS failed: %s\n%s" % (tls.stderr, read(broker.log)))
        if web.next_message() != ("sensors/metrics", "over-tls"):
            fail("the message published over TLS did not arrive over wss")
        print("tls: the device published over mqtts (8883), the web user received it over wss")
    finally:
        broker.stop()
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
