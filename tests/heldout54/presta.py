"""Lending app (Colombia / Chile) with ID and face checks through LatAm vendors.

- MetaMap (ex MATI): POST https://api.prod.metamap.com/v2/verifications with
  flowId and metadata, then POST /v2/identities/{id}/send-input as multipart:
  an `inputs` JSON part ([{"inputType": "selfie-photo" | "selfie-video",
  "data": {"type": ..., "filename": ...}}]) plus the file part (MetaMap API
  reference, "Send input"; MetaMap OAuth host as in public Django integrations).
- Truora Digital Identity: POST https://api.validations.truora.com/v1/enrollments
  (form: type=face-recognition, user_authorized=true, account_id) and
  /v1/validations; the reply's file_upload_link is a presigned URL the app PUTs
  the reference photo / selfie to (dev.truora.com "Face Validation via API").
- The app's own device-data call (Android ID, GAID, risk fingerprint).
- Decoys: an FAQ article about why the app asks for your face, the
  amortisation schedule, an income form.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4, js, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.presta-ya.example.co"
MM = "https://api.prod.metamap.com"
TRUORA = "https://api.validations.truora.com"
UA = ua("PrestaYa", "2.14.3")


def metamap_verification(c: Context) -> Flow:
    b = FB(c, "metamap", "POST", f"{MM}/v2/verifications")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.json({"flowId": new_hex(c.rng, 24), "metadata": {"solicitud": b.acct("presta_user")}})
    b.ok_json({"id": new_hex(c.rng, 24), "identity": new_hex(c.rng, 24)})
    return b.build()


def metamap_selfie(c: Context) -> Flow:
    video = c.rng.random() < 0.5
    kind = "selfie-video" if video else "selfie-photo"
    fname = "selfie.mp4" if video else "selfie.jpg"
    blob = (
        fake_mp4(c.rng.randint(0, 1 << 30), 1600)
        if video
        else fake_jpeg(c.rng.randint(0, 1 << 30), 1200)
    )
    b = FB(c, "metamap", "POST", f"{MM}/v2/identities/{new_hex(c.rng, 24)}/send-input")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    boundary = new_hex(c.rng, 32)
    inputs = [{"inputType": kind, "group": 0, "data": {"type": kind, "filename": fname}}]
    part = "video" if video else "document"
    body = multipart(
        boundary,
        [
            ("inputs", None, None, js(inputs).encode()),
            (part, fname, "video/mp4" if video else "image/jpeg", blob),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.bio("face_video" if video else "face_image", f"multipart.{part} ({kind})")
    b.ok_json([{"result": True}])
    return b.build()


def truora_enrollment(c: Context) -> Flow:
    b = FB(c, "truora", "POST", f"{TRUORA}/v1/enrollments")
    b.header("Truora-API-Key", "eyJ" + new_hex(c.rng, 40))
    b.form(
        [
            ("type", "face-recognition"),
            ("user_authorized", "true"),
            ("account_id", "ACC" + new_hex(c.rng, 29)),
        ]
    )
    b.ok_json(
        {
            "enrollment_id": "ENR" + new_hex(c.rng, 29),
            "status": "pending",
            "file_upload_link": "https://truora-di-uploads.s3.amazonaws.com/...",
        }
    )
    return b.build()


def truora_upload(c: Context) -> Flow:
    """PUT of the photo to the presigned link; the object path says face-recognition."""
    step = c.rng.choice(["enrollments", "validations"])
    key = f"face-recognition/{step}/VLD{new_hex(c.rng, 29)}/selfie.jpeg"
    b = FB(c, "truora", "PUT", f"https://truora-di-uploads.s3.amazonaws.com/{key}")
    b.params += [
        ("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
        ("X-Amz-Expires", "900"),
        ("X-Amz-Signature", new_hex(c.rng, 64)),
    ]
    b.set_body(fake_jpeg(c.rng.randint(0, 1 << 30), 1300), "image/jpeg")
    b.bio("face_image", "url.path face-recognition + image body")
    b.respond(200, None, headers=[("etag", '"' + new_hex(c.rng, 32) + '"')])
    return b.build()


def truora_validation_result(c: Context) -> Flow:
    """GET of the validation: the answer holds only statuses and a score."""
    b = FB(c, "truora", "GET", f"{TRUORA}/v1/validations/VLD{new_hex(c.rng, 29)}")
    b.header("Truora-API-Key", "eyJ" + new_hex(c.rng, 40))
    b.ok_json(
        {
            "validation_status": "success",
            "details": {
                "face_recognition_validations": {
                    "similarity_status": "success",
                    "confidence_score": rf(c.rng, 0.8, 1),
                }
            },
        }
    )
    return b.build()


def device_data(c: Context) -> Flow:
    b = FB(c, "prestaya", "POST", f"{API}/api/v2/solicitud/dispositivo")
    b.header("user-agent", UA)
    b.json(
        {
            "gaid": b.id("gaid", where="body.gaid"),
            "android_id": b.id("aid_presta", where="body.android_id"),
            "fp": b.id("presta_fp", where="body.fp", detectable=False),
            "bateria": c.rng.randint(10, 100),
            "zona_horaria": "America/Bogota",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def faq_face(c: Context) -> Flow:
    b = FB(c, "prestaya", "GET", f"{API}/ayuda/articulos/por-que-pedimos-tu-rostro")
    b.header("user-agent", UA)
    b.decoy("help article about face verification (text only)")
    b.ok_json(
        {
            "titulo": "¿Por qué pedimos una selfie?",
            "cuerpo": (
                "Usamos reconocimiento facial para comparar tu rostro con la foto "
                "de tu cédula y evitar fraudes."
            ),
        }
    )
    return b.build()


def amortisation(c: Context) -> Flow:
    b = FB(
        c,
        "prestaya",
        "GET",
        f"{API}/api/v2/credito/simulacion",
        [("monto", "1500000"), ("plazo", "12")],
    )
    b.header("user-agent", UA)
    b.decoy("amortisation schedule series")
    b.ok_json(
        {
            "cuotas": [
                {"n": i, "valor": rf(c.rng, 130000, 150000, 0), "fecha": iso(c)}
                for i in range(1, 13)
            ]
        }
    )
    return b.build()


def income_form(c: Context) -> Flow:
    b = FB(c, "prestaya", "POST", f"{API}/api/v2/solicitud/ingresos")
    b.header("user-agent", UA)
    b.json(
        {
            "ingreso_mensual": c.rng.randint(1_300_000, 6_000_000),
            "empleador": "Almacenes Éxito",
            "antiguedad_meses": c.rng.randint(3, 90),
            "solicitud_id": rid(c.rng),
        }
    )
    b.decoy("income form")
    b.ok_json({"paso": "selfie"})
    return b.build()
