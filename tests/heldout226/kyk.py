"""KykPlus: a South African streaming app (series, rugby live; personal profile).

The backend's keys mix Afrikaans and isiZulu with English (`reeks` = series,
`posisie` = position, `duur` = duration, `ukubuka` = viewing). Watch progress,
the live rugby heartbeat and the "continue watching" rail (response) are
viewing history; so are the AppsFlyer in-app events the app sends for a
finished episode (`af_content_id`, `af_content_type`, watch seconds). The
player's compact beacon sends [series, episode, second, ts] rows under 'x'
(opaque). Firebase: Installations (`fid`, FIS_v2), Analytics batches to
app-measurement.com/a as protobuf (app instance id and advertising id in
numbered fields, no names: opaque). AppsFlyer launches carry the advertising id,
its `uid` and the ANDROID_ID
(https://launches.appsflyer.com/api/v6.x/androidevent?app_id=...). The
catalogue rails, search, fixtures, log standings, thumbnails, "trending"
counts, HLS segments and the Widevine licence call are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js, pb_bytes, pb_msg, pb_varint

from .phone import FB, MODEL, dalvik, iso, ms, rid, ua

API = "https://api.kykplus.example"
VOD = "https://vod.kykplus.example"
UA = ua("KykPlus", "6.3.1")
PKG = "za.co.kykplus"
REEKSE = [
    ("r201", "Skeem Saam", 1440),
    ("r214", "Kaalvoet Kinders", 2700),
    ("r230", "Umkhokha", 1500),
    ("r245", "Die Brug", 2580),
    ("r251", "Inimba", 1380),
    ("r263", "Ashes to Ashes", 1500),
]
WEDSTRYDE = [
    ("m1101", "Bulls v Stormers"),
    ("m1102", "Sharks v Lions"),
    ("m1103", "Springboks v All Blacks"),
    ("m1104", "Cheetahs v Griquas"),
]
APPID = "1:774201938112:android:3f0c2b91d5e7a604"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "kykplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-toestel-id", b.id("aid_kyk", where="header x-toestel-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    rid_, title, dur = c.rng.choice(REEKSE)
    return rid_, title, c.rng.randint(1, 120), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/kykplus-za/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", PKG)
    b.json(
        {
            "fid": b.id("kyk_fid", where="json fid"),
            "appId": APPID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/774201938112/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def measurement_batch(c: Context) -> Flow:
    """Firebase Analytics upload: a protobuf batch, ids in numbered fields."""
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik())
    event = pb_msg(
        2,
        [
            pb_bytes(2, c.rng.choice(["_vs", "_e", "_s"])),
            pb_varint(3, ms(c)),
            pb_msg(1, [pb_bytes(1, "_o"), pb_bytes(2, "auto")]),
        ],
    )
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(16, "android"),
            pb_bytes(17, "14"),
            pb_bytes(18, MODEL),
            pb_bytes(14, PKG),
            pb_bytes(19, b.id("gaid", "protobuf", "protobuf field 1.19", detectable=False)),
            pb_bytes(
                27, b.id("kyk_app_instance", "protobuf", "protobuf field 1.27", detectable=False)
            ),
            pb_bytes(25, APPID),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent",
        [("app_id", PKG), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("kyk_af_uid", where="json uid"),
            "android_id": b.id("aid_kyk", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "6.3.1",
            "model": MODEL,
            "brand": "samsung",
            "lang_code": "af",
            "country": "ZA",
            "operator": "Vodacom",
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_watched(c: Context) -> Flow:
    rid_, title, ep, dur = _ep(c)
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.14/androidevent",
        [("app_id", PKG), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik())
    b.view("json eventValue af_content_id + watch_seconds (episode_completed)")
    b.json(
        {
            "eventName": "episode_completed",
            "eventValue": js(
                {
                    "af_content_id": f"{rid_}-e{ep}",
                    "af_content": title,
                    "af_content_type": "series_episode",
                    "watch_seconds": dur - c.rng.randint(0, 60),
                }
            ),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("kyk_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_subscribe(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.14/androidevent",
        [("app_id", PKG), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "eventName": "af_subscribe",
            "eventValue": js({"af_revenue": "99.00", "af_currency": "ZAR", "plan": "Premium"}),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("kyk_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/toestelle", device=False)
    b.json(
        {
            "androidId": b.id("aid_kyk", where="json androidId"),
            "firebaseInstallationId": b.id("kyk_fid", where="json firebaseInstallationId"),
            "model": MODEL,
            "taal": "af",
            "land": "ZA",
        }
    )
    b.ok_json({"ok": True, "maksToestelle": 3})
    return b.build()


def vordering(c: Context) -> Flow:
    rid_, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v2/ukubuka/vordering")
    b.view("json reeksId/episode/posisie (watch progress)")
    b.json(
        {
            "reeksId": rid_,
            "titel": title,
            "episode": ep,
            "posisie": c.rng.randint(15, dur),
            "duur": dur,
            "klaar": False,
            "tyd": iso(c),
        }
    )
    b.no_content()
    return b.build()


def rugby_heartbeat(c: Context) -> Flow:
    mid, title = c.rng.choice(WEDSTRYDE)
    b = _b(c, "POST", f"{API}/v2/lewendig/hartklop")
    b.view("json wedstrydId + sekondes (live rugby watch time)")
    b.json(
        {
            "wedstrydId": mid,
            "wedstryd": title,
            "sekondes": c.rng.choice([30, 60, 60]),
            "kwaliteit": c.rng.choice(["720p", "1080p", "outo"]),
            "tyd": iso(c),
        }
    )
    b.ok_json({"aanhou": True})
    return b.build()


def gaan_voort(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/gebruiker/gaan-voort-kyk?limiet=10")
    b.view("response json gaanVoort[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        rid_, title, ep, dur = _ep(c)
        rows.append(
            {
                "reeksId": rid_,
                "titel": title,
                "episode": ep,
                "posisie": c.rng.randint(60, dur - 60),
                "duur": dur,
                "gekyk": iso(c),
            }
        )
    b.ok_json({"gaanVoort": rows})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b/2", device=False)
    b.view("json x[] rows (series, episode, second, ts)", detectable=False)
    rows = [
        [int(c.rng.choice(REEKSE)[0][1:]), c.rng.randint(1, 120), c.rng.randint(10, 2700), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"x": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tuis/rye?profiel=1", device=False)
    b.decoy("catalogue rails with durations (content fetch)")
    b.ok_json(
        {
            "rye": [
                {
                    "titel": t,
                    "items": [
                        {"reeksId": r, "titel": n, "duur": d, "plakkaat": f"{VOD}/p/{r}.jpg"}
                        for r, n, d in c.rng.sample(REEKSE, 4)
                    ],
                }
                for t in ("Nuut op KykPlus", "Gewild in Mzansi", "Sepies")
            ]
        }
    )
    return b.build()


def soek(c: Context) -> Flow:
    q = c.rng.choice(["skeem", "brug", "rugby", "inimba"])
    b = _b(c, "GET", f"{API}/v2/soek?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"resultate": [{"reeksId": r, "titel": n, "duur": d} for r, n, d in REEKSE[:3]]})
    return b.build()


def gewild(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/top10?periode=week", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"reeksId": r, "titel": n, "kyke": c.rng.randint(10**4, 10**6)}
                for r, n, _ in REEKSE
            ]
        }
    )
    return b.build()


def rugby_fixtures(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/sport/rugby/wedstryde?kompetisie=urc", device=False)
    b.decoy("fixtures with kick-off times and minutes (content)")
    b.ok_json(
        {
            "wedstryde": [
                {"wedstrydId": m, "titel": t, "afskop": iso(c), "minuut": c.rng.randint(0, 80)}
                for m, t in WEDSTRYDE
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    r = c.rng.choice(REEKSE)[0]
    b = FB(
        c,
        "kykplus",
        "GET",
        f"{VOD}/{r}/e{c.rng.randint(1, 120):03d}/720p/seg-{c.rng.randint(1, 400)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def plakkaat(c: Context) -> Flow:
    b = FB(c, "kykplus", "GET", f"{VOD}/p/{c.rng.choice(REEKSE)[0]}.jpg?w=360")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def widevine(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/drm/widevine", device=False)
    b.decoy("DRM licence challenge (opaque bytes, content key request)")
    b.set_body(
        b"\x08\x01\x12" + bytes(c.rng.getrandbits(8) for _ in range(200)),
        "application/octet-stream",
    )
    b.respond(200, "application/octet-stream", b"\x08\x02" + b64(new_hex(c.rng, 40)).encode())
    return b.build()
