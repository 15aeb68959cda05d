"""Himig: an OPM music and radio app (the daughter's Pixel 8 in Dubai).

Keys mix Tagalog and English (`pinakinggan` = listened to, `kanta` = song,
`tagal_pinakinggan`, `huling_pinakinggan`). Plays go to the app's backend;
Adjust counts sessions and events (form fields `gps_adid`, `android_uuid`,
`app_token`, `event_token`, `partner_params`,
https://help.adjust.com/en/article/server-to-server-events), and Meta app
events go to the Graph API `/{app-id}/activities` endpoint (`advertiser_id`,
`anon_id`, `custom_events`; https://developers.facebook.com/docs/marketing-api/app-event-api/).
The OPM charts (play counts of all users), lyrics and audio chunks are
content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, mpack

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.himig.example"
UA = ua("Himig", "3.8.1", "ate")
KANTA = [
    ("k1001", "Buwan", "Juan Karlos", 291),
    ("k1002", "Kathang Isip", "Ben&Ben", 312),
    ("k1003", "Gento", "SB19", 218),
    ("k1004", "Pantropiko", "BINI", 206),
    ("k1005", "Tadhana", "Up Dharma Down", 284),
    ("k1006", "Harana", "Parokya ni Edgar", 260),
]
META_APP = "2419907731588123"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "himig", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.2")
    b.header("user-agent", dalvik("ate"))
    return b


def _adjust_form(c: Context, b: FB) -> list[tuple[str, str]]:
    return [
        ("app_token", "q8x2m4p7w1zc"),
        ("gps_adid", b.id("gaid_ate", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("himig_adid_uuid", where="form android_uuid")),
        ("created_at", iso(c).replace("Z", "Z+0400")),
        ("device_type", "phone"),
        ("device_name", "Pixel 8"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("country", "AE"),
        ("language", "fil"),
        ("environment", "production"),
        ("session_count", str(c.rng.randint(1, 90))),
    ]


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    b.form(_adjust_form(c, b))
    b.ok_json({"timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_play(c: Context) -> Flow:
    kid, title, artist, dur = c.rng.choice(KANTA)
    b = _adjust(c, "event")
    b.view("form partner_params (kanta + tagal_pinakinggan)")
    form = _adjust_form(c, b)
    form.append(("event_token", "u7k2ap"))
    form.append(
        (
            "partner_params",
            js({"kanta_id": kid, "kanta": f"{artist} - {title}", "tagal_pinakinggan": dur}),
        )
    )
    b.form(form)
    b.ok_json({"timestamp": iso(c), "message": "Event tracked"})
    return b.build()


def meta_events(c: Context, play: bool = False) -> Flow:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v19.0/{META_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    events = [{"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now), "_ui": "unknown"}]
    if play:
        kid, title, artist, _dur = c.rng.choice(KANTA)
        b.view("form custom_events[] fb_mobile_content_view (song)")
        events.append(
            {
                "_eventName": "fb_mobile_content_view",
                "fb_content_type": "song",
                "fb_content_id": kid,
                "fb_description": f"{artist} - {title}",
                "_logTime": int(c.now),
                "_ui": "PlayerActivity",
            }
        )
    form = [
        ("format", "json"),
        ("event", "CUSTOM_APP_EVENTS"),
        ("custom_events", js(events)),
        ("advertiser_id", b.id("gaid_ate", where="form advertiser_id")),
        ("advertiser_tracking_enabled", "1"),
        ("application_tracking_enabled", "1"),
        ("anon_id", b.id("himig_meta_anon", where="form anon_id")),
        ("application_package_name", "ph.himig.music"),
    ]
    b.form(form)
    b.ok_json({"success": True})
    return b.build()


def pinakinggan(c: Context) -> Flow:
    kid, title, artist, dur = c.rng.choice(KANTA)
    b = _b(c, "POST", f"{API}/v2/pinakinggan")
    b.view("json kantaId + tagal_pinakinggan (a play)")
    b.json(
        {
            "kantaId": kid,
            "kanta": title,
            "artist": artist,
            "tagal_pinakinggan": c.rng.randint(30, dur),
            "pinagmulan": c.rng.choice(["playlist", "radyo", "hanap"]),
            "oras": iso(c),
        }
    )
    b.no_content()
    return b.build()


def huling_pinakinggan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ako/huling-pinakinggan?limit=20")
    b.view("response json huling_pinakinggan[] (recently played)", direction="response")
    rows = [
        {"kantaId": k, "kanta": t, "artist": a, "oras": iso(c)}
        for k, t, a, _d in c.rng.sample(KANTA, 4)
    ]
    b.ok_json({"huling_pinakinggan": rows})
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """Offline plays flushed as MessagePack: [[song number, seconds, ts], ...] under 'b'."""
    b = _b(c, "POST", f"{API}/m/b")
    b.view("msgpack b[] rows (song, seconds, ts)", detectable=False)
    rows = [
        [int(c.rng.choice(KANTA)[0][1:]), c.rng.randint(20, 300), ms(c)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.set_body(mpack({"b": rows, "v": 1}), "application/x-msgpack")
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device")
    b.json(
        {
            "android_id": b.id("aid_himig", where="json android_id"),
            "push": "fcm:" + new_hex(c.rng, 40),
            "rehiyon": "AE",
        }
    )
    b.ok_json({"user": b.acct("himig_user")})
    return b.build()


def opm_chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/charts/opm-top-50?week=48")
    b.decoy("chart play counts 'pinakinggan' of all listeners")
    b.ok_json(
        {
            "chart": [
                {"rank": i + 1, "kanta": t, "artist": a, "pinakinggan": c.rng.randint(10**5, 10**7)}
                for i, (_k, t, a, _d) in enumerate(KANTA)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    kid, title, _artist, dur = c.rng.choice(KANTA)
    b = _b(c, "GET", f"{API}/v2/lyrics/{kid}")
    b.decoy("synced lyrics with time positions")
    b.ok_json(
        {"kanta": title, "lines": [{"t": i * 12.5, "l": "..."} for i in range(5)], "tagal": dur}
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    kid = c.rng.choice(KANTA)[0]
    b = FB(c, "himig", "GET", f"https://cdn.himig.example/a/{kid}/160k/{c.rng.randint(0, 40)}.m4s")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def radyo_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/radyo?lungsod=manila")
    b.ok_json({"stations": ["Love Radio 90.7", "Magic 89.9", "DZRH", "Barangay LS 97.1"]})
    return b.build()


def now_playing(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/radyo/now-playing?st={c.rng.randint(1, 4)}&t={ms(c)}")
    b.decoy("a station's now-playing song (not the listener's)")
    _k, t, a, _d = c.rng.choice(KANTA)
    b.ok_json({"kanta": t, "artist": a})
    return b.build()
