"""EnvíaYa: a remittance app (Houston to Michoacán and Honduras) on the iPhone with
selfie identity checks.

Onboarding sends the selfie to Onfido (`/v3.6/live_photos`, multipart `file`
with `applicant_id`, per Onfido's public API reference); re-authentication for
large transfers sends the app's own face template (`plantillaFacial`, base64
float32, with 68 `puntosCara`); one SDK build posts an AES-encrypted capture
under `a` (nothing readable). AppsFlyer's iOS launch carries `advertiserId`
(IDFA), `vendorId` (IDFV) and AppsFlyer's `uid`. Exchange rates, a recipient
form and on-device OCR of the ID card (text boxes only) are not sensitive.
"""

from __future__ import annotations

from tests.heldout.biometric import embedding
from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, cfnet, ios_ua, iso, ms, rf, rid

API = "https://api.enviaya.example"
UA = ios_ua("EnviaYa", "5.2.0")
CORRIDORS = [("MXN", 16.9, 18.4), ("HNL", 24.3, 25.1), ("GTQ", 7.6, 7.9)]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "enviaya", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def onfido_live_photo(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", "https://api.us.onfido.com/v3.6/live_photos")
    b.header("user-agent", cfnet("EnviaYa", "520"))
    b.header("authorization", "Token token=api_live_us." + new_hex(c.rng, 40))
    b.bio("face_image", "multipart file selfie.jpg to live_photos (Onfido)")
    boundary = "Boundary+" + new_hex(c.rng, 16).upper()
    body = multipart(
        boundary,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.respond(
        201,
        "application/json",
        f'{{"id":"{rid(c.rng)}","file_name":"selfie.jpg","file_type":"image/jpeg"}}'.encode(),
    )
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/seguridad/reautenticar/rostro")
    b.bio("face_template", "json plantillaFacial (base64 float32) + puntosCara[68]")
    cx, cy = rf(c.rng, 280, 360, 1), rf(c.rng, 380, 460, 1)
    b.json(
        {
            "plantillaFacial": floats_b64(embedding(c, 128)),
            "puntosCara": [
                [round(cx + c.rng.gauss(0, 60), 1), round(cy + c.rng.gauss(0, 70), 1)]
                for _ in range(68)
            ],
            "vivacidad": {"parpadeo": True, "puntaje": rf(c.rng, 0.8, 0.99, 3)},
            "motivo": "envio_mayor_1000",
            "ts": ms(c),
        }
    )
    b.ok_json({"coincide": True, "similitud": rf(c.rng, 0.82, 0.98, 3)})
    return b.build()


def encrypted_capture(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/k/3")
    b.bio("face_image", "json a (AES-GCM encrypted selfie capture)", detectable=False)
    b.json({"a": b64(bytes(c.rng.getrandbits(8) for _ in range(1200))), "n": new_hex(c.rng, 24)})
    b.ok_json({"r": 1})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/iosevent?app_id=id1487723611&buildnumber=6.14.3",
    )
    b.header("user-agent", cfnet("EnviaYa", "520"))
    b.json(
        {
            "advertiserId": b.id("idfa", where="json advertiserId (IDFA)"),
            "vendorId": b.id("idfv_remesa", where="json vendorId (IDFV)"),
            "uid": b.id("af_uid", where="json uid (AppsFlyer id)"),
            "appsflyerKey": new_hex(c.rng, 22),
            "eventName": c.rng.choice(["af_login", "", "envio_completado"]),
            "timestamp": str(ms(c)),
            "platformextension": "ios_native",
            "counter": str(c.rng.randint(1, 60)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tipos-de-cambio?origen=USD")
    b.decoy("exchange-rate time series (price series)")
    b.ok_json(
        {
            m: [{"t": int(c.now) - 3600 * i, "tasa": rf(c.rng, lo, hi, 4)} for i in range(24)]
            for m, lo, hi in CORRIDORS
        }
    )
    return b.build()


def recipient(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/beneficiarios")
    b.decoy("recipient form: name, city, self-declared sexo (not biometric)")
    b.json(
        {
            "nombre": "María Elena Rodríguez",
            "sexo": "F",
            "pais": "MX",
            "ciudad": "Morelia",
            "telefono": "+52443" + new_digits(c.rng, 7),
            "metodo": "deposito_bancario",
        }
    )
    b.ok_json({"beneficiarioId": new_digits(c.rng, 9)})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/envios")
    b.decoy("transfer with order and idempotency ids")
    b.json(
        {
            "monto": rf(c.rng, 100, 900, 2),
            "moneda_destino": c.rng.choice(CORRIDORS)[0],
            "idempotencyKey": rid(c.rng),
            "cliente": b.acct("remesa_user"),
        }
    )
    b.ok_json({"folio": "EY" + new_digits(c.rng, 10), "estado": "en_proceso", "creado": iso(c)})
    return b.build()


def id_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/documento/ocr")
    b.decoy("OCR text boxes of a driver licence read on the phone (not a face)")
    b.json(
        {
            "tipo": "TX_DL",
            "campos": [
                {"campo": k, "valor": v, "caja": [c.rng.randint(0, 600) for _ in range(4)]}
                for k, v in (
                    ("apellido", "RODRIGUEZ"),
                    ("nombre", "GUADALUPE"),
                    ("vence", "2029-04-11"),
                )
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()
