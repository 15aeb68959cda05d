"""Efir BY: the Belarusian TV channels' streaming app (mother's Redmi in Hrodna).

Live channels and catch-up of the state and regional channels, with its own
heartbeat in Belarusian (Cyrillic keys: `прагляд` viewing, `пазіцыя`
position, `час` time, `прылада` device) and, from the Russian-language build,
a `просмотр` event. Yandex AppMetrica runs beside it: `startup` is a GET with
`deviceid`, `uuid`, `adv_id` and `android_id` in the query and answers with
the device id and uuid it assigned; `report` posts a gzip'd protobuf batch of
events (name + JSON value) with the same ids in the query. The "continue
watching" answer lists the mother's programmes with positions. The channel
list, the HLS segments, the poster images and search are content fetches.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, js, jsb, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.efir-by.example"
CDN = "https://cdn.efir-by.example"
UA = ua("EfirBY", "3.8.2", "mama")
AM_KEY = "4f2a9c1e-7b3d-4e55-9a10-2c6d8e0f1b37"
CHANNELS = ["Беларусь 1", "Беларусь 2", "Беларусь 3", "ОНТ", "СТВ", "Беларусь 5", "Гродна Плюс"]
SHOWS = [
    ("p1201", "Панарама"),
    ("p1322", "Добрай раніцы, Беларусь!"),
    ("p2210", "Хлопцы з Гродна (серыял)"),
    ("p2467", "Сіняя птушка"),
    ("p3102", "Навіны рэгіёна"),
    ("p3388", "Зорны лёс"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "efir-by", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "be-BY,be;q=0.9,ru;q=0.8")
    b.header("x-efir-user", b.acct("efir_user"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", API + quote("/v2/прылада/рэгістрацыя"))
    b.json(
        {
            "прылада": {
                "android_id": b.id("aid_efir", where="json прылада.android_id"),
                "рэкламны_id": b.id("gaid_mama", where="json прылада.рэкламны_id"),
                "мадэль": "23124RA7EO",
                "вытворца": "Xiaomi",
            },
            "мова": "be",
            "час": iso(c),
        }
    )
    b.ok_json({"статус": "ok", "токен": new_hex(c.rng, 40)})
    return b.build()


def heartbeat(c: Context) -> Flow:
    pid, name = c.rng.choice(SHOWS)
    b = _b(c, "POST", API + quote("/v2/прагляд/heartbeat"))
    b.view("json прагляд{перадача, пазіцыя, час}")
    b.json(
        {
            "прагляд": {
                "перадача": pid,
                "назва": name,
                "канал": c.rng.choice(CHANNELS),
                "пазіцыя": c.rng.randint(10, 3000),
                "працягласць": 3120,
                "час": iso(c),
                "падзея": c.rng.choice(["play", "pause", "progress"]),
            },
            "прылада": b.id("aid_efir", where="json прылада"),
        }
    )
    b.no_content()
    return b.build()


def live_heartbeat_ru(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/stat/live")
    b.view("json просмотр{канал, начало, секунд}")
    b.json(
        {
            "просмотр": {
                "канал": c.rng.choice(CHANNELS),
                "начало": iso(c),
                "секунд_просмотрено": c.rng.randint(30, 1800),
                "качество": "720p",
            },
            "сессия": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", API + quote("/v2/карыстальнік/працягнуць"))
    b.view("response json гісторыя[] (перадача, пазіцыя)", direction="response")
    b.ok_json(
        {
            "гісторыя": [
                {
                    "перадача": pid,
                    "назва": name,
                    "пазіцыя": c.rng.randint(60, 2900),
                    "апошні_прагляд": iso(c),
                }
                for pid, name in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """A compact beacon: `d` is base64 of `show|seconds|epoch`."""
    pid, _ = c.rng.choice(SHOWS)
    b = _b(c, "GET", f"{API}/b.gif")
    b.view("query d (base64 'show|sec|ts')", detectable=False)
    b.param("d", b64(f"{pid}|{c.rng.randint(10, 3000)}|{int(c.now)}"))
    b.param("v", "3")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def _am_query(b: FB, c: Context) -> None:
    b.param("api_key_128", AM_KEY)
    b.param("app_id", "by.efir.tv")
    b.param("app_platform", "android")
    b.param("analytics_sdk_version_name", "6.5.0")
    b.param("deviceid", b.id("am_deviceid", where="query deviceid"))
    b.param("uuid", b.id("am_uuid", where="query uuid"))
    b.param("model", "23124RA7EO")
    b.param("manufacturer", "Xiaomi")
    b.param("os_version", "14")
    b.param("locale", "be_BY")


def appmetrica_startup(c: Context) -> Flow:
    b = FB(c, "appmetrica", "GET", "https://startup.mobile.yandex.net/analytics/startup")
    b.header("user-agent", UA)
    _am_query(b, c)
    b.param("adv_id", b.id("gaid_mama", where="query adv_id"))
    b.param("android_id", b.id("aid_efir", where="query android_id"))
    b.param("features", "easy_collecting,permissions_collecting")
    dev = b.id("am_deviceid", where="response device_id.value", direction="response")
    b.ok_json(
        {
            "device_id": {"hash": new_hex(c.rng, 40), "value": dev},
            "uuid": {"value": b.id("am_uuid", where="response uuid.value", direction="response")},
            "query_hosts": {"list": {"report": {"urls": ["https://report.appmetrica.yandex.net"]}}},
        }
    )
    return b.build()


def _am_event(name: str, value: dict, t: int) -> bytes:
    return pb_msg(3, [pb_varint(1, t), pb_bytes(2, name), pb_bytes(3, js(value)), pb_varint(4, 4)])


def appmetrica_report(c: Context, viewing: bool = True) -> Flow:
    b = FB(c, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    b.header("user-agent", UA)
    _am_query(b, c)
    events = [_am_event("screen_open", {"экран": "галоўная"}, ms(c))]
    if viewing:
        pid, name = c.rng.choice(SHOWS)
        b.view("gzip protobuf event value JSON {перадача, пазіцыя_сек}")
        events.append(
            _am_event(
                "прагляд_перадачы",
                {"перадача": name, "id": pid, "пазіцыя_сек": c.rng.randint(10, 3000)},
                ms(c),
            )
        )
    body = pb_msg(1, [pb_varint(1, c.rng.randint(1, 900)), *events])
    b.set_body(body, "application/x-protobuf", "gzip")
    b.ok_json({"status": "accepted"})
    return b.build()


def channels(c: Context) -> Flow:
    b = _b(c, "GET", API + quote("/v2/каналы"))
    b.decoy("channel list (catalogue)")
    b.ok_json({"каналы": [{"id": i + 1, "назва": n} for i, n in enumerate(CHANNELS)]})
    return b.build()


def hls_segment(c: Context) -> Flow:
    n = c.rng.randint(1, 5000)
    b = _b(c, "GET", f"{CDN}/live/bt1/720p/seg_{n}.ts")
    b.decoy("HLS segment fetch (content fetch)")
    b.respond(200, "video/mp2t", bytes(c.rng.randrange(256) for _ in range(400)))
    return b.build()


def poster(c: Context) -> Flow:
    pid, _ = c.rng.choice(SHOWS)
    b = _b(c, "GET", f"{CDN}/img/{pid}/poster_480.jpg")
    b.decoy("poster thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["серыял", "навіны", "футбол", "хакей"])
    b = _b(c, "GET", API + quote("/v2/пошук"))
    b.param("q", q)
    b.decoy("search query and results")
    b.respond(
        200,
        "application/json",
        jsb({"вынікі": [{"id": p, "назва": n} for p, n in c.rng.sample(SHOWS, 2)]}),
    )
    return b.build()
