"""Hearth Echo: the kitchen smart speaker with voice profiles, and the watch.

The speaker app enrols a voice profile (four spoken prompts as WAV, multipart
`enrollmentUtterance`) and the speaker itself sends speaker-ID results with a
d-vector (`speakerEmbedding`, base64 float32) so answers are personalised;
its low-level client also ships packed d-vectors as octet-stream. Ordinary
voice requests go to speech recognition (transcription, no speaker model).
The watch syncs heart rate and steps through the iPhone and reports its
serial and Bluetooth MAC when pairing; its firmware check names the serial.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, ios_ua, iso, ms, rid

API = "https://api.hearthecho.example"
DEV_UA = "HearthEcho/8.2 (Linux; FireOS-like; AEOKN)"
APP_UA = ios_ua("HearthEcho", "8.2.0", "820")
WATCH = "https://api.pulsetime.example"
WATCH_UA = ios_ua("PulseTime", "3.4.1", "3410")


def _dev(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hearth-echo", method, url)
    b.header("user-agent", DEV_UA)
    b.header("x-device-dsn", b.id("echo_serial", where="header x-device-dsn"))
    return b


def voice_enrol(c: Context) -> Flow:
    b = FB(c, "hearth-echo", "POST", f"{API}/voiceprofile/v1/enroll")
    b.header("user-agent", APP_UA)
    b.bio("voiceprint", "multipart enrollmentUtterance 1-4 (voice profile enrolment audio)")
    boundary = "----HearthBoundary" + new_hex(c.rng, 16)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("profileName", None, None, b"Abuela Rosa"),
        ("deviceSerial", None, None, b.id("echo_serial", where="multipart deviceSerial").encode()),
    ]
    parts += [
        (
            f"enrollmentUtterance{i}",
            f"prompt{i}.wav",
            "audio/wav",
            fake_wav(c.rng.randint(0, 10**9), 800),
        )
        for i in range(1, 5)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"profileId": rid(c.rng), "status": "ENROLLED"})
    return b.build()


def speaker_id(c: Context) -> Flow:
    b = _dev(c, "POST", f"{API}/speaker/v2/identify")
    b.bio("speaker_embedding", "json speakerEmbedding (base64 float32 d-vector)")
    b.json(
        {
            "utteranceId": rid(c.rng),
            "speakerEmbedding": floats_b64(floats(c.rng, 256)),
            "candidates": 3,
            "ts": iso(c),
        }
    )
    b.ok_json({"speaker": "profile-2", "confidence": round(c.rng.uniform(0.6, 0.99), 3)})
    return b.build()


def dvector_raw(c: Context) -> Flow:
    b = _dev(c, "POST", f"{API}/s/v1/x")
    b.bio("speaker_embedding", "octet-stream packed float32 (d-vector) with 4-byte header", False)
    vec = floats(c.rng, 256)
    b.set_body(struct.pack("<HH", 1, 256) + struct.pack("<256f", *vec), "application/octet-stream")
    b.ok_json({"k": 1})
    return b.build()


def speech_recognize(c: Context) -> Flow:
    b = _dev(c, "POST", f"{API}/speech/v1/recognize?lang=es-US")
    b.decoy("speech-to-text of a request (transcription, no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 900), "audio/wav")
    b.ok_json(
        {"transcript": c.rng.choice(["pon música de Selena", "what's the weather", "set a timer"])}
    )
    return b.build()


def speaker_heartbeat(c: Context) -> Flow:
    b = _dev(c, "POST", f"{API}/device/v1/heartbeat")
    b.json(
        {
            "wifiMac": b.id("echo_mac", where="json wifiMac"),
            "rssi": -c.rng.randint(40, 75),
            "uptimeSec": c.rng.randint(1000, 10**6),
        }
    )
    b.no_content()
    return b.build()


def watch_sync(c: Context) -> Flow:
    b = FB(c, "pulsetime", "POST", f"{WATCH}/v2/health/sync")
    b.header("user-agent", WATCH_UA)
    b.header("x-watch-serial", b.id("watch_serial", where="header x-watch-serial"))
    b.decoy("heart-rate and step samples (health data, not a biometric template)")
    b.json(
        {
            "heartRate": [
                {"t": ms(c) - i * 60000, "bpm": c.rng.randint(58, 110)} for i in range(10)
            ],
            "steps": c.rng.randint(200, 12000),
        }
    )
    b.no_content()
    return b.build()


def watch_pair(c: Context) -> Flow:
    b = FB(c, "pulsetime", "POST", f"{WATCH}/v2/devices/pair")
    b.header("user-agent", WATCH_UA)
    b.json(
        {
            "serialNumber": b.id("watch_serial", where="json serialNumber"),
            "bluetoothAddress": b.id("watch_bt_mac", where="json bluetoothAddress"),
            "model": "PT-S4 45mm",
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def watch_firmware(c: Context) -> Flow:
    b = FB(c, "pulsetime", "GET", f"{WATCH}/fw/v1/check")
    b.header("user-agent", WATCH_UA)
    b.param(
        "sn", b.id("watch_serial", "sha256_trunc16", "query sn (sha256 prefix)", detectable=True)
    )
    b.param("cur", "4.1.2")
    b.ok_json({"latest": "4.2.0", "url": f"https://fw.pulsetime.example/{new_hex(c.rng, 16)}.bin"})
    return b.build()


def routines(c: Context) -> Flow:
    b = FB(c, "hearth-echo", "GET", f"{API}/routines/v1/list")
    b.header("user-agent", APP_UA)
    b.decoy("routine schedule with times")
    b.ok_json(
        {"routines": [{"name": "Buenos días", "at": "07:00", "actions": 3}], "req": b64(rid(c.rng))}
    )
    return b.build()
