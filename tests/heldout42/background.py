"""Ordinary background traffic of the tablet and the display: connectivity and
time checks, weather, map tiles, crash reports, feature flags, CDN images, app
store update checks and an in-app purchase receipt. Nothing here is sensitive;
much of it carries look-alikes (trace ids, event ids, commit hashes, order
numbers, coordinate lists, numeric series) that must not be reported.

Sentry's envelope format (header line, item header, item) follows the Sentry
developer docs, "Envelopes"; the rest are plain made-up services.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, fire_ua, iso, ms, rf, rid, tab_ua


def generate_204(c: Context) -> Flow:
    b = FB(c, "android-os", "GET", "https://connectivitycheck.gstatic.com/generate_204")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; TB-X306F Build/TP1A.220624.014)")
    b.no_content()
    return b.build()


def fire_time(c: Context) -> Flow:
    b = FB(c, "fire-os", "GET", "https://time.example-ntp.net/v1/now", http_version="HTTP/1.1")
    b.header("user-agent", fire_ua("TimeSync", "2.3"))
    b.ok_json({"epochMillis": ms(c), "tz": "Europe/Berlin", "requestId": rid(c.rng)})
    return b.build()


def weather(c: Context) -> Flow:
    town = c.rng.choice([(48.14, 11.58), (48.21, 16.37), (47.37, 8.54), (52.52, 13.40)])
    b = FB(c, "wetter-widget", "GET", "https://api.wetterdienst-example.de/v3/forecast")
    b.params += [("lat", str(town[0])), ("lon", str(town[1])), ("lang", "de")]
    temps = [round(c.rng.uniform(-3, 22), 1) for _ in range(24)]
    b.ok_json({"stunden": list(range(24)), "temperatur": temps, "niederschlag": [0.0] * 24})
    b.decoy("numeric series (hourly temperatures)")
    return b.build()


def radar_polygon(c: Context) -> Flow:
    b = FB(c, "wetter-widget", "GET", "https://api.wetterdienst-example.de/v3/warnungen")
    b.param("region", c.rng.choice(["BY", "W", "ZH", "BE"]))
    poly = [[rf(c.rng, 47.0, 48.5, 5), rf(c.rng, 8.0, 16.5, 5)] for _ in range(18)]
    b.ok_json({"warnungen": [{"typ": "Gewitter", "stufe": 2, "polygon": poly}]})
    b.decoy("coordinate list (warning polygon)")
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(8500, 8950), c.rng.randint(5600, 5800)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.de/{z}/{x}/{y}.png")
    b.header("user-agent", tab_ua("KidsWatchCompanion", "4.8.1"))
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    event_id = new_hex(c.rng, 32)
    b = FB(c, "sentry", "POST", "https://o448751.ingest.sentry.io/api/5518123/envelope/")
    header = {"event_id": event_id, "sent_at": iso(c), "sdk": {"name": "sentry.java.android"}}
    item = {
        "event_id": event_id,
        "level": "error",
        "release": f"de.lesefuchs.app@5.2.0+{new_hex(c.rng, 7)}",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [{"type": "IllegalStateException", "value": "Fragment not attached"}]
        },
    }
    body = "\n".join([js(header), js({"type": "event"}), js(item)]).encode()
    b.set_body(body, "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    b.decoy("event id, trace id, release hash")
    return b.build()


def feature_flags(c: Context) -> Flow:
    app = c.rng.choice(["tonie-app", "lesefuchs", "kiwi-watch"])
    b = FB(c, app, "GET", f"https://flags.{app}-example.eu/v2/flags")
    b.params += [("platform", "android"), ("appVersion", "5.2.0"), ("country", "DE")]
    b.ok_json(
        {
            "flags": {"newPlayer": True, "darkMode": False, "bucket": c.rng.randint(0, 99)},
            "etag": new_hex(c.rng, 40),
        }
    )
    b.decoy("etag hash")
    return b.build()


def cdn_image(c: Context) -> Flow:
    name = new_hex(c.rng, 16)
    b = FB(c, "cdn", "GET", f"https://cdn.kidsmedia-example.net/img/{name}_640x360.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 600))
    b.decoy("thumbnail fetch")
    return b.build()


def play_update(c: Context) -> Flow:
    b = FB(c, "play-store", "GET", "https://play-fe.googleapis.com/fdfe/details")
    b.param("doc", c.rng.choice(["de.tonies.app", "com.google.android.apps.youtube.kids"]))
    b.header("x-dfe-request-params", f"timeoutMs={c.rng.choice([4000, 2500])}")
    b.respond(200, "application/x-protobuf", bytes(c.rng.getrandbits(8) for _ in range(120)))
    return b.build()


def purchase_verify(c: Context) -> Flow:
    b = FB(c, "tonie-app", "POST", "https://shop.tonies-example.de/api/iap/verify")
    b.json(
        {
            "orderId": order_no(c.rng),
            "productId": "hoerspiel_paket_3",
            "purchaseToken": new_hex(c.rng, 48),
            "preisVerlauf": [9.99, 12.99, 14.99],
        }
    )
    b.ok_json({"ok": True})
    b.decoy("order number, price series")
    return b.build()


def fire_ota(c: Context) -> Flow:
    b = FB(c, "fire-os", "GET", "https://softwareupdates.amazon.com/update/check")
    b.params += [("deviceType", "A1Z88NGR2BK6A2"), ("version", "7657"), ("locale", "de_DE")]
    b.header("user-agent", fire_ua("OTA", "1.0"))
    b.ok_json({"updateAvailable": False, "buildSha": new_hex(c.rng, 40)})
    b.decoy("build hash")
    return b.build()


def lenovo_activation(c: Context) -> Flow:
    """The tablet maker's warranty / activation check (body keys our own)."""
    b = FB(c, "lenovo-os", "POST", "https://tablet-activation.lenovo.com/api/v2/device/activate")
    b.header("user-agent", "LenovoDeviceService/3.2 (Android 13; TB-X306F)")
    b.json(
        {"serialNumber": b.id("tab_serial", where="body.serialNumber"), "machineType": "ZA6W",
         "country": "AT", "firstBoot": iso(c)[:10]}
    )  # fmt: skip
    b.ok_json({"warranty": "2027-02-28", "status": "ACTIVE"})
    return b.build()


BENIGN = [
    generate_204,
    fire_time,
    weather,
    radar_polygon,
    map_tile,
    sentry_crash,
    feature_flags,
    cdn_image,
    cdn_image,
    play_update,
    purchase_verify,
    fire_ota,
]
