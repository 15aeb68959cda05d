"""Bølge: a music / radio app used in DK, IS and SK (fictional backend), with
Triton Digital live streams.

Triton Digital: live-stream URLs on playerservices.streamtheworld.com take the
listener id as `lsid=<type>:<value>` (types such as `idfa`, `gaid`, `app`)
plus `dist` and `pname` (Triton "Streaming Guide" / "Listener ID" docs).
The app's own scrobble and listen-history endpoints use English and Danish
key names.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.boelge.fm"
UA = ua("Boelge", "3.8.5")
TRACKS = [
    ("DKAPA2300012", "Tobias Rahim", "Stor mand"),
    ("ISUM72200045", "Of Monsters and Men", "Little Talks"),
    ("SKA012200310", "Kristína", "Horehronie"),
    ("DKBKA2100401", "Gilli", "Tidligt op"),
    ("ISX112300118", "Laufey", "From The Start"),
]
STATIONS = ["P3_DK", "RAS2_IS", "RADIO_EXPRES_SK", "NOVA_DK"]


def scrobble(c: Context) -> Flow:
    isrc, artist, title = c.rng.choice(TRACKS)
    b = FB(c, "boelge", "POST", f"{API}/v2/scrobble")
    b.header("user-agent", UA)
    b.json(
        {
            "userId": b.acct("radio_user"),
            "track": {"isrc": isrc, "artist": artist, "title": title},
            "playedMs": c.rng.randint(30_000, 240_000),
            "startedAt": iso(c),
            "source": c.rng.choice(["playlist", "album", "radio"]),
        }
    )
    b.view("json:track+playedMs scrobble")
    b.no_content()
    return b.build()


def lyttehistorik(c: Context) -> Flow:
    b = FB(c, "boelge", "POST", f"{API}/v2/brugere/{c.phone.radio_user}/lyttehistorik")
    b.header("user-agent", UA)
    rows = [
        {"isrc": i, "kunstner": a, "afspilletKl": iso(c), "sekunder": c.rng.randint(20, 230)}
        for i, a, _ in c.rng.sample(TRACKS, 3)
    ]
    b.json({"lyttet": rows, "enhed": b.id("radio_install", where="json:enhed")})
    b.view("json:lyttet[] isrc+afspilletKl")
    b.ok_json({"gemt": len(rows)})
    return b.build()


def triton(c: Context) -> Flow:
    st = c.rng.choice(STATIONS)
    b = FB(
        c,
        "triton",
        "GET",
        f"https://playerservices.streamtheworld.com/api/livestream-redirect/{st}.aac",
    )
    b.header("user-agent", UA)
    b.params = [
        ("lsid", "gaid:" + b.id("gaid", where="query:lsid gaid:")),
        ("dist", "boelge_app"),
        ("pname", "TdPlayerAndroid"),
        ("pversion", "2.9.4"),
    ]
    b.respond(302, None, headers=[("location", f"https://18223.live.streamtheworld.com/{st}.aac")])
    return b.build()


def now_playing_opaque(c: Context) -> Flow:
    b = FB(c, "boelge", "POST", f"{API}/t")
    b.header("user-agent", UA)
    b.form([("p", new_hex(c.rng, 96)), ("k", "3"), ("ts", str(ms(c)))])
    b.view("form:p (encrypted listen event)", detectable=False)
    b.no_content()
    return b.build()


def station_list(c: Context) -> Flow:
    b = FB(c, "boelge", "GET", f"{API}/v2/stationer", [("land", c.rng.choice(["DK", "IS", "SK"]))])
    b.header("user-agent", UA)
    b.ok_json({"stationer": STATIONS, "requestId": rid(c.rng)})
    b.decoy("station catalogue")
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "boelge-cdn", "GET", f"https://img.boelge.fm/cover/{new_hex(c.rng, 16)}/300.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(24), 400))
    b.decoy("album cover fetch")
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["laufey", "horehronie", "rahim"])
    b = FB(c, "boelge", "GET", f"{API}/v2/soeg", [("q", q), ("typer", "track,artist")])
    b.header("user-agent", UA)
    b.ok_json({"tracks": [{"isrc": i, "title": t} for i, _, t in TRACKS[:2]]})
    b.decoy("search results with track ids")
    return b.build()
