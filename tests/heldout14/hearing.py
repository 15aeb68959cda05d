"""Auralink, a hearing-aid companion app: two paired aids (serials, BLE
addresses), programs and volume, battery, an audiogram for remote fitting, and
own-voice detection (OVD) training that builds a speaker profile of the wearer.

The backend (api.auralink-hearing.com) is made up; its shape follows what such
companion apps publish about themselves (device registration by serial number,
a binaural pair, own-voice processing that learns the wearer's voice from a
short recording), key names are this app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, floats_b64, js, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.auralink-hearing.com"
UA = ua("Auralink", "2.6.1")
SIDES = (("left", "ha_left_serial", "ha_left_mac"), ("right", "ha_right_serial", "ha_right_mac"))


def _auth(b: FB, c: Context) -> None:
    b.header("user-agent", UA)
    b.header("authorization", "Bearer al_" + rid(c.rng).replace("-", ""))
    b.header("x-app-instance", b.id("hear_install", where="header:x-app-instance"))


def register_aids(c: Context) -> Flow:
    b = FB(c, "auralink", "POST", f"{API}/v2/users/{c.phone.hear_user}/devices")
    _auth(b, c)
    devices = [
        {
            "side": side,
            "serialNumber": b.id(ser, where=f"body.devices[{side}].serialNumber"),
            "bleAddress": b.id(mac, where=f"body.devices[{side}].bleAddress"),
            "model": "Lumen 90-R",
            "fw": "3.2.1",
        }
        for side, ser, mac in SIDES
    ]
    phone = {
        "androidId": b.id("aid_hear", where="body.phone.androidId"),
        "model": "KFTRWI",
        "os": "Fire OS 8.3.2.6",
    }
    b.json({"devices": devices, "phone": phone, "pairedAt": iso(c)})
    b.ok_json({"pairId": rid(c.rng)})
    return b.build()


def program_change(c: Context) -> Flow:
    side, ser, _ = c.rng.choice(SIDES)
    b = FB(c, "auralink", "PUT", API)
    serial = b.id(ser, where="url.path /v2/devices/<serial>/program")
    b.base = f"{API}/v2/devices/{serial}/program"
    _auth(b, c)
    b.json(
        {
            "program": c.rng.choice(["Automatic", "Restaurant", "Music", "TV"]),
            "volumeStep": c.rng.randint(-4, 4),
            "side": side,
            "at": ms(c),
        }
    )
    b.no_content()
    return b.build()


def battery(c: Context) -> Flow:
    b = FB(c, "auralink", "POST", f"{API}/v2/telemetry/battery")
    _auth(b, c)
    aids = [
        {
            "bdAddr": b.id(mac, "nosep", where=f"body.aids[{side}].bdAddr"),
            "level": c.rng.randint(20, 100),
            "charging": False,
        }
        for side, _, mac in SIDES
    ]
    b.json({"aids": aids, "ts": ms(c)})
    b.no_content()
    return b.build()


def ownvoice_enrol(c: Context) -> Flow:
    b = FB(c, "auralink", "POST", f"{API}/v2/voice/ownvoice/enrol")
    _auth(b, c)
    meta = {"mode": "binaural", "sampleRate": 16000, "durationSec": 20, "prompt": "read_aloud_3"}
    emb = floats_b64(floats(c.rng, 192))
    boundary = "----auralink" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", js(meta).encode()),
            (
                "ownVoiceSample",
                "ownvoice.wav",
                "audio/wav",
                fake_wav(c.rng.randint(0, 10**9), 1600),
            ),
            ("speakerEmbedding", None, "text/plain", emb.encode()),
        ],
    )
    b.bio("voiceprint", "multipart ownVoiceSample (wav) + speakerEmbedding")
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"profileId": rid(c.rng), "quality": rf(c.rng, 0.6, 0.99, 2)})
    return b.build()


def speaker_profile(c: Context) -> Flow:
    b = FB(c, "auralink", "PUT", f"{API}/v2/voice/profile")
    _auth(b, c)
    profile = {
        "embedding": floats(c.rng, 64),
        "f0MeanHz": rf(c.rng, 95, 210, 1),
        "spectralTilt": rf(c.rng, -12, -3, 2),
        "modelVersion": "ovd-2.4",
    }
    b.bio("voiceprint", "body.ownVoiceProfile.embedding")
    b.json(
        {
            "ownVoiceProfile": profile,
            "aidSerials": [b.id(ser, where=f"body.aidSerials[{side}]") for side, ser, _ in SIDES],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = FB(c, "auralink", "POST", f"{API}/v2/sync/blob")
    _auth(b, c)
    b.bio("voiceprint", "body (encrypted own-voice model sync)", detectable=False)
    b.set_body(c.rng.randbytes(c.rng.randint(600, 1200)), "application/octet-stream")
    b.no_content()
    return b.build()


def audiogram(c: Context) -> Flow:
    b = FB(c, "auralink", "POST", f"{API}/v2/hearing/audiogram")
    _auth(b, c)
    b.decoy("audiogram thresholds per frequency (numeric series)")
    freqs = ["250", "500", "1000", "2000", "4000", "8000"]
    b.json({side: {f: c.rng.randint(10, 70) for f in freqs} for side in ("left", "right")})
    b.ok_json({"ok": True})
    return b.build()


def environments(c: Context) -> Flow:
    b = FB(c, "auralink", "POST", f"{API}/v2/telemetry/environments")
    _auth(b, c)
    b.decoy("acoustic scene classes (speech in noise, music...): no voice data")
    b.json(
        {
            "hours": rf(c.rng, 1, 12, 1),
            "classes": {
                "calm": rf(c.rng, 0, 0.5, 2),
                "speechInNoise": rf(c.rng, 0, 0.4, 2),
                "music": rf(c.rng, 0, 0.3, 2),
            },
        }
    )
    b.no_content()
    return b.build()


def firmware(c: Context) -> Flow:
    b = FB(
        c,
        "auralink",
        "GET",
        f"{API}/v2/firmware/latest",
        [("model", "Lumen90"), ("current", "3.2.1")],
    )
    b.header("user-agent", UA)
    b.decoy("firmware check")
    b.ok_json({"latest": "3.2.1", "url": None})
    return b.build()
