"""Gaanbari: a Rabindra sangeet, Nazrul geeti and Bangla band music / FM radio
app on the mother's Redmi in Kolkata.

Its own API speaks romanised Bengali (`shona` = listened, `gaan` = song,
`shilpi` = artist, `somoy` = time, `shesh_shona` = recently played). Attribution
and events go to Adjust (form-encoded `/session` and `/event` with `app_token`,
`gps_adid`, `android_uuid`, `event_token`, `callback_params`, `created_at`, as
Adjust's Android SDK PackageBuilder builds them) and to Meta's App Events
(`graph.facebook.com/{app-id}/activities`, `event=CUSTOM_APP_EVENTS`,
`advertiser_id`, `anon_id`, `custom_events`). Lyrics, charts, the radio
now-playing card (what the station is airing, for everybody) and audio
chunks are content fetches.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_uuid
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.gaanbari.example"
UA = ua("Gaanbari", "2.14.1", "ma")
SONGS = [
    ("rs-0412", "আমার সোনার বাংলা", "Rezwana Choudhury Bannya", 262),
    ("rs-0877", "Ekla Cholo Re", "Debabrata Biswas", 215),
    ("bb-1290", "Jadu", "Chirkutt", 301),
    ("bb-1333", "Bhalobashi", "Warfaze", 284),
    ("bb-1401", "Aaj Shara Din", "Miles", 318),
    ("ng-0219", "Karar Oi Louho Kopat", "Nazrul Sangeet Shilpi Gosthi", 245),
]
STATIONS = ["Radio Mirchi 98.3 Kolkata", "Radio Foorti 88.0", "Akashvani Kolkata Ka", "Radio Today"]
ADJUST_TOKEN = "k7d2m9xq4h1s"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "gaanbari", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-device-id", b.id("aid_gaan", where="header x-device-id"))
    return b


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("user-agent", dalvik("ma"))
    b.header("client-sdk", "android4.38.2")
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    b.form(
        [
            ("app_token", ADJUST_TOKEN),
            ("gps_adid", b.id("gaid_ma", where="form gps_adid")),
            ("android_uuid", b.id("gaan_uuid", where="form android_uuid")),
            ("created_at", iso(c)),
            ("environment", "production"),
            ("device_type", "phone"),
            ("device_name", "23129RAA4G"),
            ("os_version", "14"),
            ("language", "bn"),
            ("country", "IN"),
            ("session_count", str(c.rng.randint(2, 200))),
        ]
    )
    b.ok_json({"adid": b.id("gaan_adid", "plain", "response json adid", direction="response")})
    return b.build()


def adjust_listen(c: Context) -> Flow:
    sid, title, artist, dur = c.rng.choice(SONGS)
    b = _adjust(c, "event")
    b.view("form callback_params song + seconds listened")
    b.form(
        [
            ("app_token", ADJUST_TOKEN),
            ("event_token", "q3ld8a"),
            ("gps_adid", b.id("gaid_ma", where="form gps_adid")),
            ("android_uuid", b.id("gaan_uuid", where="form android_uuid")),
            ("created_at", iso(c)),
            ("environment", "production"),
            (
                "callback_params",
                js(
                    {
                        "song_id": sid,
                        "song_title": title,
                        "artist": artist,
                        "listened_sec": str(c.rng.randint(30, dur)),
                    }
                ),
            ),
        ]
    )
    b.ok_json({"status": "OK"})
    return b.build()


def meta_event(c: Context) -> Flow:
    sid, title, artist, _ = c.rng.choice(SONGS)
    b = FB(c, "facebook", "POST", "https://graph.facebook.com/v19.0/418273650912845/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.view("form custom_events fb_mobile_content_view (song played)")
    ev = [
        {
            "_eventName": "fb_mobile_content_view",
            "fb_content_type": "song",
            "fb_content_id": sid,
            "fb_description": f"{title} — {artist}",
            "_logTime": ms(c) // 1000,
        }
    ]
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_ma", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("anon_id", "XZ" + new_uuid(c.rng)),
            ("custom_events", js(ev)),
            ("application_package_name", "com.gaanbari.app"),
            ("format", "json"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def shona(c: Context) -> Flow:
    sid, title, artist, dur = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v1/shona/log")
    b.view("json gaan_id/shona_somoy")
    b.json(
        {
            "gaan_id": sid,
            "gaan": title,
            "shilpi": artist,
            "shona_somoy": c.rng.randint(20, dur),
            "mot_somoy": dur,
            "kokhon": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/radio/shona")
    b.view("json station + shuru/shesh (radio listening)")
    b.json(
        {
            "station": c.rng.choice(STATIONS),
            "shuru": iso(c),
            "minute": c.rng.randint(3, 90),
            "source": "fm_stream",
        }
    )
    b.no_content()
    return b.build()


def shesh_shona(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/user/shesh-shona?limit=20")
    b.view("response json recent[] (recently played)", direction="response")
    b.ok_json(
        {
            "recent": [
                {"gaan_id": s, "gaan": t, "shilpi": a, "shunechen": iso(c)}
                for s, t, a, _ in c.rng.sample(SONGS, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """The player's batch: song index and seconds packed in a 'p' string."""
    b = _b(c, "POST", f"{API}/x/b", device=False)
    b.view("form p (packed song/seconds)", detectable=False)
    packed = ";".join(
        f"{c.rng.randint(0, 5)}:{c.rng.randint(10, 320)}:{ms(c) // 1000}"
        for _ in range(c.rng.randint(1, 4))
    )
    b.form([("p", packed), ("u", b.acct("gaan_user"))], "gzip")
    b.no_content()
    return b.build()


def opaque_config(c: Context) -> Flow:
    """Remote config fetch: the ANDROID_ID rides base64-encoded under 'c'."""
    b = _b(c, "POST", f"{API}/v1/cfg", device=False)
    b.json({"c": b.id("aid_gaan", "b64", "json c", detectable=False), "t": ms(c)})
    b.ok_json({"theme": "basanta", "ads": True})
    return b.build()


def now_playing(c: Context) -> Flow:
    st = c.rng.choice(STATIONS)
    b = _b(c, "GET", f"{API}/v1/radio/now?station={quote(st)}", device=False)
    b.decoy("what a station is airing now (not one listener's history)")
    _, title, artist, dur = c.rng.choice(SONGS)
    b.ok_json({"station": st, "gaan": title, "shilpi": artist, "mot_somoy": dur, "position": 0})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = FB(
        c,
        "gaanbari",
        "GET",
        f"https://cdn.gaanbari.example/a/{sid}/128k/{c.rng.randint(0, 40)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/chart/saptahik", device=False)
    b.decoy("weekly chart play counts (aggregate)")
    b.ok_json(
        {
            "chart": [
                {"rank": i + 1, "gaan": s[1], "shona_hoyeche": c.rng.randint(10**3, 10**6)}
                for i, s in enumerate(SONGS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = _b(c, "GET", f"{API}/v1/lyrics/{sid}?req={rid(c.rng)}", device=False)
    b.ok_json({"lines": ["আমার সোনার বাংলা", "আমি তোমায় ভালোবাসি"]})
    return b.build()
