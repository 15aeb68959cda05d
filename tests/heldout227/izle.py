"""İzləAz: an Azerbaijani series and TV streaming app (the son's Pixel 8 in Istanbul).

The backend is Azerbaijani-built: paths and keys are Azerbaijani (`izləmə` =
viewing, `davam-et` = continue, `müddət` = duration, `mövqe` = position,
`bölüm` = episode, `kanal`), some without the special letters. Watch progress
and live-channel heartbeats go to the app's backend; video events also go to
GA4 through the Measurement Protocol (app stream: `firebase_app_id`,
`api_secret`, `app_instance_id`, recommended events `video_progress` /
`video_complete` with `video_title`, `video_percent`, `video_current_time`;
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
The Firebase SDK itself registers with Firebase Installations (`fid`, `appId`,
`authVersion` FIS_v2) and uploads its batches to app-measurement.com/a as
protobuf: unnamed fields hold the advertising id and the app-instance id, and
its events are the SDK's abbreviated `_s` / `_vs` / `_e`. Adjust tracks
sessions (`app_token`, `gps_adid`, `android_uuid`, form-encoded to
app.adjust.com/session; the answer carries Adjust's `adid`) and events
(`event_token`, `callback_params` JSON: the app puts the series, episode and
percent watched there). Browsing the catalogue, searching, the EPG, the
"most watched" counts and HLS segments are content fetches, not viewing history.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.izleaz.example"
UA = ua("IzleAz", "3.9.4", "ogul")
PKG = "az.izleaz.tv"
GMP_APP = "1:830214577102:android:3c9e0fa41b7d22e5"
SERIALLAR = [
    ("sr204", "Qızıl Qanadlar", 2640),
    ("sr211", "Bakı Gecələri", 2520),
    ("sr219", "Ata Ocağı", 2880),
    ("sr226", "Qaraqan", 3000),
    ("sr231", "Ömür Yolu", 2700),
    ("sr245", "Şəki Karvansarası", 2460),
]
KANALLAR = ["AzTV", "İctimai TV", "ATV", "Xəzər TV", "Space TV", "CBC Sport", "Real TV"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    + GMP_APP.replace(":", "%3A")
    + "&api_secret=Qm7zT1pXvA9eR3kLw0NcYd"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "izleaz", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", "az-AZ")
    if device:
        b.header("x-cihaz-id", b.id("aid_izle", where="header x-cihaz-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SERIALLAR)
    return sid, title, c.rng.randint(1, 80), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/izleaz-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", PKG)
    b.header("user-agent", dalvik("ogul"))
    b.json(
        {
            "fid": b.id("izle_fid", where="json fid"),
            "appId": GMP_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/830214577102/installations/" + new_hex(c.rng, 8),
            "refreshToken": "3_" + new_hex(c.rng, 40),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    return b.build()


def app_measurement(c: Context) -> Flow:
    """Firebase Analytics' own upload: a protobuf batch with unnamed id fields."""
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("ogul"))
    gaid = b.id("gaid_ogul", "protobuf", "protobuf bundle field 19", detectable=False)
    inst = b.id("izle_app_instance", "protobuf", "protobuf bundle field 27", detectable=False)
    name = c.rng.choice(["_s", "_vs", "_e"])
    event = pb_msg(
        2,
        [
            pb_msg(1, [pb_bytes(1, "_o"), pb_bytes(2, "auto")]),
            pb_msg(1, [pb_bytes(1, "_sc"), pb_bytes(2, c.rng.choice(["Esas", "Axtaris"]))]),
            pb_bytes(2, name),
            pb_varint(3, ms(c)),
        ],
    )
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(8, "android"),
            pb_bytes(9, "14"),
            pb_bytes(10, "Pixel 8"),
            pb_bytes(14, PKG),
            pb_bytes(16, "3.9.4"),
            pb_bytes(19, gaid),
            pb_bytes(25, GMP_APP),
            pb_bytes(27, inst),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/cihazlar/qeydiyyat", device=False)
    b.json(
        {
            "androidId": b.id("aid_izle", where="json androidId"),
            "firebaseInstallationId": b.id("izle_fid", where="json firebaseInstallationId"),
            "model": "Pixel 8",
            "dil": "az",
            "ölkə": "TR",
        }
    )
    b.ok_json({"uğurlu": True, "maksCihaz": 3})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", dalvik("ogul"))
    b.header("client-sdk", "android4.38.3")
    pairs = [
        ("app_token", "q8w2k5zr1vkg"),
        ("attribution_deeplink", "1"),
        ("connectivity_type", "1"),
        ("country", "TR"),
        ("created_at", iso(c).replace("Z", "+0300")),
        ("device_manufacturer", "Google"),
        ("device_name", "Pixel 8"),
        ("device_type", "phone"),
        ("environment", "production"),
        ("event_buffering_enabled", "0"),
        ("gps_adid", b.id("gaid_ogul", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("izle_adjust_uuid", where="form android_uuid")),
        ("language", "az"),
        ("needs_response_details", "1"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("package_name", PKG),
        ("session_count", str(c.rng.randint(2, 90))),
        ("tracking_enabled", "1"),
    ]
    b.form(pairs)
    b.other_id("izle_adid", "response json adid", direction="response")
    b.ok_json(
        {
            "adid": c.phone.izle_adid,
            "timestamp": iso(c),
            "tracker_token": "abc1de2",
            "tracker_name": "Organic",
        }
    )
    return b.build()


def adjust_event(c: Context) -> Flow:
    _, title, ep, _dur = _ep(c)
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", dalvik("ogul"))
    b.header("client-sdk", "android4.38.3")
    b.view("form callback_params {seriya, bolum, izlenme_faizi}")
    cb = {"seriya": title, "bolum": str(ep), "izlenme_faizi": str(c.rng.choice([25, 50, 90]))}
    pairs = [
        ("app_token", "q8w2k5zr1vkg"),
        ("event_token", c.rng.choice(["x7k2ab", "p3n9qz"])),
        ("event_count", str(c.rng.randint(1, 400))),
        ("callback_params", js(cb)),
        ("created_at", iso(c).replace("Z", "+0300")),
        ("environment", "production"),
        ("gps_adid", b.id("gaid_ogul", where="form gps_adid")),
        ("android_uuid", b.id("izle_adjust_uuid", where="form android_uuid")),
        ("os_name", "android"),
        ("package_name", PKG),
    ]
    b.set_body(urlencode(pairs).encode(), "application/x-www-form-urlencoded")
    b.ok_json({"message": "Event tracked", "timestamp": iso(c)})
    return b.build()


def izleme_irelileyis(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v3/" + quote("izləmə/irəliləyiş"))
    b.view("json seriyaId/bölüm/mövqe (watch progress)")
    b.json(
        {
            "seriyaId": sid,
            "ad": title,
            "bölüm": ep,
            "mövqe": c.rng.randint(15, dur),
            "müddət": dur,
            "bitib": False,
            "vaxt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def davam_et(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/istifadeci/davam-et?limit=10")
    b.view("response json davamEt[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _ep(c)
        rows.append(
            {
                "seriyaId": sid,
                "ad": title,
                "bölüm": ep,
                "mövqe": c.rng.randint(60, dur - 60),
                "müddət": dur,
                "sonBaxış": iso(c),
            }
        )
    b.ok_json({"davamEt": rows})
    return b.build()


def baxis_tarixcesi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/istifadeci/baxis-tarixcesi?sehife=1")
    b.view("response json tarixçə[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, title, ep, _dur = _ep(c)
        items.append({"seriyaId": sid, "ad": title, "bölüm": ep, "tarix": iso(c)})
    b.ok_json({"tarixçə": items, "səhifə": 1})
    return b.build()


def efir_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/canli/" + quote("nəbz"))
    b.view("json kanal + saniyə (live channel watch time)")
    b.json(
        {
            "kanal": c.rng.choice(KANALLAR),
            "saniyə": c.rng.choice([30, 60, 60, 120]),
            "başlama": iso(c),
            "keyfiyyət": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"davam": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name} video_title/video_percent")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("izle_app_instance", where="json app_instance_id"),
            "user_id": b.acct("izle_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - {ep}-cü bölüm",
                        "video_provider": "izleaz",
                        "video_percent": pct,
                        "video_current_time": dur * pct // 100,
                        "video_duration": dur,
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_screen(c: Context) -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("izle_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Əsas", "Axtarış", "Profil", "CanlıTV"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [series, episode, second, ts] rows under 'd'."""
    b = _b(c, "POST", f"{API}/p/2", device=False)
    b.view("json d[] positional rows", detectable=False)
    rows = [
        [
            int(c.rng.choice(SERIALLAR)[0][2:]),
            c.rng.randint(1, 80),
            c.rng.randint(10, 3000),
            ms(c),
        ]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def kataloq(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/kataloq?janr=dram&sehife=1", device=False)
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "seriallar": [
                {
                    "seriyaId": sid,
                    "ad": title,
                    "bölümSayı": 80,
                    "müddət": dur,
                    "poster": f"https://img.izleaz.example/p/{sid}.jpg",
                }
                for sid, title, dur in SERIALLAR
            ]
        }
    )
    return b.build()


def axtaris(c: Context) -> Flow:
    q = c.rng.choice(["qaraqan", "bakı", "ata", "şəki"])
    b = _b(c, "GET", f"{API}/api/v3/axtar?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"nəticələr": [{"seriyaId": s, "ad": t, "müddət": d} for s, t, d in SERIALLAR[:3]]})
    return b.build()


def en_cox_baxilan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/top/en-cox-baxilan?dovr=7g", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"seriyaId": s, "ad": t, "baxışSayı": c.rng.randint(10**4, 10**6)}
                for s, t, _ in SERIALLAR
            ]
        }
    )
    return b.build()


def efir_beledcisi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/canli/beledci?kanal={c.rng.randint(1, 7)}", device=False)
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "verilişlər": [
                {"ad": t, "başlama": iso(c), "müddət": c.rng.choice([30, 60, 90])}
                for t in ("Xəbərlər", "Səhər-səhər", "Bu gecə", "Gündəm")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIALLAR)[0]
    b = FB(
        c,
        "izleaz",
        "GET",
        f"https://vod.izleaz.example/{sid}/b{c.rng.randint(1, 80):02d}/720p/"
        f"seg_{c.rng.randint(1, 500)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
