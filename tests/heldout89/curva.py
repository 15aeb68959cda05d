"""Curva: a football and motorsport app (Serie A live streams, MotoGP video pass).

Live-stream heartbeats from the in-house player ("evento", "secondi_visti"),
MotoGP "minuti_visti" summaries, a concurrency check that sends the ANDROID_ID
under a meaningless key, OneSignal push registration (sdks.py). Decoys: live
scores with player-tracking coordinates, bike telemetry with pitch / roll /
lean, lap-time series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import sdks
from .phone import FB, ms, rf, rid, ua

API = "https://live.curva-app.example.it"
OS_APP = "5b2e8f14-9c1d-4a77-8e0b-3f6d2a1c9e55"
MATCHES = ["inter-juventus", "milan-napoli", "roma-lazio", "fiorentina-atalanta", "bologna-torino"]
GP = ["gp-mugello-2026-gara", "gp-misano-2026-sprint", "gp-mugello-2026-qualifiche"]


def _ua(b: FB) -> None:
    b.header("user-agent", ua("Curva", "4.18.0"))


def live_hb(c: Context) -> Flow:
    b = FB(c, "curva_app", "POST", f"{API}/v2/stream/hb")
    _ua(b)
    b.view("json:evento,secondi_visti")
    b.json(
        {
            "evento": "serie-a-2025-26-g"
            + str(c.rng.randint(10, 30))
            + "-"
            + c.rng.choice(MATCHES),
            "tipo": "live",
            "secondi_visti": c.rng.randint(30, 5400),
            "hb_seq": c.rng.randint(1, 180),
            "qualita": c.rng.choice(["hd", "fhd"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"continua": True})
    return b.build()


def motogp_summary(c: Context) -> Flow:
    b = FB(c, "curva_app", "POST", f"{API}/v2/videopass/riepilogo")
    _ua(b)
    b.view("json:sessioni[].minuti_visti")
    b.json(
        {
            "sessioni": [
                {
                    "gp": g,
                    "camera": c.rng.choice(["onboard-63", "regia", "onboard-1"]),
                    "minuti_visti": c.rng.randint(3, 45),
                }
                for g in c.rng.sample(GP, 2)
            ]
        }
    )
    b.no_content()
    return b.build()


def concurrency(c: Context) -> Flow:
    """Anti-sharing check: the ANDROID_ID hashed under a meaningless key."""
    b = FB(c, "curva_app", "POST", f"{API}/v2/lic/chk")
    _ua(b)
    b.json(
        {
            "k1": b.id("aid_curva", "sha1", where="json:k1", detectable=False),
            "k2": c.rng.randint(1, 3),
            "n": rid(c.rng),
        }
    )
    b.ok_json({"ok": True, "slots": 2})
    return b.build()


def device_reg(c: Context) -> Flow:
    b = FB(c, "curva_app", "POST", f"{API}/v2/dispositivi")
    _ua(b)
    b.json(
        {
            "device_id": b.id("aid_curva", where="json:device_id"),
            "modello": "SM-S711B",
            "os": "Android 14",
            "utente": c.phone.curva_user,
        }
    )
    b.ok_json({"registrato": True})
    return b.build()


def live_scores(c: Context) -> Flow:
    b = FB(c, "curva_app", "GET", f"{API}/v2/partite/{c.rng.choice(MATCHES)}/live")
    _ua(b)
    b.decoy("player tracking coordinates and heat map")
    b.ok_json(
        {
            "punteggio": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "minuto": c.rng.randint(1, 95),
            "tracking": [
                {
                    "giocatore": n,
                    "xy": [[rf(c.rng, 0, 105, 1), rf(c.rng, 0, 68, 1)] for _ in range(6)],
                }
                for n in (9, 10, 23)
            ],
        }
    )
    return b.build()


def telemetry(c: Context) -> Flow:
    b = FB(c, "curva_app", "GET", f"{API}/v2/motogp/telemetria/{c.rng.choice([63, 1, 89, 93])}")
    _ua(b)
    b.decoy("bike telemetry: lean angle, pitch, roll, yaw series")
    b.ok_json(
        {
            "giro": c.rng.randint(1, 23),
            "campioni": [
                {
                    "t": i * 100,
                    "lean": rf(c.rng, -60, 60, 1),
                    "pitch": rf(c.rng, -8, 8, 2),
                    "roll": rf(c.rng, -62, 62, 2),
                    "yaw": rf(c.rng, -5, 5, 2),
                    "kmh": c.rng.randint(90, 350),
                }
                for i in range(8)
            ],
        }
    )
    return b.build()


def lap_times(c: Context) -> Flow:
    b = FB(c, "curva_app", "GET", f"{API}/v2/motogp/{c.rng.choice(GP)}/tempi")
    _ua(b)
    b.decoy("lap-time series")
    b.ok_json({"pilota": "BAG", "tempi": [rf(c.rng, 105.5, 108.9, 3) for _ in range(20)]})
    return b.build()


def highlights_thumb(c: Context) -> Flow:
    b = FB(
        c,
        "curva_cdn",
        "GET",
        f"https://img.curva-app.example.it/highlights/{new_hex(c.rng, 16)}.webp",
    )
    b.decoy("highlight thumbnail fetch")
    b.respond(
        200,
        "image/webp",
        b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(c.rng.randrange(256) for _ in range(60)),
    )
    return b.build()


def onesignal(c: Context) -> Flow:
    return sdks.onesignal_player(c, OS_APP, "418")


def onesignal_session(c: Context) -> Flow:
    return sdks.onesignal_on_session(c, OS_APP)
