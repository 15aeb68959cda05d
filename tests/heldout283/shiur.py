"""Kukn Shiurim: a kosher-filtered video and shiur (lecture) streaming app on the
father's Galaxy A15 in Williamsburg.

The backend is Yiddish-built with YIVO-romanised keys: `kukn` = to watch,
`fortshrit` = progress, `pozitsye` = position, `lengd` = length, `tsayt` =
time, `farendikt` = finished, `geshikhte` = history, `vayter` = further
(continue watching), `zukhn` = search, `bildl` = little picture (thumbnail),
`magid_shiur` = the lecturer. The device header is `x-mashin-id` (mashin =
machine). AppsFlyer launches and in-app events go to launches/inapps.appsflyer.com
(`advertiserId`, `uid`, `eventName`, `eventValue` as a JSON string); Firebase
Installations and Remote Config (`appInstanceId` is the FID). The catalogue,
search, lecture schedule, popularity counts, thumbnails and HLS segments are
content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.kukn-shiurim.example"
UA = ua("KuknShiurim", "3.9.4", "tate")
PKG = "org.kukn.shiurim"
SHIURIM = [
    ("sh4012", "Daf Yomi - Bava Basra 112", "R' Yoel Gelbman", 3120),
    ("sh4033", "Parshas Vayeshev - a shmues", "R' Mendel Katz", 2460),
    ("sh4051", "Hilkhos Shabbos: borer", "R' Shloyme Weiss", 2880),
    ("sh4077", "Chanukah dvar Torah far kinder", "R' Aron Friedman", 1320),
    ("sh4090", "Mesilas Yeshorim kapitl 3", "R' Yitzchok Grunwald", 2700),
    ("sh4102", "Nigunim fun Vizhnitz (video)", "Kapelye", 1800),
]
AF_KEY = "kZ7qwP3sDxYvNcT9bEr2aU"


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "kuknshiurim", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("accept-language", "yi-US,yi;q=0.9,en;q=0.6")
    if device:
        b.header("x-mashin-id", b.id("aid_shiur", where="header x-mashin-id"))
    return b


def _shiur(c: Context) -> tuple[str, str, str, int]:
    return c.rng.choice(SHIURIM)


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/mashin/registrirn")
    b.json(
        {
            "android_id": b.id("aid_shiur", where="json android_id"),
            "reklame_id": b.id("gaid_tate", where="json reklame_id (advertising id)"),
            "firebase_id": b.id("shiur_fid", where="json firebase_id"),
            "modl": "SM-A155F",
            "shprakh": "yi",
            "filter_shtafl": "strikt",
        }
    )
    b.ok_json({"gut": True, "maks_mashinen": 3, "filter": "kosher-strikt"})
    return b.build()


def kuk_fortshrit(c: Context) -> Flow:
    sid, titl, magid, lengd = _shiur(c)
    b = _b(c, "POST", f"{API}/api/v2/kukn/fortshrit", device=c.rng.random() < 0.3)
    b.view("json shiur_id/titl/pozitsye/lengd (watch progress)")
    b.json(
        {
            "shiur_id": sid,
            "titl": titl,
            "magid_shiur": magid,
            "pozitsye": c.rng.randint(30, lengd - 10),
            "lengd": lengd,
            "farendikt": False,
            "tsayt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def kuk_farendikt(c: Context) -> Flow:
    sid, titl, _magid, lengd = _shiur(c)
    b = _b(c, "PUT", f"{API}/api/v2/kukn/{sid}/farendikt")
    b.view("path /kukn/{id}/farendikt + json gekukt_sekundes (finished watching)")
    b.json({"gekukt_sekundes": lengd, "titl": titl, "tsayt": iso(c)})
    b.ok_json({"gut": True})
    return b.build()


def geshikhte(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/mayn/geshikhte?zayt=1")
    b.view("response json geshikhte[] (watch history)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 7)):
        sid, titl, magid, lengd = _shiur(c)
        rows.append(
            {
                "shiur_id": sid,
                "titl": titl,
                "magid_shiur": magid,
                "gekukt_biz": c.rng.randint(60, lengd),
                "datum": iso(c),
            }
        )
    b.ok_json({"geshikhte": rows, "zayt": 1})
    return b.build()


def vayter_kukn(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/mayn/vayter-kukn")
    b.view("response json vayter_kukn[] (continue watching with pozitsye)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        sid, titl, _magid, lengd = _shiur(c)
        rows.append({"shiur_id": sid, "titl": titl, "pozitsye": c.rng.randint(60, lengd - 60)})
    b.ok_json({"vayter_kukn": rows})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact gzip beacon: [id, second, ts] rows under 'q'."""
    b = _b(c, "POST", f"{API}/t/2")
    b.view("json q[] rows [shiur, second, ms] (gzip)", detectable=False)
    rows = [
        [int(_shiur(c)[0][2:]), c.rng.randint(5, 3000), ms(c)] for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"q": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def _af_body(b: FB, c: Context, event: str | None, value: dict | None) -> dict:
    body = {
        "advertiserId": b.id("gaid_tate", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("shiur_af_uid", where="json uid"),
        "app_id": PKG,
        "appsflyerKey": AF_KEY,
        "af_timestamp": str(ms(c)),
        "af_v": new_hex(c.rng, 40),
        "af_v2": new_hex(c.rng, 40),
        "brand": "samsung",
        "model": "SM-A155F",
        "sdk": "34",
        "lang": "ייִדיש",
        "lang_code": "yi",
        "country": "US",
        "network": "WIFI",
        "platformextension": "android_native",
        "counter": str(c.rng.randint(2, 40)),
        "iaecounter": str(c.rng.randint(0, 20)),
        "isFirstCall": "false",
        "deviceData": {"arch": "", "cpu_abi": "arm64-v8a", "dim": {"x_px": "1080"}},
    }
    if event:
        body["eventName"] = event
        body["eventValue"] = js(value or {})
    return body


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://launches.appsflyer.com/api/v6.13/androidevent?app_id={PKG}&buildnumber=6.13.0",
    )
    b.header("user-agent", "Dalvik/2.1.0")
    b.json(_af_body(b, c, None, None))
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_view(c: Context) -> Flow:
    sid, titl, _magid, lengd = _shiur(c)
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://inapps.appsflyer.com/api/v6.13/androidevent?app_id={PKG}&buildnumber=6.13.0",
    )
    b.header("user-agent", "Dalvik/2.1.0")
    b.view("json eventName shiur_gekukt + eventValue af_content_id/af_content/percent")
    pct = c.rng.choice([25, 50, 75, 100])
    b.json(
        _af_body(
            b,
            c,
            "shiur_gekukt",
            {
                "af_content_id": sid,
                "af_content": titl,
                "af_content_type": "video",
                "gekukt_protsent": pct,
                "gekukt_sekundes": lengd * pct // 100,
            },
        )
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_subscribe(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://inapps.appsflyer.com/api/v6.13/androidevent?app_id={PKG}&buildnumber=6.13.0",
    )
    b.header("user-agent", "Dalvik/2.1.0")
    b.json(_af_body(b, c, "af_subscribe", {"af_revenue": "7.99", "af_currency": "USD"}))
    b.ok_json({"ok": True})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/kukn-shiurim/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PKG)
    b.json(
        {
            "fid": b.id("shiur_fid", where="json fid"),
            "appId": "1:730215948871:android:1b9d3f00c2e4a6d8",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/730215948871/installations/x",
            "refreshToken": new_hex(c.rng, 40),
            "authToken": {"token": new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/730215948871/namespaces/"
        "firebase:fetch",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PKG)
    b.json(
        {
            "appInstanceId": b.id("shiur_fid", where="json appInstanceId"),
            "appInstanceIdToken": new_hex(c.rng, 60),
            "appId": "1:730215948871:android:1b9d3f00c2e4a6d8",
            "countryCode": "US",
            "languageCode": "yi-US",
            "platformVersion": "34",
            "timeZone": "America/New_York",
            "appVersion": "3.9.4",
            "packageName": PKG,
            "sdkVersion": "21.6.0",
            "analyticsUserProperties": {},
        }
    )
    b.ok_json(
        {
            "entries": {"video_filter_level": "strikt", "show_nigunim": "true"},
            "state": "UPDATE",
            "templateVersion": str(c.rng.randint(30, 90)),
        }
    )
    return b.build()


def abonement(c: Context) -> Flow:
    """Subscription check; header 'x-k' is sha1 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v1/abonement")
    b.header("x-k", b.id("aid_shiur", "sha1", "header x-k (sha1)", detectable=False))
    b.ok_json({"aktiv": True, "plan": "familye", "biz": "2025-09-01"})
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/katalog?kategorye=gemore&zayt=1")
    b.decoy("lecture catalogue with lengths (content fetch)")
    b.ok_json(
        {
            "shiurim": [
                {
                    "shiur_id": sid,
                    "titl": titl,
                    "magid_shiur": magid,
                    "lengd": lengd,
                    "bildl": f"https://bilder.kukn-shiurim.example/{sid}/320.jpg",
                }
                for sid, titl, magid, lengd in SHIURIM
            ]
        }
    )
    return b.build()


def zukhn(c: Context) -> Flow:
    q = c.rng.choice(["daf yomi", "shabbos", "vizhnitz", "chanukah", "mesilas"])
    b = _b(c, "GET", f"{API}/api/v2/zukhn?q={q.replace(' ', '+')}")
    b.decoy("lecture search results (content fetch)")
    b.ok_json(
        {
            "q": q,
            "resultatn": [
                {"shiur_id": s, "titl": t, "lengd": n} for s, t, _m, n in c.rng.sample(SHIURIM, 3)
            ],
        }
    )
    return b.build()


def luekh(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/shiurim/luekh?tog={iso(c)[:10]}")
    b.decoy("live lecture schedule (start times, durations)")
    b.ok_json(
        {
            "luekh": [
                {"titl": t, "onheyb": iso(c), "lengd": n}
                for _s, t, _m, n in c.rng.sample(SHIURIM, 3)
            ]
        }
    )
    return b.build()


def populer(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/populer?vokh=1")
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "populer": [
                {"shiur_id": s, "titl": t, "kukers": c.rng.randint(500, 90000)}
                for s, t, _m, _n in SHIURIM
            ]
        }
    )
    return b.build()


def bildl(c: Context) -> Flow:
    sid = _shiur(c)[0]
    b = FB(c, "kuknshiurim", "GET", f"https://bilder.kukn-shiurim.example/{sid}/320.jpg")
    b.header("user-agent", UA)
    b.decoy("lecture thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = _shiur(c)[0]
    b = FB(
        c,
        "kuknshiurim",
        "GET",
        f"https://vod.kukn-shiurim.example/hls/{sid}/720p/seg_{c.rng.randint(1, 600):05d}.ts"
        f"?tok={rid(c.rng)[:8]}",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
