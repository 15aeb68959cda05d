"""Ordinary background traffic of a MIUI phone in Indonesia / Vietnam.

MIUI connectivity check (connect.rom.miui.com/generate_204), the Xiaomi
weather service (weatherapi.market.xiaomi.com/wtr-v3/weather/all with
latitude / longitude), MIUI system analytics to data.mistat.intl.xiaomi.com
(public reports on MIUI telemetry describe hashed IMEIs and the OAID in it),
Firebase Remote Config (`POST /v1/projects/{p}/namespaces/firebase:fetch`),
OpenStreetMap tiles and a Sentry envelope with event / trace ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, dalvik, iso, ms, rf, rid


def generate_204(c: Context) -> Flow:
    b = FB(c, "miui", "GET", "http://connect.rom.miui.com/generate_204", http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 10.7, 10.9, 5), rf(c.rng, 106.6, 106.8, 5)
    b = FB(
        c,
        "miui",
        "GET",
        "https://weatherapi.market.xiaomi.com/wtr-v3/weather/all",
        [("latitude", str(lat)), ("longitude", str(lon)), ("locale", "vi_VN"), ("days", "15")],
    )
    b.decoy("coordinates, hourly temperature series")
    b.ok_json(
        {"forecastHourly": {"temperature": {"value": [c.rng.randint(24, 34) for _ in range(24)]}}}
    )
    return b.build()


def mistat(c: Context) -> Flow:
    b = FB(c, "mistat", "POST", "https://data.mistat.intl.xiaomi.com/mistats/v3")
    b.header("user-agent", dalvik())
    b.form(
        [
            ("app_id", "2882303761517492012"),
            ("imei_md5", b.id("imei1", how="md5", where="form imei_md5")),
            ("imei2_md5", b.id("imei2", how="md5", where="form imei2_md5")),
            ("oaid", b.id("oaid", where="form oaid")),
            ("uuid", b.id("mistat_uuid", where="form uuid")),
            ("model", c.phone.model),
            ("os", "V14.0.6.0.TMGIDXM"),
            ("region", "ID"),
            ("data", js([{"category": "mistat_pv", "t": ms(c)}])),
        ]
    )
    b.ok_json({"status": "ok"})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/1023/namespaces/firebase:fetch",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.decoy("remote config: sdk version, experiment ids")
    b.json(
        {
            "appId": "1:1023:android:" + new_hex(c.rng, 16),
            "languageCode": "in-ID",
            "platformVersion": "33",
            "sdkVersion": "21.6.0",
            "timeZone": "Asia/Jakarta",
        }
    )
    b.ok_json(
        {
            "entries": {"promo_banner": "on"},
            "state": "UPDATE",
            "templateVersion": str(c.rng.randint(10, 99)),
        }
    )
    return b.build()


def osm_tile(c: Context) -> Flow:
    z = 15
    x, y = c.rng.randint(26200, 26300), c.rng.randint(17000, 17100)
    b = FB(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(200))
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(
        c,
        "sentry",
        "POST",
        f"https://o{c.rng.randint(10000, 99999)}.ingest.sentry.io/api/45/envelope/",
    )
    b.decoy("event_id / trace_id hex, stack frames")
    head = {
        "event_id": new_hex(c.rng, 32),
        "sent_at": iso(c),
        "trace": {"trace_id": new_hex(c.rng, 32)},
    }
    ev = {"level": "error", "exception": {"values": [{"type": "IOException", "value": "timeout"}]}}
    b.set_body(
        (js(head) + "\n" + js({"type": "event"}) + "\n" + js(ev)).encode(),
        "application/x-sentry-envelope",
    )
    b.ok_json({"id": head["event_id"]})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", f"https://cdn.cnbfo.net/static/{new_hex(c.rng, 40)}.webp")
    b.decoy("sha1-named static asset")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(1, 10**6), 200))
    return b.build()


def news(c: Context) -> Flow:
    b = FB(
        c,
        "miui",
        "GET",
        "https://feed.msa.intl.miui.com/v2/feed",
        [("cat", "tekno"), ("req", rid(c.rng))],
    )
    b.decoy("news article about face recognition (text, not biometric)")
    b.ok_json(
        {
            "items": [
                {
                    "title": "Teknologi pengenalan wajah makin banyak dipakai bank",
                    "body": "Face landmarks dan liveness...",
                }
            ]
        }
    )
    return b.build()


def ntp_http(c: Context) -> Flow:
    b = FB(
        c, "time", "GET", "https://time.xiaomi.com/api/time", [("nonce", b64(c.rng.randbytes(9)))]
    )
    b.ok_json({"ts": ms(c)})
    return b.build()


BENIGN = [
    generate_204,
    weather,
    remote_config,
    osm_tile,
    sentry,
    cdn_image,
    news,
    ntp_http,
    generate_204,
    mistat,
]
