"""Transcription of interviews and podcast episodes: AssemblyAI (`/v2/upload`,
`/v2/transcript` with `speaker_labels`) and Deepgram (`/v1/listen?diarize=true`).

Speech-to-text is not biometric. Diarisation labels turns "Speaker A / B" inside one
file without enrolling or identifying anyone and no speaker embedding leaves the
service: labelled not biometric (a judgement call, written in each decoy)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav

from .phone import FB, rid

AAI = "https://api.assemblyai.com/v2"
WORDS = [
    "so",
    "the",
    "council",
    "says",
    "the",
    "cycle",
    "lane",
    "on",
    "the",
    "quays",
    "will",
    "be",
    "finished",
    "by",
    "spring",
]


def _aai(c: Context, method: str, url: str) -> FB:
    b = FB(c, "assemblyai", method, url)
    b.header("user-agent", "python-requests/2.32.3")
    b.header("authorization", new_hex(c.rng, 32))
    return b


def aai_upload(c: Context) -> Flow:
    b = _aai(c, "POST", f"{AAI}/upload")
    b.decoy("interview audio uploaded for transcription (speech recognition, no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 2500), "application/octet-stream")
    b.ok_json({"upload_url": f"https://cdn.assemblyai.com/upload/{rid(c.rng)}"})
    return b.build()


def aai_submit(c: Context) -> Flow:
    b = _aai(c, "POST", f"{AAI}/transcript")
    b.decoy("transcript job with speaker_labels (diarisation within a file, nobody enrolled)")
    b.json(
        {
            "audio_url": f"https://cdn.assemblyai.com/upload/{rid(c.rng)}",
            "speaker_labels": True,
            "speakers_expected": 2,
            "language_code": "en",
            "punctuate": True,
            "word_boost": ["Dáil", "Taoiseach", "Luas"],
        }
    )
    b.ok_json({"id": rid(c.rng), "status": "queued"})
    return b.build()


def aai_result(c: Context) -> Flow:
    b = _aai(c, "GET", f"{AAI}/transcript/{rid(c.rng)}")
    b.decoy("transcript with word timings and speaker letters (no voiceprint)")
    t = 0
    words = []
    for w in WORDS:
        words.append({"text": w, "start": t, "end": t + 300, "confidence": 0.97, "speaker": "A"})
        t += c.rng.randint(250, 450)
    b.ok_json(
        {
            "status": "completed",
            "text": " ".join(WORDS),
            "words": words,
            "utterances": [{"speaker": "A", "start": 0, "end": t, "text": " ".join(WORDS)}],
            "audio_duration": t // 1000,
        }
    )
    return b.build()


def deepgram_listen(c: Context) -> Flow:
    b = FB(c, "deepgram", "POST", "https://api.deepgram.com/v1/listen")
    for k, v in (
        ("model", "nova-2"),
        ("diarize", "true"),
        ("smart_format", "true"),
        ("language", "en-IE"),
    ):
        b.param(k, v)
    b.header("authorization", "Token " + new_hex(c.rng, 40))
    b.header("user-agent", "deepgram-python-sdk/3.7.0")
    b.decoy("speech-to-text with diarize=true (speaker turns, no identification)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 2200), "audio/wav")
    b.ok_json(
        {
            "metadata": {"request_id": rid(c.rng), "duration": c.rng.randint(30, 600)},
            "results": {
                "channels": [
                    {
                        "alternatives": [
                            {
                                "transcript": " ".join(WORDS),
                                "confidence": 0.95,
                                "words": [{"word": w, "speaker": 0} for w in WORDS[:6]],
                            }
                        ]
                    }
                ]
            },
        }
    )
    return b.build()
