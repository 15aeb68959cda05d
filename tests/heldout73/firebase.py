"""Firebase inside the apps: Installations registers the SDK's install id
(`POST firebaseinstallations.googleapis.com/v1/projects/P/installations`
{fid, appId, authVersion, sdkVersion}, firebase-android-sdk
FirebaseInstallationServiceClient), and GA4 uploads batches to
`app-measurement.com/a` as protobuf: event and parameter names travel as
strings (video_progress, video_current_time...), the ad id and the
app-instance id as bare fields without names.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, ms

PHIM_PKG = "vn.phimvietplus.android"


def fis(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/phimviet-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PHIM_PKG)
    b.json(
        {
            "fid": b.id("fb_fid", where="body.fid"),
            "appId": "1:734201778201:android:" + new_hex(c.rng, 22),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/734201778201/installations/x",
            "authToken": {"token": new_hex(c.rng, 40), "expiresIn": "604800s"},
        }
    )
    return b.build()


def _param(name: str, sval: str | None = None, ival: int | None = None) -> bytes:
    body = pb_bytes(1, name) + (pb_bytes(2, sval) if sval is not None else pb_varint(4, ival or 0))
    return pb_msg(2, [body])


def ga4(c: Context, video: bool = False) -> Flow:
    """One GA4 upload batch; with `video`, a video_progress event of a watched drama."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik())
    if video:
        name = "video_progress"
        params = _param("video_title", "พรหมลิขิต EP" + str(c.rng.randint(1, 26))) + _param(
            "video_percent", ival=c.rng.choice([10, 25, 50, 75, 90])
        )
        params += _param("video_current_time", ival=c.rng.randint(60, 2700)) + _param(
            "video_duration", ival=2880
        )
        b.view("body.protobuf event video_progress (video_title, video_current_time)")
    else:
        name = c.rng.choice(["screen_view", "user_engagement", "session_start"])
        params = _param("engagement_time_msec", ival=c.rng.randint(500, 60000)) + _param(
            "ga_screen", "MainActivity"
        )
    event = pb_msg(2, [params, pb_bytes(2, name), pb_varint(3, ms(c))])
    bundle = (
        pb_varint(1, 1)
        + event
        + pb_bytes(8, "android")
        + pb_bytes(9, "14")
        + pb_bytes(10, "CPH2599")
    )
    bundle += pb_bytes(14, "th.co.doolakorn") + pb_bytes(
        19, b.id("gaid", how="protobuf", where="body.protobuf field 19 (ad id)")
    )
    bundle += pb_bytes(
        21, b.id_raw("fb_instance", "plain", "body.protobuf field 21 (app instance id)")
    )
    bundle += pb_bytes(25, "1:88019921:android:" + new_hex(c.rng, 16))
    b.set_body(pb_msg(1, [bundle]), "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()
