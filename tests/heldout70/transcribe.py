"""Scribely: a transcription app (decoys: speech-to-text, not voiceprints).

Source: Deepgram pre-recorded API `POST https://api.deepgram.com/v1/listen`
(query model, smart_format, diarize, language; header `Authorization: Token`;
answer metadata.request_id, results.channels[].alternatives[] with
transcript and words[] carrying start/end/confidence/speaker index).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav

from .phone import FB, iso, rf, rid, ua


def listen(c: Context) -> Flow:
    params = [
        ("model", "nova-2"),
        ("smart_format", "true"),
        ("diarize", "true"),
        ("language", c.rng.choice(["en", "fr"])),
    ]
    b = FB(c, "deepgram", "POST", "https://api.deepgram.com/v1/listen", params)
    b.header("authorization", "Token " + rid(c.rng).replace("-", ""))
    b.set_body(fake_wav(c.rng.randint(1, 10**6)), "audio/wav")
    b.decoy("audio sent for speech-to-text with diarization (not speaker verification)")
    words = [
        {
            "word": w,
            "start": rf(c.rng, 0, 9, 2),
            "end": rf(c.rng, 0, 9, 2),
            "confidence": rf(c.rng, 0.8, 1, 3),
            "speaker": c.rng.randint(0, 1),
        }
        for w in ("bonjour", "and", "welcome", "back")
    ]
    b.ok_json(
        {
            "metadata": {"request_id": rid(c.rng), "duration": 9.4, "channels": 1},
            "results": {
                "channels": [
                    {
                        "alternatives": [
                            {
                                "transcript": "bonjour and welcome back",
                                "confidence": 0.97,
                                "words": words,
                            }
                        ]
                    }
                ]
            },
        }
    )
    return b.build()


def save_transcript(c: Context) -> Flow:
    b = FB(c, "scribely", "POST", "https://api.scribely.app/v1/transcripts")
    b.header("user-agent", ua("Scribely", "330"))
    b.json(
        {
            "projectId": rid(c.rng),
            "segments": [
                {"locuteur": f"Locuteur {i % 2 + 1}", "debut": i * 4.2, "texte": "…"}
                for i in range(6)
            ],
            "langue": "fr-CA",
            "savedAt": iso(c),
        }
    )
    b.decoy("transcript segments labelled 'Locuteur 1/2' (diarization labels, no voiceprint)")
    b.ok_json({"ok": True})
    return b.build()


def captions(c: Context) -> Flow:
    b = FB(c, "scribely", "GET", f"https://api.scribely.app/v1/transcripts/{rid(c.rng)}.srt")
    b.header("user-agent", ua("Scribely", "330"))
    b.decoy("caption file download")
    b.respond(200, "application/x-subrip", b"1\n00:00:00,000 --> 00:00:02,100\nBonjour!\n")
    return b.build()
