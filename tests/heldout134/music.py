"""Sargam: a music app (Bollywood, Marathi bhavgeet, Rabindrasangeet).

Its scrobbles say `suna_gaya_ms` and `poora_suna`; the recently-played answer
lists what was heard. Its offline-play log travels as one base64 string of
`song|ms|ts` rows under `d`. Charts count every listener (aggregate).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from . import trackers
from .phone import FB, iso, ms, rid, ua

API = "https://api.sargam.example"
UA = ua("Sargam", "8.14.0")
SONGS = [
    ("sg_9f21", "Apna Bana Le", "Arijit Singh"),
    ("sg_1c07", "Mann Mast Magan", "Arijit Singh"),
    ("sg_77ad", "Zingaat", "Ajay-Atul"),
    ("sg_30e2", "Ekla Cholo Re", "Rabindranath Tagore"),
    ("sg_a410", "Kesariya", "Arijit Singh"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "sargam", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-sg-device", b.id("aid_music", where="header x-sg-device"))
    return b


def scrobble(c: Context) -> Flow:
    sid, name, artist = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v4/stream/suna-gaya")
    b.view("json gaana_id / suna_gaya_ms / poora_suna")
    b.json(
        {
            "gaana_id": sid,
            "gaana": name,
            "kalakar": artist,
            "suna_gaya_ms": c.rng.randint(20_000, 300_000),
            "poora_suna": c.rng.random() < 0.6,
            "srot": c.rng.choice(["playlist", "radio", "search"]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/user/haal-hi-mein-sune")
    b.view("response json haal_hi_mein_sune[].suna_at", direction="response")
    b.ok_json(
        {
            "haal_hi_mein_sune": [
                {"gaana_id": s, "gaana": n, "suna_at": iso(c)} for s, n, _ in c.rng.sample(SONGS, 3)
            ]
        }
    )
    return b.build()


def offline_log_opaque(c: Context) -> Flow:
    rows = ";".join(
        f"{c.rng.choice(SONGS)[0]}|{c.rng.randint(20, 300) * 1000}|{ms(c)}" for _ in range(4)
    )
    b = _b(c, "POST", f"{API}/v4/o/l", device=False)
    b.view("form d (base64 rows song|ms|ts)", detectable=False)
    b.form([("d", b64(rows)), ("n", "4")])
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/charts/top-50?region=MH", device=False)
    b.decoy("chart of plays by all listeners (aggregate)")
    b.ok_json(
        {
            "chart": [
                {"rank": i + 1, "gaana_id": s, "plays_7d": c.rng.randint(10**5, 10**7)}
                for i, (s, _, _) in enumerate(SONGS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = _b(c, "GET", f"{API}/v4/lyrics/{sid}?synced=1", device=False)
    b.decoy("synced lyrics with millisecond timestamps (song timeline, not a play report)")
    b.ok_json({"lines": [{"t_ms": i * 4200, "text": "..."} for i in range(6)]})
    return b.build()


def stream_url(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = _b(c, "GET", f"{API}/v4/stream/url?id={sid}&q=high")
    b.ok_json({"url": f"https://aud.sargam.example/{sid}/320.mp4?tok={rid(c.rng)}", "ttl": 600})
    return b.build()


def moengage_song(c: Context) -> Flow:
    sid, name, _ = c.rng.choice(SONGS)
    props = {"song_id": sid, "song_name": name, "listened_secs": c.rng.randint(10, 300)}
    return trackers.moengage(
        c,
        "sargam",
        "aid_music",
        ("Song Listened", props),
        view="json viewsInfo[].EVENT_ATTRS.listened_secs",
    )


def moengage_launch(c: Context) -> Flow:
    return trackers.moengage(c, "sargam", "aid_music")
