"""Navaa: a Persian music and podcast app like Navaak (the mother's Redmi Note 7
in Isfahan).

Listening is reported to the app's backend in Finglish (`shenidan` = listening,
`ahang` = song, `khanande` = singer, `modat` = duration, `pishraft` =
progress), a podcast's listening position likewise; "recently played" comes
back from the server. The app attributes installs with Adjust: `/session` and
`/event` are form posts with `app_token`, `gps_adid`, `android_uuid` (Adjust's
install uuid) and, in the build sold through the Iranian Bazaar store,
`android_id`; the session answer returns Adjust's `adid`
(https://github.com/adjust/android_sdk, PackageBuilder). The `ahang_shenide`
Adjust event carries the song in its `callback_params`. The player's offline
batch uploads listening rows gzipped without names. Charts, lyrics, the
search, cover art and audio chunks are content fetches.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.navaa-music.example"
UA = ua("Navaa", "4.3.1", "maman")
ADJ_TOKEN = "x4bq9k2r7tmo"
SONGS = [
    ("a8812", "همایون شجریان", "سپید و سیاه", 312),
    ("a8850", "محسن چاوشی", "امیر بی گزند", 287),
    ("a9013", "علیرضا قربانی", "دل", 344),
    ("a9140", "سالار عقیلی", "ایران جوان", 265),
    ("a9277", "پرواز همای", "مست", 298),
]
PODCASTS = [("p120", "رخ", 2900), ("p133", "چنل بی", 3600), ("p151", "بی‌پلاس", 1800)]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "navaa", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}", http_version="HTTP/1.1")
    b.header("user-agent", dalvik("maman"))
    b.header("client-sdk", "android4.38.2")
    return b


def _adjust_common(b: FB, c: Context) -> list[tuple[str, str]]:
    return [
        ("app_token", ADJ_TOKEN),
        ("gps_adid", b.id("gaid_maman", where="form gps_adid")),
        ("android_uuid", b.id("navaa_adjust_uuid", where="form android_uuid")),
        ("created_at", iso(c).replace("Z", "Z+0330")),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("tracking_enabled", "1"),
        ("package_name", "ir.navaa.music"),
        ("os_name", "android"),
        ("os_version", "9"),
        ("device_type", "phone"),
        ("device_name", "Redmi Note 7"),
        ("session_count", str(c.rng.randint(2, 400))),
    ]


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    pairs = _adjust_common(b, c)
    pairs.append(("android_id", b.id("aid_navaa", where="form android_id")))
    pairs.append(("store", "bazaar"))
    b.form(pairs)
    adid = b.id("navaa_adid", where="response json adid", direction="response")
    b.ok_json({"app_token": ADJ_TOKEN, "adid": adid, "timestamp": iso(c), "message": "ok"})
    return b.build()


def adjust_listen_event(c: Context) -> Flow:
    sid, artist, title, dur = c.rng.choice(SONGS)
    b = _adjust(c, "event")
    b.view("form callback_params ahang/khanande/modat (ahang_shenide event)")
    pairs = _adjust_common(b, c)
    pairs.append(("event_token", "m2c7pa"))
    params = {"ahang_id": sid, "ahang": title, "khanande": artist, "modat": str(dur)}
    pairs.append(("callback_params", json.dumps(params, ensure_ascii=False)))
    b.form(pairs)
    b.ok_json({"app_token": ADJ_TOKEN, "timestamp": iso(c), "message": "Event tracked"})
    return b.build()


def adjust_subscribe_event(c: Context) -> Flow:
    b = _adjust(c, "event")
    pairs = _adjust_common(b, c)
    pairs += [("event_token", "k9w1zd"), ("revenue", "990000"), ("currency", "IRR")]
    b.form(pairs)
    b.ok_json({"app_token": ADJ_TOKEN, "timestamp": iso(c), "message": "Event tracked"})
    return b.build()


def shenidan(c: Context) -> Flow:
    sid, artist, title, dur = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v2/shenidan/sabt")
    b.view("json ahangId/khanande/modatShenidan (a song listened to)")
    b.json(
        {
            "ahangId": sid,
            "onvan": title,
            "khanande": artist,
            "modatShenidan": c.rng.randint(30, dur),
            "modatKol": dur,
            "manba": c.rng.choice(["playlist", "album", "jostojoo"]),
            "zaman": iso(c),
        }
    )
    b.no_content()
    return b.build()


def podcast_progress(c: Context) -> Flow:
    pid, name, dur = c.rng.choice(PODCASTS)
    b = _b(c, "PUT", f"{API}/v2/podcast/{pid}/pishraft")
    b.view("json podcast episode + mogheiat (listening position)")
    b.json(
        {
            "podcast": name,
            "epizod": c.rng.randint(1, 120),
            "mogheiat": c.rng.randint(30, dur),
            "modat": dur,
            "sorat": c.rng.choice([1.0, 1.25, 1.5]),
        }
    )
    b.ok_json({"zakhire": True})
    return b.build()


def akharin_shenide(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/karbar/akharin-shenide-ha?tedad=20")
    b.view("response json akharinHa[] (recently played)", direction="response")
    b.ok_json(
        {
            "akharinHa": [
                {"ahangId": s, "onvan": t, "khanande": a, "shenideShode": iso(c)}
                for s, a, t, _ in c.rng.sample(SONGS, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q")
    b.view("gzip json b[] rows", detectable=False)
    rows = [[c.rng.choice(SONGS)[0], c.rng.randint(20, 340), ms(c)] for _ in range(4)]
    b.json({"b": rows, "k": 1}, "gzip")
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dastgah")
    b.json(
        {
            "karbar": b.acct("navaa_user"),
            "androidId": b.id("aid_navaa", where="json androidId"),
            "adId": b.id("gaid_maman", where="json adId"),
            "model": "Redmi Note 7",
            "zaban": "fa",
        }
    )
    b.ok_json({"movafagh": True})
    return b.build()


def config_opaque(c: Context) -> Flow:
    """Remote config keyed by sha1 of the ANDROID_ID under a one-letter parameter."""
    b = _b(c, "GET", f"{API}/cfg")
    b.param("h", b.id("aid_navaa", "sha1", "query h", detectable=False))
    b.param("v", "431")
    b.ok_json({"tabliqat": True, "keyfiat": "128k"})
    return b.build()


def bartarin(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/bartarin-ha?hafte=1")
    b.decoy("weekly chart with play counts (aggregate)")
    b.ok_json(
        {
            "list": [
                {"ahangId": s, "onvan": t, "khanande": a, "pakhsh": c.rng.randint(10**4, 10**6)}
                for s, a, t, _ in SONGS
            ]
        }
    )
    return b.build()


def matn_tarane(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = _b(c, "GET", f"{API}/v2/ahang/{sid}/matn")
    b.decoy("lyrics with timestamps (content fetch)")
    b.ok_json({"khat": [{"t": i * 4200, "matn": "ای ایران ای مرز پر گهر"} for i in range(5)]})
    return b.build()


def jostojoo(c: Context) -> Flow:
    q = c.rng.choice(["shajarian", "چاوشی", "ghorbani"])
    b = _b(c, "GET", f"{API}/v2/jostojoo?q={quote(q)}")
    b.decoy("search results (content fetch)")
    b.ok_json({"ahang-ha": [{"ahangId": s, "onvan": t} for s, _, t, _ in SONGS[:3]]})
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "navaa", "GET", f"https://cdn.navaa-music.example/cover/{new_hex(c.rng, 24)}.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def audio_chunk(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = FB(c, "navaa", "GET", f"https://stream.navaa-music.example/{sid}/128/{rid(c.rng)}.mp3")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/mpeg", b"ID3\x04" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
