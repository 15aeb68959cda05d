"""Her own bank app (face liveness via FaceTec, voice-authentication login) and
her own wearables (a Xiaomi smartwatch and Redmi earbuds) paired to the phone.

FaceTec: the app posts the session's `faceScan`, `auditTrailImage`,
`lowQualityAuditTrailImage` and `sessionId` to its server, which forwards them
to FaceTec Server's /liveness-3d (FaceTec Server REST API docs, dev.facetec.com);
the SDK sets `X-Device-Key` and `X-User-Agent`. The voice login and the
wearable sync are the apps' own APIs (keys are my own, plausible names).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, multipart

from .phone import FB, b_, floats, iso, ms, rf, rid

BANK = "https://api.bancoatlantico-app.pt"


def _bank(c: Context, method: str, path: str) -> FB:
    b = b_(c, "bank", method, BANK + path, "BancoAtlantico", "12.3.0")
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def facetec_liveness(c: Context) -> Flow:
    b = _bank(c, "POST", "/facetec/liveness-3d")
    b.bio("face_scan", "json faceScan + auditTrailImage")
    b.header("x-device-key", "d" + new_hex(c.rng, 31))
    b.header(
        "x-user-agent", "facetec|sdk|android|com.bancoatlantico|9.7.40|23124RA7EO|" + rid(c.rng)
    )
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(700))),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": new_hex(c.rng, 60)})
    return b.build()


def voice_login(c: Context) -> Flow:
    b = _bank(c, "POST", "/auth/voz/verificar")
    b.bio("voice_sample", "multipart voiceSample for speaker verification")
    bnd = "----bnd" + new_hex(c.rng, 16)
    body = multipart(
        bnd,
        [
            ("frase", None, None, b"A minha voz e a minha senha"),
            ("voiceSample", "amostra.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
            ("modo", None, None, b"speaker_verification"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"verificado": True, "pontuacao": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _bank(c, "POST", "/auth/voz/registo")
    b.bio("voiceprint", "json speakerEmbedding (x-vector)")
    b.json(
        {
            "speakerEmbedding": floats(c.rng, 192),
            "modelo": "ecapa-tdnn-v2",
            "amostras": 3,
            "ts": iso(c),
        }
    )
    b.ok_json({"voiceprintId": rid(c.rng)})
    return b.build()


def bank_stepup_opaque(c: Context) -> Flow:
    b = _bank(c, "POST", "/sec/v2/step")
    b.bio("face_scan", "encrypted step-up envelope 'p' (a selfie check inside)", detectable=False)
    b.json(
        {
            "k": new_hex(c.rng, 16),
            "p": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "t": ms(c),
        }
    )
    b.ok_json({"r": new_hex(c.rng, 24)})
    return b.build()


def bank_balance(c: Context) -> Flow:
    b = _bank(c, "GET", "/contas/saldo")
    b.decoy("balance and a spending numeric series")
    b.ok_json(
        {"saldo": rf(c.rng, 100, 3000, 2), "gastos30d": [rf(c.rng, 0, 80, 2) for _ in range(30)]}
    )
    return b.build()


def bank_device_bind(c: Context) -> Flow:
    b = _bank(c, "POST", "/dispositivos/vincular")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "modelo": "23124RA7EO",
            "cliente": b.acct("bank_user"),
            "pushToken": "f" + new_hex(c.rng, 20) + ":APA91b" + new_hex(c.rng, 30),
        }
    )
    b.ok_json({"vinculado": True})
    return b.build()


def _fit(c: Context, method: str, path: str) -> FB:
    b = b_(
        c, "mifit", method, "https://hlth.fit-sync.example.com" + path, "MiFitnessLike", "3.28.0"
    )
    return b


def watch_sync(c: Context) -> Flow:
    b = _fit(c, "POST", "/app/v1/device/sync")
    b.json(
        {
            "uid": b.acct("fit_user"),
            "device": {
                "model": "xiaomi.watch.m2350",
                "mac": b.id("watch_mac", where="json device.mac"),
                "sn": b.id("watch_serial", where="json device.sn"),
            },
            "androidId": b.id("aid_fit", where="json androidId"),
            "steps": c.rng.randint(2000, 19000),
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def buds_firmware(c: Context) -> Flow:
    b = _fit(c, "GET", "/app/v1/ota/check")
    b.param("model", "redmi.buds5pro")
    b.param("bt_addr", b.id("buds_mac", "nosep", where="query bt_addr"))
    b.param("fw", "1.0.3.12")
    b.ok_json({"update": False})
    return b.build()


def buds_list(c: Context) -> Flow:
    b = _fit(c, "GET", "/app/v1/devices")
    b.ok_json(
        {
            "devices": [
                {
                    "type": "earbuds",
                    "bluetoothAddress": b.id(
                        "buds_mac", where="response bluetoothAddress", direction="response"
                    ),
                }
            ]
        }
    )
    return b.build()


BIO = [
    facetec_liveness,
    voice_login,
    voice_enrol,
    facetec_liveness,
    bank_stepup_opaque,
    voice_login,
]
DEV = [watch_sync, buds_firmware, bank_device_bind, buds_list, watch_sync]
BLOCK = [(0.5, bank_balance)]
