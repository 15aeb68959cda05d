"""Žiūrėk (fictional Lithuanian streaming service, ziurek.lt), with Firebase and NPAW.

Real SDK traffic:
- Firebase Installations: POST firebaseinstallations.googleapis.com/v1/projects/
  {project}/installations, body {fid, appId, authVersion: FIS_v2, sdkVersion}
  (firebase-android-sdk, FirebaseInstallationServiceClient.java).
- Firebase Remote Config fetch: POST firebaseremoteconfig.googleapis.com/v1/projects/
  {n}/namespaces/firebase:fetch with appInstanceId, appInstanceIdToken, appId...
  (ConfigFetchHttpClient.java).
- NPAW / Youbora analytics: GET {host}/start and /ping with accountCode, title,
  mediaDuration, playhead, code, timemark (NPAW lib-plugin request list).
In-house backend: Lithuanian key names (progresas = progress, pozicija =
position, trukme = duration, testi_ziurejima = continue watching).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.ziurek.lt"
UA = ua("Ziurek", "4.8.1")
TITLES = [
    ("s-4411", "Tarp mūsų", 1, 3),
    ("f-20917", "Vilniaus naktys", 0, 0),
    ("s-5120", "Pasienio sargyba", 2, 7),
    ("f-21850", "Paskutinė vasara", 0, 0),
]


def _title(c: Context) -> tuple[str, str, int, int]:
    return c.rng.choice(TITLES)


def progress(c: Context) -> Flow:
    cid, name, season, ep = _title(c)
    b = FB(c, "ziurek", "POST", f"{API}/v3/ziurejimas/progresas")
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_ziurek", where="header x-device-id"))
    dur = c.rng.randint(1500, 6600)
    b.json(
        {
            "vartotojas": b.acct("ziurek_user"),
            "turinys": {"id": cid, "pavadinimas": name, "sezonas": season, "serija": ep},
            "pozicija": c.rng.randint(10, dur),
            "trukme": dur,
            "ivykis": "progresas",
            "laikas": iso(c),
        }
    )
    b.view("json turinys + pozicija")
    b.no_content()
    return b.build()


def continue_list(c: Context) -> Flow:
    b = FB(c, "ziurek", "PUT", f"{API}/v3/vartotojai/me/testi-ziurejima")
    b.header("user-agent", UA)
    items = [
        {
            "turinio_id": t[0],
            "pavadinimas": t[1],
            "sustabdyta_ties": c.rng.randint(30, 3000),
            "atnaujinta": ms(c) - c.rng.randint(0, 9**7),
        }
        for t in c.rng.sample(TITLES, 3)
    ]
    b.json({"testi_ziurejima": items})
    b.view("json testi_ziurejima list")
    b.ok_json({"ok": True})
    return b.build()


def youbora_ping(c: Context, event: str = "ping") -> Flow:
    cid, name, *_ = _title(c)
    host = "https://a-fds.youborafds01.com"
    params = [
        ("accountCode", "ziureklt"),
        ("code", rid(c.rng).replace("-", "")[:20]),
        ("title", name),
        ("contentId", cid),
        ("mediaDuration", str(c.rng.randint(1500, 6600))),
        ("playhead", str(c.rng.randint(5, 1500))),
        ("player", "ExoPlayer"),
        ("system", "ziureklt"),
        ("timemark", str(ms(c))),
    ]
    if event == "ping":
        params += [("pingTime", "5"), ("bitrate", str(c.rng.choice([1800000, 3500000])))]
    b = FB(c, "npaw", "GET", f"{host}/{event}", params)
    b.header("user-agent", UA)
    b.view(f"query title + playhead ({event})")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = FB(c, "ziurek", "POST", f"{API}/e")
    blob = bytes(c.rng.randrange(256) for _ in range(c.rng.randint(120, 260)))
    b.json({"v": 2, "p": b64(blob)})
    b.view("AES-encrypted 'p' blob (watch event)", detectable=False)
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "ziurek", "POST", f"{API}/v3/irenginiai")
    b.header("user-agent", UA)
    b.json(
        {
            "irenginys": {
                "id": b.id("aid_ziurek", where="json irenginys.id"),
                "modelis": "moto g 2024",
                "os": "Android 14",
                "tipas": "telefonas",
            },
            "kalba": "uk",
            "salis": "LT",
        }
    )
    b.ok_json({"irenginio_nr": c.rng.randint(1000, 99999), "status": "ok"})
    return b.build()


def fis(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/ziurek-prod/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("x-android-package", "lt.ziurek.app")
    b.header("x-goog-api-key", "AIzaSyB" + "x" * 32)
    b.json(
        {
            "fid": b.id("ziurek_fid", where="json fid"),
            "appId": "1:548812:android:4f2a9c1d",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"refreshToken": "3_AS3qfw" + rid(c.rng), "authToken": {"expiresIn": "604800s"}})
    return b.build()


def remote_config(c: Context) -> Flow:
    url = "https://firebaseremoteconfig.googleapis.com/v1/projects/548812/namespaces/firebase:fetch"
    b = FB(c, "firebase", "POST", url)
    b.json(
        {
            "appInstanceId": b.id("ziurek_fid", where="json appInstanceId"),
            "appInstanceIdToken": "eyJhbGciOiJFUzI1NiJ9.e30.sig",
            "appId": "1:548812:android:4f2a9c1d",
            "countryCode": "LT",
            "languageCode": "uk-UA",
            "platformVersion": "34",
            "timeZone": "Europe/Vilnius",
            "appVersion": "4.8.1",
            "packageName": "lt.ziurek.app",
            "sdkVersion": "22.0.0",
            "analyticsUserProperties": {},
        }
    )
    b.ok_json({"state": "UPDATE", "entries": {"player_buffer_ms": "2500"}})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "ziurek", "GET", f"{API}/v3/katalogas", [("kategorija", "serialai"), ("psl", "1")])
    b.ok_json({"elementai": [{"id": t[0], "pavadinimas": t[1], "trukme": 2700} for t in TITLES]})
    b.decoy("catalogue page with titles and durations")
    return b.build()


def poster(c: Context) -> Flow:
    cid = _title(c)[0]
    b = FB(c, "ziurek", "GET", f"https://img.ziurek.lt/posters/{cid}/w342.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randrange(10**6), 400))
    b.decoy("poster thumbnail")
    return b.build()


def segment(c: Context) -> Flow:
    cid = _title(c)[0]
    n = c.rng.randint(1, 900)
    b = FB(c, "ziurek", "GET", f"https://vod.ziurek.lt/{cid}/1080p/seg_{n:05d}.m4s")
    b.respond(200, "video/iso.segment", bytes(c.rng.randrange(256) for _ in range(256)))
    b.decoy("video segment fetch")
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["vasara", "detektyvas", "komedija"])
    b = FB(c, "ziurek", "GET", f"{API}/v3/paieska", [("q", q)])
    b.ok_json({"rezultatai": [{"id": t[0], "pavadinimas": t[1]} for t in TITLES[:2]]})
    b.decoy("search results")
    return b.build()
