"""Nuri: a Naver-like portal app whose voice assistant ("Haneul") keeps a
speaker profile per family member, so it answers "my schedule" for the right
person.

In-house backend (fictional hosts). The enrolment and verification shapes
follow what speaker-recognition services document: several enrolment
utterances uploaded as 16 kHz mono WAV in a multipart body, then a
fixed-length speaker embedding (x-vector / ECAPA style, 192 floats) compared
against the profile (cf. Azure Speaker Recognition "profiles/{id}/enrollments",
and NVIDIA NeMo's speaker-verification docs for the embedding size). The
portal's browser cookie `NNB` is Naver's real device cookie name.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua_app

VOICE = "https://voice.nuri.example.kr"
API = "https://apis.nuri.example.kr"
MEMBERS = ["엄마", "아빠", "지우", "할머니"]


def _b(c: Context, method: str, url: str, ident: bool = True) -> FB:
    """Signed-in calls carry the device cookies; public ones only a session cookie."""
    b = FB(c, "nuri", method, url)
    b.header("user-agent", ua_app("NuriApp", "12.3.1"))
    if not ident:
        b.header("cookie", f"NID_SES={rid(c.rng).replace('-', '')}")
        return b
    nnb = b.id("nuri_nnb", "plain", "cookie NNB", detectable=False)
    b.header("cookie", f"NNB={nnb}; nuri_did={b.id('idfv_nuri', 'plain', 'cookie nuri_did')}")
    return b


def speaker_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{VOICE}/haneul/v2/speaker-profiles/{rid(c.rng)}/enrollments")
    step = c.rng.randint(1, 3)
    meta = {
        "member": c.rng.choice(MEMBERS),
        "enrollStep": step,
        "requiredSteps": 3,
        "phrase": "하늘아 오늘 일정 알려줘",
        "sampleRate": 16000,
    }
    bnd = "Boundary+" + rid(c.rng).replace("-", "")[:16].upper()
    body = multipart(
        bnd,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("audio", f"enroll_{step}.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "multipart speaker-profile enrolment utterance (wav)")
    b.ok_json({"enrollmentStatus": "Enrolling" if step < 3 else "Enrolled", "remaining": 3 - step})
    return b.build()


def speaker_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{VOICE}/haneul/v2/speaker/verify")
    b.json(
        {
            "speakerEmbedding": {
                "vector": floats_b64(floats(c.rng, 192)),
                "dim": 192,
                "model": "ecapa-tdnn-ko-v3",
            },
            "candidateProfiles": 4,
            "requestId": rid(c.rng),
        }
    )
    b.bio("voiceprint", "body speakerEmbedding.vector (192-d float32)")
    b.ok_json({"match": True, "score": rf(c.rng, 0.6, 0.95)})
    return b.build()


def speaker_result(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/assistant/v1/context")
    b.json(
        {
            "utteranceId": rid(c.rng),
            "intent": "schedule.today",
            "identifiedSpeaker": {
                "profileId": rid(c.rng)[:8],
                "member": c.rng.choice(MEMBERS),
                "voiceMatchScore": rf(c.rng, 0.7, 0.99),
            },
            "ts": ms(c),
        }
    )
    b.bio("voiceprint", "body identifiedSpeaker (speaker-recognition result sent on)")
    b.ok_json({"reply": "오늘 일정은 두 개 있어요."})
    return b.build()


def voice_features_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{VOICE}/haneul/v2/sync")
    raw = struct.pack("<64f", *floats(c.rng, 64))
    b.json({"p": b64(raw), "k": 7, "t": ms(c)})
    b.bio("voiceprint", "body p (packed voice features under a meaningless key)", detectable=False)
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/weather/v2/now?region=09680101&lang=ko", ident=False)
    hours = [{"t": h, "temp": rf(c.rng, 18, 29, 1), "pop": c.rng.randint(0, 80)} for h in range(12)]
    b.ok_json({"region": "서울 강남구", "hourly": hours, "pm10": c.rng.randint(10, 90)})
    b.decoy("weather series")
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/news/v1/article/{c.rng.randint(10**8, 10**9)}", ident=False)
    b.ok_json(
        {
            "title": "공항 얼굴인식 출입 확대… 생체정보 보호 논란",
            "body": "정부는 얼굴인식 기반 탑승 시스템을 14개 공항으로 확대한다. "
            "시민단체는 생체정보(얼굴 특징점, 지문) 보관 기간을 문제 삼았다.",
            "press": "한빛일보",
            "publishedAt": iso(c),
            "recoId": rid(c.rng),
        }
    )
    b.decoy("news article about face recognition (text only)")
    return b.build()


def autocomplete(c: Context) -> Flow:
    q = c.rng.choice(["얼굴 인식", "아이유 콘서트", "지하철 노선", "목소리 변조"])
    b = _b(c, "GET", f"{API}/ac?q={q}&st=1&r_format=json", ident=False)
    b.ok_json({"items": [[q + s] for s in ["", " 방법", " 앱", " 뜻"]], "qid": rid(c.rng)})
    b.decoy("search autocomplete")
    return b.build()


def map_tiles(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(27930, 27960), c.rng.randint(12680, 12700)
    b = FB(c, "nuri", "GET", f"https://map.nuri.example.kr/tile/basic/{z}/{x}/{y}@2x.png")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200))
    b.decoy("map tile")
    return b.build()


def place_route(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/map/v1/route?start=127.0276,37.4979&goal=127.1000,37.5133", ident=False
    )
    path = [[rf(c.rng, 127.02, 127.10, 6), rf(c.rng, 37.49, 37.52, 6)] for _ in range(20)]
    b.ok_json({"route": {"path": path, "distance": c.rng.randint(6000, 12000)}})
    b.decoy("route coordinate list")
    return b.build()
