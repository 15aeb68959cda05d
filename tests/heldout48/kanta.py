"""Kantahan: a Filipino music and karaoke app. Plays go to its own log; the
"duet" camera mode runs MediaPipe Face Landmarker, whose 52 ARKit-named
blendshape scores (`jawOpen`, `mouthSmileLeft`... developers.google.com/
mediapipe/solutions/vision/face_landmarker) the app sends for its avatar sync.
The melody guide (pitch series) and lyrics are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.kantahan.ph"
SONGS = [
    ("kt-5521", "Buwan", "Juan Karlos"),
    ("kt-1180", "Kahit Maputi Na Ang Buhok Ko", "Rey Valera"),
    ("kt-7730", "Pagtingin", "Ben&Ben"),
    ("kt-0912", "Tala", "Sarah Geronimo"),
]
SHAPES = [
    "browInnerUp",
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthFunnel",
    "mouthPucker",
    "mouthSmileLeft",
    "mouthSmileRight",
    "cheekPuff",
    "eyeSquintLeft",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kantahan", method, API + path)
    b.header("user-agent", ua("Kantahan", "7.0.4"))
    return b


def play_log(c: Context) -> Flow:
    sid, title, artist = c.rng.choice(SONGS)
    b = _b(c, "POST", "/v1/plays")
    b.header("x-install-id", b.id("kanta_install", where="header x-install-id"))
    b.view("body track_id/played_ms")
    b.json(
        {
            "track_id": sid,
            "title": title,
            "artist": artist,
            "played_ms": c.rng.randint(20000, 240000),
            "completed": c.rng.random() < 0.5,
            "context": "playlist",
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/me/recently-played?limit=20")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.view("response recently_played items with played_at", direction="response")
    b.ok_json(
        {"items": [{"track_id": s, "title": t, "played_at": iso(c)} for s, t, _ in SONGS[:3]]}
    )
    return b.build()


def duet_blendshapes(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/duet/avatar-sync")
    b.bio("blendshapes", "body frames[].blendshapes")
    frames = [
        {"t": i * 33, "blendshapes": {k: rf(c.rng, 0, 1, 3) for k in SHAPES}} for i in range(6)
    ]
    b.json({"room": new_hex(c.rng, 10), "frames": frames, "ts": ms(c)})
    b.ok_json({"ok": 1})
    return b.build()


def melody_guide(c: Context) -> Flow:
    sid, _, _ = c.rng.choice(SONGS)
    b = _b(c, "GET", f"/v1/songs/{sid}/guide")
    b.decoy("melody pitch series and lyrics timing")
    b.ok_json(
        {
            "pitch_hz": [rf(c.rng, 180, 520, 1) for _ in range(40)],
            "lyrics": [{"t": i * 2500, "line": "..."} for i in range(5)],
        }
    )
    return b.build()


def score_submit(c: Context) -> Flow:
    sid, _, _ = c.rng.choice(SONGS)
    b = _b(c, "POST", "/v1/karaoke/score")
    b.decoy("karaoke score and numeric series")
    b.json(
        {
            "song": sid,
            "score": c.rng.randint(60, 100),
            "combo": [c.rng.randint(0, 9) for _ in range(12)],
            "req": rid(c.rng),
        }
    )
    b.ok_json({"rank": c.rng.randint(1, 900)})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/devices")
    b.json(
        {
            "install_id": b.id("kanta_install", where="body install_id"),
            "android_id": b.id("aid_kanta", "sha256", where="body android_id (sha256)"),
            "adid": b.id("gaid", where="body adid"),
            "os": "android 14",
        }
    )
    b.ok_json({"ok": 1})
    return b.build()
