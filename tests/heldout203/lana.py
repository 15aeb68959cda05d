"""Monedita: a Mexican fintech (a Nu / Stori-like credit card and savings app)
on papá's Galaxy A34 in Monterrey.

Onboarding runs Incode's Omni API: `/omni/start` opens an interview (token,
interviewId), the selfie goes to `/omni/add/face/third-party?imageType=selfie`
as `base64Image` with the headers `api-version`, `x-api-key` and
`X-Incode-Hardware-Id` (the session token), and `/omni/process/face` answers
a match score (https://developer.incode.com/docs/api-onboarding-face-validation).
Face login ("entrar con tu cara") computes a 512-float face template on the
phone and sends it with a liveness score; enrolment sends the embedding as a
float list; a newer build sends the template as protobuf packed floats, and the
in-app liveness step ("prueba de vida") sends its frames as nameless multipart
parts. Device binding sends the ANDROID_ID, the app's own device key and the
advertising id (the fraud engine wants it); the balance call carries the MD5
of the ANDROID_ID in a one-letter header. SPEI transfers (CLABE), the KYC form
(CURP, self-declared `genero`), the proof-of-address photo (a CFE bill), the
profile picture, the "usar Face ID" switch and OXXO cash-in references are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.monedita.example"
INCODE = "https://saas-api.incodesmile.com/0"
UA = ua("Monedita", "4.12.0", "papa")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "monedita", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _incode(c: Context, path: str) -> FB:
    b = FB(c, "incode", "POST", f"{INCODE}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("api-version", "1.0")
    b.header("x-api-key", new_hex(c.rng, 40))
    b.header("x-incode-hardware-id", "eyJ" + b64(rid(c.rng)).rstrip("="))
    return b


def _clabe(c: Context) -> str:
    return "0725" + "".join(str(c.rng.randint(0, 9)) for _ in range(14))


def vincular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dispositivos/vincular")
    b.json(
        {
            "androidId": b.id("aid_lana", where="json androidId"),
            "deviceKey": b.id("lana_device_key", where="json deviceKey"),
            "gaid": b.id("gaid_papa", where="json gaid"),
            "modelo": "SM-A346M",
            "rooteado": False,
            "emulador": False,
        }
    )
    b.ok_json({"vinculado": True, "otpEnviado": True})
    return b.build()


def incode_start(c: Context) -> Flow:
    b = _incode(c, "omni/start")
    b.decoy("interview id / session token")
    b.json({"countryCode": "MEX", "language": "es", "configurationId": new_hex(c.rng, 24)})
    b.ok_json({"token": "eyJ" + b64(rid(c.rng)).rstrip("="), "interviewId": new_hex(c.rng, 24)})
    return b.build()


def incode_selfie(c: Context) -> Flow:
    b = _incode(c, "omni/add/face/third-party?imageType=selfie")
    b.bio("face_image", "json base64Image (Incode add face, selfie)")
    b.json({"base64Image": b64(fake_jpeg(c.rng.randint(0, 10**9), 800))})
    b.ok_json({"confidence": 0.0, "isBright": True, "hasLenses": False, "hasFaceMask": False})
    return b.build()


def incode_process_face(c: Context) -> Flow:
    b = _incode(c, "omni/process/face?imageType=selfie")
    b.decoy("match confidence score only")
    b.ok_json({"confidence": rf(c.rng, 0.8, 0.99, 3), "existingUser": False})
    return b.build()


def login_facial(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/acceso/facial")
    b.bio("face_template", "json plantillaFacial (512 float32, base64) + puntajeVida")
    b.json(
        {
            "cliente": b.acct("lana_cliente"),
            "plantillaFacial": floats_b64(floats(c.rng, 512)),
            "versionModelo": "rostro-v5-512",
            "puntajeVida": rf(c.rng, 0.85, 0.99, 3),
            "fecha": iso(c),
        }
    )
    b.ok_json({"valido": True, "similitud": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def enrolar_rostro(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/acceso/facial/enrolar")
    b.bio("face_embedding", "json rostro.embedding (512 floats)")
    b.json(
        {
            "cliente": b.acct("lana_cliente"),
            "rostro": {"embedding": floats(c.rng, 512), "modelo": "rostro-v5-512"},
            "deviceKey": b.id("lana_device_key", where="json deviceKey"),
        }
    )
    b.ok_json({"enrolado": True})
    return b.build()


def login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/a")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def prueba_vida(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/onb/pv")
    b.bio("face_image", "multipart parts f1..f3 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"paso": 6})
    return b.build()


def saldo(c: Context) -> Flow:
    """Balance; a header named 'x-h' holds the MD5 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v2/cuentas/saldo")
    b.header("x-h", b.id("aid_lana", "md5", "header x-h", detectable=False))
    b.ok_json(
        {
            "cuentas": [
                {
                    "tipo": "debito",
                    "clabe": _clabe(c),
                    "saldo": rf(c.rng, 100, 80000, 2),
                    "moneda": "MXN",
                },
                {"tipo": "credito", "limite": 25000, "disponible": rf(c.rng, 0, 25000, 2)},
            ]
        }
    )
    return b.build()


def spei(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/transferencias/spei")
    b.decoy("CLABE and tracking key (clave de rastreo)")
    b.json(
        {
            "clabeOrigen": _clabe(c),
            "clabeDestino": "0121" + "".join(str(c.rng.randint(0, 9)) for _ in range(14)),
            "monto": rf(c.rng, 50, 5000, 2),
            "concepto": c.rng.choice(["Renta", "Para Lupita en Guadalajara", "Pago tanda"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"claveRastreo": f"MONE{c.rng.randint(10**11, 10**12)}", "estatus": "EN_PROCESO"})
    return b.build()


def kyc_datos(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/datos")
    b.decoy("self-declared genero, CURP and birth date")
    b.json(
        {
            "nombre": "José Luis",
            "apellidos": "Garza Treviño",
            "genero": "H",
            "fechaNacimiento": "1971-08-23",
            "curp": "GATJ710823HNLRRS0" + str(c.rng.randint(1, 9)),
            "estado": "Nuevo León",
        }
    )
    b.ok_json({"guardado": True})
    return b.build()


def comprobante_domicilio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/comprobante-domicilio")
    b.decoy("photo of a CFE electricity bill (no face)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("tipo", None, "text/plain", b"recibo_cfe"),
            ("imagen", "recibo.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"recibido": True})
    return b.build()


def foto_perfil(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/perfil/foto")
    b.decoy("profile picture upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.monedita.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def ajustes(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/v2/perfil/ajustes")
    b.decoy("usarFaceId switch (a setting, no face data)")
    b.json({"usarFaceId": c.rng.random() < 0.5, "notificacionesPush": True, "tema": "oscuro"})
    b.ok_json({"ok": True})
    return b.build()


def deposito_oxxo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/depositos/oxxo/referencia")
    b.decoy("OXXO cash-in barcode reference")
    b.json({"monto": rf(c.rng, 100, 3000, 0), "t": ms(c)})
    b.ok_json(
        {
            "referencia": "".join(str(c.rng.randint(0, 9)) for _ in range(14)),
            "vence": iso(c),
            "codigoBarras": "".join(str(c.rng.randint(0, 9)) for _ in range(30)),
        }
    )
    return b.build()


def movimientos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/cuentas/movimientos?pagina=1")
    b.ok_json(
        {
            "movimientos": [
                {"concepto": t, "monto": -rf(c.rng, 20, 900, 2), "fecha": iso(c)}
                for t in ("OXXO SAN PEDRO", "HEB CUMBRES", "UBER TRIP", "TOTALPLAY")
            ]
        }
    )
    return b.build()
