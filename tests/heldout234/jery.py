"""JeryTV: a Malagasy series and live-TV streaming app (the father's Samsung in Antananarivo).

The backend is Malagasy-built: paths and keys are Malagasy (`fijerena` =
viewing, `andiany` = series, `fizarana` = episode, `toerana` = position,
`faharetana` = duration, `vita` = finished, `fantsona` = channel, `mivantana`
= live, `tohizo` = continue, `fitaovana` = device). Watch progress and live
heartbeats go to the backend; video events also go to GA4 through the
Measurement Protocol (app-stream form: `firebase_app_id` and `api_secret` in
the URL, `app_instance_id` in the body, `video_progress` / `video_complete`
with `video_title`, `video_percent`, `video_current_time`). The app registers
with Firebase Installations (`fid`, `appId`, `authVersion` FIS_v2). Adjust's
Android SDK posts form-encoded `/session` packages with `gps_adid`,
`gps_adid_src`, its own `android_uuid` and `app_token` (the response returns
the Adjust `adid`), and `/event` packages whose `callback_params` JSON here
name the series, episode and seconds watched. The catalogue, search, the EPG,
the "most watched" counts, posters and HLS segments are content fetches.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.jerytv.example"
UA = ua("JeryTV", "3.8.1", "dada")
ADJUST = "https://app.adjust.com"
ADJ_TOKEN = "q7x2mfk9w1ts"
ANDIANY = [
    ("a201", "Ny Zanaky ny Tany", 2500),
    ("a214", "Fitiavana sy Fanantenana", 2400),
    ("a219", "Lalana Mankany Toamasina", 2900),
    ("a226", "Ny Vadin'i Rabe", 2200),
    ("a231", "Tanàna Tsy Matory", 3100),
    ("a240", "Fianakaviana Ravao", 2600),
]
FANTSONA = ["TVM", "RTA", "Kolo TV", "Viva TV", "TV Plus", "Real TV", "MBS"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:730418822915:android:3c9e51a07b26d4e2&api_secret=Vq3LbT8zR1nKc5wP0mYx2e"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "jerytv", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-fitaovana-id", b.id("aid_jery", where="header x-fitaovana-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    aid, title, dur = c.rng.choice(ANDIANY)
    return aid, title, c.rng.randint(1, 80), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/jerytv-mg/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "mg.jerytv.app")
    b.header("x-firebase-client", "fire-installations/17.2.0 fire-android/34")
    b.json(
        {
            "fid": b.id("jery_fid", where="json fid"),
            "appId": "1:730418822915:android:3c9e51a07b26d4e2",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/730418822915/installations/" + c.phone.jery_fid,
            "fid": c.phone.jery_fid,
            "refreshToken": "3_" + new_hex(c.rng, 40),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    # the response echoes the fid: one more carrier of it
    b.other_id("jery_fid", "response json fid / name", direction="response")
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/fitaovana/hisoratra", device=False)
    b.json(
        {
            "androidId": b.id("aid_jery", where="json androidId"),
            "firebaseInstallationId": b.id("jery_fid", where="json firebaseInstallationId"),
            "modely": "SM-A155F",
            "fiteny": "mg",
            "firenena": "MG",
        }
    )
    b.ok_json({"voaray": True, "fitaovanaFaratampony": 3})
    return b.build()


def _adjust_common(b: FB, c: Context) -> list[tuple[str, str]]:
    return [
        ("app_token", ADJ_TOKEN),
        ("android_uuid", b.id("jery_adjust_uuid", where="form android_uuid")),
        ("gps_adid", b.id("gaid_dada", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("gps_adid_attempt", "1"),
        ("tracking_enabled", "1"),
        ("attribution_deeplink", "1"),
        ("needs_response_details", "1"),
        ("event_buffering_enabled", "0"),
        ("environment", "production"),
        ("package_name", "mg.jerytv.app"),
        ("app_version", "3.8.1"),
        ("device_type", "phone"),
        ("device_manufacturer", "samsung"),
        ("device_name", "SM-A155F"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("api_level", "34"),
        ("language", "mg"),
        ("country", "MG"),
        ("created_at", iso(c).replace("Z", "Z+0300")),
    ]


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"{ADJUST}/{path}", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.5")
    b.header("user-agent", dalvik("dada"))
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    pairs = _adjust_common(b, c)
    pairs += [
        ("session_count", str(c.rng.randint(2, 90))),
        ("sent_at", iso(c).replace("Z", "Z+0300")),
    ]
    b.form(pairs)
    adid = b.id("jery_adid", where="response json adid", direction="response")
    b.ok_json(
        {
            "app_token": ADJ_TOKEN,
            "adid": adid,
            "timestamp": iso(c),
            "message": "Session tracked",
        }
    )
    return b.build()


def adjust_event_video(c: Context) -> Flow:
    aid, title, ep, dur = _ep(c)
    b = _adjust(c, "event")
    b.view("form callback_params andiany/fizarana/segondra_nojerena (Adjust event)")
    pairs = _adjust_common(b, c)
    pairs += [
        ("event_token", "h3k9pz"),
        ("event_count", str(c.rng.randint(1, 400))),
        (
            "callback_params",
            js(
                {
                    "andiany": title,
                    "andiany_id": aid,
                    "fizarana": str(ep),
                    "segondra_nojerena": str(c.rng.randint(60, dur)),
                }
            ),
        ),
        ("sent_at", iso(c).replace("Z", "Z+0300")),
    ]
    b.form(pairs)
    b.ok_json({"app_token": ADJ_TOKEN, "message": "Event tracked", "timestamp": iso(c)})
    return b.build()


def adjust_event_plain(c: Context) -> Flow:
    """A purchase / subscription event: ids, no viewing."""
    b = _adjust(c, "event")
    pairs = _adjust_common(b, c)
    pairs += [
        ("event_token", "w0e4rn"),
        ("event_count", str(c.rng.randint(1, 30))),
        ("revenue", "5000"),
        ("currency", "MGA"),
        ("partner_params", js({"tolotra": "isam-bolana"})),
    ]
    b.form(pairs)
    b.ok_json({"app_token": ADJ_TOKEN, "message": "Event tracked", "timestamp": iso(c)})
    return b.build()


def fijerena_progress(c: Context) -> Flow:
    aid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v1/fijerena/fandrosoana")
    b.view("json andianyId/fizarana/toerana (watch progress)")
    b.json(
        {
            "andianyId": aid,
            "lohateny": title,
            "fizarana": ep,
            "toerana": c.rng.randint(15, dur),
            "faharetana": dur,
            "vita": False,
            "fotoana": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tohizo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/mpampiasa/tohizo-jerena?fetra=10")
    b.view("response json tohizo[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        aid, title, ep, dur = _ep(c)
        rows.append(
            {
                "andianyId": aid,
                "lohateny": title,
                "fizarana": ep,
                "toerana": c.rng.randint(60, dur - 60),
                "faharetana": dur,
                "nojereninyTamin": iso(c),
            }
        )
    b.ok_json({"tohizo": rows})
    return b.build()


def tantara(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/mpampiasa/tantaran-ny-fijerena?pejy=1")
    b.view("response json tantara[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        aid, title, ep, _dur = _ep(c)
        items.append({"andianyId": aid, "lohateny": title, "fizarana": ep, "daty": iso(c)})
    b.ok_json({"tantara": items, "pejy": 1})
    return b.build()


def mivantana_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/mivantana/fitempo")
    b.view("json fantsona + segondra (live channel watch time)")
    b.json(
        {
            "fantsona": c.rng.choice(FANTSONA),
            "segondra": c.rng.choice([30, 60, 60, 120]),
            "fanombohana": iso(c),
            "kalitao": c.rng.choice(["480p", "720p", "auto"]),
        }
    )
    b.ok_json({"tohizo": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("jery_app_instance", where="json app_instance_id"),
            "user_id": b.acct("jery_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - Fizarana {ep}",
                        "video_provider": "jerytv",
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
            "app_instance_id": b.id("jery_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Fandraisana", "Fikarohana", "Mivantana"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [series, episode, second, ts] rows under 'x'."""
    b = _b(c, "POST", f"{API}/b/2", device=False)
    b.view("json x[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(ANDIANY)[0][1:]), c.rng.randint(1, 80), c.rng.randint(10, 3100), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"x": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    """Remote config keyed by a SHA-256 of the ANDROID_ID in a one-letter query key."""
    b = _b(c, "GET", f"{API}/api/v1/c", device=False)
    b.param("k", b.id("aid_jery", "sha256", "query k", detectable=False))
    b.param("v", "381")
    b.ok_json({"f": {"mivantana_hd": True, "dokam-barotra": 2}})
    return b.build()


def katalaogy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/katalaogy?karazana=tantara&pejy=1", device=False)
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "andiany": [
                {
                    "andianyId": aid,
                    "lohateny": title,
                    "fizarana": 80,
                    "faharetana": dur,
                    "sary": f"https://img.jerytv.example/p/{aid}.jpg",
                }
                for aid, title, dur in ANDIANY
            ]
        }
    )
    return b.build()


def fikarohana(c: Context) -> Flow:
    q = c.rng.choice(["rabe", "toamasina", "fitiavana", "tanana"])
    b = _b(c, "GET", f"{API}/api/v1/fikarohana?" + urlencode({"q": q}), device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "valiny": [
                {"andianyId": aid, "lohateny": title, "faharetana": dur}
                for aid, title, dur in ANDIANY[:3]
            ]
        }
    )
    return b.build()


def malaza(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/malaza/be-mpijery?vanim-potoana=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "malaza": [
                {"andianyId": aid, "lohateny": title, "mpijery": c.rng.randint(10**3, 10**5)}
                for aid, title, _ in ANDIANY
            ]
        }
    )
    return b.build()


def fandaharana(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/mivantana/fandaharana?fantsona={c.rng.randint(1, 7)}")
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "fandaharana": [
                {"lohateny": t, "fanombohana": iso(c), "faharetana": c.rng.choice([30, 60, 90])}
                for t in ("Vaovao", "Kintana Mandroso", "Ankizy Faly", "Baolina Kitra")
            ]
        }
    )
    return b.build()


def poster(c: Context) -> Flow:
    aid = c.rng.choice(ANDIANY)[0]
    b = FB(c, "jerytv", "GET", f"https://img.jerytv.example/p/{aid}.jpg?w=342")
    b.header("user-agent", UA)
    b.decoy("poster thumbnail (content fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    aid = c.rng.choice(ANDIANY)[0]
    b = FB(
        c,
        "jerytv",
        "GET",
        f"https://vod.jerytv.example/{aid}/f{c.rng.randint(1, 80):02d}/720p/"
        f"seg-{c.rng.randint(1, 500)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
