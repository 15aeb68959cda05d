"""ShikoPlus: an Albanian series and live-TV streaming app (Pixel 7 of the son in Milan).

The backend is Albanian-built: paths and keys mix Albanian (`shikim` = viewing,
`vazhdo` = continue, `kohezgjatja` = duration, `pozicioni` = position,
`episodi`, `kanali`) with English. Watch progress and live-channel heartbeats go
to the app's backend; video events also go to GA4 through the Measurement
Protocol, app-stream form (`firebase_app_id` and `api_secret` in the URL,
`app_instance_id` in the body, recommended events `video_progress`,
`video_complete` with `video_title`, `video_percent`, `video_current_time`;
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
The app registers with Firebase Installations (`fid`, `appId`, `authVersion`
FIS_v2, https://firebase.google.com/docs/projects/manage-installations).
Browsing the catalogue, searching, the EPG, the "most watched" counts and HLS
segments are content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.shikoplus.example"
UA = ua("ShikoPlus", "4.7.2", "djali")
SERIALS = [
    ("s101", "Përrallat e Gjyshes", 2700),
    ("s117", "Familja Moderne Shqiptare", 2400),
    ("s120", "Rruga e Kombit", 3000),
    ("s134", "Kthimi në Vlorë", 2600),
    ("s141", "Dasma Tironse", 2800),
    ("s156", "Kufiri", 3300),
]
KANALET = ["Top Channel", "Klan TV", "RTSH 1", "RTK 1", "Klan Kosova", "Vizion Plus", "News 24"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:551873029440:android:7a3e19c2d04b88f1&api_secret=hT4xVq9LzP2nWc0sKm7R1a"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "shikoplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-pajisja-id", b.id("aid_seri", where="header x-pajisja-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SERIALS)
    return sid, title, c.rng.randint(1, 60), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/shikoplus-al/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "al.shikoplus.app")
    b.json(
        {
            "fid": b.id("seri_fid", where="json fid"),
            "appId": "1:551873029440:android:7a3e19c2d04b88f1",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/551873029440/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/pajisjet/regjistro", device=False)
    b.json(
        {
            "androidId": b.id("aid_seri", where="json androidId"),
            "firebaseInstallationId": b.id("seri_fid", where="json firebaseInstallationId"),
            "modeli": "Pixel 7",
            "gjuha": "sq",
            "vendi": "IT",
        }
    )
    b.ok_json({"ok": True, "maxPajisje": 4})
    return b.build()


def shikim_progress(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v2/shikim/progres")
    b.view("json serialId/episodi/pozicioni")
    b.json(
        {
            "serialId": sid,
            "titulli": title,
            "episodi": ep,
            "pozicioni": c.rng.randint(15, dur),
            "kohezgjatja": dur,
            "perfunduar": False,
            "koha": iso(c),
        }
    )
    b.no_content()
    return b.build()


def vazhdo_shikimin(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/perdoruesi/vazhdo-shikimin?limit=10")
    b.view("response json vazhdo[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _ep(c)
        rows.append(
            {
                "serialId": sid,
                "titulli": title,
                "episodi": ep,
                "pozicioni": c.rng.randint(60, dur - 60),
                "kohezgjatja": dur,
                "shikuarMe": iso(c),
            }
        )
    b.ok_json({"vazhdo": rows})
    return b.build()


def historia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/perdoruesi/historiku-shikimit?faqe=1")
    b.view("response json historiku[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, title, ep, _dur = _ep(c)
        items.append({"serialId": sid, "titulli": title, "episodi": ep, "data": iso(c)})
    b.ok_json({"historiku": items, "faqe": 1})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/live/heartbeat")
    b.view("json kanali + sekonda (live channel watch time)")
    b.json(
        {
            "kanali": c.rng.choice(KANALET),
            "sekonda": c.rng.choice([30, 60, 60, 120]),
            "fillimi": iso(c),
            "cilesia": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"vazhdo": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("seri_app_instance", where="json app_instance_id"),
            "user_id": b.acct("seri_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - Episodi {ep}",
                        "video_provider": "shikoplus",
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
            "app_instance_id": b.id("seri_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Kryefaqja", "Kerko", "Profili", "LiveTV"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [serial, episode, second, ts] rows under 'x'."""
    b = _b(c, "POST", f"{API}/b/1", device=False)
    b.view("json x[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(SERIALS)[0][1:]), c.rng.randint(1, 60), c.rng.randint(10, 3300), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"x": rows, "v": 3}, "gzip")
    b.no_content()
    return b.build()


def katalogu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/katalogu?zhanri=drame&faqe=1", device=False)
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "seriale": [
                {
                    "serialId": sid,
                    "titulli": title,
                    "episode": 60,
                    "kohezgjatja": dur,
                    "poster": f"https://img.shikoplus.example/p/{sid}.jpg",
                }
                for sid, title, dur in SERIALS
            ]
        }
    )
    return b.build()


def kerko(c: Context) -> Flow:
    q = c.rng.choice(["dasma", "kufiri", "gjyshe", "vlora"])
    b = _b(c, "GET", f"{API}/api/v2/kerko?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "rezultate": [
                {"serialId": sid, "titulli": title, "kohezgjatja": dur}
                for sid, title, dur in SERIALS[:3]
            ]
        }
    )
    return b.build()


def me_te_shikuarat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/top/me-te-shikuarat?periudha=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"serialId": sid, "titulli": title, "shikime": c.rng.randint(10**4, 10**6)}
                for sid, title, _ in SERIALS
            ]
        }
    )
    return b.build()


def guida(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/live/guida?kanali={c.rng.randint(1, 7)}", device=False)
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "programet": [
                {"titulli": t, "fillimi": iso(c), "kohezgjatja": c.rng.choice([30, 60, 90])}
                for t in ("Lajmet", "Top Show", "Rudina", "E Diela Shqiptare")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIALS)[0]
    b = FB(
        c,
        "shikoplus",
        "GET",
        f"https://vod.shikoplus.example/{sid}/e{c.rng.randint(1, 60):02d}/1080p/"
        f"seg-{c.rng.randint(1, 500)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
