"""Analytics / ad SDKs the apps embed.

- Firebase / GA4 for Firebase: POST app-measurement.com/a, a protobuf batch with
  the app-instance id and events (firebase-android-sdk, measurement docs);
  video events as in GA4's recommended video_progress (video_current_time...).
- AppsFlyer: POST launches.appsflyer.com/api/v6.x/androidevent?app_id=...
  JSON with advertiserId, uid, android_id (AppsFlyer Android SDK, public dumps).
- Adjust: POST app.adjust.com/session form with gps_adid, android_uuid,
  app_token (adjust_android_sdk ActivityPackage / PackageBuilder).
- Gemius: gemiusPrism hits to <prefix>.hit.gemius.pl/_<ms>/redot.gif (xgemius.js)
  and gemiusStream player events (com.gemius.sdk.stream Player / ProgramData;
  parameter names in the hit are our reconstruction).
- Google IMA: pubads.g.doubleclick.net/gampad/ads?...&rdid=&idtype=adid&is_lat=0
  (Google Ad Manager "ad tag parameters": rdid, idtype, is_lat).
- Braze: POST sdk.fra-02.braze.eu/api/v3/data with device_id and events
  (braze-android-sdk; Braze EU cluster endpoints)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua


def ga4_video(c: Context, event: str = "video_progress") -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    inst = b.id("app_instance", "protobuf", where="body:protobuf app_instance_id (field 21)")
    b.view(f"body:protobuf event {event} video_current_time / video_title")
    params = [
        pb_msg(
            2, [pb_bytes(1, "video_title"), pb_bytes(2, "Ranczo s01e0" + str(c.rng.randint(1, 9)))]
        ),
        pb_msg(2, [pb_bytes(1, "video_current_time"), pb_varint(4, c.rng.randint(10, 2600))]),
        pb_msg(2, [pb_bytes(1, "video_percent"), pb_varint(4, c.rng.choice([10, 25, 50, 75]))]),
    ]
    ev = pb_msg(2, [*params, pb_bytes(2, event), pb_varint(3, ms(c))])
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            ev,
            pb_bytes(8, "android"),
            pb_bytes(10, "moto g85 5G"),
            pb_bytes(14, "pl.ekranplus.mobile"),
            pb_bytes(21, inst),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def ga4_screen(c: Context) -> Flow:
    """A screen_view: nothing sensitive but the app-instance id."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    inst = b.id("app_instance", "protobuf", where="body:protobuf app_instance_id (field 21)")
    ev = pb_msg(
        2,
        [
            pb_msg(2, [pb_bytes(1, "firebase_screen"), pb_bytes(2, "Katalog")]),
            pb_bytes(2, "screen_view"),
            pb_varint(3, ms(c)),
        ],
    )
    b.set_body(
        pb_msg(1, [pb_varint(1, 1), ev, pb_bytes(8, "android"), pb_bytes(21, inst)]),
        "application/x-www-form-urlencoded",
    )
    b.no_content()
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.12/androidevent?app_id=pl.ekranplus.mobile&buildnumber=6.12.2",
    )
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    b.json(
        {
            "advertiserId": b.id("gaid", where="body:$.advertiserId"),
            "uid": b.id("af_uid", where="body:$.uid"),
            "android_id": b.id("aid_pl", where="body:$.android_id"),
            "brand": "motorola",
            "model": "moto g85 5G",
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(1, 40)),
            "lang_code": "pl",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "x7k2m9q1w3ab"),
            ("gps_adid", b.id("gaid", where="body:gps_adid")),
            ("android_uuid", b.id("adjust_uuid", where="body:android_uuid")),
            ("created_at", iso(c).replace("Z", "Z+0100")),
            ("device_type", "phone"),
            ("os_name", "android"),
            ("session_count", str(c.rng.randint(1, 90))),
        ]
    )
    b.ok_json({"app_token": "x7k2m9q1w3ab", "adid": rid(c.rng).replace("-", "")})
    return b.build()


def gemius_prism(c: Context) -> Flow:
    """A page-view hit: the Gemius cookie id, page identifier; no viewing."""
    b = FB(c, "gemius", "GET", f"https://gapl.hit.gemius.pl/_{ms(c)}/redot.gif")
    for k, v in [
        ("l", "91"),
        ("id", "bDfrqLcVY.A" + str(c.rng.randint(10, 99))),
        ("fr", "1"),
        ("tz", "-60"),
        ("href", "app://ekranplus/katalog"),
    ]:
        b.param(k, v)
    b.header("cookie", "Gdyn=" + b.id("gemius_uid", where="cookie:Gdyn", detectable=False))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def gemius_stream(c: Context) -> Flow:
    b = FB(c, "gemius", "GET", f"https://gapl.hit.gemius.pl/_{ms(c)}/stream.gif")
    b.view("query:programId,event,offset (gemiusStream)")
    for k, v in [
        ("playerId", "ekranplus-android"),
        ("programId", str(c.rng.randint(10**5, 10**6))),
        ("event", c.rng.choice(["play", "playing", "pause", "complete"])),
        ("offset", str(c.rng.randint(0, 3000))),
        ("programDuration", "2700"),
        ("programType", "video"),
    ]:
        b.param(k, v)
    b.header("cookie", "Gdyn=" + b.id("gemius_uid", where="cookie:Gdyn", detectable=False))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def ima_ad(c: Context) -> Flow:
    b = FB(c, "ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    for k, v in [
        ("iu", "/21775744923/tevemost/preroll"),
        ("sz", "640x480"),
        ("env", "vp"),
        ("gdfp_req", "1"),
        ("output", "vast"),
        ("rdid", b.id("gaid", where="query:rdid")),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
    ]:
        b.param(k, v)
    b.respond(200, "text/xml", b'<?xml version="1.0"?><VAST version="4.0"></VAST>')
    return b.build()


def braze(c: Context) -> Flow:
    b = FB(c, "braze", "POST", "https://sdk.fra-02.braze.eu/api/v3/data")
    b.header("x-braze-api-key", rid(c.rng))
    b.json(
        {
            "device_id": b.id("braze_device", where="body:$.device_id"),
            "time": int(c.now),
            "api_key": rid(c.rng),
            "sdk_version": "30.1.1",
            "events": [
                {
                    "name": "ce",
                    "data": {"n": "open_app"},
                    "time": int(c.now),
                    "session_id": rid(c.rng),
                }
            ],
            "device": {"model": "moto g85 5G", "os_version": "14", "carrier": "Play"},
        }
    )
    b.ok_json({"feed": []})
    return b.build()
