"""Mirdi an Tourioù-tan: a lighthouse museum's audio guides (the museum's own
lending units) and its website/app.

The audio guides ("heñcher selaou") sync overnight: battery, firmware, their
serials and MACs (the museum's inventory). Usage comes back per track as
daily totals over all units (no unit, no visitor). The app fetches the
track audio ("selaou" = listen), the panorama of the lighthouse view
("dremmwel" = horizon, literally 'face of the world'), the beam's timing and
the opening hours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_wav

from .phone import FB, inst_mac, inst_serial, iso, rf

API = "https://api.mirdi-tourioutan.example"
TRACKS = ["Tour-tan Ar C'hreac'h", "Ar Stiff", "Kerbonn", "Tour-tan ar Jument", "Gwarded an tan"]


def _b(c: Context, method: str, url: str, agent: str = "HencherSync/4.0") -> FB:
    b = FB(c, "mirdi", method, url)
    b.header("user-agent", agent)
    return b


def guide_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/hencherioù/kemprenn")
    b.decoy("museum audio-guide units: serials, MACs, battery (the museum's lending units)")
    b.json(
        {
            "unanennoù": [
                {
                    "sn": inst_serial(c.rng, "AG"),
                    "mac": inst_mac(c.rng),
                    "batiri": c.rng.randint(5, 100),
                    "firmware": "2.7." + str(c.rng.randint(0, 9)),
                }
                for _ in range(c.rng.randint(3, 6))
            ],
            "amzer": iso(c),
        }
    )
    b.ok_json({"firmware_nevez": None})
    return b.build()


def track_totals(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/stadegoù/selaou-deiz")
    b.decoy("daily listening totals per track over all units (aggregate)")
    b.json(
        {
            "deiz": iso(c)[:10],
            "roudennoù": [
                {
                    "titl": t,
                    "selaouadennoù": c.rng.randint(5, 300),
                    "keidenn_s": c.rng.randint(40, 200),
                }
                for t in TRACKS
            ],
        }
    )
    b.no_content()
    return b.build()


def track_audio(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/selaou/br/roudenn-{c.rng.randint(1, 24):02d}.wav",
        "MirdiApp/1.3 (Android 14)",
    )
    b.decoy("audio-guide track fetch ('selaou')")
    b.respond(200, "audio/wav", fake_wav(c.rng.randint(0, 10**9), 700))
    return b.build()


def panorama(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/skeudennoù/dremmwel-{c.rng.choice(['kreac-h', 'stiff'])}-{c.rng.randint(1, 8)}.jpg",
        "MirdiApp/1.3 (Android 14)",
    )
    b.decoy("panorama image named 'dremmwel' (horizon; 'dremm' = face)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def beam(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tour-tan/sklerijenn", "MirdiApp/1.3 (Android 14)")
    b.ok_json(
        {
            "tour_tan": c.rng.choice(TRACKS),
            "lugerniñ": "2 fl(2) W 20s",
            "pellder_mm": c.rng.randint(18, 32),
            "lec'hiadur": {"lat": rf(c.rng, 48.2, 48.5, 4), "lon": rf(c.rng, -5.2, -4.7, 4)},
        }
    )
    return b.build()


def hours(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/eurioù-digor", "MirdiApp/1.3 (Android 14)")
    b.ok_json({"digor": "10:30-18:00", "serret": ["lun"], "priz": {"tud-deuet": 7, "bugale": 3.5}})
    return b.build()
