"""SaúdeJá : a telehealth app that records voice symptom descriptions.

The recordings go to Azure AI Speaker Recognition to check it is the patient
speaking (REST API v2.0, Microsoft Learn "Speaker Recognition REST API":
POST {region}.api.cognitive.microsoft.com/speaker/verification/v2.0/
text-independent/profiles/{profileId}/enrollments and .../verify, a WAV body,
header Ocp-Apim-Subscription-Key) and to the app's own voice model, whose
embedding and voice-biomarker results the app posts back to its backend.
Decoys: appointment slots, a symptom checklist, a doctor's photo.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, cfnet, floats, iso, rf, rid

API = "https://api.saudeja-example.com.br"
AZ = "https://brazilsouth.api.cognitive.microsoft.com/speaker/verification/v2.0/text-independent"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "saudeja", method, url)
    b.header("user-agent", cfnet("SaudeJa", "2207"))
    return b


def _az(c: Context, path: str) -> FB:
    b = FB(c, "azure-speaker", "POST", f"{AZ}/{path}")
    b.header("ocp-apim-subscription-key", new_hex(c.rng, 32))
    b.set_body(fake_wav(c.rng.randint(0, 10**9)), "audio/wav; codecs=audio/pcm")
    return b


def az_enrol(c: Context) -> Flow:
    b = _az(c, f"profiles/{rid(c.rng)}/enrollments")
    b.bio("voiceprint", "body:audio (speaker enrollment)")
    b.ok_json({"enrollmentStatus": "Enrolling", "remainingEnrollmentsSpeechLength": 8.2})
    return b.build()


def az_verify(c: Context) -> Flow:
    b = _az(c, f"profiles/{rid(c.rng)}/verify")
    b.bio("voiceprint", "body:audio (speaker verify)")
    b.ok_json({"recognitionResult": "Accept", "score": rf(c.rng, 0.6, 0.95, 4)})
    return b.build()


def symptom_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/triagem/audio")
    bd = "Boundary-" + new_hex(c.rng, 24)
    parts = [
        ("gravacao", "sintomas.m4a", "audio/m4a", fake_wav(c.rng.randint(0, 10**9), 900)),
        ("paciente", None, None, b.acct("saude_patient").encode()),
        ("device", None, None, b.id("idfv_saude", where="multipart:device").encode()),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    # Relabelled by the lead after scoring: a symptom recording sent for triage names no
    # speaker or voice model, so by issue 3 it is not biometric (the set first counted it).
    b.decoy("symptom recording for triage (no voiceprint or speaker model named)")
    b.ok_json({"analiseId": rid(c.rng)})
    return b.build()


def voice_embedding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/voz/perfil")
    b.json(
        {
            "paciente": b.acct("saude_patient"),
            "speakerEmbedding": floats(c.rng, 192),
            "modelo": "ecapa-tdnn-192",
            "criadoEm": iso(c),
        }
    )
    b.bio("voice_embedding", "json:speakerEmbedding")
    b.ok_json({"ok": True})
    return b.build()


def voice_markers(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/triagem/resultado")
    b.json(
        {
            "analiseId": rid(c.rng),
            "voz": {
                "jitter": rf(c.rng, 0.1, 1.5, 3),
                "shimmer": rf(c.rng, 1, 6, 3),
                "f0Media": rf(c.rng, 90, 250, 1),
                "xvector": floats_b64(floats(c.rng, 64)),
                "tosseDetectada": c.rng.random() < 0.4,
            },
        }
    )
    b.bio("voice_embedding", "json:voz.xvector/jitter/shimmer")
    b.no_content()
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/blob/{new_hex(c.rng, 20)}")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(700)), "application/octet-stream")
    b.bio("voice_recording", "body (encrypted recording)", detectable=False)
    b.no_content()
    return b.build()


def slots(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/agenda/slots?especialidade=pediatria")
    b.decoy("appointment ids and times")
    b.ok_json({"slots": [{"id": rid(c.rng), "inicio": iso(c)} for _ in range(4)]})
    return b.build()


def checklist(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/triagem/questionario")
    b.decoy("symptom checklist, self-declared sex")
    b.json({"febre": True, "tosse": c.rng.random() < 0.5, "sexo": "F", "idade": 9})
    b.ok_json({"prioridade": "media"})
    return b.build()


def doctor_photo(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.saudeja-example.com.br/medicos/{new_hex(c.rng, 12)}/foto.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()
