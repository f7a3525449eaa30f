#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 picam-kiosk contributors

"""deploy/server/mediamtx.yml parses as YAML and says what the deployment
needs (MediaMTX itself is not packaged for Debian 12, so it is not started):
RTSP on 8554 over TCP only, WebRTC on 8889, the other protocols off, path
"cam" published only by a logged-in user allowed nothing else, read by
anyone; and the Pi's example settings match it (URL port and path, user).

Usage: test_mediamtx_config.py SOURCE_DIR
"""
import configparser
import os
import sys
from urllib.parse import urlsplit

try:
    import yaml
except ImportError:
    print("SKIP: python3-yaml is not installed (scripts/packages.txt)")
    sys.exit(77)

problems = []


def expect(condition, message):
    if not condition:
        problems.append(message)


def main():
    src = sys.argv[1]
    path = os.path.join(src, "deploy/server/mediamtx.yml")
    with open(path) as f:
        text = f.read()
    try:
        conf = yaml.safe_load(text)
    except yaml.YAMLError as e:
        print("FAIL: %s is not valid YAML: %s" % (path, e))
        return 1
    if not isinstance(conf, dict):
        print("FAIL: %s is not a YAML mapping" % path)
        return 1

    expect(conf.get("rtsp") is True, "rtsp must be true")
    expect(str(conf.get("rtspAddress")) == ":8554", "rtspAddress must be :8554")
    expect(conf.get("rtspTransports") == ["tcp"], "rtspTransports must be [tcp]")
    expect(conf.get("webrtc") is True, "webrtc must be true")
    expect(str(conf.get("webrtcAddress")) == ":8889", "webrtcAddress must be :8889")
    for off in ("rtmp", "hls", "srt", "api", "metrics", "pprof", "playback"):
        expect(conf.get(off) is False, "%s must be false (unused protocol)" % off)

    expect(conf.get("authMethod") == "internal", "authMethod must be internal")
    users = conf.get("authInternalUsers") or []
    publishers = [u for u in users
                  if any(p.get("action") == "publish" for p in u.get("permissions") or [])]
    expect(len(publishers) == 1, "exactly one user may publish, found %d" % len(publishers))
    publisher = publishers[0] if publishers else {}
    expect(publisher.get("user") not in (None, "", "any"), "the publisher must log in")
    expect(bool(publisher.get("pass")), "the publisher needs a password")
    expect([(p.get("action"), p.get("path")) for p in publisher.get("permissions") or []]
           == [("publish", "cam")], "the publisher may publish to cam and do nothing else")
    anyone = [u for u in users if u.get("user") == "any"]
    expect(len(anyone) == 1, "one entry for user any (the viewers)")
    if anyone:
        expect(not anyone[0].get("ips"), "anyone, from any address, may watch")
        expect([(p.get("action"), p.get("path")) for p in anyone[0].get("permissions") or []]
               == [("read", "cam")], "user any may read cam and do nothing else")

    paths = conf.get("paths") or {}
    expect(list(paths) == ["cam"], "the only path is cam, found %s" % list(paths))
    expect((paths.get("cam") or {}).get("source") == "publisher", "cam's source is a publisher")

    for key in ("stream/url", "stream/username", "stream/password"):
        expect(key in text, "the comments do not say what %s must match" % key)

    # The Pi's example settings point at this server configuration.
    ini = configparser.ConfigParser(comment_prefixes=(";",), interpolation=None)
    ini.read(os.path.join(src, "deploy/picam-kiosk.conf"))
    url = urlsplit(ini.get("stream", "url", fallback=""))
    expect(url.port == 8554 and url.path == "/cam",
           "deploy/picam-kiosk.conf stream/url must use port 8554 and path /cam")
    expect(ini.get("stream", "username", fallback="") == publisher.get("user"),
           "deploy/picam-kiosk.conf stream/username must be the publishing user")

    if problems:
        for p in problems:
            print("FAIL:", p)
        return 1
    print("mediamtx.yml: RTSP :8554 tcp, WebRTC :8889, publisher %r on cam only, anyone reads"
          % publisher.get("user"))
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
