"""The smart display's video calls to the grandparents in Austria and
Switzerland: automatic face framing, a Visual ID face enrolment, Voice ID
speaker enrolment, and the drop-in camera.

Hosts are Amazon's (alexa-comms-mobile-service.amazon.com appears in Alexa
app traffic); the payloads are our own guesses at what such features could
send: face boxes with five-point landmarks and head pose for framing, a face
embedding for Visual ID, voice samples for Voice ID. The drop-in camera's
person detection (a body box, no face data), call signalling with ICE
candidates and snapshot thumbnails are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, fire_ua, floats, iso, ms, points, rf, rid

COMMS = "https://alexa-comms-mobile-service.amazon.com"
VIS = "https://visual-id.amazon.de/v1"


def _dev(b: FB, how: str = "plain") -> None:
    b.header("user-agent", fire_ua("AlexaComms", "1.8.44"))
    b.header("x-amzn-device-serial", b.id("show_dsn", how=how, where="header.x-amzn-device-serial"))


def framing(c: Context) -> Flow:
    b = FB(c, "echo-calls", "POST", f"{COMMS}/calls/{rid(c.rng)}/framing-telemetry")
    _dev(b)
    faces = [
        {
            "box": [
                rf(c.rng, 200, 700, 1),
                rf(c.rng, 100, 400, 1),
                rf(c.rng, 120, 260, 1),
                rf(c.rng, 140, 300, 1),
            ],
            "landmarks": points(c.rng, 5),
            "headPose": {"yaw": rf(c.rng, -30, 30, 2), "pitch": rf(c.rng, -20, 20, 2)},
            "trackId": i,
        }
        for i in range(c.rng.randint(1, 3))
    ]
    b.json(
        {"timestamp": ms(c), "mode": "autoFraming", "faces": faces, "zoom": rf(c.rng, 1, 2.5, 2)}
    )
    b.bio("face_landmarks", "body.faces[].landmarks+headPose (framing)")
    b.no_content()
    return b.build()


def visual_id_enrol(c: Context) -> Flow:
    b = FB(c, "visual-id", "POST", f"{VIS}/profiles/{c.phone.amzn_customer}/enrollment")  # type: ignore[attr-defined]
    _dev(b)
    b.json(
        {
            "person": "Oma Resi",
            "faceEmbedding": floats_b64(floats(c.rng, 128)),
            "embeddingVersion": "fv-3.2",
            "quality": rf(c.rng, 0.6, 0.99, 3),
            "capturedAt": iso(c),
        }
    )
    b.bio("face_embedding", "body.faceEmbedding (face template)")
    b.ok_json({"status": "ENROLLED"})
    return b.build()


def visual_id_match(c: Context) -> Flow:
    b = FB(c, "visual-id", "POST", f"{VIS}/recognize")
    _dev(b, how="sha256")
    b.json({"faceVector": floats(c.rng, 64, 4), "threshold": 0.6})
    b.bio("face_embedding", "body.faceVector (face template)")
    b.ok_json({"match": c.rng.choice(["Oma Resi", "Lina", None])})
    return b.build()


def voice_id_enrol(c: Context) -> Flow:
    bd = "voiceid-" + new_hex(c.rng, 16)
    b = FB(c, "voice-id", "POST", "https://api.eu.amazonalexa.com/v1/voiceprofile/enrollment")
    _dev(b)
    parts = [
        (
            "metadata",
            None,
            "application/json",
            b'{"enrollmentType":"VOICE_ID","utteranceIndex":%d,"locale":"de-DE"}'
            % c.rng.randint(1, 4),
        ),
        ("audio", "utterance.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 1400)),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.bio("voiceprint", "path.voiceprofile/enrollment + audio (speaker enrolment)")
    b.ok_json({"status": "IN_PROGRESS"})
    return b.build()


def voice_blob(c: Context) -> Flow:
    b = FB(c, "voice-id", "PUT", "https://api.eu.amazonalexa.com/v1/sync/blob")
    _dev(b)
    b.json({"n": c.rng.randint(1, 5), "v": b64(bytes(c.rng.getrandbits(8) for _ in range(480)))})
    b.bio("voiceprint", "body.v (encrypted voice-profile template)", detectable=False)
    b.no_content()
    return b.build()


def dropin_person(c: Context) -> Flow:
    b = FB(c, "drop-in", "POST", f"{COMMS}/dropin/events")
    _dev(b)
    b.json(
        {
            "event": "PERSON_DETECTED",
            "box": [rf(c.rng, 0, 0.5), rf(c.rng, 0, 0.5), rf(c.rng, 0.2, 0.5), rf(c.rng, 0.3, 0.9)],
            "confidence": rf(c.rng, 0.5, 0.99, 3),
            "camera": "front",
            "at": iso(c),
        }
    )
    b.decoy("person detection box (no face data)")
    b.no_content()
    return b.build()


def dropin_snapshot(c: Context) -> Flow:
    b = FB(c, "drop-in", "PUT", f"{COMMS}/dropin/snapshot/{new_hex(c.rng, 16)}")
    b.header("user-agent", fire_ua("AlexaComms", "1.8.44"))
    b.set_body(fake_jpeg(c.rng.getrandbits(32), 700), "image/jpeg")
    b.no_content()
    b.decoy("room camera snapshot to the family (not a face API)")
    return b.build()


def call_signal(c: Context) -> Flow:
    b = FB(c, "echo-calls", "POST", f"{COMMS}/calls/{rid(c.rng)}/signal")
    b.header("user-agent", fire_ua("AlexaComms", "1.8.44"))
    cands = [
        f"candidate:{c.rng.randint(1, 9)} 1 udp {c.rng.randint(10**8, 10**9)} "
        f"192.0.2.{c.rng.randint(2, 250)} {c.rng.randint(40000, 60000)} typ srflx"
        for _ in range(3)
    ]
    b.json(
        {
            "type": "offer",
            "sdp": "v=0\r\no=- " + str(c.rng.getrandbits(62)) + " 2 IN IP4 127.0.0.1\r\n",
            "candidates": cands,
            "callee": "Opa Sepp",
        }
    )
    b.ok_json({"ok": True})
    b.decoy("call signalling with session ids and ICE candidates")
    return b.build()
