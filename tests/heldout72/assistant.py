"""The teacher's voice assistant (a smart-speaker companion app): speaker
enrolment of the teacher's voice (true biometric: audio sent to a speaker
recognition API, a d-vector synced, one opaque upload), a podcast
now-playing report (true listening history), and decoys: speech-to-text of
commands, text-to-speech voice settings, a voice profile created without audio.

Sources: Azure AI Speaker Recognition REST
(`POST {endpoint}/speaker/verification/v2.0/text-independent/profiles` with
{"locale"}, then `.../profiles/{profileId}/enrollments` with audio/wav body;
learn.microsoft.com speaker-recognition REST reference). Companion API in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, jsb, multipart

from .phone import iso, new, rf, rid, ua

AZ = (
    "https://westus.api.cognitive.microsoft.com/speaker/verification/v2.0/text-independent/profiles"
)
API = "https://api.example-hark.com"
AGENT = ua("Hark", "3.9.1")


def _key(b, c: Context) -> None:
    b.header("ocp-apim-subscription-key", new_hex(c.rng, 32))


def create_profile(c: Context) -> Flow:
    r = c.rng
    b = new(c, "azure-speaker", "POST", AZ, AGENT)
    _key(b, c)
    b.json({"locale": "en-us"})
    b.respond(
        201,
        "application/json",
        jsb({"profileId": rid(r), "locale": "en-us", "enrollmentStatus": "Enrolling"}),
    )
    b.decoy("speaker-recognition profile created, no audio sent yet")
    return b.build()


def enroll(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "azure-speaker",
        "POST",
        f"{AZ}/{rid(r)}/enrollments",
        AGENT,
        [("ignoreMinLength", "false")],
    )
    _key(b, c)
    b.set_body(fake_wav(r.randint(0, 10**9), 1600), "audio/wav; codecs=audio/pcm")
    b.bio("voiceprint", "body (enrolment audio to speaker verification)")
    b.respond(
        201,
        "application/json",
        b'{"enrollmentStatus":"Enrolling","remainingEnrollmentsSpeechLength":12.5}',
    )
    return b.build()


def voice_id_enroll(c: Context) -> Flow:
    r = c.rng
    bnd = "Boundary-" + new_hex(r, 16).upper()
    parts = [
        (
            "meta",
            None,
            "application/json",
            jsb(
                {"purpose": "speaker_enrollment", "profileName": "Ms. Garza", "phrase": "Hey Hark"}
            ),
        )
    ]
    parts += [
        (f"utterance{i}", f"u{i}.wav", "audio/wav", fake_wav(r.randint(0, 10**9), 900))
        for i in range(3)
    ]
    b = new(c, "hark", "POST", f"{API}/v1/voice-id/enroll", AGENT)
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "body.utterance0..2 (speaker enrolment)")
    b.ok_json({"voiceIdStatus": "training"})
    return b.build()


def embedding_sync(c: Context) -> Flow:
    r = c.rng
    b = new(c, "hark", "PUT", f"{API}/v1/voice-id/profiles/{new_hex(r, 12)}/model", AGENT)
    b.json(
        {
            "speakerEmbedding": floats_b64([round(r.gauss(0, 0.1), 5) for _ in range(192)]),
            "dim": 192,
            "model": "ecapa-tdnn-v2",
            "updatedAt": iso(c),
        }
    )
    b.bio("voice_embedding", "body.speakerEmbedding")
    b.no_content()
    return b.build()


def opaque_upload(c: Context) -> Flow:
    r = c.rng
    b = new(c, "hark", "POST", f"{API}/v1/sync/blob", AGENT, [("t", "vp")])
    b.set_body(bytes(r.getrandbits(8) for _ in range(600)), "application/octet-stream")
    b.bio("voiceprint", "body (encrypted voice-profile sync, tag t=vp)", detectable=False)
    b.no_content()
    return b.build()


def now_playing(c: Context) -> Flow:
    r = c.rng
    shows = [
        ("Teaching Hard History", "ep-112"),
        ("Radiolab", "ep-0891"),
        ("Cult of Pedagogy", "ep-220"),
    ]
    show, ep = r.choice(shows)
    b = new(c, "hark", "POST", f"{API}/v1/playback/state", AGENT)
    b.json(
        {
            "mediaType": "podcast",
            "show": show,
            "episodeId": ep,
            "positionMs": r.randint(10**4, 3 * 10**6),
            "durationMs": 3600000,
            "state": r.choice(["PLAYING", "PAUSED"]),
            "at": iso(c),
        }
    )
    b.view("body.show/episodeId/positionMs")
    b.no_content()
    return b.build()


def register_client(c: Context) -> Flow:
    r = c.rng
    b = new(c, "hark", "POST", f"{API}/v1/clients", AGENT)
    b.json(
        {
            "clientVendorId": b.id("idfv_voice", where="body.clientVendorId"),
            "app": "3.9.1",
            "pushEnabled": True,
            "tz": "America/Chicago",
        }
    )
    b.ok_json({"clientId": rid(r)})
    return b.build()


def command_stt(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "hark",
        "POST",
        f"{API}/v1/speech/recognize",
        AGENT,
        [("lang", r.choice(["en-US", "es-US"]))],
    )
    b.json(
        {
            "audio": b64(fake_wav(r.randint(0, 10**9), 500)),
            "sampleRate": 16000,
            "purpose": "command",
        }
    )
    b.ok_json(
        {
            "text": r.choice(
                ["set a timer for ten minutes", "pon música tranquila", "what's the weather"]
            ),
            "confidence": rf(r, 0.7, 0.99, 2),
        }
    )
    b.decoy("spoken command sent for speech-to-text (not speaker identification)")
    return b.build()


def tts_settings(c: Context) -> Flow:
    r = c.rng
    b = new(c, "hark", "PUT", f"{API}/v1/settings/voice", AGENT)
    b.json(
        {
            "voice": r.choice(["Joanna", "Lupe", "Matthew"]),
            "speakingRate": rf(r, 0.8, 1.2, 2),
            "pitch": rf(r, -2, 2, 1),
            "wakeWordSensitivity": rf(r, 0.3, 0.8, 2),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("assistant's text-to-speech voice choice and wake-word sensitivity")
    return b.build()
