"""An AR beauty try-on app ("GlowTry"): live make-up on the camera feed, skin analysis.

Sources: Perfect Corp's YouCam API (docs.perfectcorp.com, quick start guide):
`POST /s2s/v2.0/file` returns a `file_id` and a presigned upload request, the
client PUTs the image bytes, then `POST /s2s/v2.1/task/skin-analysis` with
`src_file_id` and `dst_actions` (wrinkle, pore, texture, acne, redness, ...),
bearer auth, host yce-api-01.makeupar.com (the upload host here is invented).
Landmarks follow MediaPipe Face Mesh (468 points, x/y/z normalised) and the
expression weights MediaPipe Face Landmarker's 52 ARKit-named blendshapes
(eyeBlinkLeft, jawOpen, mouthSmileLeft, ...). The app's own backend (French keys:
visage, analyseDePeau, teint) is invented.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, gz, jsb

from .phone import FB, iso, okua, rf, rid
from .util import sealed_b64

API = "https://api.glowtry.app"
UA = okua("GlowTry", "4.21.0")
YCE = "https://yce-api-01.makeupar.com/s2s"
BLEND = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "cheekPuff",
    "mouthPucker",
    "eyeSquintLeft",
    "eyeSquintRight",
]


def _app(b: FB, c: Context) -> None:
    b.header("user-agent", UA)
    b.header("x-glow-user", b.acct("beauty_user"))


def yce_file(c: Context) -> Flow:
    b = FB(c, "perfectcorp", "POST", YCE + "/v2.0/file")
    b.header("authorization", "Bearer yce_" + "a9F3" * 8)
    size = c.rng.randint(80000, 300000)
    b.json(
        {"files": [{"content_type": "image/jpeg", "file_name": "selfie.jpg", "file_size": size}]}
    )
    fid = rid(c.rng)
    b.decoy("upload-slot request: file name and size only")
    b.ok_json(
        {"status": 200, "data": {"files": [{"file_id": fid, "requests": [{"method": "PUT"}]}]}}
    )
    return b.build()


def yce_upload(c: Context) -> Flow:
    url = f"https://yce-upload-01.makeupar.com/skin-analysis/{rid(c.rng)}/selfie.jpg"
    b = FB(c, "perfectcorp", "PUT", url)
    b.bio("face_image", "selfie jpeg PUT to a skin-analysis service upload slot")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 1600), "image/jpeg")
    b.respond(200, None)
    return b.build()


def yce_task(c: Context) -> Flow:
    b = FB(c, "perfectcorp", "POST", YCE + "/v2.1/task/skin-analysis")
    b.header("authorization", "Bearer yce_" + "a9F3" * 8)
    acts = ["wrinkle", "pore", "texture", "acne", "redness", "oiliness", "age_spot", "moisture"]
    b.json({"src_file_id": rid(c.rng), "dst_actions": acts, "format": "json"})
    b.decoy("task creation: a file id and the list of analyses, no image")
    b.ok_json({"status": 200, "data": {"task_id": str(c.rng.randint(10**17, 10**18))}})
    return b.build()


def landmarks(c: Context) -> Flow:
    b = FB(c, "glowtry", "POST", f"{API}/v1/essayage/session/{rid(c.rng)}/frames")
    _app(b, c)
    b.bio("face_landmarks", "json visage.points: 468 x/y/z face-mesh landmarks (gzip)")
    pts = [[rf(c.rng, 0.3, 0.7), rf(c.rng, 0.25, 0.8), rf(c.rng, -0.08, 0.08)] for _ in range(468)]
    body = {
        "produit": c.rng.choice(["rouge-velours-12", "mascara-noir", "fond-teint-3N"]),
        "visage": {
            "points": pts,
            "rotation": {"lacet": rf(c.rng, -20, 20, 1), "tangage": rf(c.rng, -10, 10, 1)},
        },
        "horodatage": iso(c),
    }
    b.json(body, encoding="gzip")
    b.no_content()
    return b.build()


def expressions(c: Context) -> Flow:
    b = FB(c, "glowtry", "POST", f"{API}/v1/analytics/expression")
    _app(b, c)
    b.bio("blendshapes", "json blendshapes: ARKit-named expression weights")
    b.json(
        {
            "look": "soiree-glam",
            "blendshapes": {k: rf(c.rng, 0, 1, 3) for k in BLEND},
            "fps": 30,
        }
    )
    b.no_content()
    return b.build()


def analyse_peau(c: Context) -> Flow:
    b = FB(c, "glowtry", "POST", f"{API}/v1/profil/analyse-de-peau")
    _app(b, c)
    b.bio("face_analysis", "json analyseDePeau results + formeVisage from a selfie")
    b.json(
        {
            "analyseDePeau": {
                "rides": rf(c.rng, 0, 1, 2),
                "pores": rf(c.rng, 0, 1, 2),
                "taches": rf(c.rng, 0, 1, 2),
                "rougeurs": rf(c.rng, 0, 1, 2),
                "agePeau": c.rng.randint(24, 45),
            },
            "formeVisage": c.rng.choice(["ovale", "ronde", "carree", "coeur"]),
            "teint": c.rng.choice(["clair", "beige", "mat"]),
            "source": "selfie",
        }
    )
    b.ok_json({"recommandations": ["serum-hyaluronique", "spf50"]})
    return b.build()


def tryon_opaque(c: Context) -> Flow:
    b = FB(c, "glowtry", "POST", f"{API}/v1/t")
    _app(b, c)
    b.bio("face_landmarks", "gzip json z: sealed AR tracking batch", detectable=False)
    b.set_body(gz(jsb({"z": sealed_b64(c.rng, 500)})), "application/octet-stream")
    b.no_content()
    return b.build()


def device(c: Context) -> Flow:
    b = FB(c, "glowtry", "POST", f"{API}/v1/device")
    _app(b, c)
    b.header("x-android-id", b.id("aid_beauty", "upper", where="header x-android-id"))
    fid = b.id("beauty_fid", where="json firebaseInstallationId")
    b.json({"firebaseInstallationId": fid, "locale": "fr_FR", "camera2": True})
    b.ok_json({"ok": True})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "glowtry", "GET", f"{API}/v1/catalogue/teintes", [("categorie", "rouge-a-levres")])
    _app(b, c)
    b.decoy("shade catalogue: RGB colour triples and prices")
    shades = [
        {
            "ref": f"RL-{i:02d}",
            "rgb": [c.rng.randint(90, 230), c.rng.randint(10, 90), c.rng.randint(20, 110)],
            "prix": rf(c.rng, 9, 39, 2),
        }
        for i in range(12)
    ]
    b.ok_json({"teintes": shades})
    return b.build()


def asset(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", f"https://cdn.glowtry.app/ar/lunettes-{c.rng.randint(1, 40)}.glb")
    b.decoy("3D asset (glasses mesh) for the try-on")
    b.respond(200, "model/gltf-binary", b"glTF\x02\x00\x00\x00" + bytes(700))
    return b.build()


def article(c: Context) -> Flow:
    b = FB(c, "glowtry", "GET", f"{API}/v1/magazine/quelle-forme-de-visage")
    _app(b, c)
    b.decoy("magazine article about face shapes (text, no face data)")
    b.ok_json(
        {
            "titre": "Visage ovale, rond ou carré : quel contouring choisir ?",
            "corps": "Pour un visage rond, on allonge avec l'enlumineur sur l'arête du nez.",
        }
    )
    return b.build()
