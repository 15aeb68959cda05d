"""Hangtár: a Hungarian radio and music app (live stations, music, podcasts).

Listening reports are viewing history (what a person listened to). Charts with
play counts, station lists, stream URLs and lyrics are not.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, ua

API = "https://api.hangtar.example"
UA = ua("Hangtar", "3.18.0")
TRACKS = [
    ("t_88123", "Quimby", "Most múlik pontosan", 261),
    ("t_77310", "Wellhello", "Apuveddmeg", 204),
    ("t_61002", "Halott Pénz", "Hosszú az út", 232),
    ("t_90311", "Carson Coma", "Ez a nap", 198),
    ("t_12007", "Ákos", "Ilyenek voltunk", 245),
]
STATIONS = ["petofi", "retro-radio", "radio1", "bartok", "jazzy"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hangtar", method, url)
    b.header("user-agent", UA)
    b.header("x-hangtar-session", new_hex(c.rng, 32))
    return b


def hallgatas(c: Context) -> Flow:
    tid, artist, title, dur = c.rng.choice(TRACKS)
    b = _b(c, "POST", f"{API}/v1/hallgatasok")
    b.view("json hallgatasok[] hallgatott_mp (listening report)")
    b.json(
        {
            "hallgatasok": [
                {
                    "szam_azonosito": tid,
                    "eloado": artist,
                    "cim": title,
                    "hallgatott_mp": c.rng.randint(30, dur),
                    "allomas": c.rng.choice(STATIONS),
                    "kezdete": iso(c),
                }
            ]
        }
    )
    b.ok_json({"mentve": 1})
    return b.build()


def podcast_pozicio(c: Context) -> Flow:
    ep = f"ep_{c.rng.randint(100, 999)}"
    b = _b(c, "PATCH", f"{API}/v1/podcast/epizodok/{ep}/hallgatottsag")
    b.view("json epizódPozíció (podcast listening position)")
    b.json({"epizódPozíció": c.rng.randint(10, 3600), "lejátszásVége": False, "ts": ms(c)})
    b.no_content()
    return b.build()


def opaque_ping(c: Context) -> Flow:
    """The live-stream ping: numeric keys, station and seconds under 1, 2, 3."""
    b = _b(c, "POST", f"{API}/p")
    b.view("form 1=station 2=seconds 3=ts (numeric keys)", detectable=False)
    pairs = [("1", c.rng.choice(STATIONS)), ("2", str(c.rng.randint(30, 1800))), ("3", str(ms(c)))]
    b.form(pairs)
    b.no_content()
    return b.build()


def telepites(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/telepites")
    b.json(
        {
            "telepitesAzonosito": b.id("radio_install", where="json telepitesAzonosito"),
            "androidAzonosito": b.id("aid_radio", where="json androidAzonosito"),
            "verzio": "3.18.0",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def toplista(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/toplista?het=aktualis")
    b.decoy("weekly chart with play counts over all listeners (aggregate)")
    rows = [
        {"hely": i + 1, "eloado": a, "cim": t, "lejatszasok": c.rng.randint(5_000, 200_000)}
        for i, (_, a, t, _) in enumerate(TRACKS)
    ]
    b.ok_json({"toplista": rows})
    return b.build()


def allomasok(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/allomasok")
    b.ok_json(
        {
            "allomasok": [
                {"azonosito": s, "stream": f"https://stream.hangtar.example/{s}/aac_128.m3u8"}
                for s in STATIONS
            ]
        }
    )
    return b.build()


def stream_chunk(c: Context) -> Flow:
    s = c.rng.choice(STATIONS)
    n = c.rng.randint(10000, 99999)
    b = FB(c, "hangtar", "GET", f"https://stream.hangtar.example/{s}/aac_128/{n}.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def dalszoveg(c: Context) -> Flow:
    tid, artist, title, _ = c.rng.choice(TRACKS)
    b = _b(c, "GET", f"{API}/v1/dalszoveg?{urlencode({'szam': tid})}")
    b.ok_json({"eloado": artist, "cim": title, "sorok": ["…", "…"], "idozites_ms": [0, 4200]})
    return b.build()


def elozmenyek(c: Context) -> Flow:
    """The 'recently played' screen: the user's own listening history, in a response."""
    b = _b(c, "GET", f"{API}/v1/profil/elozmenyek?limit=20")
    b.view("response json legutobb_hallgatott[] (listening history)", direction="response")
    rows = [
        {"szam": tid, "eloado": a, "cim": t, "hallgatva": iso(c)}
        for tid, a, t, _ in c.rng.sample(TRACKS, 3)
    ]
    b.ok_json({"legutobb_hallgatott": rows})
    return b.build()
