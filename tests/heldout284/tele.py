"""Cjalâ! a Friulian / Occitan streaming app (Friulian keys), with Firebase.

Real viewing: watch progress (`cjalâ/progres` with `contignût`, `posizion`,
`durade`), the "continue watching" and watch-history lists in responses, a
live-channel heartbeat with seconds watched, and a compact opaque beacon. The
app registers with its ANDROID_ID and gets back its install id; Firebase
Installations and Remote Config carry the FID. Catalogue, search, thumbnails,
trailers, HLS segments and the "plui cjalâts" chart are fetches or aggregates.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.cjalatv.example"
UA = ua("CjalaTV", "6.1.0")
FIRE_APP = "1:830114529077:android:2be1c0f4a9d36e11"
TITUI = [
    ("c201", "Lis cjasis di Cjargne", 2900),
    ("c214", "Vite in malghe", 2500),
    ("c230", "Lo Libre dels Trobadors", 3100),
    ("c245", "Furlans pal mont", 2700),
    ("c260", "La Fèsta de la Lenga", 1900),
]
CANÂI = ["Telefriuli", "Cjalâ 24", "Òc TV", "Rai 3 FVG"]


def _b(c: Context, method: str, url: str, install: bool = False) -> FB:
    b = FB(c, "cjalatv", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-cjala-install", b.id("tele_install", where="header x-cjala-install"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    cid, title, dur = c.rng.choice(TITUI)
    return cid, title, c.rng.randint(1, 24), dur


def registre(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/argagn/regjistre")
    b.json(
        {
            "android_id": b.id("aid_tele", where="json android_id"),
            "model": "Pixel 8",
            "lenghe": "fur",
        }
    )
    b.ok_json(
        {
            "install_id": b.id(
                "tele_install", where="response json install_id", direction="response"
            ),
            "max_argagn": 5,
        }
    )
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/cjalatv-fur/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "fur.cjalatv.app")
    b.json(
        {
            "fid": b.id("tele_fid", where="json fid"),
            "appId": FIRE_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/830114529077/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/830114529077/namespaces/firebase:fetch",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.json(
        {
            "appInstanceId": b.id("tele_fid", where="json appInstanceId"),
            "appInstanceIdToken": "eyJ" + new_hex(c.rng, 60),
            "appId": FIRE_APP,
            "countryCode": "IT",
            "languageCode": "fur-IT",
            "platformVersion": "34",
            "timeZone": "Europe/Rome",
            "appVersion": "6.1.0",
            "packageName": "fur.cjalatv.app",
            "sdkVersion": "21.6.0",
            "analyticsUserProperties": {},
        }
    )
    b.ok_json({"entries": {"autoplay_trailer": "true", "home_rails": "4"}, "state": "UPDATE"})
    return b.build()


def progres(c: Context) -> Flow:
    cid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v2/cjalâ/progres")
    b.view("json contignût/episodi/posizion/durade (watch progress)")
    b.json(
        {
            "contignût": cid,
            "titul": title,
            "episodi": ep,
            "posizion": c.rng.randint(20, dur),
            "durade": dur,
            "finît": False,
            "ore": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_cjala(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/utent/continue-a-cjalâ")
    b.view("response json continue[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        cid, title, ep, dur = _ep(c)
        rows.append(
            {
                "contignût": cid,
                "titul": title,
                "episodi": ep,
                "posizion": c.rng.randint(60, dur - 60),
                "durade": dur,
                "cjalât_ai": iso(c),
            }
        )
    b.ok_json({"continue": rows})
    return b.build()


def storic(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/utent/storic-dai-cjalâts?pagjine=1", install=True)
    b.view("response json storic[] (watch history)", direction="response")
    b.ok_json(
        {"storic": [{"contignût": cid, "titul": t, "cjalât_ai": iso(c)} for cid, t, _ in TITUI[:4]]}
    )
    return b.build()


def dirette_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dirette/batit")
    b.view("json canâl + seconts (live channel watch time)")
    b.json(
        {
            "canâl": c.rng.choice(CANÂI),
            "seconts": c.rng.choice([30, 60, 60, 120]),
            "inizi": iso(c),
            "cualitât": c.rng.choice(["720p", "1080p"]),
        }
    )
    b.ok_json({"va_indevant": True})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/t/2")
    b.view("gzip json k[] rows [content, episode, second, ts]", detectable=False)
    rows = [
        [int(c.rng.choice(TITUI)[0][1:]), c.rng.randint(1, 24), c.rng.randint(5, 3000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"k": rows, "w": 1}, "gzip")
    b.no_content()
    return b.build()


def catalic(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/catalic?gjenar=documentaris")
    b.decoy("catalogue with durations (content fetch)")
    b.ok_json(
        {
            "titui": [
                {
                    "contignût": cid,
                    "titul": t,
                    "durade": d,
                    "miniature": f"https://img.cjalatv.example/m/{cid}.jpg",
                }
                for cid, t, d in TITUI
            ]
        }
    )
    return b.build()


def ciri(c: Context) -> Flow:
    q = c.rng.choice(["malghe", "trobadors", "cjargne"])
    b = _b(c, "GET", f"{API}/v2/cirî?q={q}")
    b.decoy("search results (content fetch)")
    b.ok_json({"risultâts": [{"contignût": cid, "titul": t} for cid, t, _ in TITUI[:2]]})
    return b.build()


def plui_cjalats(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/classifiche/plui-cjalâts")
    b.decoy("most-watched chart (aggregate)")
    b.ok_json(
        {
            "classifiche": [
                {"contignût": cid, "cjalâts": c.rng.randint(100, 90000)} for cid, _, _ in TITUI
            ]
        }
    )
    return b.build()


def miniature(c: Context) -> Flow:
    cid = c.rng.choice(TITUI)[0]
    b = FB(c, "cjalatv", "GET", f"https://img.cjalatv.example/m/{cid}.jpg?w=480")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def hls(c: Context) -> Flow:
    cid = c.rng.choice(TITUI)[0]
    b = FB(
        c,
        "cjalatv",
        "GET",
        f"https://vod.cjalatv.example/{cid}/e{c.rng.randint(1, 24):02d}/720p/"
        f"seg{c.rng.randint(1, 600)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch (not a watch event)")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def trailer(c: Context) -> Flow:
    cid = c.rng.choice(TITUI)[0]
    b = _b(c, "GET", f"{API}/v2/contignûts/{cid}/trailer")
    b.ok_json({"url": f"https://vod.cjalatv.example/{cid}/trailer.m3u8", "durade": 95})
    return b.build()
