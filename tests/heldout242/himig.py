"""Himig: an OPM music app in the personal profile.

Songs listened to go to the backend (`pakinig` = listen, `sekondaNapakinggan`
= seconds listened), the recently played list comes back on the home screen,
and a batched play log is sent as nameless rows. The app registers its own
install id with the ANDROID_ID and the advertising id. Charts, lyrics,
playlists and the audio segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import PB, iso, ms, rid, ua

API = "https://api.himig.example"
UA = ua("Himig", "4.0.3")
KANTA = [
    ("h301", "SB19", "GENTO"),
    ("h302", "BINI", "Pantropiko"),
    ("h303", "Ben&Ben", "Kathang Isip"),
    ("h304", "Moira Dela Torre", "Paubaya"),
    ("h305", "Zack Tabudlo", "Binibini"),
    ("h306", "Arthur Nery", "Isa Lang"),
    ("h307", "Dionela", "Marilag"),
]


def _b(c: Context, method: str, url: str, install: bool = False) -> PB:
    b = PB(c, "himig", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-himig-install", b.id("himig_install", where="header x-himig-install"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "installId": b.id("himig_install", where="json installId"),
            "androidId": b.id("aid_himig", where="json androidId"),
            "adId": b.id("gaid", where="json adId"),
            "limitAdTracking": False,
            "model": "SM-A356E",
        }
    )
    b.ok_json({"userId": b.acct("himig_user")})
    return b.build()


def pakinig(c: Context) -> Flow:
    kid, artist, title = c.rng.choice(KANTA)
    b = _b(c, "POST", f"{API}/v1/pakinig", install=True)
    b.view("json kantaId + sekondaNapakinggan (song listened)")
    b.json(
        {
            "kantaId": kid,
            "artist": artist,
            "pamagat": title,
            "sekondaNapakinggan": c.rng.randint(20, 240),
            "buo": c.rng.random() < 0.6,
            "oras": iso(c),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/recently-played")
    b.view("response json kanta[] (recently played)", direction="response")
    b.ok_json(
        {
            "kanta": [
                {"kantaId": k, "artist": a, "pamagat": t, "napakingganNoong": iso(c)}
                for k, a, t in c.rng.sample(KANTA, 4)
            ]
        }
    )
    return b.build()


def batch_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/l")
    b.view("json d[] rows (song, seconds, ts)", detectable=False)
    rows = [
        [int(c.rng.choice(KANTA)[0][1:]), c.rng.randint(20, 240), ms(c)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"d": rows}, "gzip")
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/opm-top-50")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "chart": [
                {"rank": i + 1, "kantaId": k, "pamagat": t, "plays": c.rng.randint(10**4, 10**6)}
                for i, (k, _, t) in enumerate(KANTA)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    kid, _, title = c.rng.choice(KANTA)
    b = _b(c, "GET", f"{API}/v1/kanta/{kid}/lyrics")
    b.ok_json({"pamagat": title, "lyrics": "Oh, oh, oh...\n" * 4})
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/playlists/pang-night-shift")
    b.decoy("editorial playlist with track durations (content fetch)")
    b.ok_json(
        {
            "pamagat": "Pang-Night Shift",
            "tracks": [{"kantaId": k, "tagal": c.rng.randint(150, 300)} for k, _, _ in KANTA],
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = PB(c, "himig", "GET", f"https://cdn.himig.example/a/{new_hex(c.rng, 16)}/160.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 4) * 65536}-")
    b.respond(206, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
