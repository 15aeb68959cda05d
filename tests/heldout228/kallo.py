"""Kallo: a Kannywood film and series streaming app (the son's Galaxy A24 in Abuja).

The backend is Kano-built and speaks Hausa in its paths and keys (`kallo` =
watching, `ci-gaba` = continue, `tarihin-kallo` = watch history, `shiri` =
series, `kashi` = episode, `matsayi` = position, `tsawo` = length, `tasha` =
channel, `na'ura` = device). Watch progress goes to the app's backend; video
events also go to GA4 through the Measurement Protocol, app-stream form
(`firebase_app_id` / `api_secret` in the URL, `app_instance_id` in the body,
recommended events `video_progress` / `video_complete` with `video_title`,
`video_percent`, `video_current_time`;
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events),
and to Adjust: `/session` with `gps_adid`, `android_uuid` (the SDK's install
UUID) and the `adid` Adjust answers with, `/event` with an `event_token` and
`partner_params` (https://help.adjust.com/en/article/server-to-server-events).
The app registers with Firebase Installations (`fid`, FIS_v2). The catalogue,
search, the "most watched" rail, posters and HLS segments are content fetches.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.kallo.example"
UA = ua("Kallo", "3.9.1", "da")
SHIRYE = [
    ("k201", "Labarina", 2600),
    ("k214", "Izzar So", 1500),
    ("k227", "Dadin Kowa", 1800),
    ("k233", "Gidan Badamasi", 1700),
    ("k248", "Kwana Casa'in", 2400),
    ("k252", "Garwashi", 2900),
]
FIM = [("f31", "Mansoor", 7800), ("f37", "Sadauki", 6900), ("f42", "Hauwa Kulu", 7200)]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:884120551937:android:3c2f7d91aa05e6b4&api_secret=Qm7dVx2LpR9sTk4Wn0cYbE"
)
ADJUST_TOKEN = "4w9kq2z7vx1c"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "kallo", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-naura-id", b.id("aid_kallo", where="header x-naura-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    if c.rng.random() < 0.25:
        fid, title, dur = c.rng.choice(FIM)
        return fid, title, 0, dur
    sid, title, dur = c.rng.choice(SHIRYE)
    return sid, title, c.rng.randint(1, 80), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/kallo-kannywood/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "ng.kallo.kannywood")
    b.json(
        {
            "fid": b.id("kallo_fid", where="json fid"),
            "appId": "1:884120551937:android:3c2f7d91aa05e6b4",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/884120551937/installations/"
            + b.id("kallo_fid", where="response json name", direction="response"),
            "refreshToken": new_hex(c.rng, 40),
        }
    )
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/naurori/yi-rajista", device=False)
    b.json(
        {
            "androidId": b.id("aid_kallo", where="json androidId"),
            "firebaseInstallationId": b.id("kallo_fid", where="json firebaseInstallationId"),
            "samfuri": "SM-A245F",
            "harshe": "ha",
            "kasa": "NG",
        }
    )
    b.ok_json({"an_yi": True, "iyakar_naurori": 3})
    return b.build()


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.3")
    b.header("user-agent", dalvik("da"))
    b.header(
        "authorization",
        f'Signature signature="{new_hex(c.rng, 64)}",secret_id="3",algorithm="adj3",headers_id="1"',
    )
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    form = [
        ("app_token", ADJUST_TOKEN),
        ("gps_adid", b.id("gaid_da", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("kallo_adjust_uuid", where="form android_uuid")),
        ("created_at", iso(c).replace("Z", "Z+0100")),
        ("device_type", "phone"),
        ("device_name", "SM-A245F"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("language", "ha"),
        ("country", "NG"),
        ("environment", "production"),
        ("session_count", str(c.rng.randint(2, 90))),
    ]
    b.form(form)
    adid = b.id("kallo_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_event(c: Context) -> Flow:
    cid, title, ep, dur = _ep(c)
    b = _adjust(c, "event")
    b.view("form partner_params json shiri/kashi/sakan_kallo (content watched)")
    partner = {"shiri": cid, "suna": title, "kashi": str(ep), "sakan_kallo": str(dur // 3)}
    b.form(
        [
            ("app_token", ADJUST_TOKEN),
            ("event_token", "kq81zt"),
            ("gps_adid", b.id("gaid_da", where="form gps_adid")),
            ("android_uuid", b.id("kallo_adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c).replace("Z", "Z+0100")),
            ("event_count", str(c.rng.randint(1, 200))),
            ("partner_params", js(partner)),
            ("environment", "production"),
        ]
    )
    b.ok_json({"adid": b.id("kallo_adid", where="response json adid", direction="response")})
    return b.build()


def ci_gaba(c: Context) -> Flow:
    cid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v1/kallo/ci-gaba")
    b.view("json shiri/kashi/matsayi (watch progress)")
    b.json(
        {
            "shiri": cid,
            "suna": title,
            "kashi": ep,
            "matsayi": c.rng.randint(15, dur),
            "tsawo": dur,
            "an_gama": False,
            "lokaci": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tarihin_kallo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/mai-amfani/tarihin-kallo?shafi=1")
    b.view("response json tarihi[] (watch history)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        cid, title, ep, dur = _ep(c)
        rows.append(
            {"shiri": cid, "suna": title, "kashi": ep, "matsayi": dur // 2, "ranar": iso(c)}
        )
    b.ok_json({"tarihi": rows, "shafi": 1})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name} video_title")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("kallo_app_instance", where="json app_instance_id"),
            "user_id": b.acct("kallo_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - Kashi na {ep}" if ep else title,
                        "video_provider": "kallo",
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
            "app_instance_id": b.id("kallo_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Gida", "Nema", "Bayanan_Kai", "Sababbi"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [title, episode, second, ts] rows under 'z'."""
    b = _b(c, "POST", f"{API}/p/2", device=False)
    b.view("json z[] rows", detectable=False)
    rows = [
        [int(_ep(c)[0][1:]), c.rng.randint(0, 80), c.rng.randint(10, 7000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"z": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def kundin_shirye(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/shirye?rukuni=wasan-kwaikwayo&shafi=1", device=False)
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "shirye": [
                {
                    "shiri": sid,
                    "suna": title,
                    "kashi_nawa": 80,
                    "tsawo": dur,
                    "hoto": f"https://img.kallo.example/p/{sid}.jpg",
                }
                for sid, title, dur in SHIRYE
            ]
        }
    )
    return b.build()


def nema(c: Context) -> Flow:
    q = c.rng.choice(["labarina", "izzar so", "adam a zango", "rahama sadau"])
    b = _b(c, "GET", f"{API}/api/v1/nema?" + urlencode({"q": q}), device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {"sakamako": [{"shiri": s, "suna": t, "tsawo": d} for s, t, d in SHIRYE[:3] + FIM[:1]]}
    )
    return b.build()


def mafi_kallo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/mafi-kallo?lokaci=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "jerin": [
                {"shiri": s, "suna": t, "yawan_kallo": c.rng.randint(10**4, 10**6)}
                for s, t, _ in SHIRYE
            ]
        }
    )
    return b.build()


def poster(c: Context) -> Flow:
    sid = c.rng.choice(SHIRYE)[0]
    b = FB(c, "kallo", "GET", f"https://img.kallo.example/p/{sid}.jpg?w=360")
    b.header("user-agent", "okhttp/4.12.0")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SHIRYE)[0]
    b = FB(
        c,
        "kallo",
        "GET",
        f"https://vod.kallo.example/{sid}/k{c.rng.randint(1, 80):02d}/720p/"
        f"seg_{c.rng.randint(1, 600)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
