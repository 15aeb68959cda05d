"""Tamashakhaneh: a Persian series / film streamer like Filimo or Namava (the
daughter's Pixel 8 in Toronto, watching Iranian series from abroad).

The backend is Iranian-built: paths and keys are Finglish (`tamasha` =
watching, `edame` = continue, `ghesmat` = episode, `mogheiat` = position,
`modat` = duration, `tarikhche` = history, `dastgah` = device). Playback
progress goes to the app's own analytics (`/tahlil/...`); the player also
batches rows of [title, episode, second, ts] without names. The app uses
Firebase: the Installations API (`fid`, `appId`, `authVersion` FIS_v2,
https://firebase.google.com/docs/projects/manage-installations) and the
Analytics upload to app-measurement.com, a protobuf batch whose fields carry no
names on the wire (the app-instance id sits in one of them). Metrix, the
Iranian Adjust-like attribution SDK (https://analytics.metrix.ir, its Android
and iOS SDKs derive from Adjust's), gets the session start with the advertising
id and ANDROID_ID, and custom events (`tamashaye_film`) whose attributes name
the title and watch time. Catalogue rails, search, the "most watched" counts,
posters and HLS segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.tamashakhaneh.example"
UA = ua("Tamashakhaneh", "6.12.0", "dokhtar")
METRIX = "https://analytics.metrix.ir/v3/engagement_event"
METRIX_APP = "tmshkhnhqzlpcvx"
SERIALS = [
    ("1042", "پایتخت ۷", 2700),
    ("1077", "جیران", 3000),
    ("1103", "زخم کاری", 3300),
    ("1121", "خاتون", 2900),
    ("1145", "قورباغه", 2800),
    ("1168", "شهرزاد", 3100),
]
FILMS = [("m310", "متری شیش و نیم", 7860), ("m322", "جدایی نادر از سیمین", 7380)]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "tamashakhaneh", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("accept-language", "fa-IR")
    if device:
        b.header("x-dastgah-id", b.id("aid_tamasha", where="header x-dastgah-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SERIALS)
    return sid, title, c.rng.randint(1, 30), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/tamashakhaneh-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "ir.tamashakhaneh.android")
    b.json(
        {
            "fid": b.id("tamasha_fid", where="json fid"),
            "appId": "1:803115274901:android:2c81d9f0aa13e5b7",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/803115274901/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def app_measurement(c: Context) -> Flow:
    """Firebase Analytics upload: a protobuf batch, the app-instance id in an unnamed field."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("dokhtar"))
    inst = b.id("tamasha_app_instance", "protobuf", "protobuf bundle field 21", detectable=False)
    screen = c.rng.choice(["Khaneh", "Jostojoo", "Profile", "Kataloog"])
    event = pb_msg(
        2,
        [
            pb_msg(1, [pb_bytes(1, "_sc"), pb_bytes(2, screen)]),
            pb_bytes(2, "screen_view"),
            pb_varint(3, ms(c)),
        ],
    )
    bundle = pb_msg(
        1,
        [pb_varint(1, 1), event, pb_bytes(16, "ir.tamashakhaneh.android"), pb_bytes(21, inst)],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


def metrix_session(c: Context) -> Flow:
    b = FB(c, "metrix", "POST", METRIX)
    b.header("user-agent", dalvik("dokhtar"))
    b.header("x-application-id", METRIX_APP)
    b.json(
        {
            "type": "sessionStart",
            "id": rid(c.rng),
            "sessionId": rid(c.rng),
            "sessionNum": c.rng.randint(1, 200),
            "timestamp": iso(c),
            "metrixUserId": b.id("tamasha_metrix_uid", where="json metrixUserId"),
            "androidAdvertisingId": b.id("gaid_dokhtar", where="json androidAdvertisingId"),
            "androidId": b.id("aid_tamasha", where="json androidId"),
            "limitAdTrackingEnabled": False,
            "deviceModel": "Pixel 8",
            "osVersionName": "14",
            "appVersionName": "6.12.0",
            "store": "GooglePlay",
            "country": "CA",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def metrix_watch_event(c: Context) -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "metrix", "POST", METRIX)
    b.header("user-agent", dalvik("dokhtar"))
    b.header("x-application-id", METRIX_APP)
    b.view("json attributes.onvan/ghesmat + metrics.modat_tamasha (custom event)")
    b.json(
        {
            "type": "custom",
            "id": rid(c.rng),
            "sessionId": rid(c.rng),
            "timestamp": iso(c),
            "name": "tamashaye_film",
            "metrixUserId": b.id("tamasha_metrix_uid", where="json metrixUserId"),
            "attributes": {"onvan": title, "ghesmat": str(ep), "keyfiat": "1080p"},
            "metrics": {"modat_tamasha": c.rng.randint(60, dur)},
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/dastgah/sabt", device=False)
    b.json(
        {
            "androidId": b.id("aid_tamasha", where="json androidId"),
            "firebaseId": b.id("tamasha_fid", where="json firebaseId"),
            "model": "Pixel 8",
            "zaban": "fa",
            "keshvar": "CA",
        }
    )
    b.ok_json({"movafagh": True, "hadeaksarDastgah": 3})
    return b.build()


def tamasha_progress(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/tahlil/v2/tamasha/pishraft")
    b.view("json serialId/ghesmat/mogheiat (watch progress)")
    b.json(
        {
            "serialId": sid,
            "onvan": title,
            "ghesmat": ep,
            "mogheiat": c.rng.randint(15, dur),
            "modat": dur,
            "tamamShod": False,
            "zaman": iso(c),
        }
    )
    b.no_content()
    return b.build()


def film_complete(c: Context) -> Flow:
    fid, title, dur = c.rng.choice(FILMS)
    b = _b(c, "POST", f"{API}/tahlil/v2/tamasha/payan")
    b.view("json filmId/onvan + modatTamasha (film finished)")
    b.json({"filmId": fid, "onvan": title, "modatTamasha": dur, "zaman": iso(c)})
    b.no_content()
    return b.build()


def edame_tamasha(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/karbar/edame-tamasha?limit=10")
    b.view("response json edameTamasha[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _ep(c)
        rows.append(
            {
                "serialId": sid,
                "onvan": title,
                "ghesmat": ep,
                "mogheiat": c.rng.randint(60, dur - 60),
                "modat": dur,
                "akharinTamasha": iso(c),
            }
        )
    b.ok_json({"edameTamasha": rows})
    return b.build()


def tarikhche(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/karbar/tarikhche-tamasha?safhe=1")
    b.view("response json tarikhche[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, title, ep, _dur = _ep(c)
        items.append({"serialId": sid, "onvan": title, "ghesmat": ep, "tarikh": iso(c)})
    b.ok_json({"tarikhche": items, "safhe": 1})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [title, episode, second, ts] rows under 'd'."""
    b = _b(c, "POST", f"{API}/t/2", device=False)
    b.view("json d[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(SERIALS)[0]), c.rng.randint(1, 30), c.rng.randint(10, 3300), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def kataloog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/kataloog?zhanr=khanevadegi&safhe=1", device=False)
    b.decoy("catalogue rail with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "radif": [
                {
                    "serialId": sid,
                    "onvan": title,
                    "tedadGhesmat": 30,
                    "modat": dur,
                    "poster": f"https://img.tamashakhaneh.example/p/{sid}.jpg",
                }
                for sid, title, dur in SERIALS
            ]
        }
    )
    return b.build()


def jostojoo(c: Context) -> Flow:
    q = c.rng.choice(["پایتخت", "jeyran", "خاتون", "shahrzad"])
    b = _b(c, "GET", f"{API}/api/v3/jostojoo", device=False)
    b.param("q", q)
    b.decoy("search results (content fetch)")
    b.ok_json({"natayej": [{"serialId": s, "onvan": t, "modat": d} for s, t, d in SERIALS[:3]]})
    return b.build()


def porbazdid(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/porbazdid?baze=hafte", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "porbazdidTarin": [
                {"serialId": s, "onvan": t, "bazdid": c.rng.randint(10**4, 10**6)}
                for s, t, _ in SERIALS
            ]
        }
    )
    return b.build()


def poster(c: Context) -> Flow:
    sid = c.rng.choice(SERIALS)[0]
    b = FB(c, "tamashakhaneh", "GET", f"https://img.tamashakhaneh.example/p/{sid}.jpg?w=360")
    b.header("user-agent", UA)
    b.decoy("poster thumbnail (content image)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIALS)[0]
    b = FB(
        c,
        "tamashakhaneh",
        "GET",
        f"https://vod.tamashakhaneh.example/hls/{sid}/e{c.rng.randint(1, 30):02d}/720p/"
        f"seg_{c.rng.randint(1, 600):05d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
