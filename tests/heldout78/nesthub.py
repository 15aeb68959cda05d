"""The Nest Hub companion traffic from the tablet: Voice Match enrolment (the
family's own hub learns a parent's voice: truly biometric), the hub's device id
when the app configures it, and ordinary settings (hotword sensitivity, ambient
photo albums, prompts text): decoys.

Google documents Voice Match for users (support.google.com/googlenest/answer/7342711:
the phrases "Hey Google" / "OK Google" recorded and a voice model stored) but not
its wire format; the endpoint paths and key names below are in-house and plausible.
Host names follow the Google Home app's real API host (googlehomefoyer-pa.googleapis.com).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64

from .phone import FB, floats, iso, ms, rf, rid, ua

FOYER = "https://googlehomefoyer-pa.googleapis.com"


def voice_match_enrol(c: Context) -> Flow:
    b = FB(c, "nest-hub", "POST", f"{FOYER}/v1/voicematch/enrollment:upload")
    b.header("user-agent", ua("GoogleHome", "3.24.1.6"))
    b.bio("voice_enrolment", "json speakerEnrollment.utterances[].audio (hotword samples)")
    utts = [
        {"phrase": p, "audio": b64(fake_wav(c.rng.randint(1, 99999), 700)), "sampleRateHz": 16000}
        for p in ("Hey Google", "OK Google")
    ]
    b.json(
        {
            "speakerEnrollment": {
                "utterances": utts,
                "locale": "en-CA",
                "enrollmentSessionId": rid(c.rng),
            }
        }
    )
    b.ok_json({"status": "ENROLLMENT_COMPLETE"})
    return b.build()


def voice_model_sync(c: Context) -> Flow:
    b = FB(c, "nest-hub", "POST", f"{FOYER}/v1/voicematch/speakerModel:sync")
    hub = c.phone.hub_device_id
    b.other_id("hub_device_id", "json targetDevice.deviceId")
    b.bio("voiceprint", "json speakerModel.dvector (speaker embedding)")
    b.json(
        {
            "targetDevice": {"deviceId": hub, "model": "Nest Hub (2nd gen)"},
            "speakerModel": {
                "version": 7,
                "dvector": floats_b64(floats(c.rng, 256)),
                "personalResults": True,
            },
        }
    )
    b.ok_json({"synced": True})
    return b.build()


def speaker_result(c: Context) -> Flow:
    b = FB(c, "nest-hub", "POST", f"{FOYER}/v1/voicematch/recognitionEvents")
    b.bio("speaker_match", "json speakerId.{matchedUser,score}")
    b.json(
        {
            "at": iso(c),
            "speakerId": {
                "matchedUser": c.rng.choice(["parent-1", "parent-2"]),
                "score": rf(c.rng, 0.6, 0.97, 3),
                "threshold": 0.55,
                "hotword": "hey_google",
            },
        }
    )
    b.no_content()
    return b.build()


def hub_settings(c: Context) -> Flow:
    b = FB(c, "nest-hub", "GET", f"{FOYER}/v1/devices/settings")
    hub = c.phone.hub_device_id
    b.other_id("hub_device_id", "response devices[].deviceId", direction="response")
    b.ok_json(
        {
            "devices": [
                {
                    "deviceId": hub,
                    "name": "Cuisine display",
                    "type": "NEST_HUB",
                    "hotwordSensitivity": "DEFAULT",
                    "ambientMode": "PHOTO_FRAME",
                }
            ]
        }
    )
    return b.build()


def hotword_sensitivity(c: Context) -> Flow:
    b = FB(c, "nest-hub", "PATCH", f"{FOYER}/v1/assistant/settings")
    b.json(
        {
            "hotwordSensitivity": c.rng.choice(["LESS", "DEFAULT", "MORE"]),
            "voiceMatchPrompts": ["Say 'Hey Google'", "Say 'OK Google'"],
            "guestMode": False,
        }
    )
    b.decoy("hotword sensitivity and Voice Match prompt texts (settings, no voice data)")
    b.ok_json({"ok": True})
    return b.build()


def ambient_albums(c: Context) -> Flow:
    b = FB(c, "nest-hub", "POST", f"{FOYER}/v1/ambient/albums")
    b.json(
        {
            "albums": [
                {"id": new_hex(c.rng, 24), "title": t, "facesGroupingEnabled": False}
                for t in ("Famille 2026", "Chalet")
            ],
            "slideIntervalSec": 30,
        }
    )
    b.decoy("ambient-mode photo albums chosen (album ids, face grouping off)")
    b.ok_json({"ok": True})
    return b.build()


def routine(c: Context) -> Flow:
    b = FB(c, "nest-hub", "POST", f"{FOYER}/v1/routines:run")
    b.json(
        {
            "routine": "Bedtime",
            "actions": ["lights_off", "play_white_noise"],
            "requestedAt": ms(c),
            "requestId": rid(c.rng),
        }
    )
    b.decoy("routine run request (no voice data)")
    b.ok_json({"status": "RUNNING"})
    return b.build()
