"""A reading-fluency app: students read a passage aloud on a cart iPad, the audio
goes to speech-to-text and comes back as words-per-minute and miscue scores.
Speech sent for transcription is NOT biometric (conventions): every flow here is
a hard biometric decoy (audio uploads, `speakerTag` diarisation, "voice" keys).

Sources: Google Cloud Speech-to-Text v1 `speech:recognize` (config.encoding,
sampleRateHertz, languageCode, enableWordTimeOffsets, diarizationConfig;
audio.content base64; results[].alternatives[].words[] with startTime,
endTime, speakerTag) from cloud.google.com/speech-to-text/docs/reference/rest.
The app's own scoring backend is in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, js, multipart

from .phone import iso, new, rf, rid, series, student, ua

API = "https://api.example-fluency.com"
AGENT = ua("ReadAloudPro", "1188")
WORDS = [
    "the",
    "fox",
    "jumped",
    "over",
    "el",
    "río",
    "and",
    "landed",
    "softly",
    "near",
    "la",
    "casa",
]


def recognize(c: Context) -> Flow:
    r = c.rng
    url = "https://speech.googleapis.com/v1/speech:recognize"
    b = new(c, "fluency", "POST", url, AGENT)
    b.header("x-goog-api-key", "AIza" + new_hex(r, 35))
    b.json(
        {
            "config": {
                "encoding": "LINEAR16",
                "sampleRateHertz": 16000,
                "languageCode": r.choice(["en-US", "es-US"]),
                "enableWordTimeOffsets": True,
                "enableWordConfidence": True,
                "model": "latest_short",
                "diarizationConfig": {
                    "enableSpeakerDiarization": True,
                    "minSpeakerCount": 1,
                    "maxSpeakerCount": 2,
                },
            },
            "audio": {"content": b64(fake_wav(r.randint(0, 10**9), 900))},
        }
    )
    t = 0.0
    words = []
    for w in r.sample(WORDS, 8):
        words.append(
            {
                "startTime": f"{t:.1f}s",
                "endTime": f"{t + 0.4:.1f}s",
                "word": w,
                "confidence": rf(r, 0.6, 0.99, 3),
                "speakerTag": r.choice([1, 1, 2]),
            }
        )
        t += rf(r, 0.3, 0.7, 1)
    b.ok_json(
        {
            "results": [
                {
                    "alternatives": [
                        {
                            "transcript": " ".join(x["word"] for x in words),
                            "confidence": rf(r, 0.7, 0.95, 3),
                            "words": words,
                        }
                    ]
                }
            ]
        }
    )
    b.decoy(
        "student reading aloud sent to speech-to-text (diarisation speakerTag): not a voiceprint"
    )
    return b.build()


def upload_reading(c: Context) -> Flow:
    r = c.rng
    bnd = "Boundary-" + new_hex(r, 16).upper()
    meta = js(
        {
            "studentId": student(r),
            "passageId": "P-" + new_hex(r, 6),
            "gradeLevel": 3,
            "purpose": "transcripcion",
            "voiceRecording": True,
            "durationSec": r.randint(45, 90),
        }
    )
    body = multipart(
        bnd,
        [
            ("metadata", None, "application/json", meta.encode()),
            ("audio", "lectura.wav", "audio/wav", fake_wav(r.randint(0, 10**9), 1400)),
        ],
    )
    b = new(c, "fluency", "POST", f"{API}/v1/readings", AGENT)
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"readingId": rid(r), "status": "transcribing"})
    b.decoy("a student's reading-aloud recording uploaded for transcription and WPM scoring")
    return b.build()


def scores(c: Context) -> Flow:
    r = c.rng
    b = new(c, "fluency", "GET", f"{API}/v1/classes/118/fluency", AGENT, [("window", "8w")])
    b.ok_json(
        {
            "students": [
                {
                    "studentId": student(r),
                    "wcpm": series(r, 8, 40, 140, 0),
                    "accuracy": series(r, 8, 0.8, 1.0),
                    "palabrasPorMinuto": r.randint(40, 140),
                    "prosodyRubric": r.randint(1, 4),
                }
                for _ in range(5)
            ],
            "benchmark": {"fall": 71, "winter": 92, "spring": 107},
        }
    )
    b.decoy("words-correct-per-minute series per student (reading scores, not voice data)")
    return b.build()


def miscues(c: Context) -> Flow:
    r = c.rng
    b = new(c, "fluency", "GET", f"{API}/v1/readings/{rid(r)}/analysis", AGENT)
    b.ok_json(
        {
            "wpm": r.randint(50, 150),
            "miscues": [
                {
                    "word": w,
                    "type": r.choice(["omission", "substitution", "self-correction"]),
                    "atSec": rf(r, 0, 60, 1),
                }
                for w in r.sample(WORDS, 3)
            ],
            "voiceSpeed": rf(r, 0.7, 1.3, 2),
            "pitchVariation": rf(r, 0.1, 0.9, 2),
            "pauses": series(r, 6, 0.2, 2.0),
            "transcript": " ".join(r.sample(WORDS, 10)),
        }
    )
    b.decoy("reading miscue analysis, prosody numbers (pace, pauses): assessment, no speaker model")
    return b.build()


def passages(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "fluency",
        "GET",
        f"{API}/v1/passages",
        AGENT,
        [("lexile", str(r.choice([420, 560, 680]))), ("lang", "es")],
    )
    b.ok_json(
        {
            "passages": [
                {
                    "id": "P-" + new_hex(r, 6),
                    "title": t,
                    "wordCount": r.randint(90, 250),
                    "audioModelUrl": f"https://cdn.example-fluency.com/tts/{new_hex(r, 8)}.m4a",
                }
                for t in ("El zorro y la luna", "A Day at the Coast", "Mi abuela cocina")
            ],
            "updatedAt": iso(c),
        }
    )
    b.decoy("passage list with links to the narrator's text-to-speech model readings")
    return b.build()
