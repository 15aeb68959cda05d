"""Hearthtone Home (Galaxy): the smart speaker's companion app, with voice profiles.

Voice-profile setup records four enrolment phrases and uploads them for the
speaker-recognition model; later the speaker itself (relayed through the app's
cloud) sends a 256-float speaker embedding to say who is talking. Both are
biometric; a legacy path ships the embedding as base64 float32 under `v`
(opaque). Plain voice commands go to speech recognition (transcripts, no
speaker model): not biometric. Setup sends the speaker's serial and MAC;
mParticle gets routine events.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, jsb, multipart

from . import sdkwire
from .phone import FB, android_ua, floats, iso, ms, rf, rid

API = "https://api.hearthtone.example"
UA = android_ua("HearthtoneHome", "2.19.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hearthtone", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/voice-profiles/enrollment")
    boundary = rid(c.rng)
    b.bio("voiceprint", "multipart enrollmentUtterance audio for speaker recognition")
    meta = {
        "profileName": "Jen",
        "phraseIndex": c.rng.randint(1, 4),
        "purpose": "SPEAKER_RECOGNITION",
        "deviceSerial": b.id("speaker_serial", where="multipart meta.deviceSerial"),
    }
    b.set_body(
        multipart(
            boundary,
            [
                ("metadata", None, "application/json", jsb(meta)),
                (
                    "enrollmentUtterance",
                    "phrase.wav",
                    "audio/wav",
                    fake_wav(c.rng.randint(0, 10**9)),
                ),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"voiceProfileId": rid(c.rng), "status": "TRAINING"})
    return b.build()


def speaker_identify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/speaker-id/identify")
    b.bio("speaker_embedding", "json speakerEmbedding (256 floats)")
    b.json(
        {
            "speakerEmbedding": floats(c.rng, 256),
            "utteranceDurationMs": c.rng.randint(800, 3500),
            "speakerSerial": b.id("speaker_serial", where="json speakerSerial"),
            "at": iso(c),
        }
    )
    b.ok_json({"voiceProfile": "Jen", "score": rf(c.rng, 0.6, 0.99, 3)})
    return b.build()


def speaker_identify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v0/sx")
    b.bio("speaker_embedding", "json v (base64 float32, 256 dims)", detectable=False)
    b.json({"v": floats_b64(floats(c.rng, 256)), "d": ms(c), "c": 2})
    b.ok_json({"p": 0})
    return b.build()


def voice_command(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/asr/recognize")
    b.decoy("speech recognition of a command (transcript, no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 800), "audio/wav")
    b.ok_json(
        {
            "transcript": c.rng.choice(
                ["what's the weather in columbus", "play wkyc news", "set a timer"]
            ),
            "confidence": rf(c.rng, 0.7, 0.99, 2),
        }
    )
    return b.build()


def device_setup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices/setup")
    b.json(
        {
            "serialNumber": b.id("speaker_serial", where="json serialNumber"),
            "wifiMac": b.id("speaker_mac", where="json wifiMac"),
            "phoneAndroidId": b.id("aid_speaker", where="json phoneAndroidId"),
            "ssidHash": rid(c.rng)[:8],
            "room": "Kitchen",
            "account": b.acct("speaker_account"),
        }
    )
    b.ok_json({"deviceName": "Kitchen Speaker", "firmware": "8.4.1"})
    return b.build()


def device_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/devices")
    mac = b.id("speaker_mac", "lower", "response json devices[].macAddress", direction="response")
    ser = b.id("speaker_serial", where="response json devices[].serial", direction="response")
    b.ok_json(
        {"devices": [{"name": "Kitchen Speaker", "serial": ser, "macAddress": mac, "online": True}]}
    )
    return b.build()


def mparticle_event(c: Context) -> Flow:
    return sdkwire.mparticle(c, "speaker", "aid_speaker", "routine_run")


def routines(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/routines")
    b.ok_json(
        {"routines": [{"name": "Good morning", "trigger": "07:00", "actions": ["weather", "news"]}]}
    )
    return b.build()


def alarm_sync(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/alarms")
    b.decoy("alarm times (timestamps, no identifiers)")
    b.json(
        {"alarms": [{"time": "06:30", "days": ["MO", "TU", "WE", "TH", "FR"], "updatedAt": ms(c)}]}
    )
    b.no_content()
    return b.build()
