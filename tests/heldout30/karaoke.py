""" "SingSabai": a karaoke app that builds a voice profile ("Voice ID" for duet
matching and sign-in) and pairs a Bluetooth karaoke microphone.

In-house backend. The speaker embedding is a 192-float ECAPA-TDNN x-vector
(the SpeechBrain `spkrec-ecapa-voxceleb` size); the enrolment upload is 16 kHz
mono WAV in an OkHttp multipart body. Singing scores and the song's reference
melody are not biometric and are labelled decoys.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_mp4, fake_wav, floats_b64, js, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.singsabai.app"
UA = ua("SingSabai", "3.9.4")


def _hdr(b: FB, c: Context) -> None:
    b.header("user-agent", UA)
    b.header("x-req", rid(c.rng))
    b.header("x-sb-install", b.id("karaoke_install", where="header x-sb-install"))


def voice_enrol(c: Context) -> Flow:
    bd = "sb" + rid(c.rng).replace("-", "")[:16]
    b = FB(c, "singsabai", "POST", f"{API}/voice/v1/profile/enroll")
    _hdr(b, c)
    meta = {
        "purpose": "voice_id",
        "sample_rate": 16000,
        "prompt": "สวัสดีค่ะ วันนี้อากาศดี",
        "take": c.rng.randint(1, 3),
    }
    parts = [
        ("meta", None, "application/json", js(meta).encode()),
        ("audio", "enroll.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 1500)),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.bio("voiceprint", "multipart audio to /voice/v1/profile/enroll (voice_id)")
    b.ok_json({"enrolled": False, "need": 3})
    return b.build()


def voiceprint(c: Context) -> Flow:
    b = FB(c, "singsabai", "POST", f"{API}/voice/v1/profile")
    _hdr(b, c)
    b.json(
        {
            "spk_embedding": floats_b64(floats(c.rng, 192)),
            "dim": 192,
            "model": "ecapa_tdnn_v2",
            "uid": b.acct("karaoke_user"),
        }
    )
    b.bio("voiceprint", "body spk_embedding (speaker embedding)")
    b.ok_json({"ok": True})
    return b.build()


def timbre_profile(c: Context) -> Flow:
    b = FB(c, "singsabai", "PUT", f"{API}/match/v2/me/voice")
    _hdr(b, c)
    b.json(
        {
            "voiceTimbreEmbedding": floats(c.rng, 64, 4),
            "f0MeanHz": rf(c.rng, 160, 260, 1),
            "vocalRange": ["A2", "E5"],
            "voiceType": c.rng.choice(["soprano", "alto", "tenor"]),
        }
    )
    b.bio("voiceprint", "body voiceTimbreEmbedding (the user's voice embedding)")
    b.ok_json({"matches": c.rng.randint(0, 30)})
    return b.build()


def voice_login(c: Context) -> Flow:
    b = FB(c, "singsabai", "POST", f"{API}/auth/v1/voice-verify")
    _hdr(b, c)
    b.json({"speakerVector": floats_b64(floats(c.rng, 192)), "threshold": 0.72, "ts": ms(c)})
    b.bio("voiceprint", "body speakerVector for voice sign-in")
    b.ok_json({"verified": c.rng.random() < 0.9, "score": rf(c.rng, 0.5, 0.95)})
    return b.build()


def voice_sealed(c: Context) -> Flow:
    b = FB(c, "singsabai", "POST", f"{API}/v/sync")
    _hdr(b, c)
    b.json(
        {"blob": b64(hashlib.shake_256(b"v" + str(c.rng.random()).encode()).digest(520)), "v": 2}
    )
    b.bio("voiceprint", "body blob (encrypted voice profile)", detectable=False)
    b.no_content()
    return b.build()


def mic_bind(c: Context) -> Flow:
    b = FB(c, "singsabai", "POST", f"{API}/device/v1/mic/bind")
    _hdr(b, c)
    b.json(
        {
            "mic_mac": b.id("mic_mac", where="body mic_mac"),
            "mic_sn": b.id("mic_serial", where="body mic_sn"),
            "mic_model": "SB-K9 Pro",
            "fw": "1.4.2",
            "phone_android_id": b.id("aid_karaoke", where="body phone_android_id"),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def mic_status(c: Context) -> Flow:
    b = FB(c, "singsabai", "GET", f"{API}/device/v1/mic/status")
    _hdr(b, c)
    b.param("bt_addr", b.id("mic_mac", "nosep_upper", where="query bt_addr"))
    b.param("battery", str(c.rng.randint(10, 100)))
    b.ok_json({"fw_latest": "1.4.2", "update": False})
    return b.build()


def score(c: Context) -> Flow:
    b = FB(c, "singsabai", "POST", f"{API}/sing/v1/score")
    _hdr(b, c)
    b.json(
        {
            "song_id": c.rng.randint(10000, 99999),
            "line_scores": [c.rng.randint(40, 100) for _ in range(24)],
            "pitch_accuracy": rf(c.rng, 0.4, 0.98),
            "total": c.rng.randint(60, 100),
            "at": iso(c),
        }
    )
    b.decoy("singing score: per-line scores, pitch accuracy (performance, not voice identity)")
    b.ok_json({"rank": c.rng.randint(1, 500)})
    return b.build()


def melody(c: Context) -> Flow:
    sid = c.rng.randint(10000, 99999)
    b = FB(c, "singsabai", "GET", f"{API}/song/v1/{sid}/melody")
    _hdr(b, c)
    notes = [[round(i * 0.42, 2), c.rng.randint(55, 79), 0.4] for i in range(40)]
    b.ok_json({"song_id": sid, "notes": notes, "key": "C#m"})
    b.decoy("reference melody: note pitch series of the song")
    return b.build()


def cover_share(c: Context) -> Flow:
    bd = "sb" + rid(c.rng).replace("-", "")[:16]
    b = FB(c, "singsabai", "POST", "https://upload.singsabai.app/feed/v1/post")
    _hdr(b, c)
    parts = [
        ("caption", None, None, "ร้องเล่นๆ 🎤".encode()),
        ("video", "cover.mp4", "video/mp4", fake_mp4(c.rng.getrandbits(32), 1200)),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.decoy("cover performance video posted to the public feed (media upload)")
    b.ok_json({"post_id": c.rng.randint(10**9, 10**10)})
    return b.build()


def song_search(c: Context) -> Flow:
    q = c.rng.choice(["คิดถึง", "Kilometro", "ลูกทุ่ง", "OPM"])
    b = FB(c, "singsabai", "GET", f"{API}/song/v1/search", [("q", q)])
    _hdr(b, c)
    b.ok_json(
        {
            "songs": [
                {"id": c.rng.randint(10000, 99999), "title": q + " (Karaoke)"} for _ in range(5)
            ]
        }
    )
    b.decoy("song search")
    return b.build()
