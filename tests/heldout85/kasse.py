"""A health insurer's app (made up: "Gesundkasse") whose hotline recognises
members by voice ("Stimm-ID"), plus its chatbot's speech-to-text.

Sources: Azure AI Speaker Recognition REST v2.0 (learn.microsoft.com,
"Speaker Recognition REST API": `POST {region}.api.cognitive.microsoft.com/
speaker/verification/v2.0/text-independent/profiles/{profileId}/enrollments`
and `.../verify`, WAV body, `Ocp-Apim-Subscription-Key`), Azure speech-to-text
short-audio REST (`{region}.stt.speech.microsoft.com/speech/recognition/
conversation/cognitiveservices/v1?language=de-DE`). The voice-ID backend is
the insurer's own: German keys ("Stimmprobe", "Stimmabdruck").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .catalog import cipher_blob
from .phone import FB, iso, rid, ua, unit_vec

API = "https://app.gesundkasse.de"
AZ = "https://westeurope.api.cognitive.microsoft.com/speaker/verification/v2.0/text-independent"
UA = ua("Gesundkasse", "6.2.1")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "gesundkasse", method, API + path)
    b.header("user-agent", UA)
    b.header("x-versicherten-nr", c.phone.kasse_user)
    return b


def stimmprobe_anmelden(c: Context) -> Flow:
    """Voice-ID enrolment: three spoken samples uploaded as multipart WAV."""
    b = _b(c, "POST", "/stimm-id/v1/anmeldung")
    bnd = "----gk" + rid(c.rng).replace("-", "")[:16]
    parts = [("vorgang", None, None, rid(c.rng).encode())]
    for i in range(3):
        wav = fake_wav(c.rng.getrandbits(32), 900)
        parts.append((f"stimmprobe_{i + 1}", f"probe{i + 1}.wav", "audio/wav", wav))
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voice_sample", "path.stimm-id/anmeldung+multipart.stimmprobe_*")
    b.ok_json({"status": "angelegt"})
    return b.build()


def stimmabdruck(c: Context) -> Flow:
    """The on-device speaker embedding (192 floats, base64 float32) for the hotline."""
    b = _b(c, "POST", "/stimm-id/v1/pruefung")
    b.json(
        {
            "stimmabdruck": floats_b64(unit_vec(c.rng, 192)),
            "modell": "ecapa-tdnn-v2",
            "anrufId": rid(c.rng),
            "zeit": iso(c),
        }
    )
    b.bio("voiceprint", "body.json.stimmabdruck|base64.float32[192]")
    b.ok_json({"erkannt": True, "score": 0.91})
    return b.build()


def sprecher_embedding(c: Context) -> Flow:
    b = _b(c, "POST", "/stimm-id/v2/verify")
    b.json({"speakerEmbedding": unit_vec(c.rng, 256), "callRef": rid(c.rng)})
    b.bio("voiceprint", "body.json.speakerEmbedding[256]")
    b.ok_json({"match": True})
    return b.build()


def azure_enrol(c: Context) -> Flow:
    b = FB(c, "azure-speaker", "POST", f"{AZ}/profiles/{rid(c.rng)}/enrollments")
    b.header("ocp-apim-subscription-key", rid(c.rng).replace("-", ""))
    b.set_body(fake_wav(c.rng.getrandbits(32), 1500), "audio/wav; codecs=audio/pcm")
    b.bio("voice_sample", "path.speaker/verification/enrollments+body.wav")
    b.ok_json({"enrollmentStatus": "Enrolling", "remainingEnrollmentsSpeechLength": 8.5})
    return b.build()


def azure_verify(c: Context) -> Flow:
    b = FB(c, "azure-speaker", "POST", f"{AZ}/profiles/{rid(c.rng)}/verify")
    b.header("ocp-apim-subscription-key", rid(c.rng).replace("-", ""))
    b.set_body(fake_wav(c.rng.getrandbits(32), 1200), "audio/wav; codecs=audio/pcm")
    b.bio("voice_sample", "path.speaker/verification/verify+body.wav")
    b.ok_json({"recognitionResult": "Accept", "score": 0.87})
    return b.build()


def opaque_voice(c: Context) -> Flow:
    b = _b(c, "POST", "/sv/b")
    b.set_body(cipher_blob(c.rng, 300, 600), "application/octet-stream")
    b.bio("voiceprint", "body.cipher", detectable=False)
    b.no_content()
    return b.build()


def registrieren(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/endgeraet")
    b.json(
        {
            "endgeraetKennung": b.id("aid_kasse", where="body.json.endgeraetKennung"),
            "betriebssystem": "Android 14",
            "mitteilungen": True,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def chatbot_stt(c: Context) -> Flow:
    """Speech sent for transcription only: not a voiceprint."""
    url = "https://westeurope.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1"
    b = FB(c, "azure-stt", "POST", url, [("language", "de-DE"), ("format", "simple")])
    b.header("ocp-apim-subscription-key", rid(c.rng).replace("-", ""))
    b.set_body(
        fake_wav(c.rng.getrandbits(32), 1100), "audio/wav; codecs=audio/pcm; samplerate=16000"
    )
    b.ok_json(
        {"RecognitionStatus": "Success", "DisplayText": "Wo finde ich meine Versichertenkarte?"}
    )
    b.decoy("speech-to-text of a chatbot question")
    return b.build()


def bonusprogramm(c: Context) -> Flow:
    b = _b(c, "POST", "/bonus/v1/nachweis")
    b.json(
        {
            "schritte": [c.rng.randint(2000, 14000) for _ in range(7)],
            "geschlecht": "w",
            "massnahme": "Rückenkurs",
        }
    )
    b.decoy("step-count series and self-declared sex in a bonus form")
    b.ok_json({"punkte": 150})
    return b.build()


def dokument_upload(c: Context) -> Flow:
    b = _b(c, "POST", "/post/v1/upload")
    b.json({"typ": "Arztrechnung", "pdf": b64(b"%PDF-1.7 " + cipher_blob(c.rng, 60, 90))})
    b.decoy("invoice PDF upload")
    b.ok_json({"eingang": rid(c.rng)})
    return b.build()
