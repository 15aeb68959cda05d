"""Children's read-aloud app ("Owlet Reads", fictional, in-house backend).

The app listens to the child reading aloud: it uploads utterance recordings
(16 kHz WAV in a multipart form, as iOS URLSession multipart uploads look),
keeps one speaker model per child (an ECAPA-style 192-dim embedding, and a
gRPC-web centroid update whose method name says what it is), identifies which
child is reading from MFCC frames, and syncs reading progress per book. One
sync carries the speaker model AES-encrypted (opaque). Key names are the app's
own; the ECAPA-TDNN embedding size (192) follows SpeechBrain's public model
card (spkrec-ecapa-voxceleb).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    fake_wav,
    gz,
    jsb,
    multipart,
    pb_bytes,
    pb_packed_floats,
)

from .phone import FB, fb, floats, iso, ms, rf, rid, ua

API = "https://api.owletreads.com"
VOICE = "https://voice.owletreads.com"
UA = ua("OwletReads", "iPadOS 17.5.1", "412")
BOOKS = [
    ("bk_1187", "The Quiet Fox", 24),
    ("bk_2203", "Milo Builds a Boat", 32),
    ("bk_0932", "Stars Over the Fjord", 28),
    ("bk_4410", "Pip and the Puddle", 16),
]
CHILDREN = ["ch_8812", "ch_8813"]

NOT_VIEWING = "not what a person watched or listened to (issue 3; relabelled by the lead)"


def _base(c: Context, method: str, url: str) -> FB:
    b = fb(c, "owlet-reads", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng))[:40])
    b.header("x-owl-device", b.id("idfv_read", where="header:x-owl-device"))
    return b


def voice_sample(c: Context) -> Flow:
    child = c.rng.choice(CHILDREN)
    book, _, pages = c.rng.choice(BOOKS)
    b = _base(c, "POST", f"{VOICE}/v2/children/{child}/utterances")
    meta = {
        "bookId": book,
        "page": c.rng.randint(1, pages),
        "sentenceIndex": c.rng.randint(0, 6),
        "expectedText": "the fox looked up at the moon",
        "sampleRateHz": 16000,
        "use": ["asr_alignment", "speaker_adaptation"],
        "recordedAt": iso(c),
    }
    boundary = "Boundary-" + rid(c.rng).upper()
    body = multipart(
        boundary,
        [
            ("metadata", None, "application/json", jsb(meta)),
            ("audio", "utt.wav", "audio/wav", fake_wav(c.counter + c.rng.randint(0, 9999))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.bio("voice_sample", "multipart:audio (child read-aloud utterance, speaker_adaptation)")
    b.ok_json({"utteranceId": rid(c.rng), "status": "queued"}, 201)
    return b.build()


def speaker_enrol(c: Context) -> Flow:
    child = c.rng.choice(CHILDREN)
    b = _base(c, "PUT", f"{VOICE}/v2/children/{child}/speaker-model")
    b.json(
        {
            "speakerModel": {
                "arch": "ecapa_tdnn",
                "dim": 192,
                "embedding": floats(c.rng, 192, 4),
                "utterances": c.rng.randint(8, 40),
                "snr_db": rf(c.rng, 12, 30, 1),
            },
            "updatedAt": iso(c),
        }
    )
    b.bio("speaker_embedding", "body:speakerModel.embedding")
    b.ok_json({"ok": True, "version": c.rng.randint(2, 30)})
    return b.build()


def centroid_grpc(c: Context) -> Flow:
    b = _base(c, "POST", f"{VOICE}/owlet.voice.v1.SpeakerService/UpdateVoiceprintCentroid")
    msg = pb_bytes(1, c.rng.choice(CHILDREN)) + pb_packed_floats(2, floats(c.rng, 192, 5))
    msg += pb_bytes(3, "xvector-ecapa-192")
    frame = b"\x00" + len(msg).to_bytes(4, "big") + msg
    b.set_body(frame, "application/grpc-web+proto")
    b.header("x-grpc-web", "1")
    b.bio("speaker_embedding", "grpc:UpdateVoiceprintCentroid field 2 (packed floats)")
    b.respond(200, "application/grpc-web+proto", b"\x00\x00\x00\x00\x00")
    return b.build()


def who_is_reading(c: Context) -> Flow:
    b = _base(c, "POST", f"{VOICE}/v2/identify-reader")
    frames = [[round(c.rng.gauss(0, 12), 2) for _ in range(13)] for _ in range(12)]
    b.json({"candidates": CHILDREN, "features": {"type": "mfcc", "n_mfcc": 13, "mfcc": frames}})
    b.bio("voice_features", "body:features.mfcc (speaker identification)")
    b.ok_json({"childId": c.rng.choice(CHILDREN), "confidence": rf(c.rng, 0.6, 0.99, 3)})
    return b.build()


def model_blob(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v1/sync/blob")
    b.header("x-blob-kind", "sm2")
    b.set_body(gz(bytes(c.rng.getrandbits(8) for _ in range(700))), "application/octet-stream")
    b.bio("speaker_embedding", "body (AES-GCM blob, kind sm2)", detectable=False)
    b.no_content()
    return b.build()


def reading_progress(c: Context) -> Flow:
    book, title, pages = c.rng.choice(BOOKS)
    last = c.rng.randint(2, pages)
    b = _base(c, "POST", f"{API}/v1/children/{c.rng.choice(CHILDREN)}/reading-progress")
    b.json(
        {
            "bookId": book,
            "title": title,
            "lastPageRead": last,
            "pagesRead": list(range(max(1, last - 5), last + 1)),
            "percentComplete": round(100 * last / pages, 1),
            "sessionStart": iso(c),
            "minutesRead": c.rng.randint(3, 25),
        }
    )
    b.decoy(f"picture-book reading progress: {NOT_VIEWING}")
    b.ok_json({"saved": True, "streakDays": c.rng.randint(1, 40)})
    return b.build()


def page_events(c: Context) -> Flow:
    book, title, pages = c.rng.choice(BOOKS)
    b = _base(c, "POST", f"{API}/v1/events/batch")
    p0 = c.rng.randint(1, pages - 3)
    evs = [
        {"name": "page_turned", "ts": ms(c) + i * 9000, "props": {"book_id": book, "page": p0 + i}}
        for i in range(3)
    ]
    evs.insert(0, {"name": "book_opened", "ts": ms(c), "props": {"book_id": book, "title": title}})
    b.json({"install": b.id("read_install", where="body:install"), "events": evs}, "gzip")
    b.decoy(f"page-turn events: {NOT_VIEWING}")
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = fb(c, "owlet-reads", "POST", f"{API}/v1/devices")
    b.header("user-agent", UA)
    b.json(
        {
            "vendorId": b.id("idfv_read", where="body:vendorId"),
            "installId": b.id("read_install", where="body:installId"),
            "platform": "iPadOS",
            "model": "iPad13,18",
            "idfa": "00000000-0000-0000-0000-000000000000",
        }
    )
    b.decoy("all-zero IDFA (tracking not allowed): identifies nothing")
    b.ok_json({"token": b64(rid(c.rng)), "ttl": 86400})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _base(c, "GET", f"{API}/v1/library?level={c.rng.choice('ABCDE')}&page=1")
    b.decoy("book catalogue page")
    b.ok_json({"books": [{"id": k, "title": t, "pages": p} for k, t, p in BOOKS]})
    return b.build()


def page_image(c: Context) -> Flow:
    book, _, pages = c.rng.choice(BOOKS)
    url = f"https://cdn.owletreads.com/books/{book}/p{c.rng.randint(1, pages):02d}@2x.jpg"
    b = fb(c, "owlet-reads", "GET", url)
    b.header("user-agent", UA)
    b.decoy("illustrated page image fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 500))
    return b.build()


def fluency(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v1/assessments")
    b.json(
        {
            "childId": c.rng.choice(CHILDREN),
            "wcpm": c.rng.randint(20, 90),
            "accuracy": rf(c.rng, 0.7, 1.0, 2),
            "level": c.rng.choice("ABCDE"),
            "trace": rid(c.rng),
        }
    )
    b.decoy("reading-fluency score and trace id: no voice data, no title")
    b.ok_json({"ok": True})
    return b.build()


def child_profile(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v1/children")
    b.json({"displayName": "Sol", "birthYear": 2018, "gender": "girl", "avatar": "owl_3"})
    b.decoy("self-declared gender and birth year on a profile form")
    b.ok_json({"childId": CHILDREN[1]}, 201)
    return b.build()
