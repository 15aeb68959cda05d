"""Dozewell, a sleep app paired with a smart bed (bed serial, BLE address, snore clips).

In-house backend (our own key names, some German: the vendor is Munich-based in
this story). The bed is paired over BLE; the app uploads short snore clips with a
speaker attribution (which sleeper snored, from a voice embedding per sleeper).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, floats_b64, js, multipart, pb_bytes, pb_msg, pb_varint

from .phone import FB, floats, iso, rf, rid, ua

API = "https://cloud.dozewell.de/api/v2"
UA = ua("Dozewell", "3.9.1", "390")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dozewell", method, url)
    b.header("user-agent", UA)
    return b


def pair_bed(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/beds/pair")
    b.json(
        {
            "bett": {
                "seriennummer": b.id("bed_serial", where="body bett.seriennummer"),
                "bleAdresse": b.id("bed_ble", where="body bett.bleAdresse"),
                "fw": "1.18.4",
            },
            "geraet": {
                "idfv": b.id("idfv_sleep", where="body geraet.idfv"),
                "modell": "iPhone15,2",
            },
        }
    )
    b.ok_json({"bedId": rid(c.rng)})
    return b.build()


def bed_status(c: Context) -> Flow:
    b = _b(c, "GET", API)
    b.base = f"{API}/beds/{b.id('bed_serial', where='url path /beds/{serial}/status')}/status"
    b.param("mac", b.id("bed_ble", how="nosep", where="query mac"))
    b.ok_json(
        {
            "firmness": {"left": c.rng.randint(20, 80), "right": c.rng.randint(20, 80)},
            "tempC": rf(c.rng, 18, 26, 1),
        }
    )
    return b.build()


def bed_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/beds/telemetry")
    body = pb_bytes(
        1, b.id("bed_serial", how="protobuf", where="protobuf field 1", detectable=False)
    ) + pb_varint(2, int(c.now))
    body += pb_msg(3, [pb_varint(1, c.rng.randint(180, 260)), pb_varint(2, c.rng.randint(10, 90))])
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def snore_clip(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/nights/{rid(c.rng)}/snore-clips")
    bnd = "Boundary-" + rid(c.rng).upper()
    meta = {
        "startedAt": iso(c),
        "durSec": rf(c.rng, 3, 12, 1),
        "peakDb": rf(c.rng, 40, 70, 1),
        "speakerAttribution": {
            "sleeper": c.rng.choice(["links", "rechts"]),
            "confidence": rf(c.rng, 0.6, 0.99, 2),
            "speakerEmbedding": floats_b64(floats(c.rng, 192)),
        },
    }
    parts = [
        ("meta", None, "application/json", js(meta).encode()),
        ("clip", "snore.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6), 800)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("speaker_embedding", "multipart meta.speakerAttribution.speakerEmbedding")
    b.ok_json({"ok": True})
    return b.build()


def sleeper_voice_enrol(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/sleepers/{c.phone.sleep_user}/stimmprofil")
    b.json({"stimmabdruck": floats(c.rng, 96, 4), "samples": 5, "model": "snore-spk-3"})
    b.bio("voiceprint", "body stimmabdruck (German 'voiceprint')")
    b.ok_json({"ok": True})
    return b.build()


def snore_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/nights/upload")
    b.set_body(bytes(c.rng.randrange(256) for _ in range(900)), "application/octet-stream")
    b.bio("speaker_embedding", "body (encrypted night bundle)", detectable=False)
    b.no_content()
    return b.build()


def night_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/nights/latest")
    b.decoy("bed temperature and firmness series")
    b.ok_json(
        {
            "tempSeries": [rf(c.rng, 18, 27, 1) for _ in range(24)],
            "firmness": [c.rng.randint(20, 80) for _ in range(8)],
            "score": c.rng.randint(50, 98),
            "traceId": rid(c.rng),
        }
    )
    return b.build()


def bed_settings(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/beds/settings")
    b.json(
        {
            "side": "left",
            "firmness": c.rng.randint(20, 80),
            "headAngleDeg": c.rng.randint(0, 40),
            "footAngleDeg": c.rng.randint(0, 20),
        }
    )
    b.decoy("bed head/foot angles")
    b.no_content()
    return b.build()
