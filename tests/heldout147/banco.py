"""Banco Verde: a digital bank with a Pix wallet and a selfie-liveness onboarding SDK.

The liveness SDK (an unico-check-like Brazilian KYC vendor, here BioValida)
uploads the selfie as base64 JPEG under `selfie` with the liveness verdict
(`prova_de_vida`), then the bank stores the face template (`template_facial`,
512 float32 in base64) for later Pix limit raises. The SDK's newer build wraps
its capture in an encrypted envelope (`payload` as JWE). The device fingerprint
sends the bank's ANDROID_ID and its own device key. Pix transfers (keys are CPFs
and phone numbers: accounts), the statement's balance series, the RG photo's
OCR boxes and the Pix QR payload are not sensitive in this sense.
"""

from __future__ import annotations

from tests.heldout.biometric import embedding, landmarks
from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, b64url, fake_jpeg, floats_b64

from .phone import FB, iso, rf, rid, ua

API = "https://api.bancoverde.example"
BIO = "https://sdk.biovalida.example"
UA = ua("BancoVerde", "12.8.1")


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "bancoverde", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    if device:
        b.header("x-device-key", b.id("banco_device_key", where="header x-device-key"))
    return b


def _bio(c: Context, path: str) -> FB:
    b = FB(c, "biovalida", "POST", f"{BIO}{path}")
    b.header("user-agent", UA + " BioValidaSDK/5.3.0")
    b.header("x-api-key", "bv_live_" + new_hex(c.rng, 24))
    return b


def selfie_liveness(c: Context) -> Flow:
    b = _bio(c, "/v3/processos/selfie")
    b.bio("face_image", "json selfie (base64 JPEG) with prova_de_vida")
    b.json(
        {
            "processo_id": rid(c.rng),
            "cpf": b.acct("cpf"),
            "selfie": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "prova_de_vida": {"tipo": "passiva", "score": rf(c.rng, 0.8, 1, 3)},
            "aparelho": {
                "id": b.id("biovalida_session_device", where="json aparelho.id (SDK device id)"),
                "modelo": "SM-A546E",
            },
        }
    )
    b.ok_json({"status": "APROVADO", "similaridade": rf(c.rng, 0.85, 0.99, 3)})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/seguranca/biometria-facial", device=True)
    b.bio("face_template", "json template_facial (512 float32 base64)")
    b.json(
        {
            "template_facial": floats_b64(embedding(c, 512)),
            "versao_modelo": "bv-face-2.1",
            "cadastrado_em": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _bio(c, "/v3/processos/liveness/frames")
    b.bio("face_landmarks", "json frames[].pontos_faciais (106 points) + pose_cabeca")
    b.json(
        {
            "frames": [
                {
                    "pontos_faciais": landmarks(c, 106),
                    "pose_cabeca": {"yaw": rf(c.rng, -20, 20, 2), "pitch": rf(c.rng, -15, 15, 2)},
                    "olhos_abertos": rf(c.rng, 0.6, 1, 2),
                }
                for _ in range(2)
            ]
        }
    )
    b.ok_json({"continuar": True})
    return b.build()


def envelope_cifrado(c: Context) -> Flow:
    b = _bio(c, "/v4/capture")
    b.bio("face_image", "json payload (JWE-encrypted selfie capture)", detectable=False)
    parts = [b64url(new_hex(c.rng, 40)) for _ in range(2)]
    cipher = b64url(bytes(c.rng.getrandbits(8) for _ in range(900)))
    b.json({"payload": ".".join([parts[0], "", parts[1], cipher, b64url(new_hex(c.rng, 16))])})
    b.ok_json({"status": "RECEBIDO", "ticket": rid(c.rng)})
    return b.build()


def fingerprint(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dispositivo/fingerprint", device=True)
    b.json(
        {
            "android_id": b.id("aid_banco", where="json android_id"),
            "numero_serie": b.id("phone_serial", where="json numero_serie"),
            "root": False,
            "emulador": False,
            "versao_so": "14",
        }
    )
    b.ok_json({"risco": "BAIXO"})
    return b.build()


def fingerprint_opaco(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/d")
    b.form([("k", b.id("aid_banco", "md5", "form k (md5 of ANDROID_ID)", detectable=False))])
    b.ok_json({"r": 0})
    return b.build()


def pix(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pix/transferencias")
    b.decoy("Pix transfer: key is a CPF / phone number (account), end-to-end id")
    b.json(
        {
            "chave": b.acct("celular"),
            "valor": rf(c.rng, 5, 400, 2),
            "descricao": "almoço",
            "idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"end_to_end_id": "E" + new_hex(c.rng, 31).upper(), "status": "CONCLUIDA"})
    return b.build()


def pix_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pix/qrcode/decodificar")
    b.decoy("Pix copy-and-paste EMV payload (merchant data)")
    b.json({"emv": "00020126580014BR.GOV.BCB.PIX0136" + rid(c.rng) + "5204000053039865802BR"})
    b.ok_json({"recebedor": "PADARIA PAO QUENTE LTDA", "valor": rf(c.rng, 5, 80, 2)})
    return b.build()


def extrato(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/conta/extrato?dias=30")
    b.decoy("balance series (floats)")
    b.ok_json({"saldos": [rf(c.rng, 100, 5000, 2) for _ in range(30)], "conta": b.acct("conta")})
    return b.build()


def ocr_rg(c: Context) -> Flow:
    b = _bio(c, "/v3/processos/documento/ocr")
    b.decoy("OCR boxes of an ID card's text fields (not the face)")
    b.json(
        {
            "lado": "frente",
            "campos": [
                {"campo": k, "caixa": [c.rng.randint(0, 600) for _ in range(4)]}
                for k in ("nome", "rg", "data_nascimento", "filiacao")
            ],
        }
    )
    b.ok_json({"confianca": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()
