"""Krepsinis LIVE: a basketball league's live-streaming and scores app (LKL / LBL).

Live games stream in the app; the player reports `transliacija` (broadcast)
watching with `ziuri_sek` (seconds watched) and `rungtynes_id`; the app's
Firebase Analytics build logs `video_progress` with the match as a parameter.
Play-by-play with shot coordinates, box scores, standings, the "daugiausiai
ziurima" (most watched) rail and the ticket shop are ordinary; the arena's
scoreboard proof-of-play feed the app shows is a public screen's playout, not a
person's viewing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.krepsinis-live.example"
UA = ua("KrepsinisLIVE", "3.14.0")
TEAMS = ["Zalgiris", "Rytas", "Nevezis", "Juventus", "VEF Riga", "Ventspils", "Wolves"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "krepsinis", method, url)
    b.header("user-agent", UA)
    b.header("x-app-lang", c.rng.choice(["lt", "lv", "ru"]))
    return b


def _match(c: Context) -> dict[str, object]:
    home, away = c.rng.sample(TEAMS, 2)
    return {"rungtynes_id": c.rng.randint(40000, 49999), "seimininkai": home, "sveciai": away}


def transliacija(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/transliacija/ziurejimas")
    b.header("x-device", b.id("aid_krep", where="header x-device"))
    b.view("json rungtynes_id + ziuri_sek + busena")
    b.json(
        {
            **_match(c),
            "busena": c.rng.choice(["pradejo", "ziuri", "sustabde", "baige"]),
            "ziuri_sek": c.rng.randint(10, 7200),
            "kokybe": "720p",
            "laikas": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def firebase_progress(c: Context) -> Flow:
    """GA4 for Firebase batch (protobuf): the app instance id, a `video_progress` event
    with the match id and percent. The event name says what it is."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; 23078PND5G)")
    b.view("protobuf event video_progress + params video_title, video_percent")
    m = _match(c)
    event = pb_msg(
        2,
        [
            pb_msg(
                1, [pb_bytes(1, "video_title"), pb_bytes(2, f"{m['seimininkai']}-{m['sveciai']}")]
            ),
            pb_msg(1, [pb_bytes(1, "video_percent"), pb_varint(3, c.rng.choice([10, 25, 50, 75]))]),
            pb_bytes(2, "video_progress"),
            pb_varint(3, ms(c)),
        ],
    )
    body = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(21, b.id("krep_app_instance", "protobuf", "protobuf app_instance_id (f21)")),
            pb_bytes(14, "14"),
            pb_bytes(15, "23078PND5G"),
            pb_bytes(19, b.id("gaid", "protobuf", "protobuf resettable_device_id (f19)")),
        ],
    )
    b.set_body(body, "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


def firebase_screen(c: Context) -> Flow:
    """A screen_view batch: only the app instance id under protobuf field 21 (opaque)."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; 23078PND5G)")
    event = pb_msg(2, [pb_bytes(2, "screen_view"), pb_varint(3, ms(c))])
    where = "protobuf field 21 (no name on the wire)"
    body = pb_msg(
        1,
        [pb_varint(1, 1), event, pb_bytes(21, b.id("krep_app_instance", "protobuf", where, False))],
    )
    b.set_body(body, "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


def stream_beacon(c: Context) -> Flow:
    """CDN token refresh that doubles as a watch beacon: `r`=match, `w`=seconds, opaque."""
    b = _b(c, "GET", f"{API}/t/{c.rng.randint(40000, 49999)}")
    b.view("path match number + query w (seconds) under single letters", detectable=False)
    b.param("w", str(c.rng.randint(30, 7200)))
    b.param("k", rid(c.rng)[:8])
    b.ok_json({"t": rid(c.rng).replace("-", ""), "e": 600})
    return b.build()


def play_by_play(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/rungtynes/{c.rng.randint(40000, 49999)}/eiga")
    b.decoy("play-by-play with shot x/y coordinates on the court (not a face, not a person's data)")
    b.ok_json(
        {
            "eiga": [
                {
                    "minute": c.rng.randint(1, 40),
                    "zaidejas": c.rng.choice(["Ulanovas", "Sirvydis", "Kuzminskas", "Bertans"]),
                    "metimas": {"x": rf(c.rng, 0, 28, 2), "y": rf(c.rng, 0, 15, 2)},
                    "taskai": c.rng.choice([0, 2, 3]),
                }
                for _ in range(12)
            ]
        }
    )
    return b.build()


def turnyrine(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lyga/LKL/turnyrine-lentele")
    b.ok_json(
        {
            "lentele": [
                {
                    "komanda": t,
                    "pergales": c.rng.randint(0, 30),
                    "pralaimejimai": c.rng.randint(0, 30),
                }
                for t in TEAMS
            ]
        }
    )
    return b.build()


def daugiausiai_ziurima(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/video/daugiausiai-ziurima")
    b.decoy("most-watched highlights with view counts over all viewers (aggregate)")
    b.ok_json(
        {
            "video": [
                {
                    **_match(c),
                    "perziuros": c.rng.randint(1000, 90000),
                    "vid_ziuri_sek": rf(c.rng, 30, 400, 1),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def arena_screen(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/arena/zalgirio-arena/ekranas")
    b.decoy(
        "arena scoreboard playout log (what the public screen showed and when): a business's "
        "proof of play, not a person's viewing"
    )
    b.ok_json(
        {
            "ekranas": "ZA-jumbotron-1",
            "rodyta": [
                {
                    "klipas": c.rng.choice(["reklama_ltg", "kiss_cam", "replay"]),
                    "nuo": iso(c),
                    "sek": 30,
                }
                for _ in range(5)
            ],
        }
    )
    return b.build()


def bilietai(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/bilietai/uzsakymas")
    b.decoy("ticket order with order number and seat row (no device)")
    b.json({**_match(c), "sektorius": "212", "eile": c.rng.randint(1, 20), "kiekis": 2})
    b.ok_json({"uzsakymo_nr": f"KL-{c.rng.randint(100000, 999999)}", "suma": rf(c.rng, 20, 90, 2)})
    return b.build()


def push_topic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/push/temos")
    b.json({"temos": ["zalgiris", "lkl"], "ts": ms(c), "req": rid(c.rng)})
    b.no_content()
    return b.build()
