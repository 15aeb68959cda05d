"""Ordinary background traffic of a Samsung Galaxy A54 in France/Spain/Italy.

Sources: Galaxy Store's update check `vas.samsungapps.com/stub/stubUpdateCheck.as`
sends `appId`, `versionCode`, `deviceId` (the MODEL NAME, e.g. SM-A546B), `mcc`,
`mnc`, `csc`, `sdkVer` (seen in many public captures; a look-alike, not an id).
GSMA PRD TS.43 (Service Entitlement Configuration) requests carry `vers`,
`entitlement_version`, `terminal_id` (the IMEI), `terminal_vendor`,
`terminal_model`, `terminal_sw_version`, `app` (ap2004 = VoWiFi) in the query.
Samsung Analytics (SA SDK) logs to `*.di.atlas.samsung.com` with its own device
id `did` and tracking id `tid`; Samsung Members' diagnostics report is modelled.
Android's captive-portal check is `connectivitycheck.gstatic.com/generate_204`.
Sentry envelopes: `POST /api/<project>/envelope/` (develop.sentry.dev).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from .phone import FB, chrome_ua, dalvik, iso, ms, rf, rid


def generate_204(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204")
    b.header("user-agent", dalvik())
    b.no_content()
    return b.build()


def galaxy_store(c: Context) -> Flow:
    b = FB(c, "samsung", "GET", "https://vas.samsungapps.com/stub/stubUpdateCheck.as")
    app = c.rng.choice(
        [
            "com.samsung.android.app.notes",
            "com.sec.android.app.sbrowser",
            "com.samsung.android.game.gos",
        ]
    )
    for k, v in [
        ("appId", app),
        ("callerId", "com.sec.android.app.samsungapps"),
        ("versionCode", str(c.rng.randint(100000000, 999999999))),
        ("deviceId", "SM-A546B"),
        ("mcc", "208"),
        ("mnc", "10"),
        ("csc", "XEF"),
        ("sdkVer", "34"),
        ("pd", "0"),
    ]:
        b.param(k, v)
    b.decoy("Galaxy Store update check: deviceId is the model name")
    b.respond(200, "text/xml", b"<result><resultCode>2</resultCode></result>")
    return b.build()


def entitlement(c: Context) -> Flow:
    b = FB(c, "carrier", "GET", "https://aes.mnc010.mcc208.pub.3gppnetwork.org/")
    for k, v in [("vers", "0"), ("entitlement_version", "2.0")]:
        b.param(k, v)
    b.param("terminal_id", b.id("imei", where="query terminal_id (TS.43)"))
    for k, v in [
        ("terminal_vendor", "SAM"),
        ("terminal_model", "SM-A546B"),
        ("terminal_sw_version", "A546BXXS8BXH1"),
        ("app", "ap2004"),
    ]:
        b.param(k, v)
    b.respond(200, "application/xml", b"<wap-provisioningdoc/>")
    return b.build()


def samsung_analytics(c: Context) -> Flow:
    b = FB(c, "samsung", "POST", "https://dc.di.atlas.samsung.com/v2/logs")
    logs = [
        {"t": "ev", "ts": ms(c) - i * 7000, "pn": c.rng.choice(["SETTINGS", "HOME", "QUICKPANEL"])}
        for i in range(c.rng.randint(1, 4))
    ]
    b.json(
        {
            "did": b.id("sa_did", where="json did (Samsung Analytics device id)"),
            "tid": "7Q3-399-8810X",
            "la": "fr",
            "mcc": "208",
            "av": "14",
            "logs": logs,
        }
    )
    b.ok_json({"result": 1000})
    return b.build()


def members_diag(c: Context) -> Flow:
    b = FB(c, "samsung", "POST", "https://api.members.samsung.com/v1/diagnosis/report")
    b.json(
        {
            "deviceInfo": {
                "modelName": "SM-A546B",
                "imei": b.id("imei", where="json deviceInfo.imei"),
                "serialNumber": b.id("serial", where="json deviceInfo.serialNumber"),
                "wifiMacAddress": b.id("wifi_mac", where="json deviceInfo.wifiMacAddress"),
            },
            "battery": [rf(c.rng, 3.7, 4.3, 3) for _ in range(12)],
            "checkedAt": iso(c),
        }
    )
    b.ok_json({"ticket": rid(c.rng)})
    return b.build()


def fota(c: Context) -> Flow:
    b = FB(
        c, "samsung", "GET", "https://fota-cloud-dn.ospserver.net/firmware/XEF/SM-A546B/version.xml"
    )
    b.decoy("firmware version list for the model")
    b.respond(
        200,
        "text/xml",
        b"<versioninfo><firmware><version><latest>A546BXXS8BXH1</latest></version></firmware></versioninfo>",
    )
    return b.build()


def meteo(c: Context) -> Flow:
    lat, lon = c.rng.choice([(48.8566, 2.3522), (41.3874, 2.1686), (45.4642, 9.19)])
    b = FB(
        c,
        "weather",
        "GET",
        "https://api.meteo-widget.eu/v1/prevision",
        [("lat", str(lat)), ("lon", str(lon))],
    )
    b.header("user-agent", dalvik())
    b.decoy("weather forecast: coordinates and temperature series")
    b.ok_json(
        {
            "temp": [rf(c.rng, 4, 22, 1) for _ in range(24)],
            "uv": [c.rng.randint(0, 7) for _ in range(24)],
        }
    )
    return b.build()


def tuile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(8190, 8400), c.rng.randint(5600, 5900)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png")
    b.header("user-agent", chrome_ua())
    b.decoy("map tile")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(300))
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o448123.ingest.sentry.io/api/5512345/envelope/")
    ev = rid(c.rng).replace("-", "")
    head = jsb({"event_id": ev, "sent_at": iso(c)})
    item = jsb(
        {
            "event_id": ev,
            "level": "error",
            "platform": "java",
            "exception": {
                "values": [{"type": "java.net.SocketTimeoutException", "value": "timeout"}]
            },
            "contexts": {
                "trace": {"trace_id": rid(c.rng).replace("-", ""), "span_id": rid(c.rng)[:16]}
            },
        }
    )
    b.decoy("crash report: event / trace / span ids")
    b.set_body(
        head + b"\n" + jsb({"type": "event", "length": len(item)}) + b"\n" + item,
        "application/x-sentry-envelope",
    )
    b.ok_json({"id": ev})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c,
        "flags",
        "GET",
        "https://flags.config-edge.eu/v2/android/flags.json",
        [("etag", rid(c.rng)[:8])],
    )
    b.decoy("feature flags with a hashed rollout bucket")
    b.ok_json(
        {"newPlayer": True, "bucketHash": rid(c.rng).replace("-", ""), "rollout": rf(c.rng, 0, 1)}
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = FB(c, "google", "GET", "https://fonts.gstatic.com/s/roboto/v32/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.decoy("font download")
    b.respond(200, "font/woff2", b"wOF2" + bytes(300))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    galaxy_store,
    fota,
    meteo,
    tuile,
    tuile,
    sentry,
    flags,
    fonts,
    meteo,
    generate_204,
]
