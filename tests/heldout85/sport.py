"""A sports app (made up: "Sportkanal Alpen") with live football and ski racing
streams, live tickers, and Adjust attribution.

Sources: the Adjust Android SDK (github.com/adjust/android_sdk,
PackageBuilder.java): `POST app.adjust.com/session` and `/event` as
form-urlencoded with `app_token`, `gps_adid`, `gps_adid_src`, `android_uuid`,
`created_at`, `session_count`, `event_token`, and `callback_params` /
`partner_params` as JSON strings; header `Client-SDK: android4.38.0`. The
live-stream heartbeat and ticker are the app's own backend (German and
English keys, abbreviations).
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .catalog import MATCHES, RACES, cipher_blob
from .phone import FB, ms, rid, ua

API = "https://live.sportkanal-alpen.at"
UA = ua("SportkanalAlpen", "7.3.0")
PKG = "at.sportkanal.alpen"


def _created(c: Context) -> str:
    return datetime.fromtimestamp(c.now, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z+0100"


def _adjust(c: Context, path: str) -> tuple[FB, list[tuple[str, str]]]:
    b = FB(c, "adjust", "POST", "https://app.adjust.com" + path)
    b.header("client-sdk", "android4.38.0")
    b.header("user-agent", UA)
    pairs = [
        ("app_token", "q7x2k9m4n1zc"),
        ("created_at", _created(c)),
        ("environment", "production"),
        ("gps_adid", b.id("gaid", where="body.form.gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", c.phone.sport_adjust_uuid),
        ("os_name", "android"),
        ("os_version", "14"),
        ("api_level", "34"),
        ("device_name", "Pixel 8"),
        ("device_type", "phone"),
        ("package_name", PKG),
        ("tracking_enabled", "1"),
        ("needs_response_details", "1"),
        ("session_count", str(c.rng.randint(2, 90))),
    ]
    b.other_id("sport_adjust_uuid", where="body.form.android_uuid")
    return b, pairs


def adjust_session(c: Context) -> Flow:
    b, pairs = _adjust(c, "/session")
    b.form(pairs)
    b.ok_json({"adid": c.phone.sport_adjust_adid, "timestamp": ms(c)})
    b.other_id("sport_adjust_adid", where="response.json.adid", direction="response")
    return b.build()


def adjust_watch_event(c: Context) -> Flow:
    """An Adjust event with what was watched live and for how many minutes."""
    b, pairs = _adjust(c, "/event")
    match = c.rng.choice(MATCHES + RACES)
    pairs += [
        ("event_token", "w4tch3"),
        ("event_count", str(c.rng.randint(1, 40))),
        ("callback_params", js({"stream": match, "watched_minutes": str(c.rng.randint(3, 95))})),
        ("partner_params", js({"content_type": "live_stream"})),
    ]
    b.form(pairs)
    b.view("body.form.callback_params|json.stream+watched_minutes")
    b.ok_json({"adid": c.phone.sport_adjust_adid})
    b.other_id("sport_adjust_adid", where="response.json.adid", direction="response")
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = FB(c, "sportkanal", "POST", API + "/stream/v1/hb")
    b.header("user-agent", UA)
    b.header("x-geraet", b.id("aid_sport", where="header.x-geraet"))
    ski = c.rng.random() < 0.45
    body = {
        "streamId": ("ski-" if ski else "fb-") + str(c.rng.randint(1000, 9999)),
        "bewerb": c.rng.choice(RACES if ski else MATCHES),
        "live": True,
        "sehdauerSek": c.rng.randint(30, 7200),
        "intervall": 60,
        "zeit": ms(c),
    }
    b.json(body)
    b.view("body.json.streamId+sehdauerSek")
    b.no_content()
    return b.build()


def live_heartbeat_query(c: Context) -> Flow:
    """The same heartbeat in the older player: a GET with abbreviations."""
    b = FB(c, "sportkanal", "GET", API + "/hb")
    b.header("user-agent", UA)
    b.param("sid", "fb-" + str(c.rng.randint(1000, 9999)))
    b.param("ev", "heartbeat")
    b.param("wt", str(c.rng.randint(60, 6000)))
    b.param("t", str(ms(c)))
    b.view("query.sid+ev=heartbeat+wt")
    b.no_content()
    return b.build()


def opaque_qos(c: Context) -> Flow:
    b = FB(c, "sportkanal", "POST", API + "/q")
    b.header("user-agent", UA)
    b.set_body(cipher_blob(c.rng), "application/octet-stream")
    b.view("body.cipher", detectable=False)
    b.no_content()
    return b.build()


def ticker(c: Context) -> Flow:
    b = FB(c, "sportkanal", "GET", API + f"/ticker/v2/{c.rng.randint(100, 999)}")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "spiel": c.rng.choice(MATCHES),
            "minute": c.rng.randint(1, 90),
            "stand": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
            "ereignisse": [{"min": m, "typ": "Ecke"} for m in sorted(c.rng.sample(range(90), 4))],
        }
    )
    b.decoy("live ticker fetch: scores and minutes, not watch time")
    return b.build()


def split_times(c: Context) -> Flow:
    """Ski-race intermediate times and the racer line as coordinates: no person data."""
    b = FB(c, "sportkanal", "GET", API + f"/ski/v1/laeufe/{c.rng.randint(10, 99)}/zwischenzeiten")
    b.header("user-agent", UA)
    line = [[round(47.43 + i * 0.001, 5), round(12.39 + i * 0.0007, 5)] for i in range(12)]
    b.ok_json(
        {
            "zwischenzeiten": [round(c.rng.uniform(20, 110), 2) for _ in range(5)],
            "ideallinie": line,
            "requestId": rid(c.rng),
        }
    )
    b.decoy("split times and a racing line coordinate list")
    return b.build()
