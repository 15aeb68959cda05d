"""Bukela: a South African series / soapie streaming app (the son's OPPO in Johannesburg).

The backend is local: paths and keys mix isiZulu (`ukubuka` = watching,
`uchungechunge` = series, `isiqephu` = episode, `isikhathi` = time / position,
`ubude` = length, `kuqediwe` = finished, `umlando` = history, `qhubeka` =
continue) with English. Progress and live-channel heartbeats go to the app's
backend. Video events also go to GA4 through the Measurement Protocol
(app-stream form: `firebase_app_id` and `api_secret` in the URL,
`app_instance_id` in the body, `video_progress` / `video_complete` with
`video_title`, `video_percent`, `video_current_time`) and the Firebase SDK's
own batch (`app-measurement.com/a`, a protobuf without key names). The app
registers with Firebase Installations (`fid`, `appId`, `authVersion` FIS_v2).
Adjust attributes installs: `/session` carries `gps_adid` and the SDK's
`android_uuid` as a form; `/event` carries the app's event token and its
`callback_params` (a JSON string the app fills with isiZulu keys: series,
episode, percent watched). Catalogue rails, search, the top-10 counts,
thumbnails and HLS segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.bukela.example"
UA = ua("Bukela", "3.9.4", "ndodana")
SERIES = [
    ("u01", "Uzalo", 1560),
    ("u02", "Gomora", 1440),
    ("u03", "Skeem Saam", 1380),
    ("u04", "Imbewu: The Seed", 1500),
    ("u05", "The River", 1440),
    ("u06", "Isitha: The Enemy", 1560),
    ("u07", "Umkhokha: The Curse", 1500),
    ("u08", "Generations: The Legacy", 1380),
]
IZITESHI = ["SABC 1", "SABC 2", "e.tv", "Mzansi Magic", "Moja Love", "1Magic", "Mzansi Wethu"]
GMP_APP = "1:804411627193:android:3c2f9a0be41d7765"
MP = (
    f"https://www.google-analytics.com/mp/collect?firebase_app_id={GMP_APP}"
    "&api_secret=Zk3mQw8LrT1vBn6YpX0sHc"
)
ADJUST_TOKEN = "x7k2m9q4w1bz"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "bukela", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-idivayisi", b.id("aid_bukela", where="header x-idivayisi"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SERIES)
    return sid, title, c.rng.randint(1, 260), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/bukela-za/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "za.co.bukela.app")
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("bukela_fid", where="json fid"),
            "appId": GMP_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/804411627193/installations/x",
            "refreshToken": new_hex(c.rng, 40),
            "authToken": {"token": new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/amadivayisi/bhalisa", device=False)
    b.json(
        {
            "androidId": b.id("aid_bukela", where="json androidId"),
            "firebaseInstallationId": b.id("bukela_fid", where="json firebaseInstallationId"),
            "imodeli": "CPH2565",
            "ulimi": "zu",
            "izwe": "ZA",
        }
    )
    b.ok_json({"ok": True, "amadivayisiAmaningi": 3})
    return b.build()


def _adjust_common(c: Context) -> list[tuple[str, str]]:
    return [
        ("app_token", ADJUST_TOKEN),
        ("app_version", "3.9.4"),
        ("created_at", iso(c).replace("Z", "+0200")),
        ("device_type", "phone"),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("os_name", "android"),
        ("os_version", "13"),
        ("package_name", "za.co.bukela.app"),
        ("tracking_enabled", "1"),
    ]


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("client-sdk", "android4.38.3")
    b.header("user-agent", UA)
    pairs = [
        *_adjust_common(c),
        ("android_uuid", b.id("bukela_adjust_uuid", where="form android_uuid")),
        ("gps_adid", b.id("gaid_ndodana", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("session_count", str(c.rng.randint(2, 90))),
        ("sent_at", iso(c).replace("Z", "+0200")),
    ]
    b.form(sorted(pairs))
    b.ok_json({"app_token": ADJUST_TOKEN, "adid": new_hex(c.rng, 32), "timestamp": iso(c)})
    return b.build()


def adjust_event(c: Context) -> Flow:
    """Episode finished: the app's event token and isiZulu callback parameters."""
    _, title, ep, _dur = _ep(c)
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("client-sdk", "android4.38.3")
    b.header("user-agent", UA)
    b.view("form callback_params {uchungechunge, isiqephu, iphesenti_elibukiwe}")
    cb = {"uchungechunge": title, "isiqephu": str(ep), "iphesenti_elibukiwe": "100"}
    pairs = [
        *_adjust_common(c),
        ("android_uuid", b.id("bukela_adjust_uuid", where="form android_uuid")),
        ("gps_adid", b.id("gaid_ndodana", where="form gps_adid")),
        ("event_token", "qz81ka"),
        ("event_count", str(c.rng.randint(1, 400))),
        ("callback_params", js(cb)),
    ]
    b.form(sorted(pairs))
    b.ok_json({"app_token": ADJUST_TOKEN, "adid": new_hex(c.rng, 32)})
    return b.build()


def ukubuka_progress(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v1/ukubuka/inqubekela")
    b.view("json uchungechunge/isiqephu/isikhathi (watch progress)")
    b.json(
        {
            "uchungechungeId": sid,
            "isihloko": title,
            "isiqephu": ep,
            "isikhathi": c.rng.randint(15, dur),
            "ubude": dur,
            "kuqediwe": False,
            "isikhathiSokuthumela": iso(c),
        }
    )
    b.no_content()
    return b.build()


def qhubeka_ubuka(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/umsebenzisi/qhubeka-ubuka?umkhawulo=10")
    b.view("response json qhubeka[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _ep(c)
        rows.append(
            {
                "uchungechungeId": sid,
                "isihloko": title,
                "isiqephu": ep,
                "isikhathi": c.rng.randint(60, dur - 60),
                "ubude": dur,
                "kubukwe": iso(c),
            }
        )
    b.ok_json({"qhubeka": rows})
    return b.build()


def umlando(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/umsebenzisi/umlando-wokubuka?ikhasi=1")
    b.view("response json umlando[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, title, ep, _dur = _ep(c)
        items.append({"uchungechungeId": sid, "isihloko": title, "isiqephu": ep, "usuku": iso(c)})
    b.ok_json({"umlando": items, "ikhasi": 1})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/bukhoma/heartbeat")
    b.view("json isiteshi + imizuzwana (live channel watch time)")
    b.json(
        {
            "isiteshi": c.rng.choice(IZITESHI),
            "imizuzwana": c.rng.choice([30, 60, 60, 120]),
            "iqale": iso(c),
            "ikhwalithi": c.rng.choice(["480p", "720p", "auto"]),
        }
    )
    b.ok_json({"qhubeka": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("bukela_app_instance", where="json app_instance_id"),
            "user_id": b.acct("bukela_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - Isiqephu {ep}",
                        "video_provider": "bukela",
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
            "app_instance_id": b.id("bukela_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Ikhaya", "Sesha", "Iphrofayela", "Bukhoma"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def measurement_batch(c: Context) -> Flow:
    """The Firebase Analytics SDK's own upload: a protobuf batch, field numbers only.

    The app_instance_id and the video_progress parameters ride in numbered fields."""
    _, title, ep, _dur = _ep(c)
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    app_inst = b.id("bukela_app_instance", "protobuf", "protobuf bundle field 27", False)
    b.view("protobuf event params (video_progress, numbered fields)", detectable=False)
    event = pb_msg(
        2,
        [
            pb_msg(1, [pb_bytes(1, "video_title"), pb_bytes(2, f"{title} {ep}")]),
            pb_msg(1, [pb_bytes(1, "video_percent"), pb_varint(3, c.rng.choice([25, 50, 75]))]),
            pb_bytes(2, "video_progress"),
            pb_varint(3, ms(c)),
        ],
    )
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(8, "android"),
            pb_bytes(9, "13"),
            pb_bytes(10, "CPH2565"),
            pb_bytes(14, "za.co.bukela.app"),
            pb_bytes(25, GMP_APP),
            pb_bytes(27, app_inst),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [series, episode, second, ts] rows under 'd'."""
    b = _b(c, "POST", f"{API}/t/2", device=False)
    b.view("json d[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(SERIES)[0][1:]), c.rng.randint(1, 260), c.rng.randint(10, 1500), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def ikhathalogi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/ikhathalogi?uhlobo=isidlaliso&ikhasi=1", device=False)
    b.decoy("catalogue rail with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "uchungechunge": [
                {
                    "id": sid,
                    "isihloko": title,
                    "iziqephu": 260,
                    "ubude": dur,
                    "isithombe": f"https://img.bukela.example/p/{sid}.jpg",
                }
                for sid, title, dur in SERIES
            ]
        }
    )
    return b.build()


def sesha(c: Context) -> Flow:
    q = c.rng.choice(["uzalo", "gomora", "umkhokha", "isitha"])
    b = _b(c, "GET", f"{API}/api/v1/sesha?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"imiphumela": [{"id": sid, "isihloko": t, "ubude": d} for sid, t, d in SERIES[:3]]})
    return b.build()


def top10(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/okubukwa-kakhulu?isikhathi=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top10": [
                {"id": sid, "isihloko": t, "ababukile": c.rng.randint(10**4, 10**6)}
                for sid, t, _ in SERIES
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    sid = c.rng.choice(SERIES)[0]
    b = FB(c, "bukela", "GET", f"https://img.bukela.example/p/{sid}/ep{c.rng.randint(1, 260)}.jpg")
    b.header("user-agent", UA)
    b.decoy("episode thumbnail (content fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIES)[0]
    b = FB(
        c,
        "bukela",
        "GET",
        f"https://vod.bukela.example/{sid}/e{c.rng.randint(1, 260):03d}/720p/"
        f"seg-{c.rng.randint(1, 400)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
