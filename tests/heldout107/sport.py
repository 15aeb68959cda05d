"""QazSport Live: football (KPL, the national team) and kokpar streams.

The player sends a heartbeat every 30 s with the match, the position in the
stream and the bitrate (`match_id`, `pozitsiya`, `korildi_sek`); a short
numeric-key variant comes from the Tizen TV build. Live scores, the
kokpar table, the highlights rail and "viewers now" are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import sdks
from .phone import FB, b, iso, ms, ua

API = "https://api.qazsport.example"
UA = ua("QazSport", "3.0.7")
MATCHES = [
    "Қайрат – Астана",
    "Ордабасы – Тобыл",
    "Kazakhstan – Slovenia",
    "Көкпар: Түркістан – Жамбыл",
]


def _dev(fb: FB) -> None:
    fb.header("x-device", fb.id("aid_sport", where="header x-device"))


def heartbeat(c: Context) -> Flow:
    fb = b(c, "qazsport", "POST", f"{API}/player/heartbeat", UA)
    _dev(fb)
    fb.view("json match_id + pozitsiya + korildi_sek")
    fb.json(
        {
            "match_id": c.rng.randint(10000, 99999),
            "match": c.rng.choice(MATCHES),
            "pozitsiya": c.rng.randint(0, 6000),
            "korildi_sek": 30,
            "bitreit": c.rng.choice([1200, 2400, 4800]),
            "ts": ms(c),
        }
    )
    fb.no_content()
    return fb.build()


def numeric_beat(c: Context) -> Flow:
    fb = b(c, "qazsport-tv", "GET", f"{API}/hb", "QazSportTV/1.4 (SMART-TV; Tizen 7.0)")
    fb.view("query m/p/d numeric codes (no names)", detectable=False)
    fb.params.extend(
        [("m", str(c.rng.randint(10000, 99999))), ("p", str(c.rng.randint(0, 6000))), ("d", "30")]
    )
    fb.no_content()
    return fb.build()


def firebase_video(c: Context) -> Flow:
    return sdks.firebase_measure(
        c,
        [
            (
                "video_progress",
                {"video_title": c.rng.choice(MATCHES), "video_percent": c.rng.choice([25, 50, 75])},
            )
        ],
        "protobuf event video_progress params video_title + video_percent",
    )


def live_score(c: Context) -> Flow:
    fb = b(c, "qazsport", "GET", f"{API}/live/score/{c.rng.randint(10000, 99999)}", UA)
    fb.decoy("live score with minute and possession (match data)")
    fb.ok_json(
        {
            "minut": c.rng.randint(1, 90),
            "esep": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "ielik": [c.rng.randint(30, 70), 0],
        }
    )
    return fb.build()


def viewers_now(c: Context) -> Flow:
    fb = b(c, "qazsport", "GET", f"{API}/live/korermender", UA)
    fb.decoy("viewers now: a count over everyone watching (aggregate)")
    fb.ok_json({"korermender_sany": c.rng.randint(1000, 90000), "at": iso(c)})
    return fb.build()


def kokpar_table(c: Context) -> Flow:
    fb = b(c, "qazsport", "GET", f"{API}/kokpar/kesté?maýsym=2024", UA)
    fb.decoy("kokpar league table (points, wins)")
    fb.ok_json(
        {
            "komandalar": [
                {"aty": t, "upai": c.rng.randint(0, 40)} for t in ("Түркістан", "Жамбыл", "Алматы")
            ]
        }
    )
    return fb.build()


def highlights(c: Context) -> Flow:
    fb = b(c, "qazsport", "GET", f"{API}/video/sholu?limit=12", UA)
    fb.decoy("highlights rail with durations and thumbnails")
    fb.ok_json(
        {
            "videos": [
                {"id": new_hex(c.rng, 10), "duration": c.rng.randint(60, 600)} for _ in range(6)
            ]
        }
    )
    return fb.build()
