"""Analytics and ad SDKs the apps embed (iOS builds).

Sources (public docs / SDK code, read for key names and endpoints):
- Adjust iOS SDK (github.com/adjust/ios_sdk, ADJPackageBuilder.m): form bodies to
  app.adjust.com/session|event with app_token, idfa, idfv, created_at, primary_dedupe_token.
- AppsFlyer iOS: launches.appsflyer.com/api/v6.x/iosevent?app_id=id... JSON with
  advertiserId, uid (AppsFlyer id), appsflyerKey.
- Google IMA SDK / Ad Manager ad tags (support.google.com/admanager "ad tag parameters"):
  rdid, idtype=idfa, is_lat, cmsid, vid on pubads.g.doubleclick.net/gampad/ads.
- Firebase / GA4 for iOS: app-measurement.com/a, a protobuf MeasurementBatch whose
  bundle carries app_instance_id and (ATT allowing) the IDFA, and "video_progress"-style
  custom events are the app's own choice.
- Batch.com iOS SDK (ws.batch.com webservice): "ids" object with "di" (Batch install id),
  "idfa", "cus" (custom user id), "pl" platform.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, ms, rid, ua


def adjust_session(ctx: Context, app: str, idfv: str, att: bool = True) -> Flow:
    b = FB(ctx, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    pairs = [
        ("app_token", "q8x2k1" + app[:6].lower()),
        ("app_version", "5.4.1"),
        ("created_at", "2024-11-12T09:14:03.221Z+0100"),
        ("environment", "production"),
        ("idfv", b.id(idfv, where="body.idfv")),
        ("primary_dedupe_token", b.id(idfv, how="lower", where="body.primary_dedupe_token")),
        ("device_type", "iPhone"),
        ("device_name", "iPhone15,2"),
        ("os_name", "ios"),
        ("os_version", "17.5.1"),
        ("att_status", "3" if att else "2"),
        ("session_count", str(ctx.rng.randint(2, 90))),
    ]
    if att:
        pairs.insert(4, ("idfa", b.id("idfa", where="body.idfa")))
    b.header("client-sdk", "ios4.38.2")
    b.form(pairs)
    b.ok_json({"adid": ctx.phone.adjust_adid, "message": "Session tracked"})
    b.other_id("adjust_adid", where="response.adid", direction="response")
    return b.build()


def appsflyer_launch(ctx: Context, app_id: str, idfv: str) -> Flow:
    b = FB(
        ctx,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/iosevent",
        [("app_id", app_id), ("buildnumber", "6.14.3")],
    )
    b.header("user-agent", ua("AppsFlyerSDK", "6.14.3"))
    b.other_id("af_uid", where="body.uid")
    b.json(
        {
            "appsflyerKey": "XkT9" + "q" * 6,
            "uid": ctx.phone.af_uid,
            "advertiserId": b.id("idfa", where="body.advertiserId"),
            "vendorId": b.id(idfv, where="body.vendorId"),
            "deviceType": "iPhone15,2",
            "counter": str(ctx.rng.randint(1, 60)),
            "timepassedsincelastlaunch": str(ctx.rng.randint(30, 90000)),
            "af_timestamp": str(ms(ctx)),
            "lang": "fr-CH",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ima_ad_request(ctx: Context, cmsid: str, vid: str, att: bool) -> Flow:
    """A pre-roll request; the content id sent is the one about to play (an ad fetch)."""
    b = FB(ctx, "ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    for k, v in [
        ("iu", "/21745/fr.replay/video"),
        ("sz", "640x480"),
        ("env", "vp"),
        ("output", "vast"),
        ("cmsid", cmsid),
        ("vid", vid),
        ("correlator", str(ctx.rng.randint(10**15, 10**16))),
    ]:
        b.param(k, v)
    if att:
        b.param("rdid", b.id("idfa", where="query.rdid"))
        b.param("idtype", "idfa")
        b.param("is_lat", "0")
    else:
        b.param("is_lat", "1")
    b.respond(200, "text/xml; charset=UTF-8", b'<VAST version="4.1"><Ad id="a1"/></VAST>')
    return b.build()


def firebase_measurement(
    ctx: Context, app: str, event: str, params: list[tuple[str, str]], view: bool = False
) -> Flow:
    """A GA4 batch: app_instance_id rides in the bundle; event params are the app's own."""
    b = FB(ctx, "firebase", "POST", "https://app-measurement.com/a")
    b.other_id("fb_instance", where="protobuf.bundle.app_instance_id")
    if view:
        b.view("protobuf.bundle.event.params", detectable=True)
    ev = [pb_bytes(2, event), pb_varint(3, ms(ctx))]
    for k, v in params:
        ev.append(pb_msg(1, [pb_bytes(1, k), pb_bytes(2, v)]))
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            pb_msg(2, ev),
            pb_bytes(10, "ios"),
            pb_bytes(14, app),
            pb_bytes(21, ctx.phone.fb_instance),
            pb_varint(20, ms(ctx)),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def batch_start(ctx: Context, idfv: str) -> Flow:
    b = FB(ctx, "batch", "POST", f"https://ws.batch.com/i/3.2/{rid(ctx.rng)[:12]}/start")
    b.other_id("batch_install", where="body.ids.di")
    b.json(
        {
            "ids": {
                "di": ctx.phone.batch_install,
                "idfv": b.id(idfv, where="body.ids.idfv"),
                "pl": "ios",
                "lvl": "3.2.1",
                "cus": None,
            },
            "rid": rid(ctx.rng),
            "push": {"tok": ctx.phone.batch_push, "env": "production"},
        }
    )
    b.ok_json({"ok": True, "ts": ms(ctx)})
    return b.build()
