"""Кэскил ТВ: a Yakutsk regional TV channel app (live channel, Sakha-language
series and news) on the father's Galaxy A54, with Yandex AppMetrica.

The player posts its own heartbeat in Sakha Cyrillic keys (`көрүү` watching,
`биэрии` programme, `кэм` time, `тэрил` device), an older build in romanised
Sakha (`koruu`, `kem_sek`), and AppMetrica reports with the ids in the query
(`deviceid`, `uuid`, `adv_id`) and a protobuf event whose value is JSON. The
"көрбүттэрим" (what I watched) list comes back in a response. A newer build
batches heartbeats as base64 rows with an md5 of the ANDROID_ID. The catalogue,
HLS segments, the schedule (`биэрии ыстатыйата`), search (`көрдөө`) and the
AppMetrica startup's config are ordinary except where they carry the ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js, pb_bytes, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.keskil-tv.example"
CDN = "https://cdn.keskil-tv.example"
UA = ua("KeskilTV", "3.8.2", "aga")
BIERII = [
    ("olonkho-ehr-sogotokh", "Олоҥхо: Эр Соҕотох"),
    ("sakhalyy-sonun-1204", "Саха сонуна"),
    ("ysyakh-2024", "Ысыах Туймаадатааҕы"),
    ("kyhyn-kepsel", "Кыһыҥҥы кэпсэл"),
    ("dyieteen-kyrdal", "Дьиэтээҕи кырдал"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "keskil", method, url)
    b.header("user-agent", UA)
    b.header("x-keskil-lang", "sah")
    return b


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/katalog?tyl=sah&sirej=1")
    b.decoy("catalogue rails; 'sirej' is a page number here")
    b.ok_json(
        {
            "rails": [
                {"aat": "Саҥа биэриилэр", "items": [k for k, _ in BIERII]},
                {"aat": "Кинолар", "items": [f"kino-{c.rng.randint(100, 999)}" for _ in range(5)]},
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    key = c.rng.choice(BIERII)[0]
    b = _b(c, "GET", f"{CDN}/vod/{key}/720p/seg_{c.rng.randint(1, 600):05d}.ts")
    b.decoy("a video segment fetch (programme in the path, no watch record)")
    b.respond(200, "video/mp2t", b"G@" + c.rng.randbytes(400))
    return b.build()


def efir(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/efir?kun=bugun")
    b.decoy("the channel's schedule (start times and durations of programmes)")
    b.ok_json(
        {
            "биэрии_ыстатыйата": [
                {"биэрии": t, "саҕаланар": iso(c), "уһуна_мүн": c.rng.choice([25, 50, 90])}
                for _, t in BIERII
            ]
        }
    )
    return b.build()


def kordoo(c: Context) -> Flow:
    q = c.rng.choice(["олоҥхо", "ысыах", "хомус", "сонун"])
    b = _b(c, "GET", f"{API}/v2/k%C3%B6rd%C3%B6%C3%B6?q={q}")
    b.decoy("a search query and its results")
    b.ok_json({"булулунна": [{"id": k, "aat": t} for k, t in BIERII[:3]]})
    return b.build()


def koruu_heartbeat(c: Context) -> Flow:
    key, title = c.rng.choice(BIERII)
    b = _b(c, "POST", f"{API}/v2/k%D3%A9r%D2%AF%D2%AF/heartbeat")
    b.view("json көрүү{биэрии, кэм_сөк, бүтүүтэ} (programme, position, progress)")
    b.json(
        {
            "тэрил": b.id("aid_keskil", where="json тэрил (ANDROID_ID)"),
            "кыттааччы": b.acct("keskil_user"),
            "көрүү": {
                "биэрии": key,
                "аата": title,
                "кэм_сөк": c.rng.randint(30, 3000),
                "бүтүүтэ": round(c.rng.random(), 2),
                "түгэн": "heartbeat",
                "кэмэ": ms(c),
            },
        }
    )
    b.no_content()
    return b.build()


def koruu_romanised(c: Context) -> Flow:
    key, _ = c.rng.choice(BIERII)
    b = _b(c, "POST", f"{API}/v1/koruu")
    b.view("form koruu_bierii / kem_sek / saqalanna (programme, seconds, start)")
    b.form(
        [
            ("teril", b.id("aid_keskil", where="form teril")),
            ("koruu_bierii", key),
            ("kem_sek", str(c.rng.randint(30, 3000))),
            ("saqalanna", iso(c)),
            ("kanal", "keskil-1"),
        ]
    )
    b.ok_json({"kuolu": True})
    return b.build()


def korbuttterim(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/k%D3%A9rb%D2%AFtt%D1%8D%D1%80%D0%B8%D0%BC?limit=5")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json көрбүттэрим[] (programme, watched at, position)", direction="response")
    b.ok_json(
        {
            "көрбүттэрим": [
                {"биэрии": k, "көрбүт_кэмэ": iso(c), "тохтообут_сөк": c.rng.randint(60, 2900)}
                for k, _ in c.rng.sample(BIERII, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    rows = ";".join(
        f"{c.rng.choice(BIERII)[0]},{c.rng.randint(10, 2000)},{ms(c)}" for _ in range(3)
    )
    b = _b(c, "POST", f"{API}/v3/b")
    b.header("x-t", b.id("aid_keskil", "md5", "header x-t (md5 of ANDROID_ID)", detectable=False))
    b.view("json d (base64 of gzip ;-separated programme,seconds,ts rows)", detectable=False)
    b.json({"v": 3, "d": b64(gz(rows.encode()))})
    b.no_content()
    return b.build()


def _am_params(b: FB) -> list[tuple[str, str]]:
    return [
        ("deviceid", b.id("keskil_appmetrica_devid", where="query deviceid (AppMetrica)")),
        ("uuid", b.id("keskil_appmetrica_uuid", where="query uuid (AppMetrica)")),
        ("adv_id", b.id("gaid_aga", where="query adv_id (GAID)")),
        ("android_id", b.id("aid_keskil", where="query android_id")),
        ("app_id", "ru.keskil.tv"),
        ("analytics_sdk_version_name", "6.4.0"),
        ("api_key_128", "8a1c7e55-2f3b-4b1a-9d55-0c1a2b3c4d5e"),
        ("model", "SM-A546B"),
        ("manufacturer", "samsung"),
    ]


def appmetrica_report(c: Context, event: str = "video_progress") -> Flow:
    b = FB(c, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    b.header("user-agent", dalvik("aga"))
    for k, v in _am_params(b):
        b.param(k, v)
    key, title = c.rng.choice(BIERII)
    value = js({"content_id": key, "title": title, "position_sec": c.rng.randint(5, 3000)})
    b.view("protobuf event name video_progress with json value content_id/position_sec")
    body = pb_bytes(
        1,
        pb_varint(1, ms(c) // 1000) + pb_bytes(2, event) + pb_bytes(3, value) + pb_varint(4, 4),
    )
    b.set_body(body, "application/x-protobuf", "gzip")
    b.respond(200, "application/json", b"{}")
    return b.build()


def appmetrica_startup(c: Context) -> Flow:
    b = FB(c, "appmetrica", "GET", "https://startup.mobile.yandex.net/analytics/startup")
    b.header("user-agent", dalvik("aga"))
    b.param("ads_id", b.id("gaid_aga", where="query ads_id (GAID)"))
    b.param("app_id", "ru.keskil.tv")
    b.param("app_platform", "android")
    b.param("query_hosts", "2")
    dev = b.id("keskil_appmetrica_devid", where="response json device_id", direction="response")
    b.decoy("config hosts and flags in the startup answer")
    b.ok_json(
        {
            "device_id": dev,
            "query_hosts": {"list": {"report": {"urls": ["https://report.appmetrica.yandex.net"]}}},
            "features": {"list": {"permissions_collecting": {"enabled": False}}},
        }
    )
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/teril/bellee")
    b.json(
        {
            "terilId": b.id("aid_keskil", where="json terilId"),
            "reklamaId": b.id("gaid_aga", where="json reklamaId (GAID)"),
            "model": "SM-A546B",
            "tyl": "sah",
        }
    )
    b.ok_json({"bellenne": True, "kyttaachchy": b.acct("keskil_user")})
    return b.build()
