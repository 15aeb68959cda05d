"""Mzansi Grooves: a South African music app (amapiano, gqom, Afrikaans pop;
personal profile).

Plays ("umculo/dlaliwe": song and seconds listened) and the "recently played"
response are listening history; the offline-play batch sends [track, seconds,
ts] rows under 'd' (opaque). The app registers its install id with the
ANDROID_ID and the advertising id, the ad server keys frequency caps on the
advertising id in the query, and remote config is keyed by an MD5 of the
ANDROID_ID under 'k' (opaque). Charts with play counts, lyrics, playlists and
audio chunks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, MODEL, iso, ms, rid, ua

API = "https://api.mzansigrooves.example"
CDN = "https://audio.mzansigrooves.example"
UA = ua("MzansiGrooves", "4.1.0")
INGOMA = [
    ("t9001", "Kabza De Small", "Umshove"),
    ("t9002", "Tyla", "Water"),
    ("t9003", "Bok van Blerk", "De La Rey"),
    ("t9004", "Makhadzi", "Ghanama"),
    ("t9005", "Black Coffee", "Drive"),
    ("t9006", "Riana Nel", "Ek Wens"),
]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "mzansigrooves", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    if install:
        b.header("x-install-id", b.id("musiek_install", where="header x-install-id"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices", install=False)
    b.json(
        {
            "installId": b.id("musiek_install", where="json installId"),
            "androidId": b.id("aid_musiek", where="json androidId"),
            "adId": b.id("gaid", where="json adId"),
            "model": MODEL,
            "ulimi": "zu",
        }
    )
    b.ok_json({"umsebenzisi": b.acct("musiek_user")})
    return b.build()


def ads_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ads/config", install=False)
    b.param("adid", b.id("gaid", where="query adid"))
    b.param("country", "ZA")
    b.ok_json({"audioAdEvery": 4, "banner": True})
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/c", install=False)
    b.form(
        [
            ("p", "za.mzansigrooves"),
            ("k", b.id("aid_musiek", "md5", "form k", detectable=False)),
            ("v", "4.1.0"),
        ]
    )
    b.ok_json({"f": {"lyrics": True, "hifi": False}})
    return b.build()


def dlaliwe(c: Context) -> Flow:
    tid, artist, title = c.rng.choice(INGOMA)
    b = _b(c, "POST", f"{API}/v1/umculo/dlaliwe")
    b.view("json trackId + secondsListened (song played)")
    b.json(
        {
            "trackId": tid,
            "umculi": artist,
            "isihloko": title,
            "secondsListened": c.rng.randint(20, 300),
            "complete": c.rng.random() < 0.6,
            "isikhathi": iso(c),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/recently-played?limit=20")
    b.view("response json recentlyPlayed[] (listening history)", direction="response")
    b.ok_json(
        {
            "recentlyPlayed": [
                {"trackId": t, "umculi": a, "isihloko": n, "playedAt": iso(c)}
                for t, a, n in c.rng.sample(INGOMA, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/o/1", install=False)
    b.view("json d[] rows (track, seconds, ts)", detectable=False)
    rows = [
        [int(c.rng.choice(INGOMA)[0][1:]), c.rng.randint(20, 300), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"d": rows}, "gzip")
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/mzansi-top-50", install=False)
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "chart": [
                {"trackId": t, "umculi": a, "isihloko": n, "plays": c.rng.randint(10**5, 10**7)}
                for t, a, n in INGOMA
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    tid, _, title = c.rng.choice(INGOMA)
    b = _b(c, "GET", f"{API}/v1/lyrics/{tid}", install=False)
    b.ok_json({"isihloko": title, "lines": [{"t": i * 4000, "l": "..."} for i in range(6)]})
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/playlists/amapiano-friday", install=False)
    b.decoy("playlist with track durations (content fetch)")
    b.ok_json(
        {
            "tracks": [
                {"trackId": t, "durationMs": c.rng.randint(150000, 420000)} for t, _, _ in INGOMA
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "mzansigrooves",
        "GET",
        f"{CDN}/a/{c.rng.choice(INGOMA)[0]}/160/{c.rng.randint(0, 30)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
