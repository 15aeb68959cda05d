"""Nordvik Assistant: the car's voice assistant with speaker recognition, so it
knows which family member asked ("Ring mamma" means a different contact for each
child). Own backend voice.nordvik-connect.com with Swedish key names (talare,
röstavtryck, likhet). Speech-to-text requests carry audio but no speaker model:
those are decoys (speech for STT is not biometric). Enrolment follows the usual
speaker-verification shape (Azure Speaker Recognition profiles/{id}/enrollments,
learn.microsoft.com): several WAV utterances per profile.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://voice.nordvik-connect.com"
FAMILY = ["ingrid", "lars", "elsa", "nils"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "nordvik-voice", method, API + path)
    b.header("user-agent", ua("NordvikAssistant", "6.0.2", car=True))
    b.header("x-install", c.phone.voice_install)
    b.other_id("voice_install", where="header:x-install")
    return b


def enrol(c: Context) -> Flow:
    who = c.rng.choice(FAMILY)
    b = _b(c, "POST", f"/v1/talarprofiler/{who}/inskrivning")
    bd = "nva" + rid(c.rng)[:16]
    parts = [
        (
            "profil",
            None,
            "application/json",
            f'{{"namn":"{who}","fras":"Hej Nordvik","antal":3}}'.encode(),
        )
    ]
    parts += [
        (f"yttrande{i}", f"utt{i}.wav", "audio/wav", fake_wav(c.rng.randint(1, 10**6), 800))
        for i in range(3)
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.bio("speaker_enrolment", "multipart:yttrande0..2 to talarprofiler/inskrivning")
    b.ok_json({"status": "inskriven", "återstående": 0})
    return b.build()


def identify(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/talare/identifiera")
    b.json(
        {
            "röstavtryck": floats_b64(floats(c.rng, 192)),
            "modell": "ecapa-tdnn-192",
            "kandidater": FAMILY,
            "ts": ms(c),
        }
    )
    b.bio("voiceprint", "json:röstavtryck")
    b.ok_json({"talare": {"id": c.rng.choice(FAMILY), "likhet": rf(c.rng, 0.6, 0.95, 3)}})
    return b.build()


def verify_sample(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/talare/verifiera")
    b.json(
        {
            "profilId": c.rng.choice(FAMILY),
            "ljud": b64(fake_wav(c.rng.randint(1, 10**6), 600)),
            "format": "wav16k",
            "syfte": "betalning",
        }
    )
    b.bio("voice_verification", "json:ljud to talare/verifiera")
    b.ok_json({"verifierad": True, "poäng": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def speaker_result(c: Context) -> Flow:
    """The head unit reports who spoke with the score vector per family member."""
    b = _b(c, "POST", "/v1/händelser")
    b.json(
        {
            "typ": "talaridentifiering",
            "resultat": {m: rf(c.rng, 0, 1, 3) for m in FAMILY},
            "vald": c.rng.choice(FAMILY),
            "tid": iso(c),
        }
    )
    b.bio("speaker_identification", "json:talaridentifiering resultat")
    b.no_content()
    return b.build()


def opaque_embed(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/x")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(768)), "application/octet-stream")
    b.bio("voiceprint", "body: raw float blob, no names", detectable=False)
    b.no_content()
    return b.build()


def stt(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/tal-till-text")
    b.json(
        {
            "ljud": b64(fake_wav(c.rng.randint(1, 10**6), 700)),
            "språk": "sv-SE",
            "samplingsfrekvens": 16000,
        }
    )
    b.ok_json(
        {
            "text": c.rng.choice(["navigera hem", "spela P4", "ring mamma"]),
            "konfidens": rf(c.rng, 0.8, 0.99, 2),
        }
    )
    b.decoy("speech-to-text audio, no speaker model")
    return b.build()


def intent(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/avsikt")
    b.json({"text": c.rng.choice(["hur långt är det kvar", "sätt värmen på 21"]), "id": rid(c.rng)})
    b.ok_json({"avsikt": "climate.set", "slots": {"temp": 21}})
    b.decoy("text intent request")
    return b.build()


def tts(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/tts/{rid(c.rng)[:8]}.mp3")
    b.respond(200, "audio/mpeg", bytes(c.rng.getrandbits(8) for _ in range(500)))
    b.decoy("synthesised speech download")
    return b.build()
