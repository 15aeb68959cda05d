"""DiziKeyif: a Turkish dizi streaming app (BluTV / Exxen style) on the daughter's
Pixel 8 in Izmir.

The backend's keys are Turkish written without Turkish letters, camelCase
(`diziId`, `bolumNo`, `izlemeSuresi` = watch time, `kaldigiYer` = resume
point, `devamEt` = continue watching). Watch progress goes to the backend;
video events also go to GA4 through the Measurement Protocol, app-stream form
(`firebase_app_id`, `api_secret`, body `app_instance_id`, recommended events
`video_progress` / `video_complete` with `video_title`, `video_percent`,
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
Attribution is Adjust's Android SDK: `/session` and `/event` as form posts with
`gps_adid`, `android_uuid`, `app_token`, `event_token`, `callback_params`
(https://github.com/adjust/android_sdk). The app registers with Firebase
Installations (`fid`, FIS_v2). Catalogue, search, trailers, the "en çok
izlenenler" chart and HLS segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, mpack

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.dizikeyif.example"
UA = ua("DiziKeyif", "6.4.0", "kizi")
DIZILER = [
    ("d301", "Kızılcık Şerbeti", 8400),
    ("d302", "Yalı Çapkını", 8100),
    ("d303", "Kuruluş Osman", 9000),
    ("d304", "Gassal", 2700),
    ("d305", "Yargı", 7800),
    ("d306", "Bir Başkadır", 2900),
]
ADJ_APP = "q7zx2m9kd1ts"
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:804412957310:android:3c9e81a4b27f5d06&api_secret=Kp3vN8xQ2wR7tZ1mY5sB0d"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "dizikeyif", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-cihaz-id", b.id("aid_dizi", where="header x-cihaz-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    did, title, dur = c.rng.choice(DIZILER)
    return did, title, c.rng.randint(1, 90), dur


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("user-agent", dalvik("kizi"))
    b.header("client-sdk", "android4.38.2")
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    pairs = [
        ("app_token", ADJ_APP),
        ("gps_adid", b.id("gaid_kizi", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("dizi_adid", where="form android_uuid")),
        ("tracking_enabled", "1"),
        ("package_name", "com.dizikeyif.android"),
        ("app_version", "6.4.0"),
        ("device_type", "phone"),
        ("device_name", "Pixel 8"),
        ("device_manufacturer", "Google"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("api_level", "34"),
        ("language", "tr"),
        ("country", "TR"),
        ("session_count", str(c.rng.randint(2, 400))),
        ("subsession_count", str(c.rng.randint(1, 9))),
        ("session_length", str(c.rng.randint(10, 4000))),
        ("time_spent", str(c.rng.randint(10, 4000))),
        ("created_at", iso(c) + "+0300"),
        ("environment", "production"),
        ("needs_response_details", "1"),
    ]
    b.form(pairs)
    b.ok_json({"message": "Session tracked", "timestamp": iso(c), "adid": new_hex(c.rng, 32)})
    return b.build()


def adjust_event(c: Context) -> Flow:
    """The 'bolum_izlendi' event: callback_params name the series, episode and percent."""
    did, title, ep, _ = _ep(c)
    b = _adjust(c, "event")
    b.view("form callback_params dizi/bolum/yuzde (Adjust event)")
    pairs = [
        ("app_token", ADJ_APP),
        ("event_token", "k2u8vb"),
        ("event_count", str(c.rng.randint(1, 300))),
        ("gps_adid", b.id("gaid_kizi", where="form gps_adid")),
        ("android_uuid", b.id("dizi_adid", where="form android_uuid")),
        (
            "callback_params",
            js({"dizi": title, "dizi_id": did, "bolum": str(ep), "yuzde": "75"}),
        ),
        ("created_at", iso(c) + "+0300"),
        ("environment", "production"),
    ]
    b.form(pairs)
    b.ok_json({"message": "Event tracked", "timestamp": iso(c)})
    return b.build()


def adjust_event_plain(c: Context) -> Flow:
    b = _adjust(c, "event")
    b.form(
        [
            ("app_token", ADJ_APP),
            ("event_token", "p0l3ax"),
            ("event_count", str(c.rng.randint(1, 40))),
            ("gps_adid", b.id("gaid_kizi", where="form gps_adid")),
            ("android_uuid", b.id("dizi_adid", where="form android_uuid")),
            ("callback_params", js({"paket": "premium_aylik", "fiyat": "149.90"})),
            ("created_at", iso(c) + "+0300"),
        ]
    )
    b.ok_json({"message": "Event tracked", "timestamp": iso(c)})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/dizikeyif-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "com.dizikeyif.android")
    b.json(
        {
            "fid": b.id("dizi_fid", where="json fid"),
            "appId": "1:804412957310:android:3c9e81a4b27f5d06",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/804412957310/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def cihaz_kaydet(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/cihaz/kaydet", device=False)
    b.json(
        {
            "cihazId": b.id("aid_dizi", where="json cihazId"),
            "reklamKimligi": b.id("gaid_kizi", where="json reklamKimligi"),
            "firebaseKurulumId": b.id("dizi_fid", where="json firebaseKurulumId"),
            "model": "Pixel 8",
            "dil": "tr",
        }
    )
    b.ok_json({"basarili": True, "maksCihaz": 3})
    return b.build()


def izleme_ilerleme(c: Context) -> Flow:
    did, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v3/izleme/ilerleme")
    b.view("json diziId/bolumNo/kaldigiYer/izlemeSuresi")
    b.json(
        {
            "diziId": did,
            "diziAdi": title,
            "bolumNo": ep,
            "kaldigiYer": c.rng.randint(30, dur),
            "izlemeSuresi": c.rng.randint(30, 900),
            "toplamSure": dur,
            "zaman": iso(c),
        }
    )
    b.no_content()
    return b.build()


def devam_et(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/uye/devam-et?limit=12")
    b.view("response json devamEt[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        did, title, ep, dur = _ep(c)
        rows.append(
            {
                "diziId": did,
                "diziAdi": title,
                "bolumNo": ep,
                "kaldigiYer": c.rng.randint(60, dur - 60),
                "sonIzleme": iso(c),
            }
        )
    b.ok_json({"devamEt": rows})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("dizi_app_instance", where="json app_instance_id"),
            "user_id": b.acct("dizi_uye"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} {ep}. Bölüm",
                        "video_provider": "dizikeyif",
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
            "app_instance_id": b.id("dizi_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Anasayfa", "Arama", "Profil", "Kesfet"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's msgpack beacon: positional [series, episode, second, ts] rows."""
    b = _b(c, "POST", f"{API}/p/2", device=False)
    b.view("msgpack rows", detectable=False)
    rows = [
        [int(c.rng.choice(DIZILER)[0][1:]), c.rng.randint(1, 90), c.rng.randint(10, 9000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.set_body(mpack({"r": rows, "v": 4}), "application/x-msgpack")
    b.no_content()
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/katalog?tur=dram&sayfa=1", device=False)
    b.decoy("catalogue with episode counts, durations and view counts (content fetch)")
    b.ok_json(
        {
            "diziler": [
                {
                    "diziId": did,
                    "diziAdi": title,
                    "bolumSayisi": c.rng.randint(20, 160),
                    "sure": dur,
                    "izlenme": c.rng.randint(10**5, 10**7),
                    "afis": f"https://img.dizikeyif.example/a/{did}.jpg",
                }
                for did, title, dur in DIZILER
            ]
        }
    )
    return b.build()


def arama(c: Context) -> Flow:
    q = c.rng.choice(["yali", "osman", "kizilcik", "yargi"])
    b = _b(c, "GET", f"{API}/v3/ara?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"sonuclar": [{"diziId": d, "diziAdi": t, "sure": s} for d, t, s in DIZILER[:3]]})
    return b.build()


def en_cok_izlenen(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/liste/en-cok-izlenenler?donem=haftalik", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "liste": [
                {
                    "sira": i + 1,
                    "diziId": d,
                    "diziAdi": t,
                    "izlenmeSayisi": c.rng.randint(10**4, 10**6),
                }
                for i, (d, t, _) in enumerate(DIZILER)
            ]
        }
    )
    return b.build()


def fragman(c: Context) -> Flow:
    did = c.rng.choice(DIZILER)[0]
    b = _b(c, "GET", f"{API}/v3/dizi/{did}/fragmanlar", device=False)
    b.ok_json(
        {
            "fragmanlar": [
                {"baslik": f"{n}. Bölüm Fragmanı", "sure": c.rng.randint(60, 180)} for n in (1, 2)
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    did = c.rng.choice(DIZILER)[0]
    b = FB(
        c,
        "dizikeyif",
        "GET",
        f"https://vod.dizikeyif.example/{did}/b{c.rng.randint(1, 90):03d}/1080p/"
        f"parca-{c.rng.randint(1, 900)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
