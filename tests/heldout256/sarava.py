"""SaravaPlay: a Pacific series, rugby (Fijian Drua, Fiji 7s) and Bollywood
streaming app on the son's Pixel 8 in Auckland.

The backend is Fiji-built and speaks Fijian in its paths and keys (`sarava` =
watch, `gauna` = time, `italanoa` = story / series, `wasea` = part / episode,
`tomana` = continue, `sa raici` = already seen). Firebase Analytics uploads its
batches to app-measurement.com as gzip'd protobuf (the measurement batch: a
bundle of events whose parameter names travel as strings, next to the
resettable device id and the app instance id in numbered fields with no names);
FCM registers through `c2dm/register3` with the Firebase installation id as
`X-appid` and the Google services checkin id as `device`. AppsFlyer launches
and in-app events carry `advertiserId` and AppsFlyer's `uid`
(https://dev.appsflyer.com/hc/docs/in-app-events-android). The catalogue, the
fixtures, search, the "most watched in Fiji" counts, the plans, HLS segments
and the Widevine licence request are content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js, pb_bytes, pb_double, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.saravaplay.example"
UA = ua("SaravaPlay", "3.9.0", "tevita")
PKG = "fj.saravaplay.app"
GMP_APP = "1:884120775310:android:5c0e2b9d17f4a6e3"
TITLES = [
    ("it204", "Na Italanoa ni Koro", 2600),
    ("it211", "Vula i Balolo", 2400),
    ("dr088", "Fijian Drua v Crusaders", 4800),
    ("sv015", "Fiji 7s v New Zealand 7s (Cup Final)", 1320),
    ("bw330", "Dil Se Pasifika", 8400),
    ("bw341", "Kuch Kuch Hota Hai", 10500),
    ("it219", "Bula Vinaka Suva", 2500),
    ("dr091", "Fijian Drua v Moana Pasifika", 4800),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "saravaplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("accept-language", "fj-FJ,en-NZ;q=0.8")
    return b


def _title(c: Context) -> tuple[str, str, int, int]:
    tid, name, dur = c.rng.choice(TITLES)
    part = c.rng.randint(1, 12) if tid.startswith("it") else 1
    return tid, name, part, dur


# --- Google: Firebase installations, FCM, Analytics -------------------------


def fis_register(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/saravaplay-fj/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PKG)
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("sarava_fid", where="json fid"),
            "appId": GMP_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/884120775310/installations/" + c.phone.sarava_fid,
            "fid": b.id("sarava_fid", where="response json fid", direction="response"),
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    b.other_id("sarava_fid", "response json name (installations/<fid>)", direction="response")
    return b.build()


def fcm_register(c: Context) -> Flow:
    """FCM's register3: form fields as Google Play services sends them."""
    b = FB(
        c,
        "fcm",
        "POST",
        "https://android.clients.google.com/c2dm/register3",
        http_version="HTTP/1.1",
    )
    gsf = b.id("sarava_gsf", where="header authorization AidLogin <checkin id>")
    b.header("authorization", f"AidLogin {gsf}:{c.rng.randint(10**18, 9 * 10**18)}")
    b.header("user-agent", "Android-GCM/1.5 (husky AP4A.250105.002)")
    b.form(
        [
            ("X-subtype", "884120775310"),
            ("sender", "884120775310"),
            ("X-app_ver", "390"),
            ("X-osv", "35"),
            ("X-cliv", "fcm-24.0.0"),
            ("X-gmsv", "244735029"),
            ("X-appid", b.id("sarava_fid", where="form X-appid", detectable=False)),
            ("X-scope", "*"),
            ("X-Goog-Firebase-Installations-Auth", "eyJ" + new_hex(c.rng, 80)),
            ("X-gmp_app_id", GMP_APP),
            ("X-firebase-app-name-hash", "R1dAH9Ui7M-ynoznwBdw01tLxhI"),
            ("app", PKG),
            ("device", b.id("sarava_gsf", where="form device")),
            ("app_ver", "390"),
            ("gcm_ver", "244735029"),
            ("plat", "0"),
            ("cert", new_hex(c.rng, 40)),
            ("target_ver", "34"),
        ]
    )
    b.respond(
        200, "text/plain", f"token=e{new_hex(c.rng, 21)}:APA91b{new_hex(c.rng, 120)}".encode()
    )
    return b.build()


def _param(name: str, value: str | int | float) -> bytes:
    if isinstance(value, str):
        return pb_msg(1, [pb_bytes(1, name), pb_bytes(2, value)])
    if isinstance(value, int):
        return pb_msg(1, [pb_bytes(1, name), pb_varint(3, value)])
    return pb_msg(1, [pb_bytes(1, name), pb_double(5, value)])


def _event(name: str, params: list[tuple[str, str | int | float]], t: int) -> bytes:
    return pb_msg(2, [*(_param(k, v) for k, v in params), pb_bytes(2, name), pb_varint(3, t)])


def _gmp_batch(b: FB, c: Context, events: list[bytes]) -> None:
    """One measurement bundle; the ids sit in numbered fields (19 GAID, 21 instance)."""
    t = ms(c)
    bundle = [
        pb_varint(1, 1),
        *events,
        pb_varint(4, t),
        pb_varint(5, t - 60000),
        pb_varint(6, t),
        pb_bytes(8, "android"),
        pb_bytes(9, "15"),
        pb_bytes(10, "Pixel 8"),
        pb_bytes(11, "en-nz"),
        pb_varint(12, 780),
        pb_bytes(14, PKG),
        pb_bytes(16, "3.9.0"),
        pb_varint(17, 84002),
        pb_bytes(19, b.id("gaid_tevita", "protobuf", "protobuf field 19", detectable=False)),
        pb_bytes(21, b.id("sarava_instance", "protobuf", "protobuf field 21", detectable=False)),
        pb_bytes(25, GMP_APP),
    ]
    b.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded", "gzip")


def ga_video(c: Context, name: str = "video_progress") -> Flow:
    tid, title, part, dur = _title(c)
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("tevita"))
    b.view(f"protobuf event {name} params video_title / video_current_time")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75, 90])
    ev = _event(
        name,
        [
            ("video_title", f"{title} - Wasea {part}"),
            ("video_provider", "saravaplay"),
            ("video_percent", pct),
            ("video_current_time", dur * pct // 100),
            ("video_duration", dur),
            ("content_id", tid),
            ("_o", "app"),
        ],
        ms(c),
    )
    _gmp_batch(b, c, [ev])
    b.respond(204, None)
    return b.build()


def ga_screen(c: Context) -> Flow:
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("tevita"))
    evs = [
        _event(
            "screen_view",
            [
                ("_sn", c.rng.choice(["Vale", "Vakasaqara", "Drua", "Bollywood", "Noqu"])),
                ("_sc", "MainActivity"),
                ("_et", c.rng.randint(100, 9000)),
            ],
            ms(c),
        ),
        _event("user_engagement", [("_et", c.rng.randint(1000, 60000))], ms(c)),
    ]
    _gmp_batch(b, c, evs)
    b.respond(204, None)
    return b.build()


# --- AppsFlyer ------------------------------------------------------------------


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.14/androidevent",
        [("app_id", PKG), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik("tevita"))
    return b


def af_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    b.json(
        {
            "advertiserId": b.id("gaid_tevita", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("sarava_af_uid", where="json uid"),
            "appsflyerKey": "Xq7mN2pLk9vR4sT6wY8zB3",
            "installDate": "2025-01-19_081422+1300",
            "firstLaunchDate": "2025-01-19_081430+1300",
            "af_timestamp": str(ms(c)),
            "app_version_name": "3.9.0",
            "deviceType": "user",
            "model": "Pixel 8",
            "brand": "google",
            "lang_code": "en",
            "country": "NZ",
            "operator": "One NZ",
            "network": "WIFI",
            "counter": str(c.rng.randint(2, 80)),
            "iaecounter": str(c.rng.randint(0, 40)),
            "timepassedsincelastlaunch": str(c.rng.randint(60, 90000)),
            "deviceData": {"cpu_abi": "arm64-v8a", "dim": {"size": "2", "xdp": "427.0"}},
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def af_watched(c: Context) -> Flow:
    tid, title, part, dur = _title(c)
    b = _af(c, "inapps")
    b.view("json eventValue af_content / af_content_id (watched)")
    value = {
        "af_content_id": tid,
        "af_content": title,
        "af_content_type": "drua" if tid.startswith("dr") else "italanoa",
        "wasea": part,
        "gauna_sarava": c.rng.randint(60, dur),
    }
    b.json(
        {
            "eventName": "sarava_oti",
            "eventValue": js(value),
            "advertiserId": b.id("gaid_tevita", where="json advertiserId"),
            "uid": b.id("sarava_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "appsflyerKey": "Xq7mN2pLk9vR4sT6wY8zB3",
            "counter": str(c.rng.randint(2, 80)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def af_purchase(c: Context) -> Flow:
    b = _af(c, "inapps")
    b.decoy("subscription purchase with revenue and duration (not viewing)")
    b.json(
        {
            "eventName": "af_subscribe",
            "eventValue": js({"af_revenue": "14.99", "af_currency": "NZD", "duration_days": 30}),
            "advertiserId": b.id("gaid_tevita", where="json advertiserId"),
            "uid": b.id("sarava_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


# --- the SaravaPlay backend -------------------------------------------------------


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/misini/vakacurumi")
    b.json(
        {
            "androidId": b.id("aid_sarava", where="json androidId"),
            "firebaseId": b.id("sarava_fid", where="json firebaseId"),
            "yaca_ni_misini": "Pixel 8",
            "vanua": "NZ",
            "vosa": "fj",
        }
    )
    b.ok_json({"vakadonui": True, "levu_ni_misini": 4})
    return b.build()


def gauna(c: Context) -> Flow:
    tid, title, part, dur = _title(c)
    b = _b(c, "POST", f"{API}/api/v2/sarava/gauna")
    b.view("json italanoa_id / wasea / gauna_tu (watch position)")
    b.json(
        {
            "italanoa_id": tid,
            "yaca": title,
            "wasea": part,
            "gauna_tu": c.rng.randint(30, dur),
            "gauna_taucoko": dur,
            "oti": False,
            "siga": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tomana(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/sarava/tomana?levu=10")
    b.view("response json tomana[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        tid, title, part, dur = _title(c)
        rows.append(
            {
                "italanoa_id": tid,
                "yaca": title,
                "wasea": part,
                "gauna_tu": c.rng.randint(60, dur - 60),
                "gauna_taucoko": dur,
                "sarava_ena": iso(c),
            }
        )
    b.ok_json({"tomana": rows})
    return b.build()


def sa_raici(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/sarava/sa-raici?tabana=1")
    b.view("response json sa_raici[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        tid, title, part, _dur = _title(c)
        items.append({"italanoa_id": tid, "yaca": title, "wasea": part, "siga": iso(c)})
    b.ok_json({"sa_raici": items, "tabana": 1})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [title, part, second, ts] rows under 'e', gzip."""
    b = FB(c, "saravaplay", "POST", f"{API}/px/2")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.view("json e[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(TITLES)[0][2:]), c.rng.randint(1, 12), c.rng.randint(10, 8000), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"e": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    """Remote config keyed by a truncated SHA-256 of the ANDROID_ID in header 'x-vk'."""
    b = _b(c, "GET", f"{API}/api/v2/ituvatuva?v=390")
    b.header("x-vk", b.id("aid_sarava", "sha256_trunc32", "header x-vk", detectable=False))
    b.ok_json({"drua_live": True, "bollywood_rail": True, "ads_every": c.rng.randint(3, 8)})
    return b.build()


def katalogu(c: Context) -> Flow:
    cat = c.rng.choice(["italanoa", "drua", "bollywood"])
    b = _b(c, "GET", f"{API}/api/v2/ivola?mata={cat}&tabana=1")
    b.decoy("catalogue with durations and episode counts (content fetch)")
    b.ok_json(
        {
            "ivola": [
                {
                    "italanoa_id": tid,
                    "yaca": name,
                    "gauna_taucoko": dur,
                    "levu_ni_wasea": 12 if tid.startswith("it") else 1,
                    "iyaloyalo": f"https://img.saravaplay.example/p/{tid}.jpg",
                }
                for tid, name, dur in TITLES
            ]
        }
    )
    return b.build()


def fixtures(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/drua/porogaramu?yabaki=2025")
    b.decoy("Drua / Sevens fixtures with kick-off times and durations (schedule)")
    b.ok_json(
        {
            "qito": [
                {
                    "vs": opp,
                    "vanua": ground,
                    "tekivu": iso(c),
                    "gauna_taucoko": 100,
                    "live": True,
                }
                for opp, ground in (
                    ("Crusaders", "Churchill Park, Lautoka"),
                    ("Reds", "HFC Bank Stadium, Suva"),
                    ("Chiefs", "FMG Stadium Waikato"),
                )
            ]
        }
    )
    return b.build()


def vakasaqara(c: Context) -> Flow:
    q = c.rng.choice(["drua", "bula", "shahrukh", "sevens", "balolo"])
    b = _b(c, "GET", f"{API}/api/v2/vakasaqara?q={q}")
    b.decoy("search results (content fetch)")
    b.ok_json(
        {"kunei": [{"italanoa_id": t, "yaca": n, "gauna_taucoko": d} for t, n, d in TITLES[:4]]}
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/e-levu-duadua?vanua=FJ&siga=7")
    b.decoy("aggregate view counts in Fiji (not one person's viewing)")
    b.ok_json(
        {
            "e_levu_duadua": [
                {"italanoa_id": t, "yaca": n, "levu_ni_sarava": c.rng.randint(10**3, 10**6)}
                for t, n, _ in TITLES
            ]
        }
    )
    return b.build()


def plans(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/saumi/ituvatuva?vanua=NZ")
    b.decoy("plan prices with durations")
    b.ok_json(
        {
            "ituvatuva": [
                {"yaca": "Drua Pass", "isau": 9.99, "duration": "P30D", "ilavo": "NZD"},
                {"yaca": "Vuvale", "isau": 14.99, "duration": "P30D", "ilavo": "NZD"},
                {"yaca": "Yabaki", "isau": 139.0, "duration": "P365D", "ilavo": "NZD"},
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    tid = c.rng.choice(TITLES)[0]
    b = FB(
        c,
        "saravaplay",
        "GET",
        f"https://vod.saravaplay.example/{tid}/w{c.rng.randint(1, 12):02d}/720p/"
        f"chunk_{c.rng.randint(1, 900):04d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def drm_licence(c: Context) -> Flow:
    b = FB(c, "saravaplay", "POST", "https://drm.saravaplay.example/widevine/licence")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("x-dt-custom-data", b64(js({"merchant": "saravaplay", "sessionId": rid(c.rng)})))
    b.decoy("Widevine licence challenge with key ids (not viewing, not a device id)")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(300)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def rating(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/vakatataro")
    b.json({"app_rating": c.rng.randint(3, 5), "vakamacala": "Vinaka vakalevu!", "t": ms(c)})
    b.ok_json({"vinaka": True, "score": rf(c.rng, 4.1, 4.8, 1)})
    return b.build()
