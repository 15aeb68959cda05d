"""A te reo Māori learning app: lessons, spoken answers scored for pronunciation,
vocabulary (kupu) streaks, and short video lessons whose viewing is logged.

The spoken answer goes as multipart (WAV + JSON metadata) to a pronunciation
scorer, as speech-assessment APIs take it (Azure Pronunciation Assessment
returns AccuracyScore / FluencyScore / CompletenessScore per word); it is speech
for scoring, not a voiceprint, so it is a decoy.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, js, multipart

from .phone import FB, iso, new, rf, rid, ua

API = "https://api.korero-app.example"
AGENT = ua("Korero", "2.6", "260")
KUPU = ["kia ora", "whānau", "mōrena", "aroha", "kai", "tamariki", "whakapapa"]
VIDEOS = [
    ("vid-mihi-01", "Tō mihimihi", 240),
    ("vid-waiata-03", "Waiata: Tūtira mai", 180),
    ("vid-kupu-12", "Kupu o te rā", 95),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = new(c, "korero", method, API + path, AGENT)
    b.header("x-ako-session", rid(c.rng))
    return b


def spoken_answer(c: Context) -> Flow:
    phrase = c.rng.choice(KUPU)
    b = _b(c, "POST", "/v1/whakahua/score")
    bnd = "Boundary-" + rid(c.rng).upper()
    meta = js(
        {
            "referenceText": phrase,
            "lessonId": "L" + str(c.rng.randint(10, 99)),
            "sampleRate": 16000,
            "granularity": "phoneme",
        }
    )
    b.set_body(
        multipart(
            bnd,
            [
                ("meta", None, "application/json", meta.encode()),
                ("audio", "answer.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6))),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json(
        {
            "AccuracyScore": rf(c.rng, 40, 100, 1),
            "FluencyScore": rf(c.rng, 40, 100, 1),
            "Words": [{"Word": w, "AccuracyScore": rf(c.rng, 30, 100, 1)} for w in phrase.split()],
        }
    )
    b.decoy(
        "spoken answer sent for pronunciation scoring (speech assessment, not voice biometrics)"
    )
    return b.build()


def lesson_progress(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/akoranga/progress")
    b.json(
        {
            "lessonId": "L" + str(c.rng.randint(10, 99)),
            "stepsDone": c.rng.randint(1, 12),
            "stepsTotal": 12,
            "secondsSpent": c.rng.randint(60, 900),
            "hearts": c.rng.randint(0, 5),
            "xp": c.rng.randint(5, 50),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("lesson progress: steps, seconds spent, xp")
    return b.build()


def kupu_streak(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/kupu/streak")
    b.ok_json(
        {
            "streakDays": c.rng.randint(1, 100),
            "learned": c.rng.sample(KUPU, 4),
            "reviewedAt": iso(c),
        }
    )
    b.decoy("vocabulary streak")
    return b.build()


def video_watched(c: Context) -> Flow:
    vid, title, length = c.rng.choice(VIDEOS)
    b = _b(c, "POST", "/v1/matakitaki/log")
    watched = c.rng.randint(10, length)
    b.json(
        {
            "videoId": vid,
            "taitara": title,
            "watchedSeconds": watched,
            "lengthSeconds": length,
            "percentWatched": round(100 * watched / length),
            "endedAt": iso(c),
        }
    )
    b.view("body: videoId, watchedSeconds, percentWatched (matakitaki = watch)")
    b.no_content()
    return b.build()


def voice_sample_tts(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/reo/audio/{c.rng.choice(KUPU).replace(' ', '_')}.mp3")
    b.respond(200, "audio/mpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("recorded native-speaker audio download for a word")
    return b.build()
