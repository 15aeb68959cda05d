"""Klangraum: her personal music app (German in-house backend, AppsFlyer, Firebase).

Scrobbles (`gehoert`) and the recently-played answer are listening history; a
batched playback beacon goes out gzip+base64 under `d`. AppsFlyer's launch
carries the advertising id and its own uid; Firebase its installation id; the
audio-output call her Galaxy Buds' Bluetooth address. Charts, search and cover
art are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, gz, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.klangraum.example"
UA = ua("Klangraum", "7.2.1")
TRACKS = ["t_88412", "t_10233", "t_55120", "t_70981", "t_31007", "t_44190"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "klangraum", method, url)
    b.header("user-agent", UA)
    b.header("x-kr-nutzer", b.acct("klang_user"))
    return b


def scrobble(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/hoerverlauf/gehoert")
    b.view("json titelId with gehoertMs and vollstaendig")
    b.json(
        {
            "titelId": c.rng.choice(TRACKS),
            "gehoertMs": c.rng.randint(30000, 240000),
            "vollstaendig": c.rng.random() < 0.6,
            "zeitpunkt": iso(c),
            "quelle": c.rng.choice(["playlist", "album", "radio"]),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/hoerverlauf/zuletzt?limit=20")
    b.view("response json zuletztGehoert[] with gehoertAm", direction="response")
    b.ok_json(
        {
            "zuletztGehoert": [
                {"titelId": t, "gehoertAm": iso(c), "fortschritt": round(c.rng.random(), 2)}
                for t in c.rng.sample(TRACKS, 4)
            ]
        }
    )
    return b.build()


def playback_beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b/1")
    b.view("form d: gzip+base64 rows of [track, ms, ts]", detectable=False)
    rows = [[c.rng.choice(TRACKS), c.rng.randint(1000, 200000), ms(c)] for _ in range(5)]
    b.form([("d", b64(gz(jsb(rows)))), ("v", "3")])
    b.no_content()
    return b.build()


def output_device(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/wiedergabe/ausgabegeraet")
    b.json(
        {
            "typ": "bluetooth",
            "name": "Galaxy Buds2 Pro",
            "btAdresse": b.id("buds_mac", where="json btAdresse"),
            "codec": "SSC",
        }
    )
    b.no_content()
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyersdk.com/api/v6.13/androidevent?app_id=de.klangraum.app"
        "&buildnumber=6.13.0",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("klang_af_uid", where="json uid"),
            "android_id": b.id("aid_klang", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(2, 90)),
            "model": "SM-S911B",
            "lang_code": "de",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/klangraum-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.json(
        {
            "fid": b.id("klang_fid", where="json fid"),
            "appId": "1:40212:android:9c1e2f",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/40212/installations/x", "refreshToken": rid(c.rng)})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/charts/meistgehoert?land=DE")
    b.decoy("most-played chart (aggregate over all listeners)")
    b.ok_json(
        {
            "charts": [
                {"platz": i + 1, "titelId": t, "abrufe": c.rng.randint(10**5, 10**7)}
                for i, t in enumerate(TRACKS)
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/suche?q={c.rng.choice(['peter+fox', 'seeed', 'ayliva'])}")
    b.decoy("search results")
    b.ok_json(
        {"treffer": [{"titelId": t, "dauerMs": c.rng.randint(120000, 300000)} for t in TRACKS]}
    )
    return b.build()


def cover(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.klangraum.example/cover/{c.rng.choice(TRACKS)}/300.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()
