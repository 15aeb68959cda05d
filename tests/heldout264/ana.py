"""Ana TV: a kids' video app (the aunt's itel S23 in Lilongwe, used by her
children).

The backend is Malawian-built and its keys are Chichewa with English
(`kuonera` = watching, `kanema` = video, `nthawi` = time, `mwana` = child,
`chipangizo` = device, `masekondi` = seconds, `mbiri` = history). Each video
watched is reported with seconds watched and the child profile; the parent's
"what my child watched" screen returns the list. Attribution and events go to
Adjust (`POST https://app.adjust.com/session` and `/event`, form bodies with
`app_token`, `gps_adid`, `android_uuid`, `created_at`, `event_token`,
`callback_params` as a JSON string; the answer carries Adjust's `adid`,
https://help.adjust.com/). A lite build posts watch rows as base64 of packed
integers, and a cookie `ck` holds a SHA-256 of the ANDROID_ID. Video and
thumbnail fetches, search, the parental PIN, the screen-time limit and the
AR colouring game's camera pose (the phone's pitch / yaw, not a face) are
ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.anatv.example"
ADJUST = "https://app.adjust.com"
UA = ua("AnaTV", "1.8.3", "azakhali")
VIDEOS = [
    ("k301", "Kalulu ndi Njovu", 420),
    ("k315", "Tiyeni Tiwerenge: ABC", 360),
    ("k322", "Nyimbo za Ana", 540),
    ("k340", "Mbalame za ku Nyanja", 600),
    ("k357", "Chule Wanzeru", 480),
    ("k369", "Manambala 1-10", 300),
]
APP_TOKEN = "4w7kq2pz9s1c"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "anatv", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"{ADJUST}/{path}")
    b.header("user-agent", dalvik("azakhali"))
    b.header("client-sdk", "android4.38.5")
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/chipangizo/lembetsa")
    b.json(
        {
            "chipangizo": {
                "androidId": b.id("aid_ana", where="json chipangizo.androidId"),
                "adId": b.id("gaid_azakhali", where="json chipangizo.adId"),
                "mtundu": "itel S665L",
            },
            "dziko": "MW",
            "chilankhulo": "ny",
        }
    )
    b.ok_json({"mbiri_ya_mwana": b.acct("ana_profile"), "zaka": "3-6"})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    b.form(
        [
            ("app_token", APP_TOKEN),
            ("gps_adid", b.id("gaid_azakhali", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("adjust_uuid", where="form android_uuid")),
            ("api_level", "31"),
            ("created_at", iso(c)[:-1] + "Z+0200"),
            ("device_type", "phone"),
            ("environment", "production"),
            ("needs_response_details", "1"),
            ("os_name", "android"),
            ("package_name", "mw.anatv.kids"),
            ("session_count", str(c.rng.randint(1, 40))),
            ("tracking_enabled", "1"),
            ("sent_at", iso(c)[:-1] + "Z+0200"),
        ]
    )
    b.other_id("adjust_adid", "response json adid", direction="response")
    b.ok_json(
        {
            "app_token": APP_TOKEN,
            "adid": c.phone.adjust_adid,
            "timestamp": iso(c)[:-1] + "Z+0000",
            "message": "Session tracked",
        }
    )
    return b.build()


def adjust_watch_event(c: Context) -> Flow:
    b = _adjust(c, "event")
    vid, title, dur = c.rng.choice(VIDEOS)
    b.view("form callback_params (JSON string: kanema, masekondi_oonera)")
    b.form(
        [
            ("app_token", APP_TOKEN),
            ("event_token", "v1d3o0"),
            ("event_count", str(c.rng.randint(1, 300))),
            ("gps_adid", b.id("gaid_azakhali", where="form gps_adid")),
            ("android_uuid", b.id("adjust_uuid", where="form android_uuid")),
            (
                "callback_params",
                js(
                    {
                        "kanema_id": vid,
                        "kanema": title,
                        "masekondi_oonera": str(c.rng.randint(20, dur)),
                        "nthawi": iso(c),
                    }
                ),
            ),
            ("created_at", iso(c)[:-1] + "Z+0200"),
            ("environment", "production"),
            ("os_name", "android"),
        ]
    )
    b.ok_json({"app_token": APP_TOKEN, "adid": "", "message": "Event tracked"})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = _adjust(c, "event")
    b.form(
        [
            ("app_token", APP_TOKEN),
            ("event_token", c.rng.choice(["s8bsc1", "pin0k2"])),
            ("gps_adid", b.id("gaid_azakhali", where="form gps_adid")),
            ("android_uuid", b.id("adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c)[:-1] + "Z+0200"),
            ("environment", "production"),
        ]
    )
    b.ok_json({"app_token": APP_TOKEN, "message": "Event tracked"})
    return b.build()


def kuonera(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kuonera")
    vid, title, dur = c.rng.choice(VIDEOS)
    b.view("json kuonera{kanema,masekondi,nthawi}")
    b.json(
        {
            "mwana": b.acct("ana_profile"),
            "kuonera": {
                "kanema_id": vid,
                "mutu": title,
                "masekondi": c.rng.randint(15, dur),
                "kutalika": dur,
                "nthawi_yoyamba": iso(c),
                "chochitika": c.rng.choice(["yambani", "imani", "malizani"]),
            },
        }
    )
    b.no_content()
    return b.build()


def mbiri(c: Context) -> Flow:
    """The parent's "what my child watched" screen."""
    b = _b(c, "GET", f"{API}/v1/makolo/mbiri_yoonera?masiku=7")
    b.view("response json zoonera[] (child's watch history)", direction="response")
    b.ok_json(
        {
            "zoonera": [
                {"mutu": t, "mphindi": c.rng.randint(1, d // 60 + 1), "nthawi": iso(c)}
                for _, t, d in c.rng.sample(VIDEOS, 4)
            ]
        }
    )
    return b.build()


def watch_opaque(c: Context) -> Flow:
    b = FB(c, "anatv", "POST", f"{API}/w")
    b.header("user-agent", "anatv-lite/0.9")
    b.header("cookie", "ck=" + b.id("aid_ana", "sha256", "cookie ck", detectable=False))
    b.view("form d (base64 of packed uint32 rows)", detectable=False)
    rows = b"".join(
        struct.pack("<IIQ", int(c.rng.choice(VIDEOS)[0][1:]), c.rng.randint(10, 600), ms(c))
        for _ in range(c.rng.randint(1, 4))
    )
    b.form([("d", b64(rows)), ("n", new_hex(c.rng, 8))])
    b.no_content()
    return b.build()


def video(c: Context) -> Flow:
    vid = c.rng.choice(VIDEOS)[0]
    b = FB(c, "anatv", "GET", f"https://cdn.anatv.example/v/{vid}/480p/{c.rng.randint(1, 60)}.ts")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def thumbnail(c: Context) -> Flow:
    vid = c.rng.choice(VIDEOS)[0]
    b = FB(c, "anatv", "GET", f"https://cdn.anatv.example/t/{vid}/320.jpg")
    b.header("user-agent", UA)
    b.decoy("video thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/makanema?gulu=3-6")
    b.ok_json({"makanema": [{"id": v, "mutu": t, "kutalika": d} for v, t, d in VIDEOS]})
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["kalulu", "nyimbo", "manambala"])
    b = _b(c, "GET", f"{API}/v1/funani?q={q}")
    b.decoy("search query and results")
    b.ok_json({"zotsatira": [v for v, _, _ in c.rng.sample(VIDEOS, 2)]})
    return b.build()


def parental(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/makolo/zokonda")
    b.decoy("parental PIN and screen-time limit")
    b.json({"pin": f"{c.rng.randint(0, 9999):04d}", "mphindi_patsiku": c.rng.choice([30, 45, 60])})
    b.ok_json({"zasungidwa": True})
    return b.build()


def ar_game(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/masewera/jambula/state")
    b.decoy("AR colouring game camera pose (phone pitch/yaw/roll, not a face)")
    b.json(
        {
            "masewera": "jambula_nyama",
            "kamera": {
                "pitch": rf(c.rng, -30, 30, 2),
                "yaw": rf(c.rng, -90, 90, 2),
                "roll": rf(c.rng, -10, 10, 2),
                "position": [rf(c.rng, -1, 1, 3) for _ in range(3)],
            },
            "mlingo": c.rng.randint(1, 12),
        }
    )
    b.ok_json({"nyenyezi": c.rng.randint(0, 3)})
    return b.build()
