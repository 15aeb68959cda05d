"""TazamaPlus: a Kenyan series and live-TV streaming app, Showmax-like (the son's
Infinix in Kisumu).

Nairobi developers mix Swahili with English in paths and keys (`tazama` =
watch, `kipindi` = programme, `sehemu` = episode, `msimu` = season, `nafasi` =
position, `muda` = time, `endelea` = continue, `chaneli`). Watch progress and
live-channel heartbeats go to the backend; video events also go to GA4 through
the Measurement Protocol, app-stream form (`firebase_app_id` and `api_secret` in
the URL, `app_instance_id` in the body, `video_progress` / `video_complete` with
`video_title`, `video_percent`, `video_current_time`). The app registers with
Firebase Installations (`fid`, `appId`, `authVersion` FIS_v2). The catalogue,
search, "trending in Kenya" counts, the EPG and HLS segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.tazamaplus.example"
UA = ua("TazamaPlus", "3.9.1", "kijana")
VIPINDI = [
    ("k201", "Maria", 1500),
    ("k207", "Selina", 1440),
    ("k215", "Kina", 1620),
    ("k222", "Pete", 1380),
    ("k230", "Zora", 1500),
    ("k238", "Sultana", 1560),
    ("k244", "Njoro wa Uba", 1320),
]
CHANELI = ["Citizen TV", "NTV Kenya", "KTN Home", "K24", "Inooro TV", "Ramogi TV", "KBC Channel 1"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:884120377615:android:4c2b7e90aa13d5f8&api_secret=Qm3vXa8TzR1kLp0wNc6Hy2"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "tazamaplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-kifaa-id", b.id("aid_tazama", where="header x-kifaa-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    kid, title, dur = c.rng.choice(VIPINDI)
    return kid, title, c.rng.randint(1, 120), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/tazamaplus-ke/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "ke.tazamaplus.app")
    b.json(
        {
            "fid": b.id("tazama_fid", where="json fid"),
            "appId": "1:884120377615:android:4c2b7e90aa13d5f8",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/884120377615/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def sajili_kifaa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/vifaa/sajili", device=False)
    b.json(
        {
            "androidId": b.id("aid_tazama", where="json androidId"),
            "fid": b.id("tazama_fid", where="json fid"),
            "modeli": "Infinix X6831",
            "lugha": "sw",
            "nchi": "KE",
        }
    )
    b.ok_json({"sawa": True, "vifaaMax": 3})
    return b.build()


def tazama_progress(c: Context) -> Flow:
    kid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v3/tazama/maendeleo")
    b.view("json kipindiId/sehemu/nafasi")
    b.json(
        {
            "kipindiId": kid,
            "jina": title,
            "msimu": c.rng.randint(1, 4),
            "sehemu": ep,
            "nafasi": c.rng.randint(20, dur),
            "mudaWote": dur,
            "imeisha": False,
            "saa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def endelea_kutazama(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/mtumiaji/endelea-kutazama?kikomo=10")
    b.view("response json endelea[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        kid, title, ep, dur = _ep(c)
        rows.append(
            {
                "kipindiId": kid,
                "jina": title,
                "sehemu": ep,
                "nafasi": c.rng.randint(60, dur - 60),
                "mudaWote": dur,
                "ilitazamwa": iso(c),
            }
        )
    b.ok_json({"endelea": rows})
    return b.build()


def historia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/mtumiaji/historia-ya-kutazama?ukurasa=1")
    b.view("response json historia[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        kid, title, ep, _dur = _ep(c)
        items.append({"kipindiId": kid, "jina": title, "sehemu": ep, "tarehe": iso(c)})
    b.ok_json({"historia": items, "ukurasa": 1})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/live/mapigo")
    b.view("json chaneli + sekunde (live channel watch time)")
    b.json(
        {
            "chaneli": c.rng.choice(CHANELI),
            "sekunde": c.rng.choice([30, 60, 60, 120]),
            "ilianza": iso(c),
            "ubora": c.rng.choice(["480p", "720p", "auto"]),
        }
    )
    b.ok_json({"endelea": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("tazama_app_instance", where="json app_instance_id"),
            "user_id": b.acct("tazama_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - Sehemu {ep}",
                        "video_provider": "tazamaplus",
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
            "app_instance_id": b.id("tazama_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Nyumbani", "Tafuta", "Akaunti", "LiveTV"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [programme, episode, second, ts] rows under 'd'."""
    b = _b(c, "POST", f"{API}/p/2", device=False)
    b.view("json d[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(VIPINDI)[0][1:]), c.rng.randint(1, 120), c.rng.randint(10, 1600), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def katalogi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/katalogi?aina=drama&ukurasa=1", device=False)
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "vipindi": [
                {
                    "kipindiId": kid,
                    "jina": title,
                    "sehemu": 120,
                    "mudaWote": dur,
                    "picha": f"https://img.tazamaplus.example/p/{kid}.jpg",
                }
                for kid, title, dur in VIPINDI
            ]
        }
    )
    return b.build()


def tafuta(c: Context) -> Flow:
    q = c.rng.choice(["maria", "selina", "kina", "sultana"])
    b = _b(c, "GET", f"{API}/v3/tafuta?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"matokeo": [{"kipindiId": k, "jina": t, "mudaWote": d} for k, t, d in VIPINDI[:3]]})
    return b.build()


def vinavyovuma(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/vinavyovuma?kipindi=7d&nchi=KE", device=False)
    b.decoy("trending view counts (not one person's viewing)")
    b.ok_json(
        {
            "vinavyovuma": [
                {"kipindiId": k, "jina": t, "views": c.rng.randint(10**4, 10**6)}
                for k, t, _ in VIPINDI
            ]
        }
    )
    return b.build()


def ratiba(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/live/ratiba?chaneli={c.rng.randint(1, 7)}", device=False)
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "ratiba": [
                {"jina": t, "inaanza": iso(c), "muda": c.rng.choice([30, 60, 90])}
                for t in ("Habari za Saa Moja", "Churchill Show", "Papa Shirandula", "JKL")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    kid = c.rng.choice(VIPINDI)[0]
    b = FB(
        c,
        "tazamaplus",
        "GET",
        f"https://vod.tazamaplus.example/{kid}/e{c.rng.randint(1, 120):03d}/720p/"
        f"seg-{c.rng.randint(1, 400)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
