"""A kids' learning app (Dutch / Polish lessons) that checks with the front camera
whether the child is paying attention: face landmarks, a face mesh, blendshape
weights and an emotion estimate go to the app's backend; a drawing game sends
stroke coordinates (a decoy).

Sources: Firebase Installations REST call as the Android SDK makes it
(firebase-android-sdk, firebase-installations FirebaseInstallationServiceClient:
`POST /v1/projects/{project}/installations` with `fid`, `appId`, `authVersion`
"FIS_v2", `sdkVersion`, headers x-goog-api-key, X-Android-Package). MediaPipe
Face Landmarker outputs 478 landmarks and 52 ARKit-named blendshapes
(developers.google.com/mediapipe/solutions/vision/face_landmarker). The app's own
key names (aandacht, gezicht, blik...) are ours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, points, rf, rid, ua

API = "https://api.leerling-example.com"
BLEND = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "eyeLookOutLeft",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browDownLeft",
    "browInnerUp",
    "cheekPuff",
    "eyeSquintRight",
]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("LeerlingKids", "2.30.1"))


def attention(ctx: Context) -> Flow:
    b = FB(ctx, "leerling", "POST", f"{API}/v1/les/aandacht")
    _hdr(b)
    b.json(
        {
            "lesId": ctx.rng.randint(100, 999),
            "kind": "k2",
            "ts": ms(ctx),
            "aandacht": {
                "gezichtGevonden": True,
                "score": rf(ctx.rng, 0.2, 1.0, 2),
                "blik": {"yaw": rf(ctx.rng, -30, 30, 1), "pitch": rf(ctx.rng, -20, 20, 1)},
                "gezichtLandmarks": points(ctx.rng, 68),
            },
        }
    )
    b.bio("face_landmarks", "body.aandacht.gezichtLandmarks")
    b.no_content()
    return b.build()


def face_mesh(ctx: Context) -> Flow:
    b = FB(ctx, "leerling", "POST", f"{API}/v1/attention/samples")
    _hdr(b)
    mesh = [round(ctx.rng.uniform(0.2, 0.8), 4) for _ in range(478 * 3)]
    b.json(
        {
            "sessionId": rid(ctx.rng),
            "model": "face_landmarker_v2",
            "faceMesh": {"points": 478, "xyz": mesh},
            "fps": 5,
        }
    )
    b.bio("face_mesh", "body.faceMesh.xyz")
    b.no_content()
    return b.build()


def blendshapes(ctx: Context) -> Flow:
    b = FB(ctx, "leerling", "POST", f"{API}/v1/attention/expression")
    _hdr(b)
    b.json(
        {
            "lesson": "rekenen-3",
            "at": iso(ctx),
            "categories": [{"categoryName": n, "score": rf(ctx.rng, 0, 1, 5)} for n in BLEND],
        }
    )
    b.bio("blendshapes", "body.categories[].categoryName+score")
    b.no_content()
    return b.build()


def emotie(ctx: Context) -> Flow:
    b = FB(ctx, "leerling", "POST", f"{API}/v1/les/stemming")
    _hdr(b)
    emos = {k: rf(ctx.rng, 0, 1, 3) for k in ("blij", "verdrietig", "boos", "verveeld", "neutraal")}
    b.json(
        {
            "bron": "frontcamera",
            "gezichtsuitdrukking": emos,
            "dominant": max(emos, key=emos.__getitem__),
        }
    )
    b.bio("face_analysis", "body.gezichtsuitdrukking (emotion from the face)")
    b.no_content()
    return b.build()


def opaque_samples(ctx: Context) -> Flow:
    b = FB(ctx, "leerling", "POST", f"{API}/v1/s")
    _hdr(b)
    body = pb_varint(1, ms(ctx)) + pb_msg(
        2, [pb_varint(1, 478), pb_packed_floats(2, [rf(ctx.rng, 0, 1) for _ in range(200)])]
    )
    b.set_body(body + pb_bytes(3, "k2"), "application/x-protobuf")
    b.bio("face_mesh", "body protobuf field 2.2 (packed floats, no names)", detectable=False)
    b.no_content()
    return b.build()


def firebase_install(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/leerling-kids-nl/installations",
    )
    b.header("x-goog-api-key", "AIzaSyB" + rid(ctx.rng).replace("-", "")[:32])
    b.header("x-android-package", "com.leerling.kids")
    b.header("x-android-cert", "2F" + rid(ctx.rng).replace("-", "")[:38].upper())
    b.json(
        {
            "fid": b.id("kids_fid", where="body.fid"),
            "appId": "1:88112:android:4d1e7a",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/88112/installations/x", "refreshToken": rid(ctx.rng)})
    return b.build()


def profile_device(ctx: Context) -> Flow:
    b = FB(ctx, "leerling", "POST", f"{API}/v1/gezin/tablet")
    _hdr(b)
    b.json(
        {
            "toestel": {
                "android_id": b.id("aid_kids", where="body.toestel.android_id"),
                "naam": "Lenovo Tab P12",
            },
            "kinderen": 2,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def drawing(ctx: Context) -> Flow:
    b = FB(ctx, "leerling", "POST", f"{API}/v1/tekenen/opslaan")
    _hdr(b)
    b.json(
        {
            "opdracht": "teken een huis",
            "strokes": [points(ctx.rng, 20, 1600, 1000) for _ in range(3)],
        }
    )
    b.decoy("drawing strokes: coordinate lists")
    b.ok_json({"ster": 3})
    return b.build()


def quiz(ctx: Context) -> Flow:
    b = FB(ctx, "leerling", "POST", f"{API}/v1/les/antwoorden")
    _hdr(b)
    b.json(
        {
            "lesId": ctx.rng.randint(100, 999),
            "antwoorden": [ctx.rng.randint(0, 3) for _ in range(10)],
            "tijdMs": [ctx.rng.randint(900, 9000) for _ in range(10)],
        }
    )
    b.decoy("quiz answers and response times")
    b.ok_json({"score": ctx.rng.randint(4, 10)})
    return b.build()


def face_article(ctx: Context) -> Flow:
    b = FB(ctx, "leerling", "GET", f"{API}/v1/lessen/biologie/het-gezicht")
    b.ok_json(
        {
            "titel": "Ons gezicht",
            "tekst": "Je gezicht heeft 43 spieren. Als je lacht gebruik je er 12.",
            "plaatjes": ["ogen.png", "neus.png"],
        }
    )
    b.decoy("lesson text about faces")
    return b.build()
