"""Kalp: a dating app with photo verification.

Verification sends a posed selfie, the face contours Google ML Kit found on
the phone (contour types FACE, LEFT_EYE, UPPER_LIP_TOP...; ML Kit FaceContour
docs) or MediaPipe Face Landmarker blendshape scores (eyeBlinkLeft, jawOpen,
mouthSmileLeft...; MediaPipe face_landmarker docs) for the liveness step. One
liveness packet is XOR-obfuscated (opaque). Attribution: AppsFlyer's launch
event, POST launches.appsflyer.com/api/v6.x/androidevent?app_id=... with
`advertiserId`, `uid` and `oaid` in the JSON body (AppsFlyer Android SDK
source, AFInAppEventParameterName / collectOAID).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, ms, points, rf, rid, ua

API = "https://api.kalp-app.com"
CONTOURS = ["FACE", "LEFT_EYEBROW_TOP", "LEFT_EYE", "RIGHT_EYE", "NOSE_BRIDGE", "UPPER_LIP_TOP"]
SHAPES = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "cheekPuff",
    "mouthPucker",
]


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "kalp", method, API + path)
    b.header("user-agent", ua("Kalp", "7.40.1"))
    b.header("x-trace", rid(ctx.rng))
    return b


def verify_selfie(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v1/verification/photo")
    bnd = "kalp" + rid(ctx.rng)[:10]
    parts = [
        ("selfie", "v.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6))),
        ("pose", None, None, ctx.rng.choice([b"peace_sign", b"thumbs_up", b"hand_on_chin"])),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart selfie on /verification/photo")
    b.ok_json({"status": "pending_review"})
    return b.build()


def face_contours(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v1/verification/contours")
    b.json(
        {
            "faceContours": {c: points(ctx.rng, 16 if c != "FACE" else 36) for c in CONTOURS},
            "smilingProbability": rf(ctx.rng, 0, 1, 3),
            "headEulerAngleY": rf(ctx.rng, -20, 20, 2),
        }
    )
    b.bio("face_landmarks", "body faceContours (ML Kit contour points)")
    b.ok_json({"ok": True})
    return b.build()


def blendshapes(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v1/verification/liveness")
    frames = [
        {
            "t": ms(ctx) + i * 33,
            "blendshapes": [{"categoryName": s, "score": rf(ctx.rng, 0, 1, 4)} for s in SHAPES],
        }
        for i in range(3)
    ]
    b.json({"challenge": "blink_then_smile", "frames": frames})
    b.bio("blendshapes", "body frames[].blendshapes (MediaPipe categories)")
    b.ok_json({"live": True})
    return b.build()


def obfuscated_liveness(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v1/v/l2")
    raw = ",".join(str(x) for p in points(ctx.rng, 40) for x in p).encode()
    blob = bytes(c ^ 0x5A for c in raw)
    b.json({"v": 2, "p": b64(blob)})
    b.bio("face_landmarks", "body p (XOR-obfuscated landmark list)", detectable=False)
    b.ok_json({"live": True})
    return b.build()


def appsflyer_launch(ctx: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.13/androidevent"
    b = FB(
        ctx, "appsflyer", "POST", url, [("app_id", "com.kalp.dating"), ("buildnumber", "6.13.0")]
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; BVL-N49)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="body advertiserId"),
            "oaid": b.id("oaid", where="body oaid"),
            "uid": b.id("flort_af_uid", where="body uid"),
            "advertiserIdEnabled": "true",
            "af_timestamp": str(ms(ctx)),
            "brand": "HONOR",
            "model": "BVL-N49",
            "lang_code": "tr",
            "country": "TR",
            "counter": "3",
        }
    )
    b.respond(200, "text/plain", b"ok")
    return b.build()


def profile_edit(ctx: Context) -> Flow:
    b = _b(ctx, "PATCH", "/api/v1/me")
    b.json(
        {
            "cinsiyet": ctx.rng.choice(["kadın", "erkek"]),
            "aranan": "erkek",
            "yas": 29,
            "boy_cm": 168,
            "sehir": "İstanbul",
            "bio": "Kahve ve kedi sever",
        }
    )
    b.decoy("self-declared gender and height on a profile form")
    b.ok_json({"ok": True})
    return b.build()


def discover(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/api/v1/discover?limit=10")
    b.decoy("other users' profile cards (no data about this phone)")
    b.ok_json(
        {
            "kartlar": [
                {
                    "id": str(ctx.rng.randint(10**9, 10**10)),
                    "ad": "Ayşe",
                    "yas": 28,
                    "foto": "https://img.kalp-app.com/p/a.jpg",
                    "mesafe_km": 3,
                }
            ]
        }
    )
    return b.build()


def profile_photo(ctx: Context) -> Flow:
    b = FB(
        ctx, "kalp", "GET", f"https://img.kalp-app.com/p/{ctx.rng.randint(10**6, 10**7)}_640.jpg"
    )
    b.decoy("downloading another user's profile photo")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 500))
    return b.build()
