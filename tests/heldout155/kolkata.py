"""Kolpotaru: a Kolkata-Bengali OTT (web series, Satyajit Ray classics, Feluda) used on
the phone and cast to the smart TV.

Its player reports to NPAW (Youbora) the way the Android adapter does: GET
`/start`, `/joinTime`, `/ping`, `/stop` on the NPAW host with `accountCode`,
`title`, `playhead`, `mediaDuration` and the adapter's `deviceUUID` in the query.
The app's own backend keeps English keys with Bengali titles (`lastWatchedPosition`,
`watchHistory`). A download licence, the subtitles file and the "Trending in
Kolkata" rail are not viewing history; the app's short-story e-books are reading.
A one-letter `w` array posted to the backend is the opaque carrier.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.kolpotaru.example"
NPAW = "https://a-fds.youborafds01.com"
UA = ua("Kolpotaru", "3.8.0")
SHOWS = [
    ("kp-ep-2231", "ফেলুদা: দার্জিলিং জমজমাট"),
    ("kp-ep-3019", "ব্যোমকেশ ৭"),
    ("kp-mv-0441", "অপুর সংসার"),
    ("kp-ep-4102", "মন্দার"),
    ("kp-mv-0588", "চারুলতা"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kolpotaru", method, url)
    b.header("user-agent", UA)
    b.header("x-platform-device", b.id("aid_kolkata", where="header x-platform-device"))
    return b


def _show(c: Context) -> tuple[str, str, int]:
    sid, name = c.rng.choice(SHOWS)
    return sid, name, c.rng.randint(1300, 9000)


def _npaw(c: Context, path: str) -> FB:
    b = FB(c, "npaw-youbora", "GET", f"{NPAW}/{path}")
    b.header("user-agent", UA)
    return b


def npaw_event(c: Context, path: str = "ping") -> Flow:
    sid, name, dur = _show(c)
    b = _npaw(c, path)
    b.view(f"query /{path} with title, playhead, mediaDuration (NPAW player analytics)")
    b.param("code", rid(c.rng).replace("-", "")[:24])
    b.param("accountCode", "kolpotaruprod")
    b.param("title", name)
    b.param("contentId", sid)
    b.param("playhead", f"{c.rng.uniform(5, dur):.3f}")
    b.param("mediaDuration", str(dur))
    b.param("pingTime", "5")
    b.param("deviceUUID", b.id("kolkata_npaw_uuid", where="query deviceUUID"))
    b.param("timemark", str(ms(c)))
    b.no_content()
    return b.build()


def npaw_start(c: Context) -> Flow:
    return npaw_event(c, "start")


def npaw_stop(c: Context) -> Flow:
    return npaw_event(c, "stop")


def last_position(c: Context) -> Flow:
    sid, _, dur = _show(c)
    b = _b(c, "PUT", f"{API}/v2/users/me/contents/{sid}/lastWatchedPosition")
    b.view("path lastWatchedPosition + json positionMs")
    b.json({"positionMs": c.rng.randint(1, dur) * 1000, "deviceType": "android", "at": iso(c)})
    b.no_content()
    return b.build()


def watch_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/users/me/watchHistory?limit=20")
    b.view("response watchHistory[] (titles with watchedOn)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        sid, name, _ = _show(c)
        rows.append({"contentId": sid, "title": name, "watchedOn": iso(c), "progress": 0.8})
    b.ok_json({"watchHistory": rows})
    return b.build()


def opaque_rows(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/s")
    b.view("json w[] rows [content, seconds, epoch] under one-letter key", detectable=False)
    rows = [[_show(c)[0], c.rng.randint(5, 900), ms(c) // 1000] for _ in range(c.rng.randint(1, 4))]
    b.json({"w": rows})
    b.no_content()
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/rails/trending?city=kolkata")
    b.decoy("trending rail with play counts (aggregate over viewers)")
    b.ok_json(
        {
            "items": [
                {"contentId": s, "title": n, "plays": c.rng.randint(900, 90000)} for s, n in SHOWS
            ]
        }
    )
    return b.build()


def drm_licence(c: Context) -> Flow:
    sid, _, _ = _show(c)
    b = _b(c, "POST", f"{API}/v2/drm/widevine?contentId={sid}")
    b.decoy("Widevine licence request (content fetch, opaque challenge)")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(160)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def subtitles(c: Context) -> Flow:
    sid, _, _ = _show(c)
    b = FB(c, "kolpotaru", "GET", f"https://cdn.kolpotaru.example/subs/{sid}/en.vtt")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.decoy("subtitle cues with timestamps (content fetch)")
    b.respond(200, "text/vtt", b"WEBVTT\n\n00:01:02.000 --> 00:01:04.500\nWhere is Topshe?\n")
    return b.build()


def ebook_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/golpo/reading-progress")
    b.decoy("short-story e-book reading progress: reading is not watching or listening")
    b.json(
        {
            "bookId": f"gp-{c.rng.randint(100, 999)}",
            "title": "সোনার কেল্লা (গল্প)",
            "page": c.rng.randint(1, 120),
            "percentRead": round(c.rng.random(), 2),
        }
    )
    b.no_content()
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/auth/otp/verify")
    b.decoy("OTP login with phone number and e-mail (account, not device)")
    b.json(
        {
            "mobile": "+" + b.acct("msisdn"),
            "email": b.id("email", where="json email (account contact)"),
            "otp": str(c.rng.randint(1000, 9999)),
        }
    )
    b.ok_json({"token": b64(rid(c.rng))})
    return b.build()
