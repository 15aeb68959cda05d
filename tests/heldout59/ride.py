"""Vai Já: a ride-hailing app; the tester drives on weekends, and before going
online the driver must pass a selfie check.

As Uber's Real-Time ID Check does with Microsoft's Face API, the app posts the
selfie to Azure Face `detect` (POST {endpoint}/face/v1.0/detect?returnFaceId=true
&returnFaceLandmarks=true&returnFaceAttributes=headPose,glasses,
application/octet-stream body: learn.microsoft.com/rest/api/face/face-detection-
operations/detect) and forwards the returned landmarks and attributes to its
own backend; a second build posts ML Kit face contour points itself (ML Kit
`FaceContour` types: developers.google.com/ml-kit/vision/face-detection).
Trip routes, ETAs and the surge heat map are coordinate lists, not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, points, rf, rid, ua

API = "https://api.vaija.com.br"
UA = ua("VaiJaMotorista", "6.40.1")
AZ = "https://vaija-br.cognitiveservices.azure.com/face/v1.0/detect"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vaija", method, url)
    b.header("user-agent", UA)
    return b


def azure_detect(c: Context) -> Flow:
    b = FB(c, "azure-face", "POST", AZ)
    b.header("user-agent", UA)
    b.header("ocp-apim-subscription-key", rid(c.rng).replace("-", ""))
    b.param("returnFaceId", "true")
    b.param("returnFaceLandmarks", "true")
    b.param("returnFaceAttributes", "headPose,glasses,occlusion")
    b.bio("face_image", "octet-stream body to Azure Face detect")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 900), "application/octet-stream")
    b.ok_json([{"faceId": rid(c.rng), "faceRectangle": {"top": 120, "left": 90}}])
    return b.build()


def _lm(c: Context) -> dict[str, dict[str, float]]:
    names = ["pupilLeft", "pupilRight", "noseTip", "mouthLeft", "mouthRight", "eyebrowLeftOuter"]
    names += ["eyeLeftTop", "eyeRightTop", "upperLipTop", "underLipBottom"]
    return {n: {"x": rf(c.rng, 80, 400, 1), "y": rf(c.rng, 100, 500, 1)} for n in names}


def selfie_resultado(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/motorista/v2/checagem-selfie")
    b.bio("face_landmarks", "json face.faceLandmarks + faceAttributes.headPose")
    b.json(
        {
            "face": {
                "faceLandmarks": _lm(c),
                "faceAttributes": {
                    "headPose": {
                        "pitch": rf(c.rng, -10, 10, 1),
                        "roll": rf(c.rng, -5, 5, 1),
                        "yaw": rf(c.rng, -15, 15, 1),
                    },
                    "glasses": "NoGlasses",
                },
            },
            "aprovado": True,
            "turno": iso(c),
        }
    )
    b.ok_json({"liberado": True})
    return b.build()


def contorno_mlkit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/motorista/v3/checagem-selfie/contornos")
    b.bio("face_landmarks", "json contornos FACE/LEFT_EYE/... point lists")
    b.json(
        {
            "contornos": {
                "FACE": points(c.rng, 36),
                "LEFT_EYE": points(c.rng, 16),
                "RIGHT_EYE": points(c.rng, 16),
                "NOSE_BRIDGE": points(c.rng, 2),
                "UPPER_LIP_TOP": points(c.rng, 11),
            },
            "smilingProbability": rf(c.rng, 0, 1, 3),
        }
    )
    b.ok_json({"liberado": True})
    return b.build()


def registrar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/motorista/v1/aparelho")
    b.json({"android_id": b.id("aid_ride", where="json android_id"), "versao": "6.40.1"})
    b.ok_json({"ok": True})
    return b.build()


def rota(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/corridas/v1/{rid(c.rng)}/rota")
    b.decoy("trip route coordinate list")
    lat, lon = -23.55, -46.63
    b.json(
        {
            "pontos": [
                [rf(c.rng, lat - 0.05, lat + 0.05, 5), rf(c.rng, lon - 0.05, lon + 0.05, 5)]
                for _ in range(30)
            ]
        }
    )
    b.ok_json({"km": rf(c.rng, 2, 25, 1)})
    return b.build()


def mapa_dinamico(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/motorista/v1/mapa-dinamico?cidade=SAO")
    b.decoy("surge heat map grid")
    b.ok_json(
        {"celulas": [{"h3": "88a8100c" + str(i), "mult": rf(c.rng, 1, 2.5, 1)} for i in range(12)]}
    )
    return b.build()
