"""Her mobile operator's app ("Belnet", Dutch keys) with a voice-authentication login.

Real: Azure Speaker Recognition REST v2.0 (POST
{region}.api.cognitive.microsoft.com/speaker/verification/v2.0/text-independent/
profiles/<profileId>/verify and .../enrollments, raw WAV body,
Ocp-Apim-Subscription-Key header), per the Speaker Verification API swagger and
Microsoft's REST reference. In-house: the operator's own login endpoint takes a
base64 voice sample ("stemfragment") with the app's IDFV, and a stored
voice template under a meaningless key (detectable=False).
Decoys: the voice-mail transcript, a data-usage series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, fake_wav

from .phone import FB, iso, rf, ua

AZ = "https://westeurope.api.cognitive.microsoft.com/speaker/verification/v2.0/text-independent"
API = "https://mijn.belnet-mobiel.nl"
UA = ua("MijnBelnet", "9.3.0")
PROFILE = "3f1d9a52-7c1e-4b0a-9d7e-2a6c5b8e0f14"


def azure_verify(c: Context) -> Flow:
    b = FB(c, "azure-speaker", "POST", f"{AZ}/profiles/{PROFILE}/verify")
    b.header("ocp-apim-subscription-key", new_hex(c.rng, 32))
    b.set_body(
        fake_wav(c.rng.getrandbits(32), 1500), "audio/wav; codecs=audio/pcm; samplerate=16000"
    )
    b.bio("voice_sample", "path speaker/verification + body audio/wav")
    b.ok_json({"recognitionResult": "accept", "score": round(c.rng.uniform(0.6, 0.95), 4)})
    return b.build()


def azure_enrol(c: Context) -> Flow:
    b = FB(c, "azure-speaker", "POST", f"{AZ}/profiles/{PROFILE}/enrollments")
    b.header("ocp-apim-subscription-key", new_hex(c.rng, 32))
    b.set_body(
        fake_wav(c.rng.getrandbits(32), 1800), "audio/wav; codecs=audio/pcm; samplerate=16000"
    )
    b.bio("voice_enrolment", "path speaker/verification/enrollments + body audio/wav")
    b.ok_json(
        {
            "profileId": PROFILE,
            "enrollmentStatus": "Enrolling",
            "remainingEnrollmentsSpeechLength": rf(c.rng, 0, 15, 1),
        }
    )
    return b.build()


def stem_login(c: Context) -> Flow:
    b = FB(c, "belnet", "POST", API + "/api/v2/inloggen/stem")
    b.header("user-agent", UA)
    b.json(
        {
            "klantnummer": c.phone.voice_user,
            "stemfragment": b64(fake_wav(c.rng.getrandbits(32), 900)),
            "formaat": "wav/16k",
            "apparaatId": b.id("idfv_voice", where="body.apparaatId"),
            "tijd": iso(c),
        }
    )
    b.bio("voice_sample", "body.stemfragment")
    b.ok_json({"sessie": new_hex(c.rng, 32), "resultaat": "geverifieerd"})
    return b.build()


def template_sync(c: Context) -> Flow:
    b = FB(c, "belnet", "POST", API + "/api/v2/sync/blob")
    b.header("user-agent", UA)
    b.json({"k": "vp", "d": b64(bytes(c.rng.getrandbits(8) for _ in range(256))), "v": 3})
    b.bio("voice_template", "body.d (encrypted voice template)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def voicemail(c: Context) -> Flow:
    b = FB(c, "belnet", "GET", API + "/api/v2/voicemail")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "berichten": [
                {
                    "id": new_uuid(c.rng),
                    "van": "+31 6 ** ** ** 12",
                    "duurSec": c.rng.randint(5, 90),
                    "transcriptie": "Hoi, bel me even terug over het interview.",
                    "ontvangen": iso(c),
                }
                for _ in range(2)
            ]
        }
    )
    b.decoy("voicemail list with transcripts and durations: not a voiceprint")
    return b.build()


def usage(c: Context) -> Flow:
    b = FB(c, "belnet", "GET", API + "/api/v2/verbruik", [("periode", "maand")])
    b.header("user-agent", UA)
    b.ok_json(
        {
            "dataMb": [c.rng.randint(50, 900) for _ in range(30)],
            "belminuten": c.rng.randint(10, 400),
        }
    )
    b.decoy("data usage series")
    return b.build()
