"""Sayaw: a Filipino short-video app with face-tracking dance filters.

Its feed telemetry reports `play_dur` / `completion` per clip; a filter uploads the
face mesh it tracked (`mukha_landmarks`, 106 [x, y] points) when the user saves a
"duet" template; the SDK's packed event log is XOR-obfuscated (opaque) and carries
the device id and play rows. Like counts, comment lists and a body-pose dance score
(shoulders, hips, knees, no face) are ordinary.
"""

from __future__ import annotations

from tests.heldout.biometric import landmarks
from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import js

from .phone import FB, app_fb, ms, rf, ua

API = "https://api.sayaw.example"
UA = ua("Sayaw", "28.1.3")


def _b(c: Context, method: str, url: str) -> FB:
    b = app_fb(c, "sayaw", method, url, UA)
    b.param("device_id", b.id("sayaw_did", where="query device_id"))
    b.param("app_lang", "fil")
    return b


def _vid(c: Context) -> str:
    return str(c.rng.randint(7 * 10**18, 8 * 10**18))


def feed_plays(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/stats/play")
    b.view("json plays[].play_dur / completion")
    b.json(
        {
            "plays": [
                {
                    "item_id": _vid(c),
                    "play_dur": c.rng.randint(1, 60),
                    "completion": rf(c.rng, 0, 1, 2),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
            "android_id": b.id("aid_sayaw", where="json android_id"),
            "ts": ms(c),
        }
    )
    b.ok_json({"status_code": 0})
    return b.build()


def filter_mesh(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/effects/duet-template")
    b.bio("face_landmarks", "json mukha_landmarks (106 tracked face points)")
    b.json(
        {
            "effect_id": c.rng.randint(1000, 9999),
            "mukha_landmarks": landmarks(c),
            "yaw": rf(c.rng, -20, 20, 2),
            "ts": ms(c),
        }
    )
    b.ok_json({"status_code": 0})
    return b.build()


def packed_log(c: Context) -> Flow:
    """Rows of [vid, seconds] plus the device id, JSON then XOR 5 then hex ('x')."""
    b = FB(c, "sayaw", "POST", "https://log.sayaw.example/service/2/app_log/")
    b.header("user-agent", UA)
    b.view("xor hex body: [vid, seconds] rows", detectable=False)
    did = b.id_raw("sayaw_did", "xor5_hex", "body (xor5 hex)")
    rows = [[_vid(c), c.rng.randint(1, 60)] for _ in range(3)]
    b.set_body(encode(js({"d": did, "r": rows}), "xor5_hex").encode(), "application/octet-stream")
    b.ok_json({"magic_tag": "ss_app_log"})
    return b.build()


def dance_score(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/challenge/score")
    b.decoy("body-pose keypoints for a dance score (no face)")
    parts = ["l_shoulder", "r_shoulder", "l_hip", "r_hip", "l_knee", "r_knee"]
    b.json({"pose": {p: [rf(c.rng, 0, 720, 1), rf(c.rng, 0, 1280, 1)] for p in parts}, "bpm": 118})
    b.ok_json({"iskor": c.rng.randint(50, 100)})
    return b.build()


def comments(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/comment/list?item_id={_vid(c)}&count=20")
    b.ok_json({"comments": [{"text": "grabe ang galing 😂", "digg": c.rng.randint(0, 900)}]})
    return b.build()
