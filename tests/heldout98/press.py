"""Press accreditation (badge photos for printing) and Q&A / panel recordings of
directors sent for transcription.

All negatives. The badge photo goes to the festival's own badge-printing queue
with a crop box and print layout, not to a face API. The recordings go to
speech-to-text with speaker diarisation ("speaker 1 / speaker 2" labels), which
is transcription, not speaker recognition: Google Cloud Speech-to-Text v1
`speech:recognize` (`config.diarizationConfig.enableSpeakerDiarization`,
`audio.content` base64; cloud.google.com/speech-to-text/docs/reference/rest) and
NAVER Cloud CLOVA Speech `recognizer/upload` (multipart `media` + `params` JSON
with `language`, `completion`, `diarization.enable`; api.ncloud-docs.com).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, js, multipart

from .phone import FB, iso, rid, ua

ACC = "https://accred.seaside-filmfest.kr"
UA = ua("FestPress", "1.9.3")


def badge_photo(c: Context) -> Flow:
    b = FB(c, "press", "POST", ACC + "/api/accreditation/badge-photo")
    b.header("user-agent", UA)
    b.decoy("badge photo of a journalist uploaded for printing (no face API, no analysis)")
    boundary = "Boundary+" + new_hex(c.rng, 16).upper()
    meta = {
        "applicantNo": "PR-" + new_digits(c.rng, 6),
        "crop": {"x": c.rng.randint(0, 80), "y": c.rng.randint(0, 80), "w": 600, "h": 800},
        "printLayout": "PRESS_A6",
        "kategorie": "press",
    }
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", js(meta).encode()),
            ("photo", "badge.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1400)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"photoId": new_hex(c.rng, 20), "status": "READY_TO_PRINT"})
    return b.build()


def accreditation_form(c: Context) -> Flow:
    b = FB(c, "press", "POST", ACC + "/api/accreditation")
    b.header("user-agent", UA)
    b.decoy("accreditation form: self-declared gender, outlet, nationality")
    b.json(
        {
            "name": "Kaito Mori",
            "seibetsu": c.rng.choice(["男性", "女性", "回答しない"]),
            "gender": c.rng.choice(["male", "female", "prefer_not"]),
            "outlet": "Kinema Review",
            "nationality": "JP",
            "passportLast4": new_digits(c.rng, 4),
        }
    )
    b.ok_json({"applicantNo": "PR-" + new_digits(c.rng, 6)})
    return b.build()


def badge_print_queue(c: Context) -> Flow:
    b = FB(c, "press", "GET", ACC + "/api/print/queue?printer=hall-b")
    b.header("user-agent", UA)
    b.decoy("badge printer queue: the venue printer's serial, photo ids")
    b.ok_json(
        {
            "printer": {"model": "Evolis Primacy 2", "serial": "E" + new_digits(c.rng, 8)},
            "jobs": [{"photoId": new_hex(c.rng, 20), "at": iso(c)} for _ in range(3)],
        }
    )
    return b.build()


def qa_google_stt(c: Context) -> Flow:
    b = FB(c, "press", "POST", "https://speech.googleapis.com/v1/speech:recognize")
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.decoy("director Q&A audio to speech-to-text with speaker diarization (transcription)")
    b.json(
        {
            "config": {
                "encoding": "LINEAR16",
                "sampleRateHertz": 16000,
                "languageCode": c.rng.choice(["ko-KR", "ja-JP"]),
                "alternativeLanguageCodes": ["en-US"],
                "diarizationConfig": {"enableSpeakerDiarization": True, "minSpeakerCount": 2},
            },
            "audio": {"content": b64(fake_wav(c.rng.getrandbits(32), 1600))},
        }
    )
    words = [
        {"word": w, "speakerTag": c.rng.randint(1, 2)} for w in ["감독님", "질문", "감사합니다"]
    ]
    b.ok_json({"results": [{"alternatives": [{"transcript": "감독님 질문", "words": words}]}]})
    return b.build()


def qa_clova(c: Context) -> Flow:
    url = "https://clovaspeech-gw.ncloud.com/external/v1/" + new_digits(c.rng, 4)
    b = FB(c, "press", "POST", url + "/" + new_hex(c.rng, 32) + "/recognizer/upload")
    b.header("x-clovaspeech-api-key", new_hex(c.rng, 32))
    b.decoy("panel recording to CLOVA Speech for a transcript (diarization, not voice ID)")
    boundary = "----" + new_hex(c.rng, 24)
    params = {
        "language": "ko-KR",
        "completion": "sync",
        "diarization": {"enable": True, "speakerCountMin": 2, "speakerCountMax": 5},
        "wordAlignment": True,
    }
    body = multipart(
        boundary,
        [
            ("params", None, "application/json", js(params).encode()),
            ("media", "panel_gv.m4a", "audio/mp4", fake_wav(c.rng.getrandbits(32), 1800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"result": "COMPLETED", "token": new_hex(c.rng, 32), "speakers": [{"label": "1"}]})
    return b.build()


def transcript_fetch(c: Context) -> Flow:
    b = FB(c, "press", "GET", ACC + "/api/transcripts/GV-" + new_digits(c.rng, 4))
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    b.decoy("GV transcript with speaker turns and timings (text)")
    b.ok_json(
        {
            "segments": [
                {
                    "start": i * 4200,
                    "end": i * 4200 + 3900,
                    "speaker": f"話者{i % 2 + 1}",
                    "text": "…",
                }
                for i in range(6)
            ]
        }
    )
    return b.build()
