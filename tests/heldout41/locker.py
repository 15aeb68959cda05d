"""BoxNord: a parcel-locker app (SK / DK) whose courier mode asks for selfies:
Azure AI Face detection plus the app's own selfie check with blendshape
liveness (Slovak key names).

Azure Face: POST https://<resource>.cognitiveservices.azure.com/face/v1.0/detect
?returnFaceId=true&detectionModel=detection_03&recognitionModel=recognition_04
with the JPEG as `application/octet-stream` and `Ocp-Apim-Subscription-Key`
(Azure AI Face REST reference). Blendshape names are MediaPipe Face
Landmarker's (eyeBlinkLeft, jawOpen, mouthSmileLeft...).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.boxnord.eu"
UA = ua("BoxNord", "2.17.0")
SHAPES = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
]


def azure_detect(c: Context) -> Flow:
    b = FB(
        c, "azure-face", "POST", "https://boxnord-face.cognitiveservices.azure.com/face/v1.0/detect"
    )
    b.params = [
        ("returnFaceId", "true"),
        ("detectionModel", "detection_03"),
        ("recognitionModel", "recognition_04"),
    ]
    b.header("ocp-apim-subscription-key", new_hex(c.rng, 32))
    b.set_body(fake_jpeg(c.rng.getrandbits(32), 1000), "application/octet-stream")
    b.bio("face_image", "body:jpeg to Azure Face detect")
    b.ok_json(
        [
            {
                "faceId": rid(c.rng),
                "faceRectangle": {"top": 120, "left": 88, "width": 210, "height": 210},
            }
        ]
    )
    return b.build()


def kurier_selfie(c: Context) -> Flow:
    bnd = "boxnord-" + new_hex(c.rng, 16)
    blend = {k: rf(c.rng, 0, 1, 3) for k in SHAPES}
    meta = js(
        {"ucel": "overenie_totoznosti_kuriera", "vyzva": "zazmurkaj", "blendshapes": blend}
    ).encode()
    b = FB(c, "boxnord", "POST", f"{API}/v1/kurier/selfie")
    b.header("user-agent", UA)
    body = multipart(
        bnd,
        [
            ("meta", None, "application/json", meta),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart:selfie jpeg + meta.blendshapes")
    b.ok_json({"overene": True})
    return b.build()


def blendshapes(c: Context) -> Flow:
    b = FB(c, "boxnord", "POST", f"{API}/v1/kurier/zivost")
    b.header("user-agent", UA)
    frames = [{"t": i * 33, "vahy": {k: rf(c.rng, 0, 1, 3) for k in SHAPES}} for i in range(6)]
    b.json(
        {"relacia": rid(c.rng), "snimky": frames, "model": "face_landmarker_v2_with_blendshapes"}
    )
    b.bio("blendshapes", "json:snimky[].vahy (face blendshape weights)")
    b.ok_json({"zivy": True})
    return b.build()


def selfie_opaque(c: Context) -> Flow:
    b = FB(c, "boxnord", "POST", f"{API}/v1/kurier/dokaz")
    b.header("user-agent", UA)
    b.set_body(bytes.fromhex("a5c3" + new_hex(c.rng, 900)), "application/octet-stream")
    b.bio("face_image", "body: encrypted selfie bundle", detectable=False)
    b.no_content()
    return b.build()


def unlock(c: Context) -> Flow:
    box = f"ZB-{c.rng.randint(1000, 9999)}"
    b = FB(c, "boxnord", "POST", f"{API}/v1/boxy/{box}/otvorit")
    b.header("user-agent", UA)
    b.json(
        {
            "zasielka": f"Z{c.rng.randint(10**9, 10**10)}",
            "zariadenie": {"androidId": b.id("aid_locker", where="json:zariadenie.androidId")},
            "ble": True,
        }
    )
    b.ok_json({"schranka": c.rng.randint(1, 60)})
    return b.build()


def fis(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/boxnord-prod/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("x-android-package", "eu.boxnord.app")
    b.json(
        {
            "fid": b.id("locker_fid", where="json:fid"),
            "appId": "1:66011:android:9c0ffee1",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"refreshToken": new_hex(c.rng, 40)})
    return b.build()


def pod_photo(c: Context) -> Flow:
    bnd = "boxnord-" + new_hex(c.rng, 16)
    b = FB(c, "boxnord", "POST", f"{API}/v1/zasielky/dorucenie/foto")
    b.header("user-agent", UA)
    body = multipart(
        bnd,
        [
            ("zasielka", None, None, f"Z{c.rng.randint(10**9, 10**10)}".encode()),
            ("foto", "balik.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"ok": True})
    b.decoy("proof-of-delivery photo of a parcel (no face)")
    return b.build()


def tracking(c: Context) -> Flow:
    b = FB(c, "boxnord", "GET", f"{API}/v1/zasielky/Z{c.rng.randint(10**9, 10**10)}/stav")
    b.header("user-agent", UA)
    b.ok_json({"stav": "v_schranke", "historia": [{"cas": iso(c), "miesto": "Bratislava"}]})
    b.decoy("parcel tracking number and history")
    return b.build()


def lockers_near(c: Context) -> Flow:
    b = FB(
        c,
        "boxnord",
        "GET",
        f"{API}/v1/boxy",
        [("lat", "48.1486"), ("lng", "17.1077"), ("r", "2000")],
    )
    b.header("user-agent", UA)
    b.ok_json(
        {
            "boxy": [
                {"id": f"ZB-{i}", "gps": [rf(c.rng, 48.1, 48.2), rf(c.rng, 17.0, 17.2)]}
                for i in range(5)
            ]
        }
    )
    b.decoy("locker coordinates")
    return b.build()


def qr(c: Context) -> Flow:
    b = FB(c, "boxnord", "GET", f"{API}/v1/kod/{new_hex(c.rng, 24)}.png")
    b.header("user-agent", UA)
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes.fromhex(new_hex(c.rng, 80)))
    b.decoy("pickup QR code")
    return b.build()
