"""Эфир Башҡортостан: the regional broadcaster's streaming app (the daughter's Pixel 6a).

The backend was written in Ufa and its keys are Bashkir in Cyrillic script
(`ҡарау` = watching, `тапшырыу` = programme, `урын` = position, `оҙонлоҡ` =
length, `дауам` = continue). Live-channel heartbeats and VOD resume points go
to the app's backend; the app reports events to Yandex AppMetrica (startup
`GET startup.mobile.yandex.net/analytics/startup` with `deviceid`, `uuid`,
`adv_id`, answered with the `uuid` / `device_id` the SDK keeps; reports
`POST report.appmetrica.yandex.net/report` with the same query and a
protobuf body whose events carry a JSON value), and to a Mediascope-style
audience meter (a pixel GET per 30 s of a channel, the advertising id and the
channel in the query; an older build packs the fields into one path segment).
The programme guide, search, thumbnails and HLS segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64url, fake_jpeg, gz, js, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.efir-bash.example"
CDN = "https://cdn.efir-bash.example"
METER = "https://hit.auditometr.example"
UA = ua("EfirBashkortostan", "3.12.0", "kyzym")
CHANNELS = [
    ("bst", "БСТ"),
    ("bst24", "БСТ 24"),
    ("tamyr", "Тамыр"),
    ("kurai_tv", "Ҡурай ТВ"),
    ("salawat", "Салауат"),
]
SHOWS = [
    ("v2201", "Ҡуҙ ҡарау", 2580),
    ("v2217", "Башҡорт йырҙары кисәһе", 3600),
    ("v2240", "Уралым моңдары", 1500),
    ("v2263", "Ял көнө иртәһе", 2700),
    ("v2285", "Айһылыу (сериал), 4-се бүлек", 2950),
    ("v2291", "Тарих биттәре", 1800),
]
AM_KEY = "9c3f1a52-7e04-4b61-a8d2-5e1b0f36c4d7"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "efir", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("accept-language", "ba-RU,ru;q=0.8")
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ҡоролма/теркәү")
    b.json(
        {
            "ҡоролма": {
                "android_id": b.id("aid_efir", where="json ҡоролма.android_id"),
                "реклама_id": b.id("gaid_kyzym", where="json ҡоролма.реклама_id"),
                "модель": "Pixel 6a",
                "тел": "ba",
            },
            "ҡулланыусы": b.acct("efir_user"),
        }
    )
    b.ok_json({"һөҙөмтә": "ok", "сеанс": new_hex(c.rng, 32)})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    cid, name = c.rng.choice(CHANNELS)
    b = _b(c, "POST", f"{API}/v2/туранан/пульс")
    b.view("json канал/ҡарау_секунд (live channel heartbeat)")
    b.json(
        {
            "канал": cid,
            "канал_исеме": name,
            "ҡарау_секунд": c.rng.randint(30, 5400),
            "башланған": iso(c),
            "сифат": c.rng.choice(["720p", "1080p"]),
        }
    )
    b.no_content()
    return b.build()


def resume_point(c: Context) -> Flow:
    vid, title, dur = c.rng.choice(SHOWS)
    b = _b(c, "PUT", f"{API}/v2/тапшырыу/{vid}/урын")
    b.view("path тапшырыу/<id>/урын + json урын/оҙонлоҡ (resume point)")
    b.json({"урын": c.rng.randint(10, dur), "оҙонлоҡ": dur, "исеме": title, "ваҡыт": ms(c)})
    b.ok_json({"һаҡланды": True})
    return b.build()


def dauam(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ҡулланыусы/дауам-итергә")
    b.view("response json дауам[] (continue watching)", direction="response")
    rows = []
    for vid, title, dur in c.rng.sample(SHOWS, c.rng.randint(2, 4)):
        rows.append({"id": vid, "исеме": title, "урын": c.rng.randint(60, dur), "оҙонлоҡ": dur})
    b.ok_json({"дауам": rows})
    return b.build()


def appmetrica_startup(c: Context) -> Flow:
    b = FB(c, "appmetrica", "GET", "https://startup.mobile.yandex.net/analytics/startup")
    b.header("user-agent", "com.efirbash.app/3.12.0.1204 (Google Pixel 6a; Android 14)")
    b.header("accept-encoding", "encrypted")
    b.param("ad", "1")
    b.param("deviceid", b.id("efir_am_deviceid", where="query deviceid"))
    b.param("uuid", b.id("efir_am_uuid", where="query uuid"))
    b.param("app_id", "com.efirbash.app")
    b.param("app_platform", "android")
    b.param("adv_id", b.id("gaid_kyzym", where="query adv_id"))
    b.param("android_id", b.id("aid_efir", where="query android_id"))
    b.param("analytics_sdk_version_name", "6.4.0")
    b.param("model", "Pixel 6a")
    b.param("manufacturer", "Google")
    b.ok_json(
        {
            "device_id": {"hash": new_hex(c.rng, 40), "value": c.phone.efir_am_deviceid},
            "uuid": {"value": c.phone.efir_am_uuid},
            "query_hosts": {"list": {"report": {"urls": ["https://report.appmetrica.yandex.net"]}}},
        }
    )
    return b.build()


def _am_event(c: Context, name: str, value: dict) -> bytes:
    return pb_msg(
        3,
        [
            pb_varint(1, c.rng.randint(1, 400)),
            pb_varint(2, int(c.now)),
            pb_varint(3, 4),
            pb_bytes(4, name),
            pb_bytes(5, js(value)),
        ],
    )


def appmetrica_report(c: Context) -> Flow:
    """A report with a video event: the event value names the show and the position."""
    vid, title, dur = c.rng.choice(SHOWS)
    b = FB(c, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    b.header("user-agent", "com.efirbash.app/3.12.0.1204 (Google Pixel 6a; Android 14)")
    b.param("deviceid", b.id("efir_am_deviceid", where="query deviceid"))
    b.param("uuid", b.id("efir_am_uuid", where="query uuid"))
    b.param("api_key_128", AM_KEY)
    b.param("adv_id", b.id("gaid_kyzym", where="query adv_id"))
    b.param("app_version_name", "3.12.0")
    b.view("protobuf event value json (video_progress: show, position)")
    event = _am_event(
        c, "video_progress", {"show_id": vid, "title": title, "position_sec": c.rng.randint(5, dur)}
    )
    body = pb_msg(1, [pb_varint(1, c.rng.randint(1, 50)), pb_varint(2, ms(c)), event])
    b.set_body(gz(body), "application/x-protobuf")
    b.ok_json({"status": "accepted"})
    return b.build()


def appmetrica_plain(c: Context) -> Flow:
    """A report of screen events only (ordinary use, the SDK's ids in the query)."""
    b = FB(c, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    b.header("user-agent", "com.efirbash.app/3.12.0.1204 (Google Pixel 6a; Android 14)")
    b.param("deviceid", b.id("efir_am_deviceid", where="query deviceid"))
    b.param("uuid", b.id("efir_am_uuid", where="query uuid"))
    b.param("api_key_128", AM_KEY)
    event = _am_event(c, "screen_open", {"screen": c.rng.choice(["home", "guide", "search"])})
    b.set_body(gz(pb_msg(1, [pb_varint(1, c.rng.randint(1, 50)), event])), "application/x-protobuf")
    b.ok_json({"status": "accepted"})
    return b.build()


def meter_hit(c: Context) -> Flow:
    cid, _ = c.rng.choice(CHANNELS)
    b = FB(c, "auditometr", "GET", f"{METER}/v1/hit")
    b.header("user-agent", UA)
    b.view("query tvch/dur (channel audience heartbeat)")
    b.param("cid", "efirbash_android")
    b.param("tvch", cid)
    b.param("dur", "30")
    b.param("ts", str(int(c.now)))
    b.param("aid", b.id("gaid_kyzym", where="query aid (meter)"))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def meter_packed(c: Context) -> Flow:
    """An older meter build: one path segment of fields separated by '*', base64url."""
    cid, _ = c.rng.choice(CHANNELS)
    packed = "*".join([cid, str(int(c.now)), "30", c.phone.gaid_kyzym])
    b = FB(c, "auditometr", "GET", f"{METER}/V13a/{b64url(packed)}/r{c.rng.randint(1, 10**6)}")
    b.header("user-agent", UA)
    b.view("path segment base64url fields (channel, time, 30 s)", detectable=False)
    b.id_raw("gaid_kyzym", "b64url", "path segment base64url packed (advertising id inside)")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def guide(c: Context) -> Flow:
    cid, name = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/v2/программа?канал={cid}&көн={iso(c)[:10]}")
    b.ok_json(
        {
            "канал": name,
            "тапшырыуҙар": [
                {"ваҡыт": f"{h:02d}:00", "исеме": c.rng.choice(SHOWS)[1]} for h in (8, 12, 19)
            ],
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["йыр", "Айһылыу", "ҡурай", "новости"])
    b = _b(c, "GET", f"{API}/v2/эҙләү?q={q}")
    b.decoy("search query and results (no watch record)")
    b.ok_json({"һөҙөмтәләр": [{"id": v, "исеме": t} for v, t, _ in SHOWS[:3]]})
    return b.build()


def thumbnail(c: Context) -> Flow:
    vid = c.rng.choice(SHOWS)[0]
    b = FB(c, "efir", "GET", f"{CDN}/img/{vid}/poster_{c.rng.choice([320, 640])}.jpg")
    b.header("user-agent", UA)
    b.decoy("show thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    cid = c.rng.choice(CHANNELS)[0]
    b = FB(c, "efir", "GET", f"{CDN}/live/{cid}/1080/seg_{c.rng.randint(10**5, 10**6)}.ts")
    b.header("user-agent", UA)
    b.decoy("live video segment fetch")
    b.respond(200, "video/mp2t", b"G@" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def trace(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/хата")
    b.decoy("trace id and session id of an error log")
    b.json({"trace_id": new_hex(c.rng, 32), "span": new_hex(c.rng, 16), "хата": "timeout"})
    b.ok_json({"ok": True, "id": rid(c.rng)})
    return b.build()
