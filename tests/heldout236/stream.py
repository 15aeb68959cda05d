"""Ikinamico+: a Rwandan series and football streaming app (the engineer's own phone).

The backend speaks Kinyarwanda in its paths and keys (`kureba` = watching,
`igice` = episode, `aho_ageze` = position reached, `igihe` = duration,
`umukino` = match, `amasegonda` = seconds, `amateka` = history) with some
English. Watch progress and live-match heartbeats go to the backend; the app
embeds Firebase (Installations `fid` / `appId` / `authVersion` FIS_v2,
https://firebase.google.com/docs/projects/manage-installations, and Analytics'
upload to app-measurement.com/a, a protobuf batch whose event and parameter
names ride as strings, the app-instance id and resettable device id as unnamed
string fields) and AppsFlyer (`advertiserId`, `uid`, `android_id`, `eventName`,
`eventValue` as in the SDK's ServerParameters). Catalogue rails, search, the
match table, the "most watched" counts, posters and HLS segments are content
fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js, pb_bytes, pb_msg, pb_varint

from .phone import EB, dalvik, iso, ms, rid, ua

API = "https://api.ikinamico.example"
UA = ua("Ikinamico", "3.9.0")
PKG = "rw.ikinamico.app"
APP_ID = "1:804112937715:android:5c2e91aa03d7f6b2"
SERIES = [
    ("ik204", "Inzira y'Ubuzima", 2400),
    ("ik211", "Umuryango Mwiza", 2700),
    ("ik219", "Igikomangoma", 3000),
    ("ik230", "Amahirwe ya Kabiri", 2500),
    ("ik242", "Kigali Nights", 2600),
]
CLUBS = ["APR FC", "Rayon Sports", "Police FC", "Kiyovu Sports", "AS Kigali", "Mukura VS"]


def _b(c: Context, method: str, url: str, device: bool = True) -> EB:
    b = EB(c, "ikinamico", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", "rw-RW,fr;q=0.8,en;q=0.6")
    if device:
        b.header("x-android-id", b.id("aid_stream", where="header x-android-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SERIES)
    return sid, title, c.rng.randint(1, 40), dur


def _match(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(CLUBS, 2)
    return c.rng.randint(7000, 7999), home, away


# --- device ----------------------------------------------------------------


def firebase_installation(c: Context) -> Flow:
    b = EB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/ikinamico-rw/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PKG)
    b.json(
        {
            "fid": b.id("stream_fid", where="json fid"),
            "appId": APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/804112937715/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ibikoresho/kwiyandikisha", device=False)
    b.json(
        {
            "androidId": b.id("aid_stream", where="json androidId"),
            "firebaseInstallationId": b.id("stream_fid", where="json firebaseInstallationId"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "modeli": "SM-A356E",
            "ururimi": "rw",
            "igihugu": "RW",
        }
    )
    b.ok_json({"byemejwe": True, "ibikoresho_ntarengwa": 3})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = EB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("stream_af_uid", where="json uid"),
            "android_id": b.id("aid_stream", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(1, 40)),
            "lang_code": "rw",
            "country": "RW",
            "operator": "MTN Rwanda",
            "model": "SM-A356E",
            "brand": "samsung",
            "sdk": "34",
            "app_version_name": "3.9.0",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def appsflyer_subscribe(c: Context) -> Flow:
    b = EB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik())
    b.decoy("purchase order number in eventValue")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("stream_af_uid", where="json uid"),
            "eventName": "af_subscribe",
            "eventValue": js(
                {
                    "af_revenue": 3000,
                    "af_currency": "RWF",
                    "ifatabuguzi": "ukwezi",
                    "af_order_id": f"IK-{c.rng.randint(10**7, 10**8)}",
                }
            ),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def measurement_screen(c: Context) -> Flow:
    """A Firebase Analytics batch with a screen_view only (ids as unnamed strings)."""
    b = EB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik())
    aii = b.id(
        "stream_app_instance",
        "protobuf",
        "protobuf bundle string (app instance id)",
        detectable=False,
    )
    gaid = b.id(
        "gaid", "protobuf", "protobuf bundle string (resettable device id)", detectable=False
    )
    ev = pb_msg(
        2,
        [
            pb_bytes(2, "screen_view"),
            pb_varint(3, ms(c)),
            pb_msg(
                1,
                [
                    pb_bytes(1, "firebase_screen"),
                    pb_bytes(2, c.rng.choice(["Ahabanza", "Shakisha", "Umupira"])),
                ],
            ),
        ],
    )
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            ev,
            pb_bytes(16, "android"),
            pb_bytes(17, "14"),
            pb_bytes(18, "SM-A356E"),
            pb_bytes(19, PKG),
            pb_bytes(27, aii),
            pb_bytes(25, APP_ID),
            pb_bytes(34, gaid),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


# --- viewing -----------------------------------------------------------------


def kureba_progress(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v2/kureba/aho-ageze")
    b.view("json filime/igice/aho_ageze (watch position)")
    b.json(
        {
            "filime": sid,
            "umutwe": title,
            "igice": ep,
            "aho_ageze": c.rng.randint(20, dur),
            "igihe": dur,
            "byarangiye": False,
            "igihe_cyoherejwe": iso(c),
        }
    )
    b.no_content()
    return b.build()


def umukino_heartbeat(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/live/umukino/{mid}/heartbeat")
    b.view("json umukino + amasegonda (live match watch time)")
    b.json(
        {
            "umukino": f"{home} vs {away}",
            "amasegonda": c.rng.choice([30, 60, 60, 120]),
            "ubwiza": c.rng.choice(["480p", "720p", "auto"]),
            "igihe": iso(c),
        }
    )
    b.ok_json({"komeza": True})
    return b.build()


def amateka(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/umukoresha/amateka-yo-kureba?urupapuro=1")
    b.view("response json amateka[] (watch history)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        sid, title, ep, dur = _ep(c)
        rows.append(
            {
                "filime": sid,
                "umutwe": title,
                "igice": ep,
                "aho_ageze": c.rng.randint(60, dur),
                "igihe": dur,
                "yarebwe": iso(c),
            }
        )
    b.ok_json({"amateka": rows, "urupapuro": 1})
    return b.build()


def appsflyer_watched(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = EB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik())
    b.view("json eventName=igice_cyarebwe, eventValue af_content_id/amasegonda_yarebwe")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("stream_af_uid", where="json uid"),
            "android_id": b.id("aid_stream", where="json android_id"),
            "eventName": "igice_cyarebwe",
            "eventValue": js(
                {
                    "af_content_id": f"{sid}-e{ep}",
                    "af_content": title,
                    "amasegonda_yarebwe": c.rng.randint(300, dur),
                }
            ),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def measurement_video(c: Context) -> Flow:
    """Firebase Analytics batch with a video_progress event: parameter names readable."""
    _sid, title, ep, dur = _ep(c)
    b = EB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik())
    b.view("protobuf event video_progress with video_title / video_percent params")
    aii = b.id(
        "stream_app_instance",
        "protobuf",
        "protobuf bundle string (app instance id)",
        detectable=False,
    )
    pct = c.rng.choice([25, 50, 75, 90])

    def param(k: str, v: str | int) -> bytes:
        return pb_msg(
            1, [pb_bytes(1, k), pb_bytes(2, v) if isinstance(v, str) else pb_varint(4, v)]
        )

    ev = pb_msg(
        2,
        [
            pb_bytes(2, "video_progress"),
            pb_varint(3, ms(c)),
            param("video_title", f"{title} - Igice {ep}"),
            param("video_percent", pct),
            param("video_current_time", dur * pct // 100),
            param("video_duration", dur),
        ],
    )
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            ev,
            pb_bytes(16, "android"),
            pb_bytes(18, "SM-A356E"),
            pb_bytes(19, PKG),
            pb_bytes(27, aii),
            pb_bytes(25, APP_ID),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [series, episode, second, ts] rows under 'd'."""
    b = _b(c, "POST", f"{API}/p/2", device=False)
    b.view("gzip json d[] rows (unnamed)", detectable=False)
    rows = [
        [int(c.rng.choice(SERIES)[0][2:]), c.rng.randint(1, 40), c.rng.randint(10, 3000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


# --- ordinary --------------------------------------------------------------


def ahabanza(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ahabanza?ururimi=rw", device=False)
    b.decoy("catalogue rails with durations and episode counts (content fetch)")
    b.ok_json(
        {
            "imirongo": [
                {
                    "umutwe": name,
                    "ibintu": [
                        {"filime": s, "umutwe": t, "igihe": d, "ibice": 40}
                        for s, t, d in c.rng.sample(SERIES, 3)
                    ],
                }
                for name in ("Ibishya", "Ibikunzwe cyane", "Tendances")
            ]
        }
    )
    return b.build()


def shakisha(c: Context) -> Flow:
    q = c.rng.choice(["inzira", "rayon", "kigali", "umuryango"])
    b = _b(c, "GET", f"{API}/v2/shakisha?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"ibisubizo": [{"filime": s, "umutwe": t, "igihe": d} for s, t, d in SERIES[:3]]})
    return b.build()


def ibikunzwe(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ibikunzwe-cyane?igihe=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"filime": s, "umutwe": t, "abarebye": c.rng.randint(10**3, 10**5)}
                for s, t, _ in SERIES
            ]
        }
    )
    return b.build()


def imikino(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/umupira/imikino?shampiyona=rpl", device=False)
    b.decoy("fixtures with minutes and kick-off times (content)")
    rows = []
    for _ in range(4):
        mid, home, away = _match(c)
        rows.append(
            {
                "id": mid,
                "abakira": home,
                "abashyitsi": away,
                "umunota": c.rng.randint(0, 90),
                "amanota": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
            }
        )
    b.ok_json({"imikino": rows})
    return b.build()


def poster(c: Context) -> Flow:
    sid = c.rng.choice(SERIES)[0]
    b = EB(c, "ikinamico", "GET", f"https://img.ikinamico.example/posters/{sid}/w342.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIES)[0]
    b = EB(
        c,
        "ikinamico",
        "GET",
        f"https://vod.ikinamico.example/{sid}/e{c.rng.randint(1, 40):02d}/720p/"
        f"seg-{c.rng.randint(1, 400)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
