"""A Mexican telco's self-care app with voice biometrics ("tu voz es tu
contraseña"): enrolment uploads three voice samples, login verifies against a
voiceprint; plus speech-to-text for the help bot (not biometric) and recharge
decoys. The backend and keys are fictional, modelled on vendor voice-biometric
APIs that take multipart audio plus a speaker id (e.g. Azure Speaker
Recognition "verificationProfiles/{id}/enrollments", learn.microsoft.com).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, ms, rf, rid, ua

API = "https://mi.telcomx.example"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "telcomx", method, API + path)
    b.header("user-agent", ua("MiTelco", "12.0.4"))
    b.header("x-msisdn", b.acct("telco_msisdn"))
    return b


def enrolar_voz(c: Context) -> Flow:
    b = _b(c, "POST", "/vb/v1/voiceprint/enrollments")
    b.bio("voiceprint", "multipart voice samples to voiceprint enrollments")
    bnd = "vb" + new_hex(c.rng, 14)
    parts = [
        (f"muestra{i}", f"muestra{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600))
        for i in range(3)
    ]
    parts.append(("frase", None, "text/plain", "mi voz es mi contraseña".encode()))
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"enrollmentStatus": "Enrolled", "remainingEnrollments": 0})
    return b.build()


def verificar_voz(c: Context) -> Flow:
    b = _b(c, "POST", "/vb/v1/speaker/verify")
    b.bio("voiceprint", "json speaker verify with huella_voz embedding")
    b.json(
        {
            "huella_voz": floats_b64(floats(c.rng, 192)),
            "locutor": b.acct("telco_msisdn"),
            "device_imei": b.id("imei", where="json device_imei"),
            "ts": ms(c),
        }
    )
    b.ok_json({"resultado": "Accept", "score": rf(c.rng, 0.6, 1, 3)})
    return b.build()


def voz_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/vb/v1/s")
    b.bio("voiceprint", "encrypted audio blob under 'a'", detectable=False)
    b.json({"a": b64(bytes(c.rng.getrandbits(8) for _ in range(500))), "n": new_hex(c.rng, 24)})
    b.ok_json({"r": 1})
    return b.build()


def dictado(c: Context) -> Flow:
    b = _b(c, "POST", "/bot/v1/stt")
    b.decoy("speech sent for speech-to-text (help bot)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 500), "audio/wav")
    b.ok_json({"texto": "quiero recargar saldo", "confianza": rf(c.rng, 0.5, 1, 2)})
    return b.build()


def recarga(c: Context) -> Flow:
    b = _b(c, "POST", "/pagos/v1/recarga")
    b.decoy("recharge with folio")
    b.json({"monto": c.rng.choice([50, 100, 200]), "folio": rid(c.rng)})
    b.ok_json({"ok": True})
    return b.build()


def consumo(c: Context) -> Flow:
    b = _b(c, "GET", "/cuenta/v1/consumo")
    b.decoy("data usage series")
    b.ok_json({"mb_por_dia": [c.rng.randint(100, 3000) for _ in range(30)]})
    return b.build()


def registro(c: Context) -> Flow:
    b = _b(c, "POST", "/cuenta/v1/equipo")
    b.form(
        [
            ("imei", b.id("imei", where="form imei")),
            ("android_id", b.id("aid_telco", where="form android_id")),
        ]
    )
    b.ok_json({"ok": True})
    return b.build()
