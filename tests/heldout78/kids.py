"""A kids' reading app (e-books: page positions, reading minutes, read-aloud) and a
homework helper that sends the child's question to speech-to-text. None is sensitive:
e-book positions and reading minutes are not viewing history; speech sent for
transcription is not a voiceprint.

Sources: Google Cloud Speech-to-Text v1 `speech:recognize` (cloud.google.com/
speech-to-text/docs/reference/rest/v1/speech/recognize: config.encoding,
sampleRateHertz, languageCode, audio.content base64); EPUB CFI positions
(idpf.org/epub/linking/cfi); the reading app's own backend (in-house names).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav

from .phone import FB, iso, ms, rf, rid, ua

READ = "https://api.lecturejeunesse-example.ca"
BOOKS = [
    ("bk-20931", "Le petit castor"),
    ("bk-55120", "Dragons at Recess"),
    ("bk-80412", "La cabane magique"),
    ("bk-11873", "Wonky Donkey Day"),
]


def page_turn(c: Context) -> Flow:
    bid, title = c.rng.choice(BOOKS)
    page = c.rng.randint(2, 40)
    b = FB(c, "reading", "POST", f"{READ}/v3/livres/{bid}/position")
    b.header("user-agent", ua("LectureJeunesse", "4.8.1"))
    b.json(
        {
            "lecteur": "enfant-2",
            "titre": title,
            "page": page,
            "pages_total": 42,
            "cfi": f"epubcfi(/6/{page * 2}!/4/2/{c.rng.randint(1, 9) * 2})",
            "progression": round(page / 42, 3),
            "updated_at": iso(c),
        }
    )
    b.decoy("e-book page position / progression (reading, not viewing history)")
    b.ok_json({"ok": True})
    return b.build()


def reading_minutes(c: Context) -> Flow:
    b = FB(c, "reading", "POST", f"{READ}/v3/journal/minutes")
    days = [
        {"jour": f"2026-11-{d:02d}", "minutes_lecture": c.rng.randint(5, 45)} for d in range(20, 27)
    ]
    b.json(
        {
            "profil": "enfant-1",
            "semaine": days,
            "objectif_minutes": 150,
            "livres_termines": c.rng.randint(0, 3),
            "streak": c.rng.randint(1, 9),
        }
    )
    b.decoy("weekly reading minutes of an e-book reader (not watch/listen time)")
    b.ok_json({"badge": c.rng.choice([None, "lecteur_etoile"])})
    return b.build()


def read_aloud_page(c: Context) -> Flow:
    bid, _ = c.rng.choice(BOOKS)
    b = FB(
        c,
        "reading",
        "GET",
        f"https://cdn.lecturejeunesse-example.ca/tts/{bid}/p{c.rng.randint(1, 40)}.json",
    )
    b.decoy("read-aloud word timings of a picture book page (narration sync, not listening log)")
    words = [
        {"w": w, "start_ms": i * 410, "end_ms": i * 410 + 380}
        for i, w in enumerate(["the", "beaver", "built", "a", "dam"])
    ]
    b.ok_json({"voice": "narrator-fr-ca-1", "duration_ms": 2100, "words": words})
    return b.build()


def cover(c: Context) -> Flow:
    bid, _ = c.rng.choice(BOOKS)
    b = FB(c, "reading", "GET", f"https://cdn.lecturejeunesse-example.ca/covers/{bid}@2x.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(1, 9999), 600))
    return b.build()


def stt(c: Context) -> Flow:
    b = FB(c, "google-stt", "POST", "https://speech.googleapis.com/v1/speech:recognize")
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.header("x-android-package", "ca.devoirs.aide")
    lang = c.rng.choice(["en-US", "fr-CA"])
    b.json(
        {
            "config": {
                "encoding": "LINEAR16",
                "sampleRateHertz": 16000,
                "languageCode": lang,
                "enableAutomaticPunctuation": True,
                "model": "latest_short",
            },
            "audio": {"content": b64(fake_wav(c.rng.randint(1, 99999), 900))},
        }
    )
    b.decoy("child's spoken homework question sent to speech-to-text (not a voiceprint)")
    b.ok_json(
        {
            "results": [
                {
                    "alternatives": [
                        {
                            "transcript": "what is seven times eight",
                            "confidence": rf(c.rng, 0.8, 0.98, 3),
                        }
                    ],
                    "resultEndTime": "2.100s",
                    "languageCode": lang.lower(),
                }
            ],
            "totalBilledTime": "3s",
            "requestId": str(c.rng.randint(10**17, 10**18)),
        }
    )
    return b.build()


def homework_answer(c: Context) -> Flow:
    b = FB(c, "homework", "POST", "https://api.aidedevoirs-example.ca/v1/questions")
    b.header("x-trace-id", rid(c.rng))
    b.json(
        {
            "question": c.rng.choice(
                ["what is 7x8", "combien de provinces au Canada", "why is the sky blue"]
            ),
            "source": "voice",
            "grade": 3,
            "subject": "math",
            "audio_features": {
                "duration_s": rf(c.rng, 1.2, 4.0, 2),
                "snr_db": rf(c.rng, 12, 30, 1),
                "lang_detected": "en",
            },
            "asked_at": ms(c),
        }
    )
    b.decoy("voice-question metadata (duration, SNR, language): no speaker model")
    b.ok_json({"answer_id": rid(c.rng), "steps": ["7 x 8 = 56"]})
    return b.build()


def worksheet_photo(c: Context) -> Flow:
    b = FB(c, "homework", "POST", "https://api.aidedevoirs-example.ca/v1/scan")
    b.set_body(fake_jpeg(c.rng.randint(1, 99999), 1200), "image/jpeg")
    b.decoy("photo of a math worksheet sent for OCR (no face, no face API)")
    b.ok_json({"ocr_text": "12 + 9 = __", "boxes": [[12, 40, 300, 80]]})
    return b.build()


def face_article(c: Context) -> Flow:
    b = FB(
        c,
        "homework",
        "GET",
        "https://api.aidedevoirs-example.ca/v1/articles",
        [("q", "how does face recognition work")],
    )
    b.decoy("kids' encyclopedia article about face recognition and voice assistants (text)")
    b.ok_json(
        {
            "articles": [
                {
                    "title": "How your phone recognizes faces",
                    "body": "A camera finds 68 landmarks on a face, such as the eyes "
                    "and nose, and turns them into numbers called an embedding.",
                    "grade": 5,
                }
            ]
        }
    )
    return b.build()
