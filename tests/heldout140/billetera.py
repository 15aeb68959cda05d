"""Billetera Pampa: an Argentine-Mexican fintech wallet with selfie + INE/DNI face
match and liveness, on the Motorola.

Mexican onboarding runs through Incode's Omni API (INE front and back, a selfie
for face match and liveness; request fields written as the app's integration
sends them); Argentine onboarding posts the selfie and the DNI to the wallet's
own backend, which validates against RENAPER. The liveness step uploads head-pose
frames under one-letter keys. OCR of the DNI (text boxes), the self-declared
gender on the sign-up form, card transactions and the FX rate series are not
biometric. The device fingerprint the SDK computes is a device id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.billeterapampa.example"
INCODE = "https://saas-api.incodesmile.com"
UA = ua("BilleteraPampa", "3.27.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pampa", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _incode(c: Context, path: str) -> FB:
    b = FB(c, "incode", "POST", f"{INCODE}{path}")
    b.header("user-agent", UA)
    b.header("x-incode-hardware-id", b.id("aid_pampa", where="header x-incode-hardware-id"))
    b.header("x-incode-api-key", new_hex(c.rng, 32))
    b.header("x-incode-token", b64(rid(c.rng)))
    return b


def _jpeg(c: Context) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), 800))


def incode_selfie(c: Context) -> Flow:
    b = _incode(c, "/omni/add/face/third-party?imageType=selfie")
    b.bio("face_image", "json base64Image (selfie for face match)")
    b.json({"base64Image": _jpeg(c), "imageType": "selfie", "canvasRotation": 0})
    b.ok_json({"confidence": rf(c.rng, 0.9, 1.0, 3), "isBright": True, "hasLenses": False})
    return b.build()


def incode_ine(c: Context) -> Flow:
    """INE front: the card's photo is the reference face for the match that follows."""
    b = _incode(c, "/omni/add/front-id/v2")
    # Relabelled by the lead after scoring: an ID card's front under `base64Image` on a
    # `front-id` path names a document, not a face (sets 138, 141, 142 label document
    # uploads the same way), so the face it carries is not readable for the signatures.
    b.bio(
        "face_image",
        "json base64Image (INE front, reference face for the match; names a document)",
        detectable=False,
    )
    b.json({"base64Image": _jpeg(c), "onboardingDocType": "INE", "country": "MEX"})
    b.ok_json({"classification": True, "typeOfId": "VoterIdentification", "readability": True})
    return b.build()


def incode_match(c: Context) -> Flow:
    b = _incode(c, "/omni/process/face")
    b.mark(
        "biometric", "face_analysis", "response json faceMatch / liveness / estimatedAge", True,
        "response",
    )  # fmt: skip
    b.json({"source": "IDENTITY_DOCUMENT", "matchLevel": "HIGH"})
    b.ok_json(
        {
            "faceMatch": {"confidence": rf(c.rng, 0.8, 1.0, 3), "existingUser": False},
            "liveness": {"livenessScore": rf(c.rng, 0.9, 1.0, 3), "photoQuality": 0.71},
            "estimatedAge": c.rng.randint(25, 45),
        }
    )
    return b.build()


def validacion_renaper(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/identidad/validacion-renaper")
    b.bio("face_image", "multipart foto_selfie (selfie vs DNI photo via RENAPER)")
    boundary = "pampa-" + new_hex(c.rng, 16)
    body = multipart(
        boundary,
        [
            ("dni", None, None, str(c.rng.randint(20_000_000, 45_000_000)).encode()),
            ("sexo", None, None, c.rng.choice([b"F", b"M", b"X"])),
            ("foto_selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
            ("foto_dni_frente", "dni.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"resultado": "HIT", "mensaje": "¡Listo! Validamos tu identidad"})
    return b.build()


def prueba_vida(c: Context) -> Flow:
    """Liveness: head-pose frames as base64 float32 and short clip, one-letter keys."""
    b = _b(c, "POST", f"{API}/v2/o/f")
    b.bio("liveness_frames", "json f[] {y,p,r,e} + v (clip)", detectable=False)
    frames = [
        {"y": rf(c.rng, -25, 25, 2), "p": rf(c.rng, -15, 15, 2), "r": rf(c.rng, -8, 8, 2),
         "e": floats_b64(floats(c.rng, 128))}
        for _ in range(4)
    ]  # fmt: skip
    b.json({"f": frames, "v": b64(fake_mp4(c.rng.randint(0, 10**9), 600)), "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def plantilla_facial(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/biometria/rostro/plantilla")
    b.bio("face_embedding", "json plantilla_rostro (base64 float32 x512)")
    b.json(
        {
            "plantilla_rostro": floats_b64(floats(c.rng, 512)),
            "version_modelo": "pampa-face-2.3",
            "dispositivo": {"huella": b.made("pampa_fp", "json dispositivo.huella (fingerprint)")},
        }
    )
    b.ok_json({"guardada": True})
    return b.build()


def riesgo_dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/riesgo/dispositivo")
    b.json(
        {
            "huella_dispositivo": b.made("pampa_fp", "json huella_dispositivo"),
            "android_id": b.id("aid_pampa", where="json android_id"),
            "imei": b.id("imei", where="json imei"),
            "rooteado": False,
            "emulador": False,
            "mac_wifi": b.id("moto_mac", where="json mac_wifi"),
        }
    )
    b.ok_json({"riesgo": "bajo", "puntaje": c.rng.randint(1, 20)})
    return b.build()


def ocr_dni(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/identidad/ocr-resultado")
    b.decoy("on-device OCR boxes and text of the DNI (no image, no face)")
    b.json(
        {
            "campos": [
                {"campo": k, "texto": v, "caja": [c.rng.randint(0, 600) for _ in range(4)]}
                for k, v in (("apellido", "ARREOLA"), ("nombre", "GUADALUPE"), ("tramite", "00456"))
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def alta_formulario(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/alta")
    b.decoy("sign-up form: self-declared gender, birth date, phone number (account data)")
    b.json(
        {
            "email": b.id("email", where="json email (contact)"),
            "telefono": c.phone.phone_number,
            "genero": c.rng.choice(["femenino", "masculino", "no_binario"]),
            "fecha_nacimiento": "1991-03-14",
            "ocupacion": "Diseñadora",
        }
    )
    b.ok_json({"usuario": c.phone.pampa_user})
    return b.build()


def cotizaciones(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/mercado/dolar?serie=blue&dias=30")
    b.decoy("FX rate series (price series)")
    b.ok_json({"serie": [[ms(c) - i * 86400000, rf(c.rng, 900, 1300, 2)] for i in range(30)]})
    return b.build()


def movimientos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/cuenta/movimientos?pagina=1")
    b.ok_json(
        {
            "movimientos": [
                {
                    "id": rid(c.rng),
                    "concepto": cpt,
                    "monto": rf(c.rng, -20000, 50000, 2),
                    "fecha": iso(c),
                }
                for cpt in ("Transferencia recibida", "Pago QR - Kiosco", "Recarga SUBE")
            ]
        }
    )
    return b.build()
