"""A Spanish bank ("Banco Alcor") with voice biometrics (voz) and selfie re-verification.

Sources: VoiceIt API 2.0 (api.voiceit.io; voiceittech/VoiceIt2-Android
VoiceItAPI2.java): `POST /enrollments/voice` and `POST /verification/voice` as
multipart with `userId`, `contentLanguage` (es-ES), `phrase` and the `recording`
file, HTTP Basic auth with the API key and token. The bank's own API (Spanish
key names: muestraVoz, idLocutor, rostro, pruebaVida, dispositivo) is invented;
Spanish banks' device binding ("alta de dispositivo") and Bizum flows are
modelled on what their public apps show.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, multipart

from .phone import FB, iso, ms, okua, points, rf, rid
from .util import sealed

API = "https://api.bancoalcor.es"
UA = okua("BancoAlcor", "24.11.3")
FRASE = "Mi voz es mi contraseña en Banco Alcor"


def _app(b: FB, c: Context) -> None:
    b.header("user-agent", UA)
    b.header("x-cliente", b.acct("bank_user"))
    b.header("x-request-id", rid(c.rng))


def voiceit(c: Context, verify: bool = True) -> Flow:
    path = "/verification/voice" if verify else "/enrollments/voice"
    b = FB(c, "voiceit", "POST", "https://api.voiceit.io" + path)
    b.header("authorization", "Basic " + b64("key_8f2a41c0d9e7:tok_" + "3b7d" * 6))
    b.header("platformid", "40")
    bound = "VoiceIt" + str(c.rng.randint(10**9, 10**10))
    b.bio("voiceprint", "multipart recording (wav) to a voice verification API")
    body = multipart(
        bound,
        [
            ("userId", None, None, ("usr_" + b.acct("bank_user").lower()).encode()),
            ("contentLanguage", None, None, b"es-ES"),
            ("phrase", None, None, FRASE.encode()),
            ("recording", "recording.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bound}")
    b.ok_json({"responseCode": "SUCC", "confidence": rf(c.rng, 80, 99, 1), "status": 200})
    return b.build()


def voz_propia(c: Context) -> Flow:
    b = FB(c, "bancoalcor", "POST", f"{API}/biometria/v1/voz/verificacion")
    _app(b, c)
    b.bio("voiceprint", "json muestraVoz (base64 wav) + idLocutor")
    b.json(
        {
            "idLocutor": "loc-" + b.acct("bank_user"),
            "frase": FRASE,
            "muestraVoz": b64(fake_wav(c.rng.randint(0, 10**9), 900)),
            "formato": "wav/16k",
            "operacion": c.rng.choice(["transferencia", "login", "cambio_limite"]),
        }
    )
    b.ok_json({"resultado": "OK", "puntuacion": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def voz_opaque(c: Context) -> Flow:
    b = FB(c, "bancoalcor", "POST", f"{API}/bio/v1/up")
    _app(b, c)
    bound = "----alcor" + str(c.rng.randint(10**8, 10**9))
    b.bio("voiceprint", "multipart part f1: sealed audio blob", detectable=False)
    body = multipart(
        bound,
        [("f1", "b.bin", "application/octet-stream", sealed(c.rng, 700)), ("t", None, None, b"2")],
    )
    b.set_body(body, f"multipart/form-data; boundary={bound}")
    b.ok_json({"ok": 1})
    return b.build()


def selfie_reverificacion(c: Context) -> Flow:
    b = FB(c, "bancoalcor", "POST", f"{API}/onboarding/v2/reverificacion")
    _app(b, c)
    b.bio("face_image", "json selfie (base64 jpeg) + rostro.puntos landmarks")
    b.json(
        {
            "selfie": b64(fake_jpeg(c.rng.randint(0, 10**9), 1200)),
            "pruebaVida": {"parpadeo": True, "giroCabeza": c.rng.choice(["izq", "der"])},
            "rostro": {"puntos": points(c.rng, 68), "confianza": rf(c.rng, 0.9, 1.0)},
            "motivo": "caducidad_dni",
        }
    )
    b.ok_json({"estado": "VERIFICADO", "expediente": rid(c.rng)})
    return b.build()


def alta_dispositivo(c: Context) -> Flow:
    b = FB(c, "bancoalcor", "POST", f"{API}/seguridad/v1/dispositivo/alta")
    _app(b, c)
    b.json(
        {
            "dispositivo": {
                "idAndroid": b.id("aid_bank", where="json dispositivo.idAndroid"),
                "uuidInstalacion": b.id(
                    "bank_device_uuid", where="json dispositivo.uuidInstalacion"
                ),
                "modelo": "SM-A546B",
                "so": "Android 14",
                "raiz": False,
            },
            "otp": str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"dispositivoConfianza": True})
    return b.build()


def sesion(c: Context) -> Flow:
    """Every API call after login carries the binding in a header."""
    b = FB(c, "bancoalcor", "GET", f"{API}/cuentas/v3/posicion-global")
    _app(b, c)
    b.header("x-device-id", b.id("bank_device_uuid", where="header x-device-id"))
    b.decoy("balances: amounts and IBAN-like account numbers")
    cuentas = [
        {
            "iban": "ES76 0182 " + str(c.rng.randint(1000, 9999)) + " ****",
            "saldo": rf(c.rng, 10, 9000, 2),
        }
        for _ in range(2)
    ]
    b.ok_json({"cuentas": cuentas, "fecha": iso(c)})
    return b.build()


def movimientos(c: Context) -> Flow:
    b = FB(c, "bancoalcor", "GET", f"{API}/cuentas/v3/movimientos", [("pagina", "1")])
    _app(b, c)
    b.decoy("transactions list with reference numbers")
    rows = [
        {
            "ref": str(c.rng.randint(10**11, 10**12)),
            "importe": rf(c.rng, -200, 50, 2),
            "fecha": ms(c),
        }
        for _ in range(8)
    ]
    b.ok_json({"movimientos": rows})
    return b.build()


def bizum(c: Context) -> Flow:
    b = FB(c, "bancoalcor", "POST", f"{API}/pagos/v1/bizum/envio")
    _app(b, c)
    b.decoy("Bizum transfer: phone-number payee and amount, operation id")
    b.json(
        {
            "destinatario": "+34 6** *** " + str(c.rng.randint(100, 999)),
            "importe": rf(c.rng, 5, 60, 2),
            "concepto": "cena",
            "idOperacion": rid(c.rng),
        }
    )
    b.ok_json({"estado": "ENVIADO"})
    return b.build()


def cotizaciones(c: Context) -> Flow:
    b = FB(c, "bancoalcor", "GET", f"{API}/mercados/v1/cotizacion/SAN.MC", [("rango", "1d")])
    _app(b, c)
    base = rf(c.rng, 3.5, 4.5, 3)
    serie = [round(base + c.rng.gauss(0, 0.03), 3) for _ in range(48)]
    b.decoy("stock price series")
    b.ok_json({"ticker": "SAN.MC", "precios": serie})
    return b.build()


def cajeros(c: Context) -> Flow:
    b = FB(
        c,
        "bancoalcor",
        "GET",
        f"{API}/oficinas/v1/cajeros",
        [("lat", "40.4168"), ("lon", "-3.7038")],
    )
    _app(b, c)
    b.decoy("ATM locations: coordinate list")
    pts = [
        {"lat": rf(c.rng, 40.40, 40.43, 5), "lon": rf(c.rng, -3.72, -3.69, 5)} for _ in range(10)
    ]
    b.ok_json({"cajeros": pts})
    return b.build()
