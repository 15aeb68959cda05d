"""The interview transcription app ("Abschrift"): speech to text with speaker labels.

Real: AssemblyAI's v2 API (POST /v2/upload with the raw audio, answer
{"upload_url"}; POST /v2/transcript {"audio_url", "speaker_labels": true,
"speakers_expected", "language_code": "de"}; GET /v2/transcript/<id> whose
`utterances` carry speaker "A"/"B" with start/end in ms), as in AssemblyAI's
Speaker Diarization docs. In-house: the app renames "A"/"B" to "Sprecher 1/2"
and stores the transcript.
Speech sent for speech-to-text and diarisation labels are not biometric
(conventions): these are decoys, however voice-like they look.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav

from .phone import FB, iso, ua

API = "https://api.assemblyai.com"
UA = ua("Abschrift", "1.9.3")
LINES = [
    "Wir haben die Kameras im Mai installiert.",
    "Das war nicht mit dem Datenschutz abgestimmt.",
    "Die Gesichtserkennung läuft nur im Testbetrieb.",
    "Dat klopt niet helemaal.",
    "Wie viele Personen wurden erfasst?",
    "Dazu kann ich nichts sagen.",
]


def _aai(c: Context, method: str, path: str) -> FB:
    b = FB(c, "assemblyai", method, API + path)
    b.header("authorization", new_hex(c.rng, 32))
    b.header("user-agent", UA)
    return b


def upload(c: Context) -> Flow:
    b = _aai(c, "POST", "/v2/upload")
    b.set_body(fake_wav(c.rng.getrandbits(32), 1600), "application/octet-stream")
    b.ok_json({"upload_url": f"https://cdn.assemblyai.com/upload/{new_hex(c.rng, 32)}"})
    b.decoy("interview recording uploaded for speech-to-text (not speaker enrolment)")
    return b.build()


def submit(c: Context) -> Flow:
    b = _aai(c, "POST", "/v2/transcript")
    b.json(
        {
            "audio_url": f"https://cdn.assemblyai.com/upload/{new_hex(c.rng, 32)}",
            "speaker_labels": True,
            "speakers_expected": 2,
            "language_code": c.rng.choice(["de", "nl"]),
            "punctuate": True,
        }
    )
    b.ok_json({"id": new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4), "status": "queued"})
    b.decoy("transcription job with speaker diarisation switched on")
    return b.build()


def result(c: Context) -> Flow:
    tid = new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4)
    b = _aai(c, "GET", f"/v2/transcript/{tid}")
    t, utts = 0, []
    for i in range(6):
        d = c.rng.randint(1500, 9000)
        utts.append(
            {
                "speaker": "AB"[i % 2],
                "text": c.rng.choice(LINES),
                "start": t,
                "end": t + d,
                "confidence": round(c.rng.uniform(0.8, 0.99), 4),
            }
        )
        t += d + c.rng.randint(100, 800)
    b.ok_json(
        {
            "id": tid,
            "status": "completed",
            "language_code": "de",
            "utterances": utts,
            "audio_duration": t // 1000,
        }
    )
    b.decoy("diarised transcript: speaker letters and timings, no voiceprint")
    return b.build()


def save_transcript(c: Context) -> Flow:
    iv = new_hex(c.rng, 10)
    b = FB(c, "abschrift", "PUT", f"https://api.abschrift.app/v1/interviews/{iv}")
    b.header("user-agent", UA)
    segs = [
        {
            "sprecher": f"Sprecher {1 + i % 2}",
            "von": i * 4.2,
            "bis": i * 4.2 + 3.9,
            "text": c.rng.choice(LINES),
        }
        for i in range(5)
    ]
    b.json(
        {
            "titel": "Interview Ordnungsamt",
            "sprache": "de",
            "dauerSek": c.rng.randint(300, 3600),
            "sprecherNamen": {"Sprecher 1": "Reporterin", "Sprecher 2": "Pressesprecher"},
            "segmente": segs,
            "geaendert": iso(c),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("transcript with 'Sprecher 1/2' labels: who said what, not a voice sample")
    return b.build()


def stimmen_filter(c: Context) -> Flow:
    b = FB(c, "abschrift", "POST", "https://api.abschrift.app/v1/audio/bearbeiten")
    b.header("user-agent", UA)
    b.json(
        {
            "rauschunterdrueckung": True,
            "stimmeAnonymisieren": {"pitchShift": -3, "formant": 0.9},
            "normalisierenLUFS": -16,
            "quelleId": new_hex(c.rng, 12),
        }
    )
    b.ok_json({"jobId": new_hex(c.rng, 12)})
    b.decoy("voice disguise settings for an anonymous source (pitch shift), no voice data")
    return b.build()
