"""Dublýaž: a player of series dubbed into Turkmen, on the mother's Huawei nova
(no Google services: the advertising id is Huawei's OAID from HMS).

The app began as a Russian-language player; its older API keeps legacy keys in
Turkmen Cyrillic (`сериал`, `бөлүм`, `вагт`, `довамлылык`) next to new Latin
ones. It registers with the OAID and its ANDROID_ID, AppsFlyer gets the OAID
under `oaid`. Progress heartbeats name the series and episode with a position;
the "continue watching" list comes back in a response; a batch endpoint sends
episode ids and seconds as bare arrays. The catalogue, posters, search, the
video segments and subtitle files are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64url, fake_mp4, js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.dublyaz.example"
CDN = "https://vod.dublyaz.example"
UA = ua("Dublyaz", "3.5.1", "eje")
SERIES = [
    ("Gelin", 48),
    ("Söýginiň bahasy", 120),
    ("Ýazgyt", 64),
    ("Şa köşgi", 90),
    ("Kiçi gelin", 36),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dublyaz", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/enjam")
    b.json(
        {
            "oaid": b.id("oaid_eje", where="json oaid"),
            "androidId": b.id("aid_serial", where="json androidId"),
            "hms": True,
            "gms": False,
            "модель": "BLA-LX9",
        }
    )
    b.ok_json({"ulanyjy": b.acct("serial_user")})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.12/androidevent?app_id=tm.dublyaz.player&buildnumber=6.12.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 12; BLA-LX9 Build/HUAWEIBLA-L29)")
    b.json(
        {
            "oaid": b.id("oaid_eje", where="json oaid"),
            "isGaidWithGps": "false",
            "uid": b.id("serial_af_uid", where="json uid"),
            "appsflyerKey": "Zx7pQ2mN8kLw4rT6yU1vBc",
            "af_timestamp": str(ms(c)),
            "brand": "HUAWEI",
            "model": "BLA-LX9",
            "installer_package": "com.huawei.appmarket",
            "counter": str(c.rng.randint(2, 60)),
        }
    )
    b.respond(200, "text/plain", b"ok")
    return b.build()


def heartbeat_cyr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/tomasha")
    name, n = c.rng.choice(SERIES)
    b.view("json сериал / бөлүм / вагт (Cyrillic legacy keys)")
    b.json(
        {
            "сериал": name,
            "бөлүм": c.rng.randint(1, n),
            "вагт": c.rng.randint(10, 2700),
            "довамлылык": 2700,
            "сене": iso(c),
            "dil": "tk",
        }
    )
    b.no_content()
    return b.build()


def progress_latin(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/dowam-et/{c.rng.randint(10**5, 10**6)}")
    name, n = c.rng.choice(SERIES)
    b.header("x-enjam", b.id("oaid_eje", where="header x-enjam"))
    b.view("json dowamEt{serial, bolum, pursat, wagt}")
    b.json(
        {
            "dowamEt": {
                "serial": name,
                "bolum": c.rng.randint(1, n),
                "pursat": c.rng.randint(10, 2700),
                "wagt": ms(c),
            }
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/dowam-et")
    b.view("response json sanaw[] (continue watching)", direction="response")
    b.ok_json(
        {
            "sanaw": [
                {
                    "serial": s,
                    "bolum": c.rng.randint(1, n),
                    "pursat": c.rng.randint(60, 2600),
                    "soňky": iso(c),
                }
                for s, n in c.rng.sample(SERIES, 3)
            ]
        }
    )
    return b.build()


def batch_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b")
    b.view("json d (base64url of positional [episode id, seconds, ms])", detectable=False)
    rows = [
        [c.rng.randint(10**5, 10**6), c.rng.randint(10, 2700), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"d": b64url(js(rows)), "z": 1})
    b.no_content()
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/katalog?zhanr=drama&sahypa={c.rng.randint(1, 5)}")
    b.ok_json(
        {
            "serialler": [
                {"ady": s, "bölümler": n, "reýting": rf(c.rng, 6, 9.5, 1)} for s, n in SERIES
            ]
        }
    )
    return b.build()


def segment(c: Context) -> Flow:
    b = _b(c, "GET", f"{CDN}/hls/{c.rng.randint(10**5, 10**6)}/720p/seg{c.rng.randint(1, 400)}.ts")
    b.decoy("episode video segment fetch")
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def subtitles(c: Context) -> Flow:
    b = _b(c, "GET", f"{CDN}/sub/{c.rng.randint(10**5, 10**6)}/tk.vtt")
    b.decoy("subtitle file with timestamps")
    b.respond(
        200,
        "text/vtt",
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.500\nSalam, gelin!\n\n"
        "00:00:04.000 --> 00:00:06.000\nNähili ýagdaý?\n".encode(),
    )
    return b.build()


def gozleg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/gozleg?q={c.rng.choice(['gelin', 'söýgi', 'taryh'])}")
    b.decoy("search results")
    b.ok_json({"netije": [s for s, _ in SERIES[:3]]})
    return b.build()


def cookie_config(c: Context) -> Flow:
    """Remote config; the OAID rides in a cookie the app's WebView set."""
    b = _b(c, "GET", f"{API}/api/v2/sazlamalar?wersiya=3.5.1")
    oaid = b.id("oaid_eje", where="cookie dz_enjam")
    b.header("cookie", f"dz_enjam={oaid}; dz_dil=tk; _sess={rid(c.rng)}")
    b.ok_json({"reklama": True, "hilli": "720p", "täzeBölümBildiriş": True})
    return b.build()
