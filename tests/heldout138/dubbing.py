"""A dubbing tool's speech-to-text through Deepgram: transcription, not a voiceprint.

Dialogue stems go to Deepgram's pre-recorded endpoint (`/v1/listen`, fr-CA, with
`diarize=true`, https://developers.deepgram.com/docs/diarization): diarization
numbers the speakers of one file (0, 1...) to split lines; no speaker model is
enrolled or matched. The actors' voices are other people's, in a work file.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav

from .phone import FB, new_builder, rf, rid

API = "https://api.deepgram.com/v1/listen"
LINES = ["On se rejoint au quai à six heures.", "T'as vu le ciel ce soir?", "Pas question."]


def _b(c: Context, method: str, url: str) -> FB:
    b = new_builder(c, "deepgram", method, url, "deepgram-kotlin/1.2.0")
    b.header("authorization", "Token " + rid(c.rng).replace("-", ""))
    return b


def transcribe(c: Context) -> Flow:
    b = _b(
        c, "POST", f"{API}?model=nova-2&language=fr-CA&diarize=true&punctuate=true&utterances=true"
    )
    b.decoy("dialogue stem sent for transcription with diarization (no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 1500), "audio/wav")
    words = []
    t = 0.0
    for line in LINES:
        for w in line.split():
            words.append(
                {
                    "word": w,
                    "start": round(t, 2),
                    "end": round(t + 0.3, 2),
                    "speaker": len(words) % 2,
                }
            )
            t += rf(c.rng, 0.25, 0.45, 2)
    b.ok_json(
        {
            "metadata": {"request_id": rid(c.rng), "duration": round(t, 2), "channels": 1},
            "results": {
                "channels": [{"alternatives": [{"transcript": " ".join(LINES), "words": words}]}],
                "utterances": [
                    {"speaker": i % 2, "transcript": line, "confidence": rf(c.rng, 0.8, 0.99, 3)}
                    for i, line in enumerate(LINES)
                ],
            },
        }
    )
    return b.build()


def srt_export(c: Context) -> Flow:
    b = new_builder(
        c, "doublage", "POST", "https://api.doublage-studio.example/v1/sous-titres", "okhttp/4.12.0"
    )
    b.decoy("subtitle cues with timecodes for the dub script")
    b.json(
        {
            "projet": rid(c.rng),
            "repliques": [
                {
                    "debut": f"00:00:{i * 3:02d},000",
                    "fin": f"00:00:{i * 3 + 2:02d},500",
                    "texte": ln,
                }
                for i, ln in enumerate(LINES)
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


ALL = [transcribe, srt_export, transcribe]
