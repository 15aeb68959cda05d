"""Skats (fictional Latvian/Estonian TV streaming app, skats.lv / skats.ee) with AppMetrica.

Real SDK traffic: Yandex AppMetrica. GET startup.mobile.yandex.net/analytics/
startup and POST report.appmetrica.yandex.net/report carry the ids in the query
string (deviceid, uuid, adv_id, android_id, app_platform, model, manufacturer,
os_version, analytics_sdk_version_name, app_id; see tweaselORG/TrackHAR
src/adapters/yandex.ts); the report body is an encrypted protobuf.
In-house backend: Latvian keys on skats.lv (skatisanas_vesture = viewing
history, skatijums = a view, ilgums = duration), Estonian ones on skats.ee
(vaatamisajalugu = viewing history, vaadatud = watched, positsioon).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

UA = ua("Skats", "3.22.0")
SHOWS = [
    ("lv-88120", "Dzintara krasts", "LTV1"),
    ("lv-90311", "Rīgas stāsti", "TV3"),
    ("ee-51007", "Õnne 13", "ETV"),
    ("ee-53390", "Pank", "Kanal 2"),
]


def _metrica_params(b: FB) -> list[tuple[str, str]]:
    return [
        ("deviceid", b.id("metrica_deviceid", where="query deviceid")),
        ("uuid", b.id("metrica_uuid", where="query uuid")),
        ("adv_id", b.id("gaid", where="query adv_id")),
        ("android_id", b.id("aid_skats", where="query android_id")),
        ("app_platform", "android"),
        ("manufacturer", "motorola"),
        ("model", "moto g 2024"),
        ("os_version", "14"),
        ("analytics_sdk_version_name", "7.2.0"),
        ("app_id", "lv.skats.app"),
        ("app_version_name", "3.22.0"),
        ("locale", "lv_LV"),
        ("is_rooted", "0"),
    ]


def metrica_report(c: Context) -> Flow:
    b = FB(c, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    b.params = _metrica_params(b)
    b.params.append(("request_id", str(c.rng.randint(1, 4000))))
    b.set_body(bytes(c.rng.randrange(256) for _ in range(300)), "application/octet-stream")
    b.respond(200, "text/plain", b"")
    return b.build()


def metrica_startup(c: Context) -> Flow:
    b = FB(c, "appmetrica", "GET", "https://startup.mobile.yandex.net/analytics/startup")
    b.params = [*_metrica_params(b), ("query_hosts", "2"), ("features", "ea,pf")]
    b.ok_json(
        {"query_hosts": {"list": {"report": {"urls": ["https://report.appmetrica.yandex.net"]}}}}
    )
    return b.build()


def lv_history(c: Context) -> Flow:
    b = FB(c, "skats", "POST", "https://api.skats.lv/v2/skatisanas-vesture")
    b.header("user-agent", UA)
    did = b.id("aid_skats", where="cookie did")
    b.header("cookie", f"skats_sess={rid(c.rng).replace('-', '')}; did={did}; lang=lv")
    cid, name, ch = c.rng.choice(SHOWS[:2])
    dur = c.rng.randint(1200, 3600)
    b.json(
        {
            "skatijums": {
                "raidijums_id": cid,
                "nosaukums": name,
                "kanals": ch,
                "pozicija": c.rng.randint(0, dur),
                "ilgums": dur,
                "sakts": iso(c),
            },
            "avots": "vod",
        }
    )
    b.view("json skatijums raidijums_id + pozicija")
    b.no_content()
    return b.build()


def ee_history(c: Context) -> Flow:
    b = FB(c, "skats", "PATCH", "https://api.skats.ee/v2/kasutaja/vaatamisajalugu")
    b.header("user-agent", UA)
    items = [
        {
            "saade": cid,
            "pealkiri": name,
            "kanal": ch,
            "positsioon": c.rng.randint(10, 2900),
            "vaadatud": iso(c),
        }
        for cid, name, ch in c.rng.sample(SHOWS[2:], 2)
    ]
    b.json({"vaatamisajalugu": items})
    b.view("json vaatamisajalugu list")
    b.ok_json({"ok": True})
    return b.build()


def live_tick(c: Context) -> Flow:
    """Live-channel viewing report: channel and seconds watched, keyed in English."""
    cid, name, ch = c.rng.choice(SHOWS)
    b = FB(c, "skats", "POST", "https://stats.skats.lv/live/tick")
    b.form(
        [
            ("channel", ch),
            ("programme", name),
            ("programme_id", cid),
            ("watched_sec", str(c.rng.choice([30, 60, 120]))),
            ("ts", str(ms(c))),
            ("sid", rid(c.rng)),
        ]
    )
    b.view("form channel + programme + watched_sec")
    b.no_content()
    return b.build()


def opaque_stat(c: Context) -> Flow:
    b = FB(c, "skats", "POST", "https://stats.skats.lv/s")
    b.set_body(b64(bytes(c.rng.randrange(256) for _ in range(180))).encode(), "text/plain")
    b.view("base64 ciphertext stats beacon", detectable=False)
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "skats", "GET", "https://api.skats.lv/v2/tv-programma", [("diena", "2024-11-05")])
    b.ok_json(
        {
            "kanali": [
                {"kanals": ch, "raidijumi": [{"id": cid, "nosaukums": n, "sakums": "20:00"}]}
                for cid, n, ch in SHOWS
            ]
        }
    )
    b.decoy("EPG grid")
    return b.build()


def recommend(c: Context) -> Flow:
    b = FB(c, "skats", "GET", "https://api.skats.ee/v2/soovitused", [("rida", "populaarne")])
    b.ok_json(
        {
            "read": [
                {"saade": s[0], "pealkiri": s[1], "hinne": round(c.rng.uniform(6, 9), 1)}
                for s in SHOWS
            ]
        }
    )
    b.decoy("popular shows row")
    return b.build()
