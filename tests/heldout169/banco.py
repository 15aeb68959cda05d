"""Banco Frontera: a Texas bank's app with "VozID" voice authentication, on the Motorola.

Enrolment uploads three spoken passphrases (`vozid/inscripcion`, WAV parts)
to build a voiceprint; a login sends the speaker embedding the on-device model
made (`huellaVocal`, 192 floats, ECAPA-style); a newer build ships the same
embedding as base64 float32 under `v` on a numbered path. The voice assistant
("Oye Frontera") sends audio for speech recognition only: transcription, not
a speaker model. mParticle's batch (`das`, `di.anid`, `di.gaid`) follows
mParticle's event-batch format. Balances and card controls are ordinary.
"""

from __future__ import annotations

from tests.heldout.biometric import embedding
from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, iso, moto_ua, ms, rf, rid

API = "https://movil.bancofrontera.example"
UA = moto_ua("BancoFrontera", "24.6.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bancofrontera", method, url)
    b.header("user-agent", UA)
    b.header("x-correlation-id", rid(c.rng))
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/vozid/inscripcion")
    b.bio("voiceprint", "multipart frase1..3 WAV to vozid/inscripcion (speaker enrolment)")
    boundary = new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4)
    parts = [("cliente", None, None, b.acct("banco_user").encode())]
    parts += [
        (f"frase{i}", f"frase{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900))
        for i in (1, 2, 3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"inscrito": True, "calidad": rf(c.rng, 0.7, 0.98, 2)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/vozid/verificar")
    b.bio("speaker_embedding", "json huellaVocal[192]")
    b.json(
        {
            "cliente": b.acct("banco_user"),
            "huellaVocal": embedding(c, 192),
            "modelo": "ecapa-tdnn-v3",
            "duracionMs": c.rng.randint(1800, 4200),
            "idAndroid": b.id("aid_banco", where="json idAndroid"),
        }
    )
    b.ok_json({"verificado": True, "puntaje": rf(c.rng, 0.6, 0.95, 3)})
    return b.build()


def voice_verify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/x/7")
    b.bio("speaker_embedding", "json v (base64 float32, 192)", detectable=False)
    b.json({"v": floats_b64(embedding(c, 192)), "s": ms(c), "k": 2})
    b.ok_json({"r": 0})
    return b.build()


def assistant(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/asistente/consulta")
    b.decoy("speech recognition of a spoken question (transcription, no speaker model)")
    b.json({"audio": b64(fake_wav(c.rng.randint(0, 10**9), 600)), "idioma": "es-US", "ts": ms(c)})
    b.ok_json({"transcripcion": "¿cuánto tengo en mi cuenta de cheques?", "intento": "saldo"})
    return b.build()


def mparticle_batch(c: Context) -> Flow:
    key = "us1-" + new_hex(c.rng, 32)
    b = FB(c, "mparticle", "POST", f"https://nativesdks.mparticle.com/v2/{key}/events")
    b.header("user-agent", "mParticle Android SDK/5.55.0")
    b.json(
        {
            "dt": "h",
            "id": rid(c.rng),
            "ct": ms(c),
            "das": b.id("mparticle_das", where="json das (mParticle device application stamp)"),
            "di": {
                "anid": b.id("aid_banco", where="json di.anid"),
                "gaid": b.id("gaid", where="json di.gaid"),
                "dma": "motorola",
                "dp": "moto g 5G - 2024",
            },
            "msgs": [{"dt": "e", "n": "pantalla_saldo", "et": "Navigation", "ct": ms(c)}],
        }
    )
    b.ok_json({})
    return b.build()


def balances(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/cuentas")
    b.decoy("account numbers and balance history series (not device ids)")
    b.ok_json(
        {
            "cuentas": [
                {
                    "numero": "****" + new_digits(c.rng, 4),
                    "tipo": t,
                    "saldo": rf(c.rng, 50, 9000, 2),
                    "historial": [rf(c.rng, 50, 9000, 2) for _ in range(14)],
                }
                for t in ("cheques", "ahorros")
            ],
            "actualizado": iso(c),
        }
    )
    return b.build()


def card_lock(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/tarjetas/{new_digits(c.rng, 6)}/bloqueo")
    b.json({"bloqueada": c.rng.random() < 0.5, "motivo": "temporal"})
    b.ok_json({"ok": True})
    return b.build()
