"""ÉcranQc: a Québec streaming app (séries, LHJMQ / LNH hockey en direct) on the
manager's phone.

Its backend keys are Québec French (`progression`, `positionSec`, `dureeSec`,
`reprendre`, `visionnement`, `appareil`). Watch progress and live-hockey
heartbeats go to the backend; video events also go to GA4 through the
Measurement Protocol, app-stream form (`firebase_app_id`, `api_secret`,
`app_instance_id`, recommended events `video_progress` / `video_complete` with
`video_title`, `video_percent`, `video_current_time`). The app registers with
Firebase Installations (`fid`, `appId`, `authVersion` FIS_v2) and AppsFlyer
(`advertiserId`, `uid`, `android_id`; in-app events with `eventName` and
`eventValue`, `af_content_id`). The player also sends a compact beacon of
numeric rows. The catalogue, search, "Les plus regardés" rails, hockey scores
and HLS segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import GB, dalvik, iso, ms, rid, ua

API = "https://api.ecranqc.example"
UA = ua("EcranQc", "6.2.1")
APP_ID = "1:402918335107:android:5c1e07b9a3d24f6e"
MP = (
    f"https://www.google-analytics.com/mp/collect?firebase_app_id={APP_ID}"
    "&api_secret=Qv8mLx2RtN5cW1pZa9Ke0g"
)
SERIES = [
    ("s2041", "District 31", 2640),
    ("s2077", "Les Invisibles", 2580),
    ("s2090", "Sorcières", 2700),
    ("s2112", "Stat", 1380),
    ("s2136", "Indéfendable", 1320),
    ("s2150", "Avant le crash", 2760),
]
MATCHS = [
    "Canadiens c. Maple Leafs",
    "Remparts c. Océanic",
    "Huskies c. Armada",
    "Canadiens c. Bruins",
    "Drakkar c. Tigres",
]


def _b(c: Context, method: str, url: str, device: bool = True) -> GB:
    b = GB(c, "ecranqc", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-appareil-id", b.id("aid_ecran", where="header x-appareil-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, titre, duree = c.rng.choice(SERIES)
    return sid, titre, c.rng.randint(1, 40), duree


def firebase_installation(c: Context) -> Flow:
    b = GB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/ecranqc-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "ca.ecranqc.android")
    b.json(
        {
            "fid": b.id("ecran_fid", where="json fid"),
            "appId": APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/402918335107/installations/x",
            "refreshToken": new_hex(c.rng, 40),
            "authToken": {"token": new_hex(c.rng, 48), "expiresIn": "604800s"},
        }
    )
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = GB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "ca.ecranqc.android"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("ecran_af_uid", where="json uid"),
            "android_id": b.id("aid_ecran", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "6.2.1",
            "model": "SM-S911W",
            "brand": "samsung",
            "lang_code": "fr",
            "country": "CA",
            "counter": str(c.rng.randint(1, 90)),
            "isFirstCall": "false",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_abonnement(c: Context) -> Flow:
    b = GB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "ca.ecranqc.android"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "af_start_trial", "ajout_ma_liste"]),
            "eventValue": '{"af_revenue":"9.99","af_currency":"CAD"}',
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("ecran_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_visionnement(c: Context) -> Flow:
    """An in-app event per episode finished: af_content_id plus watched seconds."""
    sid, titre, ep, duree = _ep(c)
    b = GB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "ca.ecranqc.android"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik())
    b.view("json eventValue af_content_id + secondes_visionnees (episode watched)")
    b.json(
        {
            "eventName": "episode_visionne",
            "eventValue": (
                f'{{"af_content_id":"{sid}-e{ep}","af_content_type":"episode",'
                f'"titre":"{titre}","secondes_visionnees":{duree - c.rng.randint(0, 120)}}}'
            ),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("ecran_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def progression(c: Context) -> Flow:
    sid, titre, ep, duree = _ep(c)
    b = _b(c, "POST", f"{API}/v3/visionnement/progression")
    b.view("json serieId/episode/positionSec/dureeSec")
    b.json(
        {
            "serieId": sid,
            "titre": titre,
            "episode": ep,
            "positionSec": c.rng.randint(20, duree),
            "dureeSec": duree,
            "termine": False,
            "horodatage": iso(c),
        }
    )
    b.no_content()
    return b.build()


def reprendre(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/profil/reprendre?limite=12")
    b.view("response json reprendre[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, titre, ep, duree = _ep(c)
        rows.append(
            {
                "serieId": sid,
                "titre": titre,
                "episode": ep,
                "positionSec": c.rng.randint(60, duree - 60),
                "dureeSec": duree,
                "vuLe": iso(c),
            }
        )
    b.ok_json({"reprendre": rows})
    return b.build()


def hockey_battement(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/direct/battement")
    b.view("json match + secondesVisionnees (live game watch time)")
    b.json(
        {
            "chaine": "hockey-direct-1",
            "match": c.rng.choice(MATCHS),
            "secondesVisionnees": c.rng.choice([30, 60, 60, 120]),
            "debutSession": iso(c),
            "qualite": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"continuer": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, titre, ep, duree = _ep(c)
    b = GB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("ecran_app_instance", where="json app_instance_id"),
            "user_id": b.acct("ecran_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{titre} - Épisode {ep}",
                        "video_provider": "ecranqc",
                        "video_percent": pct,
                        "video_current_time": duree * pct // 100,
                        "video_duration": duree,
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_ecran(c: Context) -> Flow:
    b = GB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("ecran_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Accueil", "Recherche", "Hockey", "MaListe"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def balise_opaque(c: Context) -> Flow:
    """The player's compact beacon: [series, episode, second, ts] rows under 'r'."""
    b = _b(c, "POST", f"{API}/t/2", device=False)
    b.view("json r[] numeric rows", detectable=False)
    rows = [
        [int(c.rng.choice(SERIES)[0][1:]), c.rng.randint(1, 40), c.rng.randint(10, 2700), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"r": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/catalogue?genre=drame&page=1", device=False)
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "series": [
                {
                    "serieId": sid,
                    "titre": titre,
                    "episodes": 40,
                    "dureeSec": duree,
                    "affiche": f"https://img.ecranqc.example/a/{sid}.jpg",
                }
                for sid, titre, duree in SERIES
            ]
        }
    )
    return b.build()


def plus_regardes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/rails/les-plus-regardes", device=False)
    b.decoy("'Les plus regardés' rail with view counts (aggregate)")
    b.ok_json(
        {
            "rail": [
                {"serieId": sid, "titre": titre, "visionnements": c.rng.randint(10**4, 10**6)}
                for sid, titre, _ in SERIES
            ]
        }
    )
    return b.build()


def recherche(c: Context) -> Flow:
    q = c.rng.choice(["district", "hockey", "sorcières", "stat"])
    b = _b(c, "GET", f"{API}/v3/recherche?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"resultats": [{"serieId": s, "titre": t, "dureeSec": d} for s, t, d in SERIES[:3]]})
    return b.build()


def pointage(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/hockey/pointages?date={iso(c)[:10]}", device=False)
    b.decoy("live scores with game clock (content)")
    b.ok_json(
        {
            "matchs": [
                {
                    "match": m,
                    "periode": c.rng.randint(1, 3),
                    "tempsRestant": f"{c.rng.randint(0, 19)}:{c.rng.randint(0, 59):02d}",
                    "pointage": [c.rng.randint(0, 5), c.rng.randint(0, 5)],
                }
                for m in MATCHS[:3]
            ]
        }
    )
    return b.build()


def segment_hls(c: Context) -> Flow:
    sid = c.rng.choice(SERIES)[0]
    b = GB(
        c,
        "ecranqc",
        "GET",
        f"https://vod.ecranqc.example/{sid}/e{c.rng.randint(1, 40):02d}/1080p/"
        f"seg-{c.rng.randint(1, 600)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
