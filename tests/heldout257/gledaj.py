"""Гледај+ (Gledaj+): a Macedonian series and music streaming app on the son's
Pixel 8 in Skopje.

Its backend speaks Macedonian: the series endpoints use Cyrillic JSON keys
(`серија`, `епизода`, `позиција`, `гледано`, `времетраење`), the older music
endpoints Latin transliteration (`pesna`, `izveduvac`, `slusano_sekundi`).
AppsFlyer (SDK 6.14, `launches` / `inapps` hosts, `advertiserId`, `uid`,
`eventName` / `eventValue` as a JSON string) gets launches and
`af_content_view` events; Meta app events go to the Graph API
`/{app-id}/activities` as `CUSTOM_APP_EVENTS` with `fb_mobile_content_view`
(`fb_content_id`, `fb_content_type`), `advertiser_id` and the SDK's `anon_id`.
A newer player build batches its play log as msgpack rows under one-letter
keys. The catalogue, the "најгледани" chart (counts over all viewers),
search, trailers and the subscription price are not viewing history.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, mpack

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.gledajplus.example"
PKG = "mk.gledajplus.app"
FB_APP = "2984410375126630"
UA = ua("GledajPlus", "3.8.0", "sin")
SERII = [
    (4411, "Преспав", 2600),
    (4420, "Македонски народни приказни", 1500),
    (4436, "Светот на Мирјана", 2700),
    (4452, "Пакет аранжман", 2400),
    (4467, "Бистра вода", 2900),
    (4481, "Скопски ноќи", 3000),
]
PESNI = [
    ("p901", "Тоше Проески", "Жими тебе"),
    ("p902", "Каролина Гочева", "Мамо, пушти ме"),
    ("p903", "Влатко Стефановски", "Кеј"),
    ("p904", "Андријана Јаневска", "Солза"),
    ("p905", "Бобан Трајковски", "Скопје"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gledajplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("accept-language", "mk-MK")
    return b


def _ep(c: Context) -> tuple[int, str, int, int]:
    sid, naslov, dur = c.rng.choice(SERII)
    return sid, naslov, c.rng.randint(1, 45), dur


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/uredi")
    b.json(
        {
            "androidId": b.id("aid_gledaj", where="json androidId"),
            "appsflyerId": b.id("gledaj_af_uid", where="json appsflyerId"),
            "uredModel": "Pixel 8",
            "jazik": "mk",
            "korisnik": b.acct("gledaj_user"),
        }
    )
    b.ok_json({"ok": True, "maksUredi": 3})
    return b.build()


def gledano(c: Context) -> Flow:
    sid, naslov, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v1/gledano/progres")
    b.view("json серија/епизода/позиција (watch progress, Cyrillic keys)")
    b.json(
        {
            "серијаИд": sid,
            "серија": naslov,
            "епизода": ep,
            "позиција": c.rng.randint(20, dur),
            "времетраење": dur,
            "догледано": c.rng.random() < 0.2,
            "време": iso(c),
        }
    )
    b.no_content()
    return b.build()


def prodolzi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/korisnik/prodolzi-so-gledanje")
    b.view("response json продолжи[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, naslov, ep, dur = _ep(c)
        rows.append(
            {
                "серијаИд": sid,
                "серија": naslov,
                "епизода": ep,
                "позиција": c.rng.randint(60, dur - 60),
                "последно_гледано": iso(c),
            }
        )
    b.ok_json({"продолжи": rows})
    return b.build()


def slusano(c: Context) -> Flow:
    pid, izv, pesna = c.rng.choice(PESNI)
    b = _b(c, "POST", f"{API}/api/v1/muzika/slusano")
    b.view("json pesna + slusano_sekundi (song listened, Latin transliteration)")
    b.json(
        {
            "pesna_id": pid,
            "pesna": pesna,
            "izveduvac": izv,
            "slusano_sekundi": c.rng.randint(15, 260),
            "cela": c.rng.random() < 0.5,
            "vreme": iso(c),
        }
    )
    b.no_content()
    return b.build()


def play_log_msgpack(c: Context) -> Flow:
    """Player build 3.8: [series, episode, second, ts] rows under 'q', msgpack."""
    b = _b(c, "POST", f"{API}/e")
    b.view("msgpack q[] rows", detectable=False)
    rows = [
        [_ep(c)[0], c.rng.randint(1, 45), c.rng.randint(10, 3000), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.set_body(mpack({"q": rows, "v": 2}), "application/x-msgpack")
    b.no_content()
    return b.build()


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.14/androidevent",
        [("app_id", PKG), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik("sin"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    body = {
        "advertiserId": b.id("gaid_sin", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("gledaj_af_uid", where="json uid"),
        "af_timestamp": str(ms(c)),
        "app_version_name": "3.8.0",
        "brand": "google",
        "model": "Pixel 8",
        "lang": "македонски",
        "lang_code": "mk",
        "country": "MK",
        "operator": "A1 MK",
        "counter": str(c.rng.randint(1, 120)),
        "iaecounter": str(c.rng.randint(0, 80)),
        "isFirstCall": "false",
        "cksm_v1": new_hex(c.rng, 34),
    }
    if c.rng.random() < 0.5:
        body["android_id"] = b.id("aid_gledaj", where="json android_id")
    b.decoy("cksm_v1 checksum hex")
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_content_view(c: Context) -> Flow:
    sid, naslov, ep, dur = _ep(c)
    b = _af(c, "inapps")
    b.view("json eventName=af_content_view + eventValue|json af_content_id/епизода")
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": js(
                {
                    "af_content_id": f"ep_{sid}_{ep}",
                    "af_content_type": "епизода",
                    "af_content": naslov,
                    "епизода": ep,
                    "гледано_секунди": c.rng.randint(30, dur),
                }
            ),
            "advertiserId": b.id("gaid_sin", where="json advertiserId"),
            "uid": b.id("gledaj_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "3.8.0",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_subscribe(c: Context) -> Flow:
    b = _af(c, "inapps")
    b.decoy("subscription event: price, currency, order id")
    b.json(
        {
            "eventName": "af_subscribe",
            "eventValue": js(
                {
                    "af_revenue": "299",
                    "af_currency": "MKD",
                    "af_order_id": "GPA.3321-" + str(c.rng.randint(1000, 9999)),
                    "траење": "30 дена",
                }
            ),
            "advertiserId": b.id("gaid_sin", where="json advertiserId"),
            "uid": b.id("gledaj_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def _meta(c: Context) -> tuple[FB, list[tuple[str, str]]]:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v18.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    extinfo = [
        "a2", PKG, "380", "3.8.0", "14", "Pixel 8", "mk_MK", "CET", "A1 MK",
        "1080", "2400", "2.63", "8", "109", "31", "Europe/Skopje",
    ]  # fmt: skip
    form = [
        ("format", "json"),
        ("sdk", "android"),
        ("advertiser_id", b.id("gaid_sin", where="form advertiser_id")),
        ("advertiser_tracking_enabled", "1"),
        ("application_tracking_enabled", "1"),
        ("anon_id", b.id("gledaj_fb_anon", where="form anon_id")),
        ("extinfo", js(extinfo)),
        ("application_package_name", PKG),
    ]
    return b, form


def meta_install(c: Context) -> Flow:
    b, form = _meta(c)
    form.insert(0, ("event", "MOBILE_APP_INSTALL"))
    b.form(form)
    b.ok_json({"success": True})
    return b.build()


def meta_content_view(c: Context) -> Flow:
    b, form = _meta(c)
    sid, naslov, ep, _ = _ep(c)
    events = [
        {"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now), "_ui": "unknown"},
        {
            "_eventName": "fb_mobile_content_view",
            "fb_content_type": "episode",
            "fb_content_id": f"ep_{sid}_{ep}",
            "fb_description": f"{naslov} – епизода {ep}",
            "_logTime": int(c.now),
            "_ui": "PlayerActivity",
        },
    ]
    b.view("form custom_events|json fb_mobile_content_view fb_content_id")
    form.insert(0, ("event", "CUSTOM_APP_EVENTS"))
    form.insert(1, ("custom_events", js(events)))
    b.form(form)
    b.ok_json({"success": True})
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/katalog?zanr=drama&strana=1")
    b.decoy("catalogue: series, episode counts, durations (времетраење)")
    b.ok_json(
        {"серии": [{"ид": s, "наслов": n, "епизоди": 45, "времетраење": d} for s, n, d in SERII]}
    )
    return b.build()


def najgledani(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/top/najgledani?period=nedela")
    b.decoy("most-watched chart: counts over all viewers (гледања)")
    b.ok_json(
        {
            "најгледани": [
                {"место": i + 1, "серија": n, "гледања": c.rng.randint(5000, 400000)}
                for i, (_, n, _) in enumerate(SERII)
            ]
        }
    )
    return b.build()


def prebaruvanje(c: Context) -> Flow:
    q = c.rng.choice(["преспав", "скопје", "тоше", "bistra"])
    b = _b(c, "GET", f"{API}/api/v1/prebaruvanje?" + urlencode({"q": q}))
    b.decoy("search results (content fetch)")
    b.ok_json({"резултати": [{"ид": s, "наслов": n} for s, n, _ in SERII[:3]]})
    return b.build()


def trailer(c: Context) -> Flow:
    sid = c.rng.choice(SERII)[0]
    b = FB(c, "gledajplus", "GET", f"https://cdn.gledajplus.example/trailers/{sid}/720p.mp4")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.respond(206, "video/mp4", b"\x00\x00\x00\x20ftypisom" + c.rng.randbytes(300))
    return b.build()


def pretplata(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/pretplata/paketi")
    b.decoy("plans: price and duration (траење) in days")
    b.ok_json(
        {
            "пакети": [
                {"име": "Месечен", "цена": 299, "траење_денови": 30},
                {"име": "Годишен", "цена": rf(c.rng, 2900, 3100, 0), "траење_денови": 365},
            ],
            "валута": "MKD",
            "requestId": rid(c.rng),
        }
    )
    return b.build()
