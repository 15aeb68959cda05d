"""Kirtanbani, a devotional audio app (kirtan, bhajan, Gita path) used in
Bengal and Bangladesh: a listening history with romanised Bengali keys
(shunechi = "I listened", bhokto = devotee, shilpi = singer, shona = listening,
dorgho = length), live-kirtan heartbeats as query strings, an install
registration, and decoys: a japa (mantra-round) counter, the panjika
calendar, audio fetches.

The app is this set's own; key names are its own. The live heartbeat follows
the common pattern of HLS players reporting stream id and position every 30 s.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://api.kirtanbani.org"
TRACKS = [
    ("Hare Krishna Mahamantra", "Agnideva Das", 1820),
    ("Gaura Arati", "Aindra Das", 900),
    ("Radha Madhava", "Madhava Prabhu", 1260),
    ("Nama Sankirtan", "Mayapur Kirtan Mela", 3400),
]
STREAMS = ["mayapur-mangal-arati", "dhaka-swamibag-live", "navadvip-sandhya"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kirtan", method, url)
    b.header("user-agent", ua("Kirtanbani", "2.6.1"))
    return b


def listened(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/shunechi")
    title, singer, dur = c.rng.choice(TRACKS)
    b.json(
        {
            "bhokto_id": b.acct("kirtan_user"),
            "kirtan": {"id": f"K{c.rng.randint(1000, 9999)}", "naam": title, "shilpi": singer},
            "shona_sec": c.rng.randint(20, dur),
            "dorgho_sec": dur,
            "shesh": iso(c),
        }
    )
    b.view("body (kirtan.id / shona_sec)")
    b.ok_json({"ok": 1})
    return b.build()


def live_hb(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/live/hb")
    b.params += [
        ("stream", c.rng.choice(STREAMS)),
        ("pos", str(c.rng.randint(30, 5400))),
        ("uid", b.acct("kirtan_user")),
        ("ts", str(ms(c))),
    ]
    b.view("query (stream / pos)")
    b.no_content()
    return b.build()


def install(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/install")
    b.json(
        {
            "install_id": b.id("kirtan_install", where="body.install_id"),
            "android_id": b.id("aid_kirtan", where="body.android_id"),
            "lang": "bn",
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def japa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/japa/mala")
    b.json(
        {"date": iso(c)[:10], "rounds": c.rng.randint(1, 16), "beads": [108] * c.rng.randint(1, 4)}
    )
    b.decoy("mantra round counter (numbers)")
    b.ok_json({"streak": c.rng.randint(1, 300)})
    return b.build()


def panjika(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/panjika?month={c.rng.randint(1, 12)}&loc=Dhaka")
    b.ok_json({"ekadashi": [c.rng.randint(1, 28) for _ in range(2)], "tithi": "Dwadashi"})
    return b.build()


def audio(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.kirtanbani.org/audio/K{c.rng.randint(1000, 9999)}/128.mp3")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/mpeg", c.rng.randbytes(600))
    b.decoy("audio fetch")
    return b.build()
