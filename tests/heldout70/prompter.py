"""Prompterly: a teleprompter with an Apple Watch remote (mostly decoys).

In-house backend: scripts, scroll speed and words-per-minute, voice-follow
mode (speech-to-text transcript words aligned to the script: speech, not a
voiceprint), eye-line offset for the camera. The Watch remote pairing sends
the creator's own Apple Watch serial (true device id).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

API = "https://api.prompterly.app"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "prompterly", method, API + path)
    b.header("user-agent", ua("Prompterly", "1907"))
    return b


def script_sync(c: Context) -> Flow:
    b = _b(c, "PUT", f"/v1/scripts/{rid(c.rng)}")
    b.json(
        {
            "title": c.rng.choice(["Intro – vlog 112", "Sponsor read: NordPeak", "Outro"]),
            "body": "Salut! Today we hike the Bruce Trail...",
            "scrollSpeed": rf(c.rng, 0.8, 2.4, 2),
            "wordsPerMinute": c.rng.randint(120, 170),
            "mirror": True,
            "fontPt": 48,
            "updatedAt": iso(c),
        }
    )
    b.decoy("teleprompter script text, scroll speed, words per minute")
    b.ok_json({"ok": True})
    return b.build()


def voice_follow(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/voice-follow/align")
    words = ["today", "we", "hike", "the", "bruce", "trail"]
    b.json(
        {
            "transcript": [
                {"w": w, "start": rf(c.rng, 0, 5, 2), "conf": rf(c.rng, 0.7, 1, 2)} for w in words
            ],
            "scriptOffset": c.rng.randint(0, 400),
            "locale": "en-CA",
        }
    )
    b.decoy("voice-follow: recognised words aligned to the script (speech-to-text, no voiceprint)")
    b.ok_json({"scrollTo": c.rng.randint(0, 400)})
    return b.build()


def eyeline(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/settings/eyeline")
    b.json(
        {
            "cameraOffsetMm": [rf(c.rng, -20, 20, 1), rf(c.rng, 0, 40, 1)],
            "textBand": 0.33,
            "lookAtLensHint": True,
        }
    )
    b.decoy("eye-line offset of the text band below the lens: a layout setting")
    b.no_content()
    return b.build()


def watch_pair(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/remotes")
    b.json(
        {
            "remote": {
                "type": "watchOS",
                "model": "Watch7,5",
                "serialNumber": b.id("watch_serial", where="json:remote.serialNumber"),
                "osVersion": "11.1",
            },
            "vendorId": b.id("idfv_prompt", where="json:vendorId"),
        }
    )
    b.ok_json({"remoteId": rid(c.rng)})
    return b.build()


def watch_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/remotes/ping")
    b.header("x-remote-sn", b.id("watch_serial", where="header:x-remote-sn"))
    b.json({"battery": c.rng.randint(20, 100), "crownDelta": rf(c.rng, -3, 3, 2)})
    b.no_content()
    return b.build()
