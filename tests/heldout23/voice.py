"""TalkRemote: a voice-remote app on the Fire TV with voice profiles ("voice ID").

Registration uses Login with Amazon's code-based linking for Alexa Voice
Service devices (developer.amazon.com/docs/alexa/alexa-voice-service/
code-based-linking-other-platforms.html): a form POST to
`api.amazon.com/auth/O2/create/codepair` whose `scope_data` JSON carries
`productInstanceAttributes.deviceSerialNumber`. Speaker recognition is the
app's own: enrolment utterances posted as multipart WAV, identification by a
speaker embedding (an ECAPA-TDNN-style 192-float vector, base64 float32), and a
voice-profile sync whose template the app encrypts itself.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, js, multipart

from .phone import FB, fire_ua, floats, rf, rid

API = "https://voice.talkremote.io"
PHRASES = ["hey remote, it's me", "play something funny", "turn up the volume", "open my shows"]


def _ua() -> str:
    return fire_ua("TalkRemote/2.7.1")


def codepair(c: Context) -> Flow:
    b = FB(c, "amazon-lwa", "POST", "https://api.amazon.com/auth/O2/create/codepair")
    dsn = b.id(
        "fire_dsn", where="body:scope_data.alexa:all.productInstanceAttributes.deviceSerialNumber"
    )
    scope = {
        "alexa:all": {
            "productID": "talkremote_ftv",
            "productInstanceAttributes": {"deviceSerialNumber": dsn},
        }
    }
    b.header("user-agent", _ua())
    b.form(
        [
            ("response_type", "device_code"),
            ("client_id", "amzn1.application-oa2-client." + new_hex(c.rng, 32)),
            ("scope", "alexa:all"),
            ("scope_data", js(scope)),
        ]
    )
    b.ok_json({"device_code": rid(c.rng), "user_code": "F7K2QX", "interval": 5, "expires_in": 600})
    return b.build()


def enrol(c: Context) -> Flow:
    b = FB(c, "talkremote", "POST", f"{API}/v2/voice-id/enrollments")
    b.bio("voice", "multipart:utterance audio/wav + voice-id enrollment metadata")
    boundary = "TR" + new_hex(c.rng, 24)
    meta = {
        "profileName": "Dana",
        "utteranceIndex": c.rng.randint(1, 4),
        "phrase": PHRASES[0],
        "sampleRateHz": 16000,
        "voiceProfileId": "vp_" + new_hex(c.rng, 16),
    }
    body = multipart(
        boundary,
        [
            ("metadata", None, "application/json", js(meta).encode()),
            ("utterance", "utt.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6), 900)),
        ],
    )
    b.header("x-device-id", b.id("aid_voice", where="header:x-device-id"))
    b.header("user-agent", _ua())
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"status": "ENROLLING", "remaining": c.rng.randint(0, 3)})
    return b.build()


def identify(c: Context) -> Flow:
    b = FB(c, "talkremote", "POST", f"{API}/v2/voice-id/identify")
    b.bio("voice", "body:speakerEmbedding (float32 base64)")
    body = {
        "speakerEmbedding": floats_b64(floats(c.rng, 192)),
        "embeddingModel": "ecapa-tdnn-192-v3",
        "utteranceMs": c.rng.randint(900, 3200),
        "householdId": "hh_" + new_hex(c.rng, 12),
    }
    b.header("user-agent", _ua())
    b.json(body)
    b.ok_json(
        {"speaker": c.rng.choice(["dana", "unknown", "guest"]), "score": rf(c.rng, 0.3, 0.98, 3)}
    )
    return b.build()


def speaker_scores(c: Context) -> Flow:
    """An x-vector as a plain float list, sent to the app's own personalisation API."""
    b = FB(c, "talkremote", "POST", f"{API}/v1/personalize/speaker")
    b.bio("voice", "body:voiceprint.xvector[]")
    vp = {"xvector": floats(c.rng, 128, 4), "dim": 128, "enrolledAt": "2024-10-30"}
    b.header("user-agent", _ua())
    b.json({"voiceprint": vp, "profileId": "vp_" + new_hex(c.rng, 16)})
    b.no_content()
    return b.build()


def profile_sync_opaque(c: Context) -> Flow:
    b = FB(c, "talkremote", "POST", f"{API}/v2/sync")
    b.bio("voice", "body:blob (app-encrypted template)", detectable=False)
    b.header("user-agent", _ua())
    b.json({"v": 3, "blob": b64(c.rng.randbytes(480)), "n": new_hex(c.rng, 24)})
    b.ok_json({"ok": 1})
    return b.build()


def voice_search(c: Context) -> Flow:
    b = FB(c, "talkremote", "POST", f"{API}/v1/search")
    b.decoy("transcribed voice search text and results, no voice data")
    b.header("user-agent", _ua())
    b.json({"transcript": c.rng.choice(PHRASES[1:]), "asrConfidence": rf(c.rng, 0.6, 0.99, 2)})
    b.ok_json({"results": [{"appId": "com.loopline.firetv", "rank": 1}], "requestId": rid(c.rng)})
    return b.build()
