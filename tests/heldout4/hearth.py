"""Hearth: the companion app of a smart speaker. It pairs the speaker (MAC, serial),
manages routines and alarms, and runs "Voice Match": the user records enrolment
phrases, the app uploads them and syncs the speaker embedding it computed.
Segment carries product analytics.

Shaped after speaker-recognition enrolment APIs (Azure speaker recognition
profiles / enrollments, x-vector and ECAPA-TDNN speaker embeddings of 192-512
floats) and Google Assistant "Voice Match"; Segment `POST /v1/batch` with
`context.device.advertisingId` / `context.device.id`
(https://segment.com/docs/connections/spec/common/#context-fields-automatically-collected).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import (
    fake_wav,
    floats_b64,
    jsb,
    multipart,
    pb_bytes,
    pb_msg,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, iso, okhttp, req_id, rf, ua
from .shapes import vector

API = "https://api.hearth-home.io"
UA = ua("Hearth", "6.0.4")


def _api(ctx: Context, method: str, path: str) -> FB:
    fb = FB(ctx, "hearth", method, API + path)
    fb.header("user-agent", UA)
    fb.header("authorization", "Bearer " + new_hex(ctx.rng, 48))
    return fb


# --- negatives ----------------------------------------------------------------------------


def routines(ctx: Context) -> Flow:
    fb = _api(ctx, "GET", f"/v2/homes/{ctx.phone.hearth_home}/routines")
    fb.ok_json(
        {
            "routines": [
                {
                    "id": "rt_" + new_hex(ctx.rng, 8),
                    "trigger": "Good night",
                    "actions": ["lights.off", "alarm.set"],
                }
            ]
        }
    )
    return fb.build()


def alarm(ctx: Context) -> Flow:
    fb = _api(ctx, "POST", "/v2/alarms")
    fb.json(
        {
            "time": f"0{ctx.rng.randint(5, 8)}:{ctx.rng.choice(['00', '15', '30'])}",
            "days": ["mon", "tue", "wed", "thu", "fri"],
            "sound": "sunrise",
        }
    )
    fb.ok_json({"id": "al_" + new_hex(ctx.rng, 8)})
    return fb.build()


def tts(ctx: Context) -> Flow:
    fb = FB(ctx, "hearth", "GET", f"https://tts.hearth-home.io/v1/clip/{new_hex(ctx.rng, 24)}.mp3")
    fb.header("user-agent", okhttp())
    fb.respond(
        200, "audio/mpeg", b"ID3\x04\x00" + bytes(ctx.rng.getrandbits(8) for _ in range(500))
    )
    return fb.build()


def text_query(ctx: Context) -> Flow:
    fb = _api(ctx, "POST", "/v2/assist/text")
    fb.json(
        {
            "query": ctx.rng.choice(
                ["what's the weather tomorrow", "add milk to the list", "play jazz in the kitchen"]
            ),
            "locale": "en-GB",
            "request_id": req_id(ctx.rng),
        }
    )
    fb.ok_json({"speech": "Tomorrow will be sunny, 24 degrees.", "card": {"type": "weather"}})
    return fb.build()


def shopping_list(ctx: Context) -> Flow:
    fb = _api(ctx, "GET", "/v2/lists/shopping")
    fb.ok_json({"items": [{"text": t, "done": False} for t in ("milk", "eggs", "basil")]})
    return fb.build()


def voice_settings(ctx: Context) -> Flow:
    """The Voice Match settings page: words about voices, no voice data."""
    fb = _api(ctx, "GET", "/v2/voice-match/settings")
    fb.ok_json(
        {
            "enabled": True,
            "personal_results": True,
            "profiles": 1,
            "help": "Voice Match recognises your voice to give personal answers.",
        }
    )
    return fb.build()


# --- device ids ---------------------------------------------------------------------------


def pair_speaker(ctx: Context) -> Flow:
    fb = _api(ctx, "POST", "/v2/devices/pair")
    fb.json(
        {
            "device": {
                "mac": fb.id("speaker_mac", how="nosep_upper", where="body device.mac"),
                "serialNumber": fb.id("speaker_serial", where="body device.serialNumber"),
                "model": "Hearth Mini 2",
            },
            "room": "Kitchen",
        }
    )
    fb.ok_json({"device_id": "spk_" + new_hex(ctx.rng, 10)})
    return fb.build()


def segment(ctx: Context) -> Flow:
    fb = FB(ctx, "segment", "POST", "https://api.segment.io/v1/batch")
    fb.header("user-agent", "analytics-android/4.11.3")
    fb.header("authorization", "Basic " + new_hex(ctx.rng, 32))
    ctxobj = {
        "device": {
            "id": fb.id("aid_hearth", where="batch[].context.device.id"),
            "advertisingId": fb.id("gaid", where="batch[].context.device.advertisingId"),
            "adTrackingEnabled": True,
            "manufacturer": "Google",
            "model": "Pixel 8",
        },
        "os": {"name": "Android", "version": "14"},
        "app": {"name": "Hearth", "version": "6.0.4"},
    }
    anon = fb.id("segment_anon", where="batch[].anonymousId")
    events = [
        {
            "type": "track",
            "event": ctx.rng.choice(["Routine Created", "Alarm Set", "Speaker Volume Changed"]),
            "anonymousId": anon,
            "messageId": req_id(ctx.rng),
            "timestamp": iso(ctx),
            "context": ctxobj,
            "properties": {"room": "Kitchen"},
        }
    ]
    fb.json({"batch": events, "sentAt": iso(ctx)}, encoding="gzip")
    fb.ok_json({"success": True})
    return fb.build()


# --- voice biometrics ------------------------------------------------------------------------


def enrol(ctx: Context, idx: int) -> Flow:
    fb = _api(ctx, "POST", f"/v2/voice-match/profiles/{new_uuid(ctx.rng)}/enrollments")
    boundary = new_hex(ctx.rng, 24)
    meta = {
        "phrase_index": idx,
        "phrase": "Hey Hearth, what's on my calendar",
        "locale": "en-GB",
        "sample_rate": 16000,
    }
    body = multipart(
        boundary,
        [
            ("metadata", None, "application/json", jsb(meta)),
            (
                "enrollment_audio",
                f"enrol_{idx}.wav",
                "audio/wav",
                fake_wav(ctx.rng.getrandbits(32), 900),
            ),
        ],
    )
    fb.bio("voiceprint_enrolment", "multipart enrollment_audio to voice-match enrollments")
    fb.set_body(body, f"multipart/form-data; boundary={boundary}")
    fb.ok_json({"enrollmentStatus": "Enrolling", "remainingEnrollmentsCount": max(0, 3 - idx)})
    return fb.build()


def embedding(ctx: Context, packed: bool) -> Flow:
    fb = _api(ctx, "PUT", f"/v2/voice-match/profiles/{new_uuid(ctx.rng)}/embedding")
    vec = vector(ctx.rng, 192)
    fb.json(
        {
            "model": "ecapa-tdnn-192",
            "speaker_embedding": floats_b64(vec) if packed else vec,
            "updated_at": iso(ctx),
        },
        encoding="gzip",
    )
    fb.bio("speaker_embedding", "body speaker_embedding" + (" (base64 float32)" if packed else ""))
    fb.no_content()
    return fb.build()


def sync_opaque(ctx: Context) -> Flow:
    fb = _api(ctx, "POST", "/v2/sync")
    body = pb_msg(
        1,
        [
            pb_bytes(1, new_hex(ctx.rng, 12)),
            pb_varint(2, 3),
            pb_packed_floats(5, vector(ctx.rng, 192)),
        ],
    )
    fb.bio("speaker_embedding", "protobuf field 1.5 packed floats", detectable=False)
    fb.set_body(body, "application/x-protobuf")
    fb.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return fb.build()


def match_threshold(ctx: Context) -> Flow:
    """Model config: a vector of calibration floats that belongs to no one."""
    fb = _api(ctx, "GET", "/v2/voice-match/model")
    fb.ok_json(
        {
            "model": "ecapa-tdnn-192",
            "threshold": rf(ctx.rng, 0.5, 0.8, 3),
            "calibration": vector(ctx.rng, 16),
            "url": "https://cdn.hearth-home.io/models/ecapa-v7.tflite",
        }
    )
    return fb.build()
