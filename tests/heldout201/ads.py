"""The third-party SDKs the family's apps embed, written once per vendor with the
app's own ids passed in.

* Adjust (DaawoTV): `POST app.adjust.com/session` and `/event`, form-encoded
  with the PackageBuilder's names (`app_token`, `gps_adid`, `gps_adid_src`,
  `android_uuid`, `created_at`, `event_token`, `partner_params`,
  `callback_params`); the answer carries the Adjust device id `adid`
  (https://github.com/adjust/android_sdk, https://help.adjust.com/en/article/server-to-server-sessions).
* Unity Ads (Nuur, Goolka): the auction request
  `auction.unityads.unity3d.com/v6/games/{gameId}/requests` with the upper-case
  `advertisingTrackingId` and Unity's install id `idfi`.
* ironSource mediation (Goolka): `init.supersonicads.com/sdk/v7/init` with
  `advId`, and the mediation call whose `data` is base64 JSON.
* Firebase Installations (DaawoTV): `fid`, `appId`, `authVersion` FIS_v2
  (https://firebase.google.com/docs/projects/manage-installations).
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import b64, js, jsb

from .phone import FB, dalvik, iso, rid


def _adjust_time(c: Context) -> str:
    return iso(c).replace("Z", "Z-0500")


def adjust(
    c: Context,
    who: str,
    gaid: str,
    uuid_attr: str,
    adid_attr: str,
    partner: dict[str, str] | None = None,
    view_where: str = "",
) -> Flow:
    """An Adjust session, or an event with partner parameters when `partner` is given."""
    path = "/event" if partner else "/session"
    b = FB(c, "adjust", "POST", "https://app.adjust.com" + path, http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.5")
    b.header("user-agent", dalvik(who))
    b.header(
        "authorization",
        f'Signature signature="{new_hex(c.rng, 64)}",secret_id="3",algorithm="adj2",headers_id="1"',
    )
    b.decoy("Adjust signature (sha256-looking hex)")
    form = [
        ("app_token", "q8v1x3kz7w0g"),
        ("gps_adid", b.id(gaid, where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id(uuid_attr, where="form android_uuid")),
        ("created_at", _adjust_time(c)),
        ("sent_at", _adjust_time(c)),
        ("device_type", "phone"),
        ("os_name", "android"),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("session_count", str(c.rng.randint(1, 80))),
    ]
    if partner:
        form.append(("event_token", "w4k2dq"))
        form.append(("partner_params", js(partner)))
        b.view(view_where or "form partner_params (json)")
    b.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    adid = b.id(adid_attr, where="response json adid", direction="response")
    b.ok_json({"adid": adid, "message": "Session tracked" if not partner else "Event tracked"})
    return b.build()


def unity_ads(c: Context, who: str, gaid: str, idfi: str, game: str, bundle: str) -> Flow:
    b = FB(c, "unity_ads", "POST", f"https://auction.unityads.unity3d.com/v6/games/{game}/requests")
    osv, model, _ = _phone(who)
    b.params.extend(
        [
            ("deviceModel", model),
            ("platform", "android"),
            ("sdkVersion", "4120"),
            ("stores", "google"),
            ("advertisingTrackingId", b.id(gaid, "upper", "query advertisingTrackingId")),
        ]
    )
    b.header("user-agent", dalvik(who))
    auction = new_uuid(c.rng)
    b.decoy("auctionId uuid")
    b.json(
        {
            "bundleId": bundle,
            "osVersion": osv,
            "idfi": b.id(idfi, where="json idfi"),
            "gameSessionId": int(new_digits(c.rng, 12, "1")),
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"], "allowSkip": False}},
            "connectionType": "cellular",
            "screenWidth": 720,
            "screenHeight": 1612,
            "auctionId": auction,
        }
    )
    b.ok_json({"auctionId": auction, "placements": {}})
    return b.build()


def _phone(who: str) -> tuple[str, str, str]:
    from .phone import PHONES

    return PHONES[who]


def ironsource_init(c: Context, who: str, gaid: str, app_key: str) -> Flow:
    _, model, _ = _phone(who)
    b = FB(c, "ironsource", "GET", "https://init.supersonicads.com/sdk/v7/init")
    b.params.extend(
        [
            ("platform", "android"),
            ("applicationKey", app_key),
            ("advId", b.id(gaid, where="query advId")),
            ("advIdType", "GAID"),
            ("sdkVersion", "7.9.0"),
            ("deviceModel", model),
            ("connType", "4G"),
        ]
    )
    b.header("user-agent", dalvik(who))
    b.ok_json({"providerOrder": {"rewardedVideo": ["UnityAds", "AdMob"]}, "configurations": {}})
    return b.build()


def ironsource_mediation(
    c: Context, who: str, gaid: str, uid_attr: str, app_key: str, opaque: bool
) -> Flow:
    """The mediation event batch; `data` is base64 JSON. With `opaque` the ad id sits
    under a one-letter key inside it (a newer SDK build's compact form)."""
    _, model, _ = _phone(who)
    b = FB(c, "ironsource", "POST", "https://outcome-ssp.supersonicads.com/mediation")
    b.params.extend([("adUnit", "3"), ("appKey", app_key)])
    b.header("user-agent", dalvik(who))
    if opaque:
        inner = {
            "a": b.id(gaid, "b64", "json data|base64|json a (base64 again)", detectable=False),
            "t": 1,
            "m": model,
            "s": new_hex(c.rng, 32),
        }
    else:
        inner = {
            "advId": b.id(gaid, where="json data|base64|json advId"),
            "advIdType": "GAID",
            "userId": b.id(uid_attr, where="json data|base64|json userId"),
            "isLimitAdTrackingEnabled": False,
            "deviceOS": "Android",
            "deviceModel": model,
            "sessionId": new_hex(c.rng, 32),
        }
    b.decoy("sessionId md5-looking hex")
    b.json({"data": b64(js(inner)), "v": 2})
    b.ok_json({"response": "ok"})
    return b.build()


def firebase_installation(c: Context, project: str, app_id: str, pkg: str, fid: str) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        f"https://firebaseinstallations.googleapis.com/v1/projects/{project}/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", pkg)
    b.json(
        {
            "fid": b.id(fid, where="json fid"),
            "appId": app_id,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.respond(
        200,
        "application/json",
        jsb({"name": f"projects/{project}/installations/x", "refreshToken": new_hex(c.rng, 40)}),
    )
    return b.build()
