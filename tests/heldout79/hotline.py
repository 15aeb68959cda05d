"""A voice-banking hotline app (fictional "Hlas+", CZ/HU bank call-centre app):
speaker enrolment and verification with voiceprints, in the shape of Nuance
Gatekeeper / Pindrop-style APIs (audio sample + speaker id -> voiceprint,
score); decoys: speech-to-text of menu commands, IVR menu, call quality stats."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://voice.hlasplus.cz"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "hlasplus", method, API + path)
    b.header("user-agent", ua("HlasPlus", "1.9.4"))
    return b


def enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/speaker/enrol")
    b.bio("voice_enrolment", "multipart:audio + speakerId (enrolment sample)")
    bd = "hlas" + rid(c.rng).replace("-", "")[:20]
    meta = f'{{"speakerId":"{rid(c.rng)}","phrase":"Můj hlas je moje heslo","sampleRate":16000}}'
    body = multipart(
        bd,
        [
            ("meta", None, "application/json", meta.encode()),
            ("audio", "enrol.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 1500)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bd}")
    b.ok_json({"enrolled": True, "samplesNeeded": c.rng.randint(0, 2)})
    return b.build()


def verify(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/speaker/verify")
    b.bio("voice_sample", "body:$.audio (voice verification)")
    b.json(
        {
            "speakerId": rid(c.rng),
            "audio": b64(fake_wav(c.rng.randint(0, 10**9), 900)),
            "encoding": "LINEAR16",
            "android_id": b.id("aid_voice", where="body:$.android_id"),
        }
    )
    b.ok_json({"decision": "MATCH", "score": rf(c.rng, 0.6, 1)})
    return b.build()


def voiceprint_sync(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/speaker/hlasovy-otisk")
    b.bio("voiceprint", "body:$.hlasovyOtisk.vector (voiceprint)")
    b.json(
        {"hlasovyOtisk": {"vector": floats(c.rng, 192), "model": "ecapa-tdnn"}, "ulozeno": iso(c)}
    )
    b.no_content()
    return b.build()


def hangprofil(c: Context) -> Flow:
    """Hungarian build: voiceprint as base64 float32 under "hangminta"."""
    b = _b(c, "POST", "/v1/hu/hangprofil")
    b.bio("voiceprint", "body:$.hangprofil.hangminta_vektor (b64 float32)")
    b.json(
        {
            "hangprofil": {"hangminta_vektor": floats_b64(floats(c.rng, 192)), "dim": 192},
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def stt(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/stt/recognize")
    b.decoy("speech sent for speech-to-text (menu command)")
    b.json(
        {
            "config": {"languageCode": "cs-CZ", "sampleRateHertz": 16000},
            "audio": {"content": b64(fake_wav(c.rng.randint(0, 10**9), 600))},
        }
    )
    b.ok_json({"results": [{"transcript": "zůstatek na účtu", "confidence": 0.93}]})
    return b.build()


def ivr_menu(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/ivr/menu?lang=cs")
    b.decoy("IVR menu")
    b.ok_json(
        {
            "items": [
                {"key": str(i), "label": x} for i, x in enumerate(["Zůstatek", "Karty", "Operátor"])
            ]
        }
    )
    return b.build()


def call_quality(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/calls/quality")
    b.decoy("jitter / MOS series")
    b.json(
        {
            "callId": rid(c.rng),
            "jitterMs": [rf(c.rng, 1, 40, 1) for _ in range(20)],
            "mos": rf(c.rng, 3, 4.5, 2),
        }
    )
    b.no_content()
    return b.build()
