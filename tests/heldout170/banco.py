"""Banco Atlântico: the analyst's bank, which re-checks her face for a new device
and for large transfers.

The app binds the phone (`androidId`, its own `idInstalacao`) and Adjust's
session call carries `gps_adid` and the SDK's `android_uuid`
(https://help.adjust.com/en/article/device-identifiers). Onboarding on the new
phone uploads a selfie to Onfido's `live_photos` endpoint
(https://documentation.onfido.com/api/latest/#live-photos); the step-up check for
a transfer sends the on-device liveness SDK's face template and head pose; an
older build sends the selfie encrypted (RSA-wrapped AES, base64). A profile
avatar, IBANs, balances and the MB WAY phone number are not sensitive here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.bancoatlantico.example"
ONFIDO = "https://api.eu.onfido.com"
UA = ua("BancoAtlantico", "12.4.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bancoatlantico", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.header("x-correlation-id", rid(c.rng))
    b.decoy("x-correlation-id uuid")
    return b


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v3/dispositivo/associar")
    b.json(
        {
            "cliente": b.acct("banco_cliente"),
            "dispositivo": {
                "androidId": b.id("aid_banco", where="json dispositivo.androidId"),
                "idInstalacao": b.id("banco_instalacao", where="json dispositivo.idInstalacao"),
                "modelo": "SM-S911B",
                "root": False,
            },
        }
    )
    b.ok_json({"estado": "PENDENTE_BIOMETRIA", "desafio": new_hex(c.rng, 32)})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.form(
        [
            ("app_token", "q8x2mdk3r0w1"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("banco_adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c).replace("Z", "+0000")),
            ("session_count", str(c.rng.randint(2, 80))),
            ("environment", "production"),
            ("os_name", "android"),
            ("language", "pt"),
            ("country", "PT"),
        ]
    )
    b.ok_json({"adid": new_hex(c.rng, 32), "message": "Session tracked"})
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/v3.6/live_photos")
    b.header("user-agent", "onfido-android-sdk/19.3.0")
    b.header("authorization", "Token token=api_live." + new_hex(c.rng, 40))
    boundary = new_hex(c.rng, 32)
    b.bio("face_image", "multipart file selfie.jpg to live_photos (face matching)")
    body = multipart(
        boundary,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "created_at": iso(c), "file_name": "selfie.jpg"})
    return b.build()


def onfido_check(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/v3.6/checks")
    b.header("user-agent", "okhttp/4.12.0")
    b.decoy("check request naming the facial-similarity report, ids only (no face data)")
    b.json({"applicant_id": rid(c.rng), "report_names": ["document", "facial_similarity_photo"]})
    b.ok_json({"id": rid(c.rng), "status": "in_progress"})
    return b.build()


def liveness_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v3/autenticacao/reforcada/rosto")
    b.bio("face_template", "json provaDeVida.templateFacial (base64 float32) + poseCabeca")
    b.json(
        {
            "operacao": f"TRF-{c.rng.randint(10**6, 10**7)}",
            "provaDeVida": {
                "templateFacial": floats_b64(floats(c.rng, 256)),
                "pontuacaoVivacidade": rf(c.rng, 0.85, 1, 3),
                "poseCabeca": {
                    "guinada": rf(c.rng, -10, 10, 2),
                    "arfagem": rf(c.rng, -10, 10, 2),
                    "rolamento": rf(c.rng, -5, 5, 2),
                },
            },
            "ts": ms(c),
        }
    )
    b.ok_json({"resultado": "APROVADO"})
    return b.build()


def encrypted_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v2/sec/env")
    b.bio("face_image", "json d = AES-encrypted selfie, k = wrapped key", detectable=False)
    b.json(
        {
            "k": b64(bytes(c.rng.getrandbits(8) for _ in range(256))),
            "iv": b64(bytes(c.rng.getrandbits(8) for _ in range(12))),
            "d": b64(bytes(c.rng.getrandbits(8) for _ in range(1200))),
        }
    )
    b.ok_json({"r": 0})
    return b.build()


def risk_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v3/r")
    b.form(
        [
            ("h", b.id("aid_banco", "sha256", "form h (sha256 of ANDROID_ID)", detectable=False)),
            ("t", str(ms(c))),
        ]
    )
    b.ok_json({"s": c.rng.randint(0, 20)})
    return b.build()


def balances(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mobile/v3/contas/saldos")
    b.decoy("IBAN, balances and a 30-day balance series")
    b.ok_json(
        {
            "contas": [
                {
                    "iban": f"PT50 0033 0000 {c.rng.randint(10**10, 10**11 - 1)} 05",
                    "saldo": rf(c.rng, 100, 9000, 2),
                    "serie": [rf(c.rng, 100, 9000, 2) for _ in range(30)],
                }
            ]
        }
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v3/transferencias")
    b.decoy("transfer with IBAN and MB WAY phone number (account data)")
    b.json(
        {
            "destino": {"mbway": f"+3519{c.rng.randint(10**7, 10**8 - 1)}"},
            "montante": rf(c.rng, 5, 400, 2),
            "descricao": c.rng.choice(["jantar", "quotas", "bilhetes"]),
        }
    )
    b.ok_json({"operacao": f"TRF-{c.rng.randint(10**6, 10**7)}", "requerBiometria": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/mobile/v3/perfil/avatar")
    b.decoy("profile avatar stored for display (no face matching)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 500), "image/jpeg")
    b.no_content()
    return b.build()
