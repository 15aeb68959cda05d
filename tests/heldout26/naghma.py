"""Naghma, an Anghami-like music app (in-house API, fictional) with AppsFlyer and
an in-house audio-ad decision call.

AppsFlyer: POST launches.appsflyer.com/api/v6.x/androidevent?app_id=..&buildnumber=..
with a JSON body holding `advertiserId`, `uid` (AppsFlyer's install id),
`android_id` when the app enables collectAndroidID, `eventName`, `af_timestamp`
(AppsFlyer Android SDK source, `AFEventParameters` / `AppsFlyerLibCore`; as seen
in TrackHAR's appsflyer notes). Audio-ad request uses OpenRTB's `device.ifa` /
`device.lmt` names (IAB OpenRTB 2.5, 3.2.18 Object: Device).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_mp4, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.naghma.example"
UA = ua("Naghma", "6.11.2")
SONGS = [
    ("كيف أبيّن لك", "محمد عبده", 21877),
    ("Ya Tara", "Aseel", 99123),
    ("الأماكن", "محمد عبده", 11201),
    ("Bint El Shalabiya", "Fairuz", 50022),
    ("قولي أحبك", "حسين الجسمي", 77410),
]


def _base(c: Context, method: str, url: str, params=None) -> FB:
    b = FB(c, "naghma", method, url, params)
    b.header("user-agent", UA)
    b.header("x-naghma-session", new_hex(c.rng, 32))
    return b


def _song(c: Context) -> dict[str, object]:
    title, artist, sid = c.rng.choice(SONGS)
    return {"songId": sid, "title": title, "artist": artist}


def plays(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v1/me/plays")
    rows = [
        {
            **_song(c),
            "playedAt": iso(c),
            "msPlayed": c.rng.randint(20000, 300000),
            "context": c.rng.choice(["playlist", "radio", "album"]),
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.view("body.plays")
    b.json({"plays": rows, "deviceId": b.id("aid_naghma", where="body.deviceId")})
    b.no_content()
    return b.build()


def track_played(c: Context) -> Flow:
    s = _song(c)
    params = [
        ("songid", str(s["songId"])),
        ("action", "complete"),
        ("pos", str(c.rng.randint(100, 290))),
        ("dur", "290"),
        ("src", "mix_daily"),
    ]
    b = _base(c, "GET", f"{API}/rest/v1/track/played", params)
    b.view("query.songid+pos")
    b.ok_json({"status": "ok"})
    return b.build()


def recently_played(c: Context) -> Flow:
    """The server sends the listening history back to the app (response side)."""
    b = _base(c, "GET", f"{API}/v1/me/recently-played", [("limit", "30")])
    b.view("response.items", direction="response")
    b.ok_json({"items": [{**_song(c), "lastPlayed": iso(c)} for _ in range(5)]})
    return b.build()


def appsflyer(c: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.11/androidevent"
    b = FB(c, "appsflyer", "POST", url, [("app_id", "com.naghma.music"), ("buildnumber", "6.11.2")])
    body = {
        "advertiserId": b.id("gaid", where="body.advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("af_uid", where="body.uid"),
        "af_timestamp": str(ms(c)),
        "eventName": c.rng.choice(["af_content_view", "subscription_start", ""]),
        "app_version_name": "6.11.2",
        "model": "Pixel 8",
        "brand": "google",
        "country": "SA",
        "lang_code": "ar",
        "sdk": "34",
        "counter": str(c.rng.randint(2, 90)),
    }
    if c.rng.random() < 0.5:
        body["android_id"] = b.id("aid_naghma", where="body.android_id")
    b.json(body)
    b.respond(200, "text/plain", b"ok")
    return b.build()


def ad_decision(c: Context) -> Flow:
    b = _base(c, "POST", "https://ads.naghma.example/v2/decision")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [{"id": "1", "audio": {"mimes": ["audio/mp4"], "maxduration": 30}}],
            "device": {
                "ifa": b.id("gaid", where="body.device.ifa"),
                "lmt": 0,
                "os": "android",
                "geo": {"country": "SAU"},
            },
            "app": {"bundle": "com.naghma.music"},
        }
    )
    b.ok_json({"id": rid(c.rng), "seatbid": []})
    return b.build()


def stream(c: Context) -> Flow:
    b = FB(c, "naghma", "GET", f"https://audio.naghma-cdn.example/m4a/{new_hex(c.rng, 24)}.m4a")
    b.decoy("audio file fetch")
    b.respond(206, "audio/mp4", fake_mp4(c.rng.randint(1, 10**6), 500))
    return b.build()


def charts(c: Context) -> Flow:
    b = _base(c, "GET", f"{API}/v1/charts/top50", [("country", "AE")])
    b.decoy("public chart with play counts (not this user's plays)")
    b.ok_json(
        {
            "chart": [
                {**_song(c), "rank": i + 1, "plays": c.rng.randint(10**4, 10**7)} for i in range(10)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    s = _song(c)
    b = _base(c, "GET", f"{API}/v1/lyrics/{s['songId']}")
    b.decoy("lyrics lookup")
    b.ok_json({"lines": [{"t": i * 4200, "text": "يا ليل يا عين"} for i in range(6)]})
    return b.build()


def opaque_telemetry(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/t/q")
    b.view("body (xor-obfuscated json)", detectable=False)
    blob = bytes(
        x ^ 0x5A for x in jsb({"s": c.rng.randint(10**4, 10**5), "p": c.rng.randint(1, 300)})
    )
    b.set_body(blob, "application/octet-stream")
    b.no_content()
    return b.build()
