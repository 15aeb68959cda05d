"""Val: a Croatian / regional radio and music app (in-house backend) that logs
what was listened to, with the stream URL carrying the advertising id for
server-side ad insertion (as AdsWizz / Triton-style stream URLs carry a
listener id), and Google Analytics 4 events via the Measurement Protocol
(`/mp/collect`, `client_id`, `events[].name/params`; developers.google.com/
analytics/devguides/collection/protocol/ga4).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.val-radio.hr"
UA = ua("Val", "2.9.4")
STATIONS = ["otvoreni", "narodni", "antena-zg", "radio-s", "bg-radio", "val202"]
SONGS = [
    ("Oliver Dragojević", "Cesarica"),
    ("Đorđe Balašević", "Ringišpil"),
    ("Dino Merlin", "Kad si rekla da me voliš"),
    ("Siddharta", "Napoleon"),
    ("Lili Ivanova", "Shtastlivi dni"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "val", method, url)
    b.header("user-agent", UA)
    return b


def slusanje(c: Context) -> Flow:
    """One listening record: station, song, how long it played."""
    artist, song = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v2/slusanje")
    b.json(
        {
            "postaja": c.rng.choice(STATIONS),
            "pjesma": {"izvodjac": artist, "naslov": song},
            "pocetak": iso(c),
            "slusanoSekundi": c.rng.randint(20, 280),
            "izvor": "aplikacija",
        }
    )
    b.view("json:postaja+pjesma+slusanoSekundi")
    b.no_content()
    return b.build()


def history_batch(c: Context) -> Flow:
    """The English-keyed 'recently played' list synced for the widget."""
    b = _b(c, "POST", f"{API}/v2/me/recently-played")
    items = [
        {"trackArtist": a, "trackTitle": s, "playedAt": ms(c) - i * 210000}
        for i, (a, s) in enumerate(c.rng.sample(SONGS, 3))
    ]
    b.json({"items": items, "installation": b.id("aid_radio", where="json:installation")})
    b.view("json:items[].trackTitle+playedAt")
    b.no_content()
    return b.build()


def ga4(c: Context) -> Flow:
    artist, song = c.rng.choice(SONGS)
    b = FB(c, "ga4", "POST", "https://www.google-analytics.com/mp/collect")
    b.param("measurement_id", "G-VR8K2Q1X7M")
    b.param("api_secret", "qZ" + rid(c.rng)[:20])
    b.header("user-agent", UA)
    b.json(
        {
            "client_id": f"{c.rng.randint(10**8, 10**9)}.{int(c.now)}",
            "events": [
                {
                    "name": "audio_play",
                    "params": {
                        "station": c.rng.choice(STATIONS),
                        "song_title": song,
                        "artist": artist,
                    },
                }
            ],
        }
    )
    b.view("json:events[audio_play].song_title")
    b.no_content()
    return b.build()


def stream(c: Context) -> Flow:
    st = c.rng.choice(STATIONS)
    b = _b(c, "GET", f"https://stream.val-radio.hr/{st}/aac_64.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.param("listenerid", b.id("gaid", where="query:listenerid", detectable=False))
    b.param("aw_0_req.gdpr", "1")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-VERSION:3\n")
    return b.build()


def stream_gaid(c: Context) -> Flow:
    st = c.rng.choice(STATIONS)
    b = _b(c, "GET", f"https://stream.val-radio.hr/{st}/mp3_128")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.param("adid", b.id("gaid", where="query:adid"))
    b.param("dnt", "0")
    b.respond(200, "audio/mpeg", b"ID3\x04\x00\x00\x00\x00\x00\x00")
    return b.build()


def now_playing(c: Context) -> Flow:
    st = c.rng.choice(STATIONS)
    artist, song = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/v2/postaje/{st}/sada")
    b.ok_json({"izvodjac": artist, "naslov": song, "pocetak": iso(c)})
    b.decoy("now-playing metadata fetched from the station (download, not history)")
    return b.build()


def stations(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/postaje")
    b.ok_json({"postaje": [{"id": s, "logo": f"/logo/{s}.png"} for s in STATIONS]})
    b.decoy("station list")
    return b.build()
