"""Экран+: a national Russian streaming app on the son's Honor X8b in Ulan-Ude,
with Mediascope-style audience measurement and VK myTracker.

The player reports progress in Russian (`prosmotr`, `pozitsiya_sek`), the
Mediascope pixel carries the content id and view timestamps (`idlc`, `fts`,
`view`) with the GAID, myTracker posts JSON events (`instanceId`, `gaid`,
`androidId`, a `video_view` custom event with content and progress), and the
"Продолжить просмотр" row comes back with positions. A newer build sends a
msgpack-like binary of content,position rows. Trailers, posters, search
(`poisk`), the catalogue and subscription prices are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_mp4, mpack

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.ekranplus.example"
CDN = "https://static.ekranplus.example"
UA = ua("EkranPlus", "5.21.1", "uol")
KONTENT = [
    ("serial-3411", "Байкальские тайны", 2940),
    ("film-8820", "Улан-Удэ: зима", 6120),
    ("serial-1207", "Степь", 2700),
    ("film-5531", "Гэсэр", 7200),
    ("show-0912", "Сагаалган-концерт", 5400),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ekran", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/katalog?razdel=serialy&stranitsa={c.rng.randint(1, 5)}")
    b.ok_json({"elementy": [{"id": k, "nazvanie": t, "dlitelnost": d} for k, t, d in KONTENT]})
    return b.build()


def trailer(c: Context) -> Flow:
    k = c.rng.choice(KONTENT)[0]
    b = _b(c, "GET", f"{CDN}/trailers/{k}/trailer_480.mp4")
    b.decoy("a trailer fetch (content id in the path)")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def poster(c: Context) -> Flow:
    k = c.rng.choice(KONTENT)[0]
    b = _b(c, "GET", f"{CDN}/posters/{k}/w342.jpg")
    b.decoy("a poster thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def poisk(c: Context) -> Flow:
    q = c.rng.choice(["байкал", "гэсэр", "сериалы бурятия", "степь"])
    b = _b(c, "GET", f"{API}/v4/poisk?zapros={q}")
    b.decoy("search query and results")
    b.ok_json({"rezultaty": [{"id": k, "nazvanie": t} for k, t, _ in KONTENT[:3]]})
    return b.build()


def tarify(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/podpiska/tarify")
    b.decoy("subscription prices and trial durations")
    b.ok_json({"tarify": [{"kod": "month", "tsena": 399, "probnyi_dnei": 14}]})
    return b.build()


def progress(c: Context) -> Flow:
    k, _, d = c.rng.choice(KONTENT)
    pos = c.rng.randint(30, d)
    b = _b(c, "POST", f"{API}/v4/prosmotr/progress")
    b.view("json prosmotr{kontent_id, pozitsiya_sek, protsent}")
    b.json(
        {
            "ustroistvo": b.id("aid_ekran", where="json ustroistvo (ANDROID_ID)"),
            "prosmotr": {
                "kontent_id": k,
                "pozitsiya_sek": pos,
                "protsent": round(pos / d, 3),
                "vremya": iso(c),
            },
        }
    )
    b.no_content()
    return b.build()


def prodolzhit(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/prodolzhit-prosmotr")
    b.view("response json prodolzhit[] (content, position, last watched)", direction="response")
    b.ok_json(
        {
            "prodolzhit": [
                {"kontent_id": k, "nazvanie": t, "pozitsiya": c.rng.randint(60, d), "data": iso(c)}
                for k, t, d in c.rng.sample(KONTENT, 3)
            ]
        }
    )
    return b.build()


def mediascope(c: Context) -> Flow:
    k, _, d = c.rng.choice(KONTENT)
    b = FB(c, "mediascope", "GET", "https://www.tns-counter.ru/e/msdkv")
    b.header("user-agent", dalvik("uol"))
    b.view("Mediascope pixel: idlc (content id), fts (view timestamp), view, dur")
    for kv in [
        ("ac", "1"),
        ("cid", "ekranplus_ru"),
        ("tms", "ekranplus_total"),
        ("idlc", k),
        ("fts", str(ms(c) // 1000)),
        ("view", "2"),
        ("dur", str(d)),
        ("ait", "gaid"),
        ("uid", b.id("gaid_uol", where="query uid (GAID)")),
        ("ver", "1.5.2"),
    ]:
        b.param(*kv)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def mytracker(c: Context, name: str = "video_view") -> Flow:
    k, _, d = c.rng.choice(KONTENT)
    b = FB(c, "mytracker", "POST", "https://tracker-api.vk-analytics.ru/v3/mobile/events")
    b.header("user-agent", dalvik("uol"))
    b.view("json customEvents[].params content_id / progress_sec")
    b.json(
        {
            "appId": "48812093",
            "instanceId": b.id("ekran_mt_instance", where="json instanceId (myTracker)"),
            "device": {
                "gaid": b.id("gaid_uol", where="json device.gaid"),
                "androidId": b.id("aid_ekran", where="json device.androidId"),
                "model": "VNE-LX1",
                "vendor": "HONOR",
            },
            "customEvents": [
                {
                    "name": name,
                    "ts": ms(c),
                    "params": {"content_id": k, "progress_sec": c.rng.randint(1, d)},
                }
            ],
        },
        encoding="gzip",
    )
    b.ok_json({"status": "ok"})
    return b.build()


def mytracker_install(c: Context) -> Flow:
    b = FB(c, "mytracker", "POST", "https://tracker-api.vk-analytics.ru/v3/mobile/install")
    b.header("user-agent", dalvik("uol"))
    b.json(
        {
            "appId": "48812093",
            "instanceId": b.id("ekran_mt_instance", where="json instanceId"),
            "device": {"gaid": b.id("gaid_uol", where="json device.gaid"), "lang": "ru"},
            "referrer": "utm_source=google-play&utm_medium=organic",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def opaque_rows(c: Context) -> Flow:
    rows = [[k, c.rng.randint(10, d), ms(c)] for k, _, d in c.rng.sample(KONTENT, 2)]
    b = _b(c, "POST", f"{API}/v5/q")
    b.view("msgpack binary of [content, position, ts] rows", detectable=False)
    b.set_body(mpack({"r": rows, "s": 2}), "application/octet-stream")
    b.no_content()
    return b.build()


def opaque_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v5/p")
    b.form(
        [("a", "ru.ekranplus"), ("h", b.id("aid_ekran", "sha1", "form h (sha1)", detectable=False))]
    )
    b.ok_json({"ok": 1})
    return b.build()
