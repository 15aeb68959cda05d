"""Banco Norte: a Spanish bank's app with device binding and selfie checks (FacePhi).

Device binding ("alta de dispositivo de confianza") sends the ANDROID_ID and a
binding id the app mints. Opening a high-value transfer asks for a selfie: the
FacePhi SDK's liveness result goes to the bank with the face template as
base64 float32 (`plantillaFacial`) and the selfie JPEG; a newer SDK build
posts only an encrypted container under `tk`. The DNI photo's OCR boxes,
transactions, Ibex price series and ATM coordinates are ordinary. A risk call
hashes the ANDROID_ID under `hd` (MD5).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import HB, iso, ms, rf, rid, ua

API = "https://movil.banconorte.example"
FACEPHI = "https://api.facephi.com"
UA = ua("BancoNorte", "24.11.0")


def _b(c: Context, method: str, url: str, binding: bool = True) -> HB:
    b = HB(c, "banconorte", method, url)
    b.header("user-agent", UA)
    b.header("x-cliente", b.acct("banco_cliente"))
    if binding:
        b.header("x-id-vinculacion", b.id("banco_binding", where="header x-id-vinculacion"))
    return b


def _vector(c: Context, n: int) -> list[float]:
    return [round(c.rng.gauss(0, 0.07), 6) for _ in range(n)]


def alta_dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/seguridad/v3/dispositivo-confianza", binding=False)
    b.json(
        {
            "idVinculacion": b.id("banco_binding", where="json idVinculacion"),
            "androidId": b.id("aid_banco", where="json androidId"),
            "modelo": "SM-S911B",
            "rooteado": False,
            "alias": "Móvil de Lucía",
        }
    )
    b.ok_json({"estado": "VINCULADO", "otpEnviado": True})
    return b.build()


def riesgo_opaco(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/r/v1", binding=False)
    b.json(
        {
            "hd": b.id("aid_banco", "md5", "json hd (md5 of ANDROID_ID)", detectable=False),
            "t": ms(c),
            "s": new_hex(c.rng, 16),
        }
    )
    b.ok_json({"r": 0})
    return b.build()


def selfie_facephi(c: Context) -> Flow:
    b = HB(c, "facephi", "POST", f"{FACEPHI}/selphid/v2/liveness/evaluate")
    b.header("user-agent", UA)
    b.header("x-api-key", new_hex(c.rng, 40))
    b.bio("face_image_liveness", "json bestImage (base64 selfie JPEG) to liveness API")
    b.json(
        {
            "bestImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "livenessMode": "PASSIVE",
            "operationId": rid(c.rng),
        }
    )
    b.ok_json({"livenessScore": rf(c.rng, 0.8, 1.0), "diagnostic": "Live"})
    return b.build()


def plantilla_facial(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/biometria/v1/verificacion-facial")
    b.bio("face_template", "json plantillaFacial (base64 float32 face template)")
    b.json(
        {
            "operacion": "TRANSFERENCIA_ALTA",
            "plantillaFacial": floats_b64(_vector(c, 128)),
            "puntuacionVivacidad": rf(c.rng, 0.8, 1.0),
            "fecha": iso(c),
        }
    )
    b.ok_json({"coincide": True, "similitud": rf(c.rng, 0.85, 0.99)})
    return b.build()


def selfie_cifrado(c: Context) -> Flow:
    """SDK 2.x: the whole selfie + template, encrypted, under `tk`."""
    b = _b(c, "POST", f"{API}/api/biometria/v2/op")
    b.bio("face_template", "json tk (encrypted container, nothing readable)", detectable=False)
    b.json({"tk": b64(bytes(c.rng.getrandbits(8) for _ in range(900))), "op": 7})
    b.ok_json({"res": "OK"})
    return b.build()


def ocr_dni(c: Context) -> Flow:
    boundary = rid(c.rng)
    b = _b(c, "POST", f"{API}/api/onboarding/v1/documento/ocr")
    b.decoy("DNI photo for OCR with text boxes (document, not face matching)")
    b.set_body(
        multipart(
            boundary,
            [("anverso", "dni.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json(
        {
            "campos": [
                {"campo": f, "caja": [c.rng.randint(0, 900) for _ in range(4)]}
                for f in ("nombre", "apellidos", "numero", "caducidad")
            ]
        }
    )
    return b.build()


def movimientos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/cuentas/v2/movimientos?pagina=1")
    b.decoy("transactions with ids and amounts")
    b.ok_json(
        {
            "movimientos": [
                {"id": rid(c.rng), "concepto": k, "importe": -rf(c.rng, 2, 120, 2), "fecha": iso(c)}
                for k in ("Mercadona", "Bizum", "Renfe")
            ]
        }
    )
    return b.build()


def cotizaciones(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/mercados/v1/serie?isin=ES0113900J37&rango=1d")
    b.decoy("price series (floats, not a face vector)")
    b.ok_json({"serie": [rf(c.rng, 5.5, 6.2, 3) for _ in range(60)]})
    return b.build()


def cajeros(c: Context) -> Flow:
    lat, lon = rf(c.rng, 41.35, 41.45, 5), rf(c.rng, 2.1, 2.2, 5)
    b = _b(c, "GET", f"{API}/api/oficinas/v1/cajeros?lat={lat}&lon={lon}")
    b.decoy("ATM search near coordinates")
    b.ok_json(
        {
            "cajeros": [
                {"lat": lat + rf(c.rng, -0.01, 0.01, 5), "lon": lon + rf(c.rng, -0.01, 0.01, 5)}
                for _ in range(4)
            ]
        }
    )
    return b.build()
