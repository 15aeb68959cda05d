"""Wegahta: a Tigrinya music and radio app from Asmara (in-house API in
romanised Tigrinya, Ge'ez where the team writes for the UI).

Listen logs use ደርፊ `derfi` (song), ደራፊ `derafi` (singer), ዝተሰምዐ ግዜ
`ztesem_e_gize` (time listened); the live-radio tuning log uses `fenote` (channel)
with `jemere` / `wede_e` (started / ended). An older client build still sends its
listen rows under numeric keys. Charts (play counts over all listeners), lyrics,
artwork and the Icecast stream itself are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.wegahta-music.example"
UA = ua("Wegahta", "3.2.0")
SONGS = [
    ("Abraham Afewerki", "ሰላም"),
    ("Helen Meles", "ኣስመራ"),
    ("Yemane Barya", "ዓደይ"),
    ("Bereket Mengisteab", "ሓዳር"),
    ("Wedi Tikabo", "ሰናይ ለይቲ"),
]
RADIOS = ["dimtsi-hafash", "radio-erena", "wegahta-guayla", "tigrinya-oldies"]


def _b(c: Context, method: str, url: str, ident: bool = False) -> FB:
    """The app sends its ANDROID_ID only on the calls tied to the user's library."""
    b = FB(c, "wegahta", method, url)
    b.header("user-agent", UA)
    if ident:
        b.header("x-wg-aid", b.id("aid_wegahta", where="header x-wg-aid"))
    return b


def _song(c: Context) -> tuple[str, str, str]:
    artist, title = c.rng.choice(SONGS)
    return f"dr{c.rng.randint(10000, 99999)}", artist, title


def listen_log(c: Context) -> Flow:
    sid, artist, title = _song(c)
    b = _b(c, "POST", f"{API}/v1/zteseme", ident=True)
    b.view("json ztesem_e_gize + derfi (Tigrinya: song and time listened)")
    b.json(
        {
            "teqemati": b.acct("wegahta_user"),
            "derfi": sid,
            "derafi": artist,
            "ars_i": title,
            "ztesem_e_gize": c.rng.randint(20, 320),
            "mulu_ntey": c.rng.random() < 0.5,
            "meʿas": iso(c),
        }
    )
    b.ok_json({"ተቐቢሉ": True})
    return b.build()


def radio_tuning(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/radio/fenote-log", ident=True)
    b.view("json fenote + jemere/wede_e (live radio tuning log)")
    start = ms(c) - c.rng.randint(60, 3600) * 1000
    b.json(
        {
            "fenote": c.rng.choice(RADIOS),
            "jemere": start,
            "wede_e": ms(c),
            "ኣገባብ": "ብሉቱዝ ስፒከር",
        }
    )
    b.no_content()
    return b.build()


def legacy_rows(c: Context) -> Flow:
    """Build 2.x: rows under '1'..'4' (song, seconds, ts, source): no word says listening."""
    b = _b(c, "POST", f"{API}/q")
    b.view("json r[] numeric keys 1-4 (song, seconds, ts)", detectable=False)
    rows = [
        {"1": _song(c)[0], "2": c.rng.randint(20, 320), "3": ms(c), "4": "l"}
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"r": rows, "v": 2})
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/semunawi")
    b.decoy("weekly chart: play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "semun": iso(c)[:10],
            "derfitat": [
                {
                    "derfi": _song(c)[0],
                    "ars_i": t,
                    "derafi": a,
                    "ztesem_u": c.rng.randint(500, 90000),
                }
                for a, t in SONGS
            ],
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, _, title = _song(c)
    b = _b(c, "GET", f"{API}/v1/derfi/{sid}/gitmi")
    b.ok_json({"derfi": sid, "ars_i": title, "gitmi": "ኣስመራ ኣስመራ ጽብቕቲ ከተማ\n...", "lrc": []})
    return b.build()


def artwork(c: Context) -> Flow:
    b = FB(c, "wegahta", "GET", f"https://cdn.wegahta-music.example/art/{_song(c)[0]}_300.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 350))
    return b.build()


def radio_stream(c: Context) -> Flow:
    b = FB(c, "wegahta", "GET", f"https://stream.wegahta-music.example/{c.rng.choice(RADIOS)}.mp3")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.header("icy-metadata", "1")
    b.respond(200, "audio/mpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def download_offline(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/offline/request", ident=True)
    b.decoy("offline download request with a request id (fetching, not listening)")
    b.json({"derfi": _song(c)[0], "quality": "128k", "request_id": rid(c.rng)})
    b.ok_json({"url": "https://cdn.wegahta-music.example/o/x.m4a", "expires": ms(c) + 3600000})
    return b.build()
