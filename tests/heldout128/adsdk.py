"""The SDKs inside the operator's video app: Firebase Installations, Remote
Config, Firebase Analytics' batched upload and AdMob ad requests.

Installations registers the Firebase installation id (`fid`), Remote Config
sends it back as `appInstanceId`; the Analytics upload is a protobuf batch
whose fields carry the app-instance id and advertising id with no key names;
AdMob's `gma` request puts the advertising id under `rdid`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, ms, rid

APP_ID = "1:448210937761:android:6c1f0e9a2b7d4c55"
PROJECT = "448210937761"
API_KEY = "AIzaSyB" + "q7Xr2L0pVd3mKc9sWnT4aY8hE1uJ6oZfGx"


def installations(c: Context) -> Flow:
    b = FB(
        c,
        "firebase.installations",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/siarku-prod/installations",
    )
    b.header("user-agent", dalvik())
    b.header("x-goog-api-key", API_KEY)
    b.json(
        {
            "fid": b.id("siar_fid", where="json fid"),
            "appId": APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/448210937761/installations/x",
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(
        c,
        "firebase.remoteconfig",
        "POST",
        f"https://firebaseremoteconfig.googleapis.com/v1/projects/{PROJECT}/namespaces/firebase:fetch",
    )
    b.header("user-agent", dalvik())
    b.header("x-goog-api-key", API_KEY)
    b.json(
        {
            "appInstanceId": b.id("siar_fid", where="json appInstanceId"),
            "appInstanceIdToken": "eyJ" + new_hex(c.rng, 60),
            "appId": APP_ID,
            "countryCode": "MY",
            "languageCode": "ms-MY",
            "platformVersion": "34",
            "timeZone": "Asia/Kuala_Lumpur",
            "appVersion": "3.18.0",
            "packageName": "my.siarku.app",
            "sdkVersion": "21.6.0",
        }
    )
    b.ok_json({"entries": {"iklan_pra_main": "true", "had_peranti": "3"}, "state": "UPDATE"})
    return b.build()


def measurement_batch(c: Context) -> Flow:
    """Firebase Analytics' protobuf batch: ids sit in numbered fields only."""
    b = FB(c, "firebase.analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik())
    event = pb_msg(2, [pb_bytes(2, "screen_view"), pb_varint(3, ms(c)), pb_varint(4, ms(c) - 5000)])
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(8, "android"),
            pb_bytes(9, "14"),
            pb_bytes(10, "SM-A546E"),
            pb_bytes(14, "my.siarku.app"),
            pb_bytes(19, b.id("gaid", "protobuf", "protobuf field 1.19", detectable=False)),
            pb_bytes(
                21, b.id("siar_app_instance", "protobuf", "protobuf field 1.21", detectable=False)
            ),
            pb_bytes(25, APP_ID),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def admob(c: Context) -> Flow:
    b = FB(
        c,
        "admob",
        "GET",
        "https://googleads.g.doubleclick.net/mads/gma",
        [
            ("preqs", str(c.rng.randint(0, 20))),
            ("u_sd", "2.625"),
            ("u_w", "411"),
            ("u_h", "866"),
            ("format", "interstitial_mb"),
            ("msid", "my.siarku.app"),
            ("app_name", "318.android.my.siarku.app"),
            ("rdid", ""),
            ("is_lat", "0"),
            ("ms", new_hex(c.rng, 40)),
            ("correlator", str(c.rng.randint(10**15, 10**16))),
            ("request_id", rid(c.rng)),
        ],
    )
    b.params[7] = ("rdid", b.id("gaid", where="query rdid"))
    b.header("user-agent", dalvik())
    b.ok_json({"ad_networks": [{"ad": {"ad_html": "<div>iklan</div>"}}]})
    return b.build()
