"""Kvant Watch: the mother's smartwatch and its companion app (Redmi, Hrodna).

The companion app binds the watch (BLE MAC, serial, the app's install id and
ANDROID_ID, Belarusian keys `prylada`, `ustanoŭka`), syncs heart rate and
steps with the watch's MAC in `x-prylada-mac` (health samples, not a
biometric identifier), and the watch's voice assistant enrols the mother's
voice (`halasavy_uzor` speaker-enrolment samples); it later verifies her by
posting a bare float32 vector. A debug dump sends the serial in a protobuf
field. Watch faces, firmware checks and the weather for the watch face are
ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav, multipart, pb_bytes, pb_varint

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.kvant-watch.example"
UA = ua("KvantWatch", "1.9.3", "mama")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kvant-watch", method, url)
    b.header("user-agent", UA)
    b.header("x-user", b.acct("watch_user"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/prylada/bind")
    b.json(
        {
            "prylada": {
                "mac": b.id("watch_mac", where="json prylada.mac"),
                "sn": b.id("watch_serial", where="json prylada.sn"),
                "madel": "KW-4 Pro",
            },
            "ustanoŭka": b.id("watch_install", where="json ustanoŭka"),
            "android_id": b.id("aid_gadzinnik", where="json android_id"),
        }
    )
    b.ok_json({"ok": True, "čas": iso(c)})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sync")
    b.header("x-prylada-mac", b.id("watch_mac", where="header x-prylada-mac"))
    b.decoy("heart-rate and step samples (health data, no biometric template)")
    b.json(
        {
            "puls": [[ms(c) - i * 60000, c.rng.randint(58, 110)] for i in range(10)],
            "kroki": c.rng.randint(800, 12000),
            "son_hv": c.rng.randint(300, 520),
        },
        "gzip",
    )
    b.ok_json({"ok": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/asistent/voice-enroll")
    b.bio("voiceprint", "multipart halasavy_uzor_* (speaker enrolment samples)")
    boundary = rid(c.rng)
    parts = [("speaker_id", None, None, b.acct("watch_user").encode())]
    parts += [
        (f"halasavy_uzor_{i}", f"uzor{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"enrolled": True, "model": "spk-ecapa-192"})
    return b.build()


def voice_verify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/a/v")
    b.bio("voiceprint", "octet-stream 192 float32 (speaker embedding)", detectable=False)
    b.set_body(struct.pack("<192f", *floats(c.rng, 192)), "application/octet-stream")
    b.ok_json({"r": 1, "s": rf(c.rng, 0.7, 0.95, 3)})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/d")
    sn = b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False)
    body = pb_bytes(1, sn) + pb_varint(2, c.rng.randint(10, 99)) + pb_bytes(3, new_hex(c.rng, 24))
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def watchfaces(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cifiarblaty")
    b.decoy("watch-face catalogue")
    b.ok_json(
        {
            "cifiarblaty": [
                {"id": i, "nazva": n} for i, n in enumerate(["Vyšyvanka", "Klasika", "Sport"])
            ]
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/firmware/latest")
    b.param("model", "KW-4 Pro")
    b.decoy("firmware check with build hash")
    b.ok_json({"version": "2.4.1", "sha256": new_hex(c.rng, 64), "size": 4194304})
    return b.build()


def watch_weather(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/nadvorje")
    b.param("lat", "53.6778")
    b.param("lon", "23.8297")
    b.decoy("coordinates for the watch-face weather")
    b.ok_json({"temp": rf(c.rng, -10, 25, 1), "horad": "Hrodna"})
    return b.build()
