"""Her bank's voice-ID login enrolment (truly biometric).

Azure Speaker Recognition text-dependent enrolment (POST /speaker/verification/
v2.0/text-dependent/profiles/{id}/enrollments, audio/wav body;
learn.microsoft.com/rest/api/speakerrecognition) and the bank's own voiceprint
(a base64 float32 192-d ECAPA-TDNN speaker embedding) to its voice-ID API.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav, floats_b64

from .bank import _b
from .phone import FB, floats, rid


def azure_voice_enrol(c: Context) -> Flow:
    prof = rid(c.rng)
    b = FB(
        c,
        "azure-speaker",
        "POST",
        f"https://southeastasia.api.cognitive.microsoft.com/speaker/verification/v2.0/text-dependent/profiles/{prof}/enrollments",
        http_version="HTTP/1.1",
    )
    b.header("Ocp-Apim-Subscription-Key", new_hex(c.rng, 32))
    b.set_body(fake_wav(c.rng.randint(0, 10**6)), "audio/wav; codecs=audio/pcm; samplerate=16000")
    b.bio("voice_sample", "path.speaker/verification/.../enrollments+body")
    b.ok_json(
        {
            "profileId": prof,
            "enrollmentStatus": "Enrolling",
            "remainingEnrollmentsCount": c.rng.randint(0, 2),
        },
        201,
    )
    return b.build()


def voiceprint(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/v1/voice-id/enrol")
    b.json(
        {
            "customerNo": b.acct("bank_cust"),
            "passphrase": "my voice is my password",
            "voiceprint": floats_b64(floats(c.rng, 192)),
            "model": "ecapa-tdnn-192",
            "sampleIndex": c.rng.randint(1, 3),
        }
    )
    b.bio("voiceprint", "body.json.voiceprint")
    b.ok_json({"enrolled": c.rng.choice([False, True])})
    return b.build()
