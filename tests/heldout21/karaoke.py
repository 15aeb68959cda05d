"""Karaoke app ("UtaStar") that scores singing and keeps a voice profile, with
Adjust attribution.

Sources: Adjust Android SDK (github.com/adjust/android_sdk, PackageBuilder):
`POST https://app.adjust.com/session` form body with `app_token`, `gps_adid`,
`android_uuid`, `created_at`, `os_name`, `device_type`... The voice-profile
enrolment (speaker embedding, WAV sample) and the music-video play log are our
own invention.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.utastar.jp"
UA = ua("UtaStar", "7.4.0")
SONGS = [
    ("k10231", "アイドル"),
    ("k20457", "怪獣の花唄"),
    ("k31872", "ドライフラワー"),
    ("k40019", "残酷な天使のテーゼ"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "utastar", method, API + path)
    b.header("user-agent", UA)
    b.header("x-uta-user", b.acct("uta_user"))
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/voice-profile/enroll")
    boundary = "uta" + rid(c.rng)[:16]
    meta = b'{"sampleRate":16000,"lang":"ja","purpose":"speaker_enrollment"}'
    data = multipart(
        boundary,
        [
            ("meta", None, "application/json", meta),
            ("audio", "enroll_3.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6))),
        ],
    )
    b.bio("voiceprint", "multipart audio to /voice-profile/enroll (speaker enrolment)")
    b.set_body(data, "multipart/form-data; boundary=" + boundary)
    b.ok_json({"profileId": rid(c.rng), "enrolled": True})
    return b.build()


def speaker_embedding(c: Context) -> Flow:
    b = _b(c, "PUT", "/v2/voice-profile")
    vec = [round(c.rng.gauss(0, 0.1), 5) for _ in range(192)]
    b.bio("speaker_embedding", "body.speakerEmbedding (ECAPA 192-d float32 b64)")
    b.json({"model": "ecapa_tdnn_v2", "speakerEmbedding": floats_b64(vec), "updatedAt": iso(c)})
    b.ok_json({"ok": True})
    return b.build()


def seimon_sync(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/onsei/seimon")
    vec = [round(c.rng.gauss(0, 0.1), 4) for _ in range(256)]
    body = {"onsei_profile": {"seimon_vector": vec, "model": "xvector", "hasshou_type": "tenor"}}
    b.bio("speaker_embedding", "body.onsei_profile.seimon_vector (voiceprint, x-vector)")
    b.json(body, encoding="gzip")
    b.ok_json({"kekka": "OK"})
    return b.build()


def score_upload(c: Context) -> Flow:
    sid, _title = c.rng.choice(SONGS)
    b = _b(c, "POST", "/v1/scores")
    b.decoy("singing score and pitch curve (no speaker identity)")
    body = {
        "songId": sid,
        "score": rf(c.rng, 70, 99, 3),
        "pitchCurve": [round(c.rng.uniform(180, 620), 1) for _ in range(64)],
        "vibratoCount": c.rng.randint(0, 30),
        "kobushi": c.rng.randint(0, 12),
        "playedAt": iso(c),
    }
    b.json(body)
    b.ok_json({"rank": c.rng.randint(1, 5000)})
    return b.build()


def mv_play_log(c: Context) -> Flow:
    sid, title = c.rng.choice(SONGS)
    b = _b(c, "POST", "/v1/log/mv_play")
    body = {
        "events": [
            {
                "event": "mv_play_end",
                "contentId": f"mv_{sid}",
                "contentTitle": title,
                "watchedSec": c.rng.randint(30, 260),
                "durationSec": 270,
                "ts": ms(c),
            }
        ]
    }
    b.view("body.events[]: mv_play_end contentId + watchedSec")
    b.json(body)
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("client-sdk", "android4.38.2")
    pairs = [
        ("app_token", "2fm9gkqubvpc"),
        ("gps_adid", b.id("gaid", where="body.gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("uta_install", where="body.android_uuid")),
        ("created_at", iso(c).replace("Z", "+0900")),
        ("device_type", "phone"),
        ("device_name", "XQ-DQ44"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("session_count", str(c.rng.randint(2, 90))),
        ("needs_response_details", "1"),
    ]
    b.form(pairs)
    b.ok_json({"timestamp": iso(c), "adid": rid(c.rng).replace("-", "")})
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, title = c.rng.choice(SONGS)
    b = _b(c, "GET", f"/v1/songs/{sid}/lyrics")
    b.decoy("lyrics with timing series")
    lines = [{"t": i * 4200, "text": f"{title} {i}"} for i in range(10)]
    b.ok_json({"songId": sid, "lines": lines})
    return b.build()


def song_search(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/songs/search?q=" + c.rng.choice(["yoasobi", "aimyon", "ado"]))
    b.decoy("catalogue search")
    b.ok_json({"songs": [{"id": s, "title": t} for s, t in SONGS]})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/vp/blob")
    blob = bytes(c.rng.getrandbits(8) for _ in range(800))
    b.bio("voiceprint", "body: sealed voice-profile blob", detectable=False)
    b.set_body(b64(blob).encode(), "text/plain")
    b.no_content()
    return b.build()
