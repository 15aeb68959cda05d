"""SingKok 唱K: a karaoke app (Cantonese and Malay songs) with a Bluetooth karaoke
microphone, a "duet with similar voices" matcher and AR face filters on MV
recordings.

In-house backend, key names the app's own: the sing log (cheung = 唱, sing),
the mic's BLE address and serial on pairing, the timbre embedding the voice
matcher uploads (a speaker embedding, 192 floats as ECAPA-TDNN produces;
SpeechBrain spkrec-ecapa-voxceleb model card), and the 106-point face
landmarks the AR filter sends to sync effects server-side. Pitch-contour
scores are numbers about a song, not about a body: decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import floats_b64

from .phone import FB, cfnet, floats, ios_ua, ms, points, rf, rid

API = "https://api.singkok.com"
UA = ios_ua("SingKok", "6.3.2")
SONGS = [
    ("k10023", "海闊天空", "Beyond"),
    ("k20981", "Gemilang", "Jaclyn Victor"),
    ("k31770", "紅日", "李克勤"),
    ("k44012", "Cindai", "Siti Nurhaliza"),
    ("k50118", "喜帖街", "謝安琪"),
]


def _base(c: Context, method: str, path: str) -> FB:
    b = FB(c, "singkok", method, API + path)
    b.header("user-agent", UA)
    b.header("x-sk-uid", b.acct("ktv_user"))
    return b


def sing_log(c: Context) -> Flow:
    sid, title, artist = c.rng.choice(SONGS)
    b = _base(c, "POST", "/ktv/v2/cheung/record")
    b.json(
        {
            "songId": sid,
            "songName": title,
            "singer": artist,
            "sungSec": c.rng.randint(60, 280),
            "finished": c.rng.random() < 0.8,
            "room": c.rng.choice(["solo", "duet", "party"]),
            "ts": ms(c),
        }
    )
    b.view("body songName/singer/sungSec (song sung / played)")
    b.ok_json({"exp": c.rng.randint(5, 40)})
    return b.build()


def recent_songs(c: Context) -> Flow:
    b = _base(c, "POST", "/ktv/v2/history/sync")
    items = [{"id": s[0], "n": s[1], "t": ms(c) - i * 600000} for i, s in enumerate(SONGS[:3])]
    b.json({"recentlySung": items, "device": b.id("ktv_install", where="body device")})
    b.view("body recentlySung[]")
    b.ok_json({"ok": True})
    return b.build()


def mic_pair(c: Context) -> Flow:
    b = _base(c, "POST", "/iot/v1/mic/bind")
    b.json(
        {
            "bleAddr": b.id("mic_mac", where="body bleAddr"),
            "sn": b.id("mic_serial", where="body sn"),
            "fw": "2.0.7",
            "model": "KM-X3",
            "phoneIdfv": b.id("idfv_ktv", where="body phoneIdfv"),
        }
    )
    b.ok_json({"bound": True, "echo": 35})
    return b.build()


def mic_status(c: Context) -> Flow:
    b = _base(c, "GET", "/iot/v1/mic/status")
    b.param("mac", b.id("mic_mac", how="nosep", where="query mac (no colons)"))
    b.param("battery", str(c.rng.randint(20, 100)))
    b.ok_json({"ota": None})
    return b.build()


def timbre(c: Context) -> Flow:
    """The duet matcher uploads a speaker (timbre) embedding of the user's voice."""
    b = _base(c, "POST", "/match/v1/voice/timbre")
    b.json(
        {
            "voiceEmbedding": floats_b64(floats(c.rng, 192)),
            "dim": 192,
            "model": "ecapa-tdnn-v2",
            "sampleSec": rf(c.rng, 8, 20, 1),
        }
    )
    b.bio("voiceprint", "body voiceEmbedding (192-d speaker embedding)")
    b.ok_json({"matches": [rid(c.rng)[:8] for _ in range(3)]})
    return b.build()


def ar_landmarks(c: Context) -> Flow:
    b = _base(c, "POST", "/mv/v1/effect/sync")
    b.json(
        {
            "effect": "sparkle_cny",
            "frame": c.rng.randint(0, 900),
            "faceLandmarks106": points(c.rng, 106),
            "faceRect": [rf(c.rng, 100, 300, 1), rf(c.rng, 200, 500, 1), 320, 380],
        }
    )
    b.bio("face_landmarks", "body faceLandmarks106")
    b.no_content()
    return b.build()


def pitch_score(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = _base(c, "POST", "/ktv/v2/score")
    b.json(
        {
            "songId": sid,
            "pitchCurve": [round(c.rng.uniform(180, 520), 1) for _ in range(60)],
            "lineScores": [c.rng.randint(40, 100) for _ in range(24)],
            "total": c.rng.randint(60, 99),
        }
    )
    b.decoy("pitch curve and line scores of a song (numbers about the song)")
    b.ok_json({"rank": c.rng.randint(1, 5000)})
    return b.build()


def accompaniment(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = FB(c, "singkok", "GET", f"https://cdn.singkok.com/acc/{sid}.m4a")
    b.header("user-agent", cfnet("SingKok", "632"))
    b.respond(200, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("accompaniment track download")
    return b.build()


def rankboard(c: Context) -> Flow:
    b = _base(c, "GET", "/ktv/v2/rank")
    b.param("songId", c.rng.choice(SONGS)[0])
    b.ok_json({"top": [{"nick": f"user{i}", "score": 99 - i} for i in range(10)]})
    b.decoy("leaderboard")
    return b.build()
