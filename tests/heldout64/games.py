"""Casual games: a truck-parking puzzle and a "lucha libre" selfie-mask game.

Ads: Unity Ads' webview SDK appends advertisingTrackingId, limitAdTracking and
androidId to its ad-plan / fill URL (Unity-Technologies unity-ads-webview,
CampaignManager / AdRequest, and DeviceInfo in unity-ads-android). Game
telemetry of the studio's own: camera yaw/pitch/roll, avatar customisation,
level progress (decoys). The mask game's selfie mode sends the face tracker's
blendshape weights to its own server to animate the mask (biometric).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ms, rf, rid, ua

STUDIO = "https://telemetry.camionpuzzle-example.com"
BLEND = [
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "cheekPuff",
    "mouthPucker",
    "browDownLeft",
    "noseSneerRight",
]


def unity_fill(c: Context) -> Flow:
    b = FB(
        c,
        "unity-ads",
        "POST",
        "https://auction.unityads.unity3d.com/v6/games/"
        f"{c.rng.choice(['4417203', '5012877'])}/requests",
    )
    b.param("platform", "android")
    b.param("sdkVersion", "4120")
    b.param("advertisingTrackingId", b.id("gaid", where="query advertisingTrackingId"))
    b.param("limitAdTracking", "false")
    b.param("androidId", b.id("aid_game", where="query androidId"))
    b.param("deviceMake", "samsung")
    b.param("deviceModel", "SM-G556B")
    b.json(
        {
            "idfi": b.id("unity_idfi", where="json idfi"),
            "placements": {"rewarded": {}},
            "connectionType": "cellular",
            "screenWidth": 1080,
            "screenHeight": 2408,
        }
    )
    b.ok_json({"plan": {"rewarded": {"mediaId": new_hex(c.rng, 24)}}, "correlationId": rid(c.rng)})
    return b.build()


def unity_opaque(c: Context) -> Flow:
    """A mediation adapter's token: the ids sit base64'd inside an unnamed blob."""
    b = FB(c, "unity-ads", "POST", "https://auction.unityads.unity3d.com/v6/games/4417203/requests")
    tok = b.id("gaid", how="b64", where="json token (b64 of gaid, no key name)", detectable=False)
    b.json({"token": tok, "v": 2, "r": rid(c.rng)})
    b.ok_json({"plan": {}})
    return b.build()


def camera(c: Context) -> Flow:
    b = FB(c, "camionpuzzle", "POST", f"{STUDIO}/v1/eventos")
    b.header("user-agent", ua("CamionPuzzle", "1.44"))
    frames = [
        {
            "yaw": rf(c.rng, -180, 180, 2),
            "pitch": rf(c.rng, -60, 60, 2),
            "roll": rf(c.rng, -5, 5, 2),
            "zoom": rf(c.rng, 0.5, 2, 2),
        }
        for _ in range(15)
    ]
    b.json(
        {"nivel": c.rng.randint(1, 120), "camara": frames, "t": ms(c), "rid": rid(c.rng)}, "gzip"
    )
    b.no_content()
    b.decoy("game camera yaw/pitch/roll per frame: a virtual camera, not a head pose")
    return b.build()


def avatar(c: Context) -> Flow:
    b = FB(c, "luchamask", "PUT", "https://api.luchamask-example.com/v2/avatar")
    b.header("user-agent", ua("LuchaMask", "3.0.2"))
    b.json(
        {
            "avatar": {
                "forma_cara": c.rng.choice(["ovalada", "redonda", "cuadrada"]),
                "tono_piel": c.rng.randint(1, 6),
                "genero": c.rng.choice(["H", "M", "X"]),
                "mascara": c.rng.choice(["Santo", "Blue Demon", "Místico"]),
                "expresion": c.rng.choice(["feliz", "enojado", "burla"]),
            }
        }
    )
    b.ok_json({"ok": True})
    b.decoy("avatar choices (face shape, skin tone, gender, emote) picked from menus")
    return b.build()


def level_done(c: Context) -> Flow:
    b = FB(c, "camionpuzzle", "POST", f"{STUDIO}/v1/progreso")
    b.json(
        {
            "nivel": c.rng.randint(1, 120),
            "estrellas": c.rng.randint(0, 3),
            "duracionMs": c.rng.randint(20000, 400000),
            "movimientos": c.rng.randint(5, 90),
        }
    )
    b.no_content()
    b.decoy("level duration and moves: play time, not viewing")
    return b.build()


def mask_blendshapes(c: Context) -> Flow:
    b = FB(c, "luchamask", "POST", "https://api.luchamask-example.com/v2/selfie/frames")
    b.header("user-agent", ua("LuchaMask", "3.0.2"))
    frames = [
        {
            "t": i * 33,
            "blendshapes": {k: rf(c.rng, 0, 1, 3) for k in BLEND},
            "headEuler": [rf(c.rng, -20, 20, 1) for _ in range(3)],
        }
        for i in range(8)
    ]
    b.json({"sesion": rid(c.rng), "faceTracker": "mediapipe-face-landmarker", "frames": frames})
    b.bio("blendshapes", "json frames[].blendshapes (face tracker)")
    b.ok_json({"ok": True})
    return b.build()


def mask_mesh(c: Context) -> Flow:
    b = FB(c, "luchamask", "POST", "https://api.luchamask-example.com/v2/selfie/malla")
    pts = [[rf(c.rng, 0, 1, 4), rf(c.rng, 0, 1, 4), rf(c.rng, -0.1, 0.1, 4)] for _ in range(120)]
    b.json(
        {
            "sesion": rid(c.rng),
            "mallaFacial": {"topologia": "canonical_face_model", "vertices": pts},
        }
    )
    b.bio("face_mesh", "json mallaFacial.vertices")
    b.ok_json({"ok": True})
    return b.build()
