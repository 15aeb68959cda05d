"""Attribution and install SDKs in the creator's apps: the truly sensitive device ids.

Sources: AppsFlyer iOS SDK 6.x launch/event calls to
`launches.appsflyer.com/api/v6.x/iosevent?app_id=id...` with `advertiserId`
(IDFA, only when ATT is authorised), `vendorId` (IDFV) and `uid` (the
AppsFlyer id) - AppsFlyerSDK docs and AppsFlyerSDK/appsflyer-sdkless-skadnetwork-client
README (uid / app_id / af_timestamp); Adjust iOS SDK (adjust/ios_sdk,
ADJPackageBuilder: app_token, idfa, idfv, primary_dedupe_token, att_status,
created_at, os_name...) form posts to app.adjust.com/session; Firebase
Installations REST (`POST /v1/projects/{p}/installations` with `fid`,
`appId`, `authVersion` FIS_v2, `sdkVersion` i:...).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, sdk_ua

APPS = {
    "reel": ("id6447120931", "com.reelhouse.player", "idfv_reel"),
    "glow": ("id6452018877", "app.glowmask.camera", "idfv_glow"),
    "echo": ("id6470033415", "ai.echoform.voice", "idfv_echo"),
    "stats": ("id6443390012", "io.vidmetrics.creator", "idfv_stats"),
}


def appsflyer_launch(c: Context, app: str = "reel", att: bool = True) -> Flow:
    app_id, bundle, idfv = APPS[app]
    url = "https://launches.appsflyer.com/api/v6.15/iosevent"
    b = FB(c, "appsflyer", "POST", url, [("app_id", app_id), ("buildnumber", "6.15.3")])
    b.header("user-agent", sdk_ua(bundle, "6.15.3"))
    body = {
        "appsflyerKey": "7hQk" + "p2NxVf3RtYz9LmWcA",
        "af_timestamp": str(ms(c)),
        "uid": c.phone.af_uid,
        "vendorId": b.id(idfv, where="json:vendorId"),
        "deviceType": "iPhone17,1",
        "model": "iPhone",
        "platformextension": "ios_native",
        "counter": str(c.rng.randint(2, 60)),
        "iaecounter": "0",
        "lang": "fr-CA" if c.rng.random() < 0.4 else "en-CA",
        "country": "CA",
        "timepassedsincelastlaunch": str(c.rng.randint(30, 90000)),
        "sc_o": "p",
        "att": 3 if att else 2,
    }
    b.other_id("af_uid", "json:uid")
    if att:
        body["advertiserId"] = b.id("idfa", where="json:advertiserId")
        body["advertiserIdEnabled"] = "true"
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def adjust_session(c: Context, app: str = "echo") -> Flow:
    _, bundle, idfv = APPS[app]
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", sdk_ua(bundle, "ios5.0.1"))
    b.header("client-sdk", "ios5.0.1")
    b.form(
        [
            ("app_token", "q2w9e8r7t6y5"),
            ("att_status", "3"),
            ("idfa", b.id("idfa", where="form:idfa")),
            ("idfv", b.id(idfv, where="form:idfv")),
            ("primary_dedupe_token", c.phone.adjust_uuid),
            ("created_at", iso(c).replace("Z", "-0500")),
            ("environment", "production"),
            ("os_name", "ios"),
            ("os_version", "18.1"),
            ("device_type", "iPhone"),
            ("device_name", "iPhone17,1"),
            ("bundle_id", bundle),
            ("session_count", str(c.rng.randint(2, 40))),
            ("tracking_enabled", "1"),
        ]
    )
    b.other_id("adjust_uuid", "form:primary_dedupe_token")
    b.ok_json(
        {"adid": rid(c.rng).replace("-", ""), "message": "Session tracked", "timestamp": iso(c)}
    )
    return b.build()


def firebase_install(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/glowmask-prod/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("x-ios-bundle-identifier", "app.glowmask.camera")
    b.json(
        {
            "fid": c.phone.fid_glow,
            "appId": "1:884120337461:ios:3f1c9a0d27e4b51c",
            "authVersion": "FIS_v2",
            "sdkVersion": "i:11.4.0",
        }
    )
    b.other_id("fid_glow", "json:fid")
    b.ok_json(
        {
            "name": "projects/884120337461/installations/" + c.phone.fid_glow,
            "fid": c.phone.fid_glow,
            "refreshToken": "3_" + rid(c.rng),
        }
    )
    return b.build()


def sealed_ping(c: Context) -> Flow:
    """An in-house ad-measurement ping: the IDFV base64'd under a meaningless key."""
    b = FB(c, "reelhouse-adm", "POST", "https://adm.reelhouse.tv/p")
    b.json(
        {
            "v": 3,
            "k": b.id("idfv_reel", how="b64", where="json:k", detectable=False),
            "t": ms(c),
            "z": b64(rid(c.rng)),
        }
    )
    b.no_content()
    return b.build()


def creative_fetch(c: Context) -> Flow:
    """Decoy: a sponsored-slot creative fetch with request, creative and placement ids."""
    b = FB(
        c,
        "reelhouse-ads",
        "GET",
        "https://ads.reelhouse.tv/v1/creative",
        [
            ("placement_id", "preroll_ca_1"),
            ("request_id", rid(c.rng)),
            ("creative_id", str(c.rng.randint(10**8, 10**9))),
        ],
    )
    b.decoy("ad creative fetch: request_id / creative_id / placement_id, no device id")
    b.ok_json({"vast": "https://cdn.reelhouse.tv/vast/" + rid(c.rng) + ".xml", "ttl": 900})
    return b.build()
