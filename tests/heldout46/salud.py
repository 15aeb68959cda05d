"""Saúde Já, a Portuguese / Brazilian telehealth app with a speaker check before a
video consultation, in-house backend.

The app computes a speaker embedding on the phone (an x-vector, 192 floats, as
SpeechBrain's ECAPA-TDNN `spkrec-ecapa-voxceleb` produces) and sends it as
`vetorLocutor`; it also sends a short enrolment sample. Opaque: a gzip'd
protobuf of the embedding under numbered fields. Decoys: appointment slots,
a symptom questionnaire, ECG-like numeric series from a wearable (not biometric
identification), a doctor's photo fetch.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import (
    fake_jpeg,
    fake_wav,
    floats_b64,
    multipart,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, floats, iso, rid, ua

API = "https://api.saudeja.com.br"
UA = ua("SaudeJa", "4.0.7")


def speaker_verify(c: Context) -> Flow:
    b = FB(c, "salud", "POST", f"{API}/v1/consulta/verificacaoLocutor")
    b.header("user-agent", UA)
    b.json(
        {
            "paciente": b.acct("salud_user"),
            "vetorLocutor": floats(c.rng, 192),
            "modelo": "ecapa-tdnn-voxceleb",
            "duracaoAudioMs": c.rng.randint(2500, 6000),
            "aparelho": b.id("aid_salud", where="json:aparelho"),
        }
    )
    b.bio("voice_embedding", "json:vetorLocutor")
    b.ok_json({"mesmoLocutor": True, "pontuacao": round(c.rng.random(), 3)})
    return b.build()


def speaker_enrol(c: Context) -> Flow:
    bnd = "okhttp-" + rid(c.rng)
    b = FB(c, "salud", "POST", f"{API}/v1/paciente/cadastroVoz")
    b.header("user-agent", UA)
    body = multipart(
        bnd,
        [
            ("amostraVoz", "voz.wav", "audio/wav", fake_wav(c.rng.getrandbits(32))),
            ("embedding", None, None, floats_b64(floats(c.rng, 192)).encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "multipart:amostraVoz+embedding (speaker enrolment)")
    b.ok_json({"cadastrado": True})
    return b.build()


def speaker_opaque(c: Context) -> Flow:
    b = FB(c, "salud", "POST", f"{API}/v1/s/p")
    b.header("user-agent", UA)
    body = pb_varint(1, 7) + pb_packed_floats(2, floats(c.rng, 192))
    b.set_body(body, "application/x-protobuf", "gzip")
    b.bio("voice_embedding", "protobuf:2 packed floats (unnamed)", detectable=False)
    b.no_content()
    return b.build()


def slots(c: Context) -> Flow:
    b = FB(c, "salud", "GET", f"{API}/v1/agenda/horarios", [("especialidade", "clinica")])
    b.header("user-agent", UA)
    b.decoy("appointment slots")
    b.ok_json({"horarios": [iso(c) for _ in range(4)], "medico": "Dra. Sousa"})
    return b.build()


def questionnaire(c: Context) -> Flow:
    b = FB(c, "salud", "POST", f"{API}/v1/triagem/respostas")
    b.header("user-agent", UA)
    b.decoy("symptom questionnaire")
    b.json({"respostas": [{"q": i, "r": c.rng.choice(["sim", "não"])} for i in range(6)]})
    b.ok_json({"prioridade": "baixa"})
    return b.build()


def heart_series(c: Context) -> Flow:
    b = FB(c, "salud", "POST", f"{API}/v1/sinais/frequencia")
    b.header("user-agent", UA)
    b.decoy("heart-rate numeric series (no identification)")
    b.json({"bpm": [c.rng.randint(58, 95) for _ in range(30)], "inicio": iso(c)})
    b.no_content()
    return b.build()


def doctor_photo(c: Context) -> Flow:
    b = FB(c, "salud", "GET", f"https://cdn.saudeja.com.br/medicos/{c.rng.randint(100, 999)}.jpg")
    b.header("user-agent", UA)
    b.decoy("doctor's profile photo download")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 500))
    return b.build()
