"""Kwik: a Kwai-style short-video social app with Snap Kit login / Bitmoji, an age
check by Yoti facial age estimation, and AppsFlyer attribution.

Wire formats: Kwai-family REST calls carry the device in the query (`did`,
`egid`, `mod`, `kpn`, `kpf`) with a signed form body (Kwai/Kuaishou traffic
analyses); Snap Kit Login Kit OAuth2 token exchange on accounts.snapchat.com and
the Snap Kit GraphQL `me` query (https://docs.snap.com/snap-kit/login-kit/);
Yoti headless facial age estimation, multipart `image` (base64 JPEG),
`biometric_consent`, `secure_token` to age.yoti.com/api/v1/sessions/<id>/age-estimation
(https://developers.yoti.com/age-verification/headless-fae-image-handling);
AppsFlyer `androidevent` JSON with `advertiserId`, `uid`, `eventName`,
`eventValue` as a JSON string.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    fake_mp4,
    js,
    multipart,
    pb_bytes,
    pb_msg,
    pb_varint,
)

from .phone import FB, iso, ms, okhttp, req_id, rf, ua

API = "https://api.kwik-video.com"
UA = ua("Kwik", "11.2.30")


def photo(ctx: Context) -> dict[str, object]:
    return {
        "photo_id": new_digits(ctx.rng, 16, "5"),
        "author_id": new_digits(ctx.rng, 10, "1"),
        "duration_ms": ctx.rng.randint(6000, 60000),
    }


def _api(ctx: Context, method: str, path: str, with_did: bool = True) -> FB:
    fb = FB(ctx, "kwik", method, API + path)
    fb.header("user-agent", UA)
    if with_did:
        fb.param("mod", "Google(Pixel 8)")
        fb.param("did", fb.id("kwik_did", where="query did"))
        fb.param("egid", fb.id("kwik_egid", where="query egid", detectable=False))
        fb.param("kpn", "KWIK")
        fb.param("kpf", "ANDROID_PHONE")
        fb.param("appver", "11.2.30.2183")
        fb.param("c", "GOOGLE_PLAY")
    return fb


def _signed(ctx: Context, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [
        *pairs,
        ("client_key", new_hex(ctx.rng, 8)),
        ("sig", new_hex(ctx.rng, 32)),
        ("__NS_sig3", new_hex(ctx.rng, 48)),
    ]


# --- feed, media, profile -----------------------------------------------------------


def feed(ctx: Context) -> Flow:
    fb = _api(ctx, "POST", "/rest/n/feed/hot")
    fb.form(_signed(ctx, [("count", "20"), ("pcursor", ""), ("source", "1")]))
    fb.ok_json(
        {"result": 1, "feeds": [photo(ctx) for _ in range(4)], "llsid": new_digits(ctx.rng, 19)}
    )
    return fb.build()


def video_cdn(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "kwik-cdn",
        "GET",
        f"https://v2.kwikcdn.com/upic/2024/06/22/{new_hex(ctx.rng, 24)}_b.mp4",
    )
    fb.param("tag", "1-" + str(int(ctx.now)) + "-xpcwebfeatured-0-" + new_hex(ctx.rng, 10))
    fb.header("user-agent", "ExoPlayerLib/2.18.7")
    fb.respond(200, "video/mp4", fake_mp4(ctx.rng.getrandbits(32), 900))
    return fb.build()


def cover(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "kwik-cdn",
        "GET",
        f"https://p2.kwikcdn.com/upic/2024/06/22/{new_hex(ctx.rng, 24)}.webp",
    )
    fb.header("user-agent", okhttp())
    fb.respond(
        200,
        "image/webp",
        b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(ctx.rng.getrandbits(8) for _ in range(300)),
    )
    return fb.build()


def like(ctx: Context) -> Flow:
    p = photo(ctx)
    fb = _api(ctx, "POST", "/rest/n/photo/like")
    fb.form(_signed(ctx, [("photo_id", str(p["photo_id"])), ("cancel", "0")]))
    fb.ok_json({"result": 1})
    return fb.build()


def comments(ctx: Context) -> Flow:
    fb = _api(ctx, "POST", "/rest/n/comment/list/v2")
    fb.form(_signed(ctx, [("photoId", str(photo(ctx)["photo_id"])), ("pcursor", "")]))
    fb.ok_json(
        {
            "result": 1,
            "rootComments": [{"comment_id": new_digits(ctx.rng, 12), "content": "golden hour!"}],
        }
    )
    return fb.build()


def profile_update(ctx: Context) -> Flow:
    """Self-declared gender and birthday on the profile form: not biometric."""
    fb = _api(ctx, "POST", "/rest/n/user/profile/update")
    fb.form(
        _signed(
            ctx,
            [
                ("user_sex", ctx.rng.choice(["F", "M", "U"])),
                ("birthday", "1998-0" + str(ctx.rng.randint(1, 9)) + "-14"),
                ("user_name", "ines.m"),
            ],
        )
    )
    fb.ok_json({"result": 1})
    return fb.build()


def upload_video(ctx: Context) -> Flow:
    fb = FB(ctx, "kwik", "POST", "https://upload.kwik-video.com/api/upload/fragment")
    fb.header("user-agent", UA)
    fb.param("upload_token", new_hex(ctx.rng, 32))
    fb.param("fragment_id", str(ctx.rng.randint(0, 9)))
    fb.set_body(fake_mp4(ctx.rng.getrandbits(32), 1200), "application/octet-stream")
    fb.ok_json({"result": 1})
    return fb.build()


# --- viewing reports ------------------------------------------------------------------


def play_log(ctx: Context, n: int) -> Flow:
    fb = FB(ctx, "kwik", "POST", "https://log-kwik.kwik-video.com/rest/wd/common/log/collect")
    fb.header("user-agent", UA)
    logs = []
    for _ in range(n):
        p = photo(ctx)
        played = ctx.rng.randint(1000, int(p["duration_ms"]))  # type: ignore[call-overload]
        logs.append(
            {
                "type": "PHOTO_PLAY",
                **p,
                "play_duration_ms": played,
                "watch_ratio": round(played / int(p["duration_ms"]), 3),  # type: ignore[call-overload]
                "ts": ms(ctx),
            }
        )
    body = {
        "common": {
            "device_id": fb.id("kwik_did", where="body common.device_id"),
            "egid": fb.id("kwik_egid", where="body common.egid", detectable=False),
            "app_version": "11.2.30",
        },
        "logs": logs,
    }
    fb.view("body logs[type=PHOTO_PLAY].photo_id/play_duration_ms")
    fb.json(body, encoding="gzip")
    fb.ok_json({"result": 1, "nextRequestPeriodInMs": 30000})
    return fb.build()


def realtime_log(ctx: Context) -> Flow:
    """Protobuf realtime log: photo ids and play time under field numbers only."""
    fb = FB(ctx, "kwik", "POST", "https://log-kwik.kwik-video.com/rest/kd/log/realtime")
    fb.header("user-agent", UA)
    parts = [pb_bytes(1, fb.id("kwik_did", where="protobuf field 1", detectable=False))]
    for _ in range(ctx.rng.randint(1, 3)):
        p = photo(ctx)
        parts.append(
            pb_msg(
                4,
                [
                    pb_varint(1, int(p["photo_id"])),
                    pb_varint(2, ctx.rng.randint(1000, 60000)),
                    pb_varint(3, ms(ctx)),
                ],
            )
        )  # type: ignore[call-overload]
    fb.view("protobuf field 4 (photo id, play ms)", detectable=False)
    fb.set_body(b"".join(parts), "application/octet-stream", "gzip")
    fb.respond(200, "application/octet-stream", pb_varint(1, 1))
    return fb.build()


def photo_view(ctx: Context) -> Flow:
    p = photo(ctx)
    fb = _api(ctx, "POST", "/rest/n/photo/view")
    fb.form(
        _signed(
            ctx,
            [
                ("photoId", str(p["photo_id"])),
                ("authorId", str(p["author_id"])),
                ("playDuration", str(ctx.rng.randint(1000, 60000))),
                ("videoDuration", str(p["duration_ms"])),
            ],
        )
    )
    fb.view("form photoId/playDuration/videoDuration")
    fb.ok_json({"result": 1})
    return fb.build()


# --- Snap Kit ----------------------------------------------------------------------


def snap_token(ctx: Context) -> Flow:
    fb = FB(ctx, "snapkit", "POST", "https://accounts.snapchat.com/accounts/oauth2/token")
    fb.header("user-agent", okhttp())
    fb.form(
        [
            ("grant_type", "authorization_code"),
            ("code", new_hex(ctx.rng, 40)),
            ("redirect_uri", "kwik://snap-kit/oauth2"),
            ("client_id", req_id(ctx.rng)),
            ("code_verifier", new_hex(ctx.rng, 64)),
        ]
    )
    fb.ok_json({"access_token": new_hex(ctx.rng, 64), "token_type": "Bearer", "expires_in": 3600})
    return fb.build()


def snap_me(ctx: Context) -> Flow:
    fb = FB(ctx, "snapkit", "POST", "https://kit.snapchat.com/v1/me")
    fb.header("user-agent", okhttp())
    fb.json({"query": "{me{displayName bitmoji{avatar id} externalId}}", "variables": None})
    fb.ok_json(
        {
            "data": {
                "me": {
                    "displayName": "Ines",
                    "bitmoji": {
                        "avatar": "https://sdk.bitmoji.com/render/panel/"
                        + new_hex(ctx.rng, 30)
                        + ".png"
                    },
                }
            }
        }
    )
    return fb.build()


def bitmoji(ctx: Context) -> Flow:
    """A cartoon avatar sticker: an image of a drawing, not a face template."""
    fb = FB(
        ctx, "snapkit", "GET", f"https://sdk.bitmoji.com/render/panel/{new_hex(ctx.rng, 30)}-v1.png"
    )
    fb.param("transparent", "1")
    fb.param("scale", "2")
    fb.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(ctx.rng.getrandbits(8) for _ in range(400))
    )
    return fb.build()


# --- age check ------------------------------------------------------------------------


def yoti_age(ctx: Context) -> Flow:
    sid = req_id(ctx.rng)
    fb = FB(ctx, "yoti", "POST", f"https://age.yoti.com/api/v1/sessions/{sid}/age-estimation")
    fb.header("user-agent", UA)
    fb.header("yoti-sdk-id", req_id(ctx.rng))
    boundary = new_hex(ctx.rng, 32)
    parts = [
        (
            "image",
            None,
            "application/octet-stream",
            b64(fake_jpeg(ctx.rng.getrandbits(32), 1500)).encode(),
        ),
        ("biometric_consent", None, "text/plain", iso(ctx).encode()),
        ("secure_token", None, "text/plain", new_hex(ctx.rng, 120).encode()),
    ]
    fb.bio("face_image", "multipart image (base64 JPEG) to age-estimation")
    fb.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    fb.ok_json({"status": "COMPLETE"})
    return fb.build()


def selfie_age_proxy(ctx: Context) -> Flow:
    fb = _api(ctx, "POST", "/rest/n/safety/age/verify")
    fb.json(
        {
            "method": "facial_age_estimation",
            "selfie": b64(fake_jpeg(ctx.rng.getrandbits(32), 1400)),
            "liveness_frames": 3,
        }
    )
    fb.bio("face_image", "body selfie (base64 JPEG) method=facial_age_estimation")
    fb.ok_json({"result": 1, "status": "PENDING"})
    return fb.build()


def age_result_event(ctx: Context) -> Flow:
    """The app forwards the face-derived age estimate to its analytics."""
    fb = FB(ctx, "kwik", "POST", "https://log-kwik.kwik-video.com/rest/wd/common/log/collect")
    fb.header("user-agent", UA)
    body = {
        "common": {"device_id": fb.id("kwik_did", where="body common.device_id")},
        "logs": [
            {
                "type": "AGE_CHECK_RESULT",
                "provider": "yoti",
                "face_age_estimate": rf(ctx.rng, 19, 31, 1),
                "st_dev": rf(ctx.rng, 1.2, 2.8, 1),
                "antispoofing_prediction": "real",
                "ts": ms(ctx),
            }
        ],
    }
    fb.bio("face_age", "body logs[].face_age_estimate/antispoofing_prediction")
    fb.json(body, encoding="gzip")
    fb.ok_json({"result": 1})
    return fb.build()


def age_policy(ctx: Context) -> Flow:
    """The age-gate config: words like face and age, no data about anyone."""
    fb = _api(ctx, "GET", "/rest/n/safety/age/policy", with_did=False)
    fb.ok_json(
        {
            "methods": ["facial_age_estimation", "id_document"],
            "face_capture": {"min_face_px": 96, "max_image_kb": 100},
            "threshold_age": 18,
            "copy": "We estimate your age from a selfie. The image is deleted straight after.",
        }
    )
    return fb.build()


# --- AppsFlyer ---------------------------------------------------------------------------


def appsflyer(ctx: Context, content: dict[str, object] | None) -> Flow:
    fb = FB(ctx, "appsflyer", "POST", "https://conversions.appsflyer.com/api/v6.13/androidevent")
    fb.param("app_id", "com.kwik.video")
    fb.param("buildnumber", "6.13.0")
    fb.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240805.005)")
    body: dict[str, object] = {
        "advertiserId": fb.id("gaid", where="body advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": fb.id("appsflyer_uid", where="body uid"),
        "brand": "google",
        "model": "Pixel 8",
        "sdk": "34",
        "date1": iso(ctx),
        "counter": str(ctx.rng.randint(2, 80)),
    }
    if content:
        body["eventName"] = "af_content_view"
        body["eventValue"] = js(
            {
                "af_content_id": content["photo_id"],
                "af_content_type": "video",
                "af_duration": content["duration_ms"],
            }
        )
        fb.view("body eventName=af_content_view eventValue.af_content_type=video")
    else:
        body["eventName"] = "af_login"
        body["eventValue"] = js({"method": "snapchat"})
    fb.json(body)
    fb.respond(200, "text/plain", b"ok")
    return fb.build()
