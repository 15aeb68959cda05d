"""Klangwelt: a music-video app on the Quest with a Pixel companion (in-house).

Its listen / watch log mixes English and German keys ("gespielt_ms", "songId",
"played_at"); a recently-watched list syncs to the phone; a short opaque
beacon carries the same in a hex string. The device id is the app's own
upper-case UUID sent as header `X-Klang-Device`; the ANDROID_ID goes into the
login form as `aid` (the key alone does not say what it is: not detectable).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, hmd_ua, iso, ms, rid

API = "https://api.klangwelt.app"
ARTISTS = ["Bilderbuch", "Wanda", "Parov Stelar", "Sophie Hunger", "Dua Lipa", "Seiler und Speer"]


def _vid(c: Context) -> str:
    return "mv" + str(c.rng.randint(1_000_000, 9_999_999))


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "klangwelt", method, API + path)
    b.header("user-agent", hmd_ua("Klangwelt", "5.2.0"))
    b.header("x-klang-device", b.id("tune_device", where="header:x-klang-device"))
    return b


def listen_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/hoerverlauf")
    b.json(
        {
            "user": b.acct("tune_user"),
            "plays": [
                {
                    "songId": _vid(c),
                    "kuenstler": c.rng.choice(ARTISTS),
                    "gespielt_ms": c.rng.randint(20_000, 240_000),
                    "played_at": iso(c),
                    "quelle": "musikvideo",
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.view("json:plays[].songId+gespielt_ms+played_at")
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/me/recently-watched")
    b.ok_json(
        {
            "items": [
                {
                    "videoId": _vid(c),
                    "lastWatchedAt": ms(c) - c.rng.randint(0, 10**8),
                    "progress": round(c.rng.random(), 2),
                }
                for _ in range(5)
            ]
        }
    )
    b.view("response json:items[].videoId+lastWatchedAt", direction="response")
    return b.build()


def opaque_ping(c: Context) -> Flow:
    b = _b(c, "POST", "/p")
    b.json({"d": js([_vid(c), c.rng.randint(1000, 200000), ms(c)]).encode().hex()})
    b.view("json:d (hex of a bare array)", detectable=False)
    b.no_content()
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/login")
    b.form(
        [
            ("email", b.id("email", where="form:email")),
            ("pw_hash", rid(c.rng).replace("-", "")),
            ("aid", b.id("aid_tune", where="form:aid", detectable=False)),
        ]
    )
    b.ok_json({"token": rid(c.rng), "user": b.acct("tune_user")})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/charts/at")
    b.ok_json(
        {
            "chart": [
                {
                    "rank": i + 1,
                    "videoId": _vid(c),
                    "artist": a,
                    "views7d": c.rng.randint(10**4, 10**7),
                }
                for i, a in enumerate(ARTISTS)
            ]
        }
    )
    b.decoy("charts with video ids and view counts")
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "klangwelt", "GET", f"https://img.klangwelt.app/cover/{_vid(c)}/320.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 400))
    b.decoy("thumbnail fetch")
    return b.build()
