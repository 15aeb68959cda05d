"""The SDKs the family's Android apps carry, written per app (each sees its own ids).

AppsFlyer launches (`advertiserId`, `android_id`, AppsFlyer's own `uid`) ride in
the streaming app; Adjust sessions (`gps_adid`, `android_uuid`, Adjust's `adid`
echoed in the answer) in the delivery app; Firebase / GA4 measurement (the app
instance id) in the radio app; Comscore's app and streaming tags (`c12` its own
hashed id, `ns_ak` the advertising id, `ns_st_*` streaming events) in the
streaming and radio apps; the Argentine DMP Retargetly's audience sync in the
cable app (advertising id under `mid`, an opaque key).
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua


def appsflyer_launch(c: Context) -> Flow:
    b = FB(c, "appsflyer", "POST", "https://launches.appsflyer.com/api/v6.14/androidevent")
    b.param("app_id", "mx.novelaplay.android")
    b.param("buildnumber", "6.14.2")
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id("aid_novela", where="json android_id"),
            "uid": b.made("af_uid", "json uid"),
            "imei": b.id("imei", where="json imei"),
            "af_timestamp": str(ms(c)),
            "lang": "español",
            "country": "MX",
            "operator": "Telcel",
            "network": "WIFI",
            "brand": "motorola",
            "model": "motorola edge 40",
            "counter": str(c.rng.randint(2, 90)),
            "iaecounter": str(c.rng.randint(0, 9)),
        },
        "gzip",
    )
    b.ok_json({"status": "ok"})
    return b.build()


def appsflyer_event(c: Context, name: str, value: dict[str, object]) -> Flow:
    """An in-app event: `af_content_id` of a title started (no watch time: not history)."""
    b = FB(c, "appsflyer", "POST", "https://inapps.appsflyer.com/api/v6.14/androidevent")
    b.param("app_id", "mx.novelaplay.android")
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.made("af_uid", "json uid"),
            "eventName": name,  # a title's page opened: no watch time, position or play
            "eventValue": value,
            "af_timestamp": str(ms(c)),
        }
    )
    b.decoy("af_content_view of a title's detail page (no watch time: not history)")
    b.ok_json({"status": "ok"})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", ua("Mandadito", "9.41.0"))
    b.header("client-sdk", "android4.38.5")
    b.form(
        [
            ("app_token", "q7xw2lmn3k00"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", rid(c.rng)),
            ("environment", "production"),
            ("created_at", iso(c).replace("Z", "Z-0600")),
            ("session_count", str(c.rng.randint(3, 400))),
            ("country", "MX"),
            ("language", "es"),
            ("device_type", "phone"),
        ]
    )
    b.decoy(
        "android_uuid is the SDK's per-package activity-state UUID, regenerated, not the device"
    )
    b.ok_json(
        {
            "adid": b.made("adjust_adid", "response json adid", direction="response"),
            "timestamp": iso(c),
            "message": "Session tracked",
        }
    )
    return b.build()


def firebase_measurement(c: Context) -> Flow:
    """GA4 app measurement batch (protobuf): app instance id in field 3, events by name."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    instance = b.made("fb_instance", "protobuf field 3 (app_instance_id)", detectable=False)
    event = pb_msg(
        2,
        [
            pb_bytes(2, "screen_view"),
            pb_msg(1, [pb_bytes(1, "firebase_screen"), pb_bytes(2, "Estaciones")]),
            pb_varint(4, ms(c)),
        ],
    )
    body = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(3, instance),
            pb_bytes(4, "android"),
            pb_bytes(5, "14"),
            pb_bytes(6, "motorola edge 40"),
            pb_bytes(14, "mx.radiosol.app"),
        ],
    )
    b.set_body(body, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def comscore_app(c: Context, app: str, ver: str, aid_attr: str) -> Flow:
    """Comscore's app tag: c12 (its own id, a hash under a numbered key), ns_ak."""
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p2")
    b.header("user-agent", ua(app, ver))
    c12 = b.made("comscore_c12", "query c12 (Comscore's hashed device id)", detectable=False)
    b.params += [
        ("c1", "19"),
        ("c2", "27153942"),
        ("ns_ap_an", app),
        ("ns_ap_pn", "android"),
        ("c12", c12),
        ("ns_ak", b.id("gaid", where="query ns_ak", detectable=False)),
        ("ns_ap_ev", "start"),
        ("ns_ap_ver", ver),
        ("ns_ts", str(ms(c))),
        ("ns_ap_device", "motorola edge 40"),
    ]
    b.param("ns_ap_i3", b.id(aid_attr, "md5", "query ns_ap_i3 (md5 ANDROID_ID)", detectable=False))
    b.respond(204, None)
    return b.build()


def comscore_stream(c: Context, program: str, episode: str, position_ms: int, ev: str) -> Flow:
    """Streaming tag: ns_st_ev play/hb/end with programme, episode and playhead."""
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p")
    b.header("user-agent", ua("Novelaplay", "5.8.1"))
    b.view("query ns_st_ev/ns_st_pr/ns_st_ep/ns_st_pt (Comscore streaming tag)")
    c12 = b.made("comscore_c12", "query c12 (Comscore's hashed device id)", detectable=False)
    b.params += [
        ("c1", "2"),
        ("c2", "27153942"),
        ("c12", c12),
        ("ns_st_ev", ev),
        ("ns_st_pr", program),
        ("ns_st_ep", episode),
        ("ns_st_ci", f"NP{c.rng.randint(10**6, 10**7)}"),
        ("ns_st_pt", str(position_ms)),
        ("ns_st_cl", str(c.rng.randint(38, 52) * 60000)),
        ("ns_st_ty", "video"),
        ("ns_st_ge", "Telenovela"),
        ("ns_ts", str(ms(c))),
    ]
    b.respond(204, None)
    return b.build()


def retargetly_sync(c: Context) -> Flow:
    """Audience sync of the Argentine DMP: the advertising id under `mid`, segments."""
    b = FB(c, "retargetly", "GET", "https://api.retargetly.com/sync")
    b.header("user-agent", ua("CablevisionFlowAR", "4.2.0"))
    b.params += [
        ("pid", "1187"),
        ("mid", b.id("gaid", where="query mid (advertising id)", detectable=False)),
        ("sg", ",".join(str(c.rng.randint(1000, 9999)) for _ in range(4))),
        ("cb", new_hex(c.rng, 8)),
        ("src", quote("app:flow-ar")),
    ]
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()
