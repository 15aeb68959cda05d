"""HátHay, a karaoke and music app with a Bluetooth karaoke microphone (fictional).

What the user listened to is logged per track (a listen log counts as
viewing history). Its "AI cover" feature records the user singing and reading
phrases to train a clone of their voice: those samples, and the timbre
embedding computed on the phone, are voice biometrics. Pitch contours and
performance scores are numeric series about a song, not about the singer's
identity. The paired microphone reports its BLE MAC and serial.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav, floats_b64, multipart

from .phone import FB, floats, ms, rf, rid, ua

API = "https://api.hathay.vn"
UA = ua("HatHay", "7.2.5")
SONGS = [
    ("s-10231", "Nơi Này Có Anh", "Sơn Tùng M-TP", 260),
    ("s-22017", "Em Của Ngày Hôm Qua", "Sơn Tùng M-TP", 228),
    ("s-30112", "Bông Hoa Đẹp Nhất", "Quân A.P", 245),
    ("s-41980", "Cô Gái M52", "HuyR", 210),
    ("s-55003", "ขอใจเธอแลกเบอร์โทร", "หญิงลี ศรีจุมพล", 232),
]


def _b(c: Context, method: str, path: str, **kw: object) -> FB:
    b = FB(c, "karaoke", method, API + path, **kw)  # type: ignore[arg-type]
    b.header("user-agent", UA)
    b.header("x-hh-uid", b.acct("sing_user"))
    return b


def listen_log(c: Context) -> Flow:
    sid, title, artist, dur = c.rng.choice(SONGS)
    b = _b(c, "POST", "/music/v2/listen-log")
    b.json(
        {
            "song_id": sid,
            "title": title,
            "artist": artist,
            "played_ms": c.rng.randint(30, dur) * 1000,
            "duration_ms": dur * 1000,
            "source": c.rng.choice(["playlist", "search", "radio"]),
            "end_reason": c.rng.choice(["completed", "skipped"]),
            "ts": ms(c),
        }
    )
    b.view("body.song_id/played_ms")
    b.ok_json({"code": 0})
    return b.build()


def recent_plays(c: Context) -> Flow:
    """Recently played list synced across devices."""
    picks = c.rng.sample(SONGS, 3)
    b = _b(c, "PUT", "/music/v2/me/recently-played")
    b.json(
        {
            "items": [
                {
                    "song_id": s[0],
                    "last_played_at": ms(c) - i * 240000,
                    "play_count": c.rng.randint(1, 9),
                }
                for i, s in enumerate(picks)
            ]
        }
    )
    b.view("body.items[].last_played_at")
    b.ok_json({"code": 0})
    return b.build()


def voice_clone_samples(c: Context) -> Flow:
    """AI-cover enrolment: phrases the user reads, uploaded to train their voice model."""
    bnd = "hh" + new_hex(c.rng, 20)
    parts = [
        ("purpose", None, None, b"voice_clone"),
        ("speaker_ref", None, None, c.phone.sing_user.encode()),
    ]
    for i in range(c.rng.randint(2, 3)):
        parts.append(
            (
                "samples[]",
                f"phrase_{i + 1}.wav",
                "audio/wav",
                fake_wav(c.rng.randint(0, 1 << 30), 900),
            )
        )
    b = _b(c, "POST", "/ai-cover/v1/voice-model/enroll")
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voice_sample", "body.samples[] (purpose=voice_clone)")
    b.ok_json({"model_id": "vm_" + new_hex(c.rng, 12), "status": "training", "eta_s": 240})
    return b.build()


def timbre_embedding(c: Context) -> Flow:
    """The on-device timbre encoder's speaker embedding, sent to the cover renderer."""
    b = _b(c, "POST", "/ai-cover/v1/render")
    b.json(
        {
            "song_id": c.rng.choice(SONGS)[0],
            "speaker_embedding": floats_b64(floats(c.rng, 192)),
            "embedding_dim": 192,
            "encoder": "ecapa-tdnn-lite",
            "pitch_shift": c.rng.choice([-2, 0, 2]),
        }
    )
    b.bio("voiceprint", "body.speaker_embedding")
    b.ok_json({"job": rid(c.rng), "status": "queued"})
    return b.build()


def mic_pair(c: Context) -> Flow:
    b = _b(c, "POST", "/device/v1/mic/bind")
    b.json(
        {
            "mic": {
                "model": "KM-12 Pro",
                "ble_mac": b.id("mic_mac", where="body.mic.ble_mac"),
                "serial_no": b.id("mic_serial", where="body.mic.serial_no"),
                "fw": "1.4.2",
            },
            "android_id": b.id("aid_sing", where="body.android_id"),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def mic_status(c: Context) -> Flow:
    b = _b(c, "GET", "/device/v1/mic/status")
    b.param("sn", b.id("mic_serial", where="query.sn"))
    b.header("x-install", b.id("sing_install", where="header.x-install"))
    b.ok_json(
        {"battery": c.rng.randint(10, 100), "echo": c.rng.randint(0, 10), "fw_latest": "1.4.2"}
    )
    return b.build()


def pitch_contour(c: Context) -> Flow:
    """Score of a performance: pitch per 100 ms against the melody (a song's series)."""
    sid = c.rng.choice(SONGS)[0]
    b = _b(c, "POST", "/sing/v1/score")
    b.json(
        {
            "song_id": sid,
            "pitch_hz": [rf(c.rng, 180, 520, 1) for _ in range(40)],
            "ref_hz": [rf(c.rng, 180, 520, 1) for _ in range(40)],
            "score": c.rng.randint(55, 99),
            "stars": c.rng.randint(1, 5),
        }
    )
    b.decoy("pitch contour and score")
    b.ok_json({"rank": c.rng.randint(1, 5000)})
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, title, _a, _d = c.rng.choice(SONGS)
    b = _b(c, "GET", f"/music/v2/lyrics/{sid}.lrc")
    b.respond(
        200, "text/plain; charset=utf-8", f"[ti:{title}]\n[00:12.30]...\n[00:18.90]...\n".encode()
    )
    b.decoy("lyrics file")
    return b.build()


def song_search(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        "/music/v2/search",
        params=[("q", c.rng.choice(["son tung", "bolero", "nhac tre", "luk thung"]))],
    )
    b.ok_json({"songs": [{"id": s[0], "title": s[1]} for s in SONGS], "trace_id": rid(c.rng)})
    b.decoy("song search")
    return b.build()


BLENDSHAPES = [
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "browInnerUp",
    "mouthPucker",
    "cheekPuff",
    "mouthFunnel",
    "eyeSquintLeft",
]


def avatar_blendshapes(c: Context) -> Flow:
    """Duet-with-avatar mode: MediaPipe Face Landmarker blendshape scores per frame,
    sent so the server renders the singer's avatar (ai.google.dev/edge/mediapipe
    face_landmarker: 52 ARKit-style categories)."""
    frames = [
        {"t": i * 33, "bs": {n: rf(c.rng, 0, 1, 3) for n in BLENDSHAPES}}
        for i in range(c.rng.randint(3, 6))
    ]
    b = _b(c, "POST", "/duet/v1/avatar/frames")
    b.json(
        {"session": rid(c.rng), "faceBlendshapes": frames, "source": "mediapipe_face_landmarker"}
    )
    b.bio("blendshapes", "body.faceBlendshapes[].bs")
    b.no_content()
    return b.build()
