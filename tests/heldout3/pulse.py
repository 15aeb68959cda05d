"""Pulse & Match: a fitness app with a dating side, whose profiles are verified
by a selfie check.

Selfie verification follows the common pattern of dating apps (a posed selfie
uploaded to the app's own verification endpoint, ML Kit face-detection results
sent along as quality metadata, AWS Rekognition called for face attributes).
Rekognition's JSON protocol: POST to rekognition.<region>.amazonaws.com with
`X-Amz-Target: RekognitionService.DetectFaces`, content type
`application/x-amz-json-1.1`, body `{"Image": {"Bytes": <base64>}, "Attributes":
["ALL"]}` (docs.aws.amazon.com/rekognition/latest/APIReference/API_DetectFaces).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, jwt, multipart

from . import sdks
from .phone import FB, okhttp, play_order_id, rf, ua
from .shapes import embedding, gps_track, mlkit_face, rekognition_face

API = "https://api.pulsematch.example"
UA = ua("PulseMatch", "5.14.0")


def _auth(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + jwt({"sub": b.ctx.phone.pulse_user, "exp": 1718200000}))  # type: ignore[attr-defined]


def selfie_verify(ctx: Context) -> Flow:
    b = FB(ctx, "pulse:verify", "POST", f"{API}/v3/verification/selfie")
    _auth(b)
    b.header("x-install-id", b.id("pulse_install", where="header:x-install-id"))
    pose = ctx.rng.choice(["tilt_left", "thumbs_up", "smile", "look_up"])
    boundary = "pm-" + new_hex(ctx.rng, 16)
    body = multipart(
        boundary,
        [
            ("pose", None, None, pose.encode()),
            ("session_id", None, None, new_uuid(ctx.rng).encode()),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 1400)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.mark("biometric", "face_image_verification", "multipart:selfie -> /verification/selfie", True)
    b.ok_json({"status": "pending", "check_id": new_uuid(ctx.rng)}, 202)
    return b.build()


def selfie_frames_meta(ctx: Context) -> Flow:
    """ML Kit face results of the frames the camera kept, sent as 'quality' metadata."""
    b = FB(ctx, "pulse:verify", "POST", f"{API}/v3/verification/frames")
    _auth(b)
    frames = [
        {"ts": int(ctx.now * 1000) + 66 * i, "face": mlkit_face(ctx.rng, 3)}
        for i in range(ctx.rng.randint(3, 6))
    ]
    b.json({"check": new_uuid(ctx.rng), "detector": "mlkit-face-16.1.6", "frames": frames}, "gzip")
    b.mark("biometric", "mlkit_face", "body.frames[].face{headEulerAngle*,landmarks,...}", True)
    b.ok_json({"accepted": len(frames)})
    return b.build()


def rekognition_detect(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "aws:rekognition",
        "POST",
        "https://rekognition.eu-west-1.amazonaws.com/",
        http_version="HTTP/1.1",
    )
    b.header("x-amz-target", "RekognitionService.DetectFaces")
    b.header("x-amz-date", "20240611T101500Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA"
        + new_hex(ctx.rng, 16).upper()
        + "/20240611/eu-west-1/rekognition/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature="  # noqa: E501
        + new_hex(ctx.rng, 64),
    )
    b.header("user-agent", "aws-sdk-android/2.75.0 Linux/5.15 Dalvik/2.1.0/0 en_GB")
    body = {
        "Image": {"Bytes": b64(fake_jpeg(ctx.rng.getrandbits(32), 1200))},
        "Attributes": ["ALL"],
    }
    b.set_body(jsb(body), "application/x-amz-json-1.1")
    b.mark("biometric", "face_image_to_face_api", "body.Image.Bytes (DetectFaces)", True)
    b.mark("biometric", "rekognition_face_details", "response.FaceDetails[]", True, "response")
    b.respond(200, "application/x-amz-json-1.1", jsb({"FaceDetails": [rekognition_face(ctx.rng)]}))
    return b.build()


def face_attributes_event(ctx: Context) -> Flow:
    """The app forwards what Rekognition said about the face to its own analytics."""
    b = FB(ctx, "pulse:analytics", "POST", f"{API}/v3/events")
    _auth(b)
    f = rekognition_face(ctx.rng)
    ev = {
        "name": "verification_result",
        "ts": int(ctx.now * 1000),
        "props": {
            "result": "passed",
            "face_attributes": {
                "age_range": [f["AgeRange"]["Low"], f["AgeRange"]["High"]],  # type: ignore[index]
                "gender": f["Gender"]["Value"],
                "smile": f["Smile"]["Value"],  # type: ignore[index]
                "emotion": "HAPPY",
                "pose": f["Pose"],
            },
        },
    }
    b.json({"events": [ev]})
    b.mark("biometric", "face_analysis_forwarded", "body.events[].props.face_attributes", True)
    b.respond(204, None)
    return b.build()


def face_vector_opaque(ctx: Context) -> Flow:
    """'Similar looks' matching: a face embedding under opaque keys."""
    b = FB(ctx, "pulse:lk", "POST", f"{API}/v3/m/lk")
    _auth(b)
    b.json({"u": ctx.phone.pulse_user, "v": floats_b64(embedding(ctx.rng, 128)), "r": 25})  # type: ignore[attr-defined]
    b.mark("biometric", "face_embedding_opaque", "body.v (base64 float32 x128)", False)
    b.ok_json({"ids": [f"pm_{ctx.rng.randint(10**8, 10**9)}" for _ in range(5)]})
    return b.build()


def session_refresh(ctx: Context) -> Flow:
    b = FB(ctx, "pulse:auth", "POST", f"{API}/v3/session/refresh")
    b.header("user-agent", UA)
    b.json(
        {
            "refresh_token": new_hex(ctx.rng, 48),
            "device_id": b.id("pulse_install", where="body.device_id"),
            "platform": "android",
        }
    )
    b.ok_json({"access_token": jwt({"sub": ctx.phone.pulse_user}), "expires_in": 3600})  # type: ignore[attr-defined]
    return b.build()


def telemetry_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "pulse:t", "GET", f"{API}/t.gif")
    b.header("user-agent", UA)
    b.params += [
        ("e", "open"),
        ("k", b.id("aid_pulse", "md5", where="query:k (md5 of ANDROID_ID)", detectable=False)),
        ("s", str(ctx.rng.randint(1, 99))),
    ]
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def braze(ctx: Context) -> Flow:
    names = ["workout_completed", "swipe_right", "profile_viewed", "streak_extended"]
    return sdks.braze_data(
        ctx,
        "sdk.iad-05.braze.com",
        "pulse",
        [
            {
                "name": "ce",
                "data": {"n": ctx.rng.choice(names)},
                "time": round(ctx.now, 3),
                "session_id": new_uuid(ctx.rng),
            }
        ],
    )


def facebook(ctx: Context) -> Flow:
    return sdks.facebook_activities(ctx, "481516234200", "com.pulsematch.app")


def branch(ctx: Context) -> Flow:
    return sdks.branch_install(ctx, "key_live_pm" + new_hex(ctx.rng, 20), "aid_pulse")


# --- ordinary traffic -----------------------------------------------------------


def matches_feed(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "pulse:feed",
        "GET",
        f"{API}/v3/matches",
        [("limit", "20"), ("cursor", new_hex(ctx.rng, 12))],
    )
    _auth(b)
    people = [
        {
            "id": f"pm_{ctx.rng.randint(10**8, 10**9)}",
            "name": ctx.rng.choice(["Ana", "Lea", "Sam", "Kai", "Noor"]),
            "age": ctx.rng.randint(22, 39),
            "distance_km": rf(ctx.rng, 0.5, 20, 1),
            "verified": ctx.rng.random() < 0.6,
            "photos": [f"https://img.pulsematch.example/p/{new_hex(ctx.rng, 24)}.webp"],
        }
        for _ in range(8)
    ]
    b.respond(200, "application/json", jsb({"people": people}), "gzip")
    return b.build()


def photo_thumb(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "pulse:img",
        "GET",
        f"https://img.pulsematch.example/p/{new_hex(ctx.rng, 24)}.webp",
        [("w", "320")],
    )
    b.header("user-agent", okhttp())
    b.respond(
        200, "image/webp", b"RIFF\x00\x10\x00\x00WEBPVP8 " + fake_jpeg(ctx.rng.getrandbits(16), 400)
    )
    return b.build()


def workout_upload(ctx: Context) -> Flow:
    """A run: GPS track and a heart-rate series (health data, not face or voice)."""
    b = FB(ctx, "pulse:workout", "POST", f"{API}/v3/workouts")
    _auth(b)
    n = ctx.rng.randint(40, 90)
    b.json(
        {
            "type": "run",
            "started_at": int(ctx.now) - 1800,
            "track": gps_track(ctx.rng, n),
            "hr_bpm": [ctx.rng.randint(118, 171) for _ in range(n)],
            "kcal": ctx.rng.randint(200, 480),
            "cadence": [ctx.rng.randint(150, 178) for _ in range(10)],
        },
        "gzip",
    )
    b.decoy("gps track + heart-rate series")
    b.ok_json({"id": new_uuid(ctx.rng), "pb": False})
    return b.build()


def profile_edit(ctx: Context) -> Flow:
    b = FB(ctx, "pulse:profile", "PATCH", f"{API}/v3/me")
    _auth(b)
    b.json(
        {
            "gender": ctx.rng.choice(["woman", "man", "nonbinary"]),
            "show_me": "everyone",
            "birthday": "1994-03-17",
            "height_cm": 178,
            "bio": "Runner, bad at karaoke.",
            "interests": ["running", "climbing", "podcasts"],
        }
    )
    b.decoy("self-declared gender")
    b.ok_json({"ok": True})
    return b.build()


def chat_send(ctx: Context) -> Flow:
    b = FB(ctx, "pulse:chat", "POST", f"{API}/v3/conversations/{new_hex(ctx.rng, 16)}/messages")
    _auth(b)
    b.json(
        {
            "client_msg_id": new_uuid(ctx.rng),
            "text": ctx.rng.choice(["Coffee after the run?", "haha yes", "Saturday 10am?"]),
        }
    )
    b.ok_json({"id": new_uuid(ctx.rng), "sent_at": int(ctx.now)}, 201)
    return b.build()


def map_tile(ctx: Context) -> Flow:
    z, x, y = 14, 8800 + ctx.rng.randint(0, 9), 5370 + ctx.rng.randint(0, 9)
    b = FB(
        ctx,
        "mapbox",
        "GET",
        f"https://api.mapbox.com/v4/mapbox.mapbox-streets-v8/{z}/{x}/{y}.vector.pbf",
        [
            ("sku", "101" + new_hex(ctx.rng, 10)),
            ("access_token", "pk.eyJ1IjoicHVsc2UifQ." + new_hex(ctx.rng, 22)),
        ],
    )
    b.header("user-agent", "MapboxAndroidSDK/10.16.1")
    b.respond(
        200, "application/x-protobuf", b"\x1a\x8f\x03\x0a\x05water" + new_hex(ctx.rng, 60).encode()
    )
    return b.build()


def safety_article(ctx: Context) -> Flow:
    b = FB(ctx, "pulse:cms", "GET", f"{API}/v3/cms/articles/why-we-verify-faces")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "title": "Why we verify faces",
            "body": "Selfie verification compares the landmarks of your face "
            "with your profile photos. We never sell your face geometry or face templates.",
            "tags": ["safety", "face verification", "biometrics"],
        }
    )
    b.decoy("article about face verification")
    return b.build()


def purchase(ctx: Context) -> Flow:
    b = FB(ctx, "pulse:billing", "POST", f"{API}/v3/billing/google/verify")
    _auth(b)
    b.json(
        {
            "order_id": play_order_id(ctx.rng),
            "product_id": "pm_plus_1m",
            "purchase_token": new_hex(ctx.rng, 40) + "." + new_hex(ctx.rng, 30),
        }
    )
    b.ok_json({"entitlement": "plus", "expires": int(ctx.now) + 2592000})
    return b.build()


def remote_config(ctx: Context) -> Flow:
    b = FB(ctx, "pulse:config", "GET", f"{API}/v3/config", [("v", "5.14.0"), ("exp", "sv_flow_b")])
    b.header("user-agent", UA)
    b.ok_json(
        {
            "experiments": {"selfie_flow": "b", "bucket": ctx.rng.randint(0, 999)},
            "min_version": "5.0.0",
            "request_id": new_uuid(ctx.rng),
        }
    )
    return b.build()


def search_places(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "pulse:places",
        "GET",
        f"{API}/v3/places/search",
        [("q", ctx.rng.choice(["park run", "climbing gym", "coffee"])), ("near", "52.52,13.40")],
    )
    _auth(b)
    b.ok_json({"results": [{"name": "Volkspark", "lat": 52.527, "lon": 13.433}]})
    return b.build()


SENSITIVE_DEVICE = [braze, facebook, session_refresh, telemetry_opaque]
BENIGN = [
    matches_feed,
    photo_thumb,
    photo_thumb,
    workout_upload,
    profile_edit,
    chat_send,
    map_tile,
    safety_article,
    purchase,
    remote_config,
    search_places,
    matches_feed,
    chat_send,
]
