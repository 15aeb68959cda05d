"""Ordinary background traffic of the XCover 7: connectivity checks, time, weather,
map tiles, Sentry crash reports with trace ids, remote config, Galaxy Store
update checks, load-shedding schedule. All negatives with look-alikes.

Sentry envelope format after getsentry/sentry-java (envelope header line,
item header line, event JSON; event_id 32 hex; contexts.trace.trace_id).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import js

from .phone import FB, iso, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-G556B Build/UP1A.231005.007)")
    b.respond(204, None)
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(c, "weather", "GET", "https://api.weather-za.example.net/v1/forecast")
    b.param("lat", str(rf(c.rng, -34.0, -26.0, 2)))
    b.param("lon", str(rf(c.rng, 18.3, 28.2, 2)))
    b.decoy("hourly forecast: temperature and rain series")
    b.ok_json(
        {
            "hourly": {
                "temp": [rf(c.rng, 8, 31, 1) for _ in range(24)],
                "rainMm": [rf(c.rng, 0, 4, 1) for _ in range(24)],
            }
        }
    )
    return b.build()


def tiles(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(18890, 18910), c.rng.randint(19000, 19020)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", ua("PatrolPro", "3.4.1"))
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.randrange(256) for _ in range(300))
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4506.ingest.sentry.io/api/4506/envelope/")
    b.header("user-agent", "sentry.java.android/7.14.0")
    b.decoy("crash report: event_id and trace_id are random per event")
    eid = new_hex(c.rng, 32)
    ev = {
        "event_id": eid,
        "timestamp": iso(c),
        "platform": "java",
        "exception": {
            "values": [{"type": "IllegalStateException", "value": "Fragment not attached"}]
        },
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "release": "za.co.sentinelvms@5.12.3",
    }
    body = js({"event_id": eid, "sent_at": iso(c)}) + "\n" + js({"type": "event"}) + "\n" + js(ev)
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/481/namespaces/firebase:fetch",
    )
    b.decoy("feature flags: booleans and variant names")
    b.json(
        {
            "appId": "1:481:android:77aa",
            "languageCode": "en-ZA",
            "platformVersion": "34",
            "appVersion": "5.12.3",
        }
    )
    b.ok_json(
        {
            "entries": {"lpr_v2": "true", "heatmap_palette": "magma", "face_blur_default": "true"},
            "state": "UPDATE",
        }
    )
    return b.build()


def store_update(c: Context) -> Flow:
    b = FB(c, "galaxy-store", "GET", "https://vas.samsungapps.com/stub/stubUpdateCheck.as")
    b.param("appId", c.rng.choice(["com.samsung.android.app.watchmanager", "za.co.kyknou"]))
    b.param("versionCode", str(c.rng.randint(100, 9999)))
    b.param("deviceId", "SM-G556B")
    b.param("mcc", "655")
    b.param("mnc", "01")
    b.param("sdkVer", "34")
    b.decoy("Galaxy Store update check: deviceId here is the model name")
    b.respond(200, "text/xml", b"<result><resultCode>1</resultCode></result>")
    return b.build()


def loadshedding(c: Context) -> Flow:
    b = FB(c, "eskomsepush", "GET", "https://developer.sepush.co.za/business/2.0/area")
    b.param("id", c.rng.choice(["jhbcitypower2-9-sandton", "capetown-7-claremont"]))
    b.decoy("load-shedding schedule: stage and time windows")
    b.ok_json(
        {
            "events": [{"start": iso(c), "note": f"Stage {c.rng.randint(1, 6)}"}],
            "info": {"region": "City Power"},
        }
    )
    return b.build()


def purchase(c: Context) -> Flow:
    b = FB(c, "play-billing", "POST", "https://android.clients.google.com/fdfe/ack")
    b.decoy("in-app purchase acknowledgement: order number")
    b.json({"orderId": order_no(c.rng), "purchaseToken": rid(c.rng)})
    b.no_content()
    return b.build()


BENIGN = [generate_204, weather, tiles, sentry, remote_config, store_update, loadshedding, purchase]


def news(c: Context) -> Flow:
    b = FB(c, "news", "GET", "https://news.example-za.net/api/articles/facial-recognition-malls")
    b.decoy("news article about facial recognition cameras in malls: no face data")
    b.ok_json(
        {
            "headline": "Information Regulator questions facial recognition in Gauteng malls",
            "body": "Shopping centres say their cameras count faces only as anonymous footfall...",
            "tags": ["POPIA", "face recognition", "biometrics", "CCTV"],
        }
    )
    return b.build()


BENIGN.append(news)
