"""Voice work that is NOT biometric: voice-tracking (her links recorded for
broadcast, uploaded as WAV with loudness and waveform peaks), waveform fetches
in BBC audiowaveform's JSON format (version, channels, sample_rate,
samples_per_pixel, bits, length, data), interview transcription through
AssemblyAI (POST /v2/upload raw audio, POST /v2/transcript with audio_url,
language_code, speaker_labels; the result's utterances carry speaker "A"/"B",
start, end, text: per AssemblyAI's API reference) and the phone-in screener
(listeners' calls queued, with waits and call lengths). Speech sent for
speech-to-text with diarisation and audio for broadcast are decoys by the
project's convention.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import iso, ms, req_id, rf
from tests.heldout.wire import fake_wav, jsb, multipart

from .phone import FB, ua

VT = "https://voicetrack.radioscirocco.it"
AAI = "https://api.assemblyai.com"
PHONE = "https://phonein.radioscirocco.it"


def voicetrack_upload(c: Context) -> Flow:
    b = FB(c, "voicetrack", "POST", f"{VT}/api/vt/upload")
    b.header("user-agent", ua("VoiceTrack", "4.2.0"))
    slot = f"{c.rng.randint(6, 11):02d}:{c.rng.randint(0, 59):02d}"
    meta = jsb(
        {
            "presenter": "Giulia",
            "slot": slot,
            "durationMs": c.rng.randint(8000, 45000),
            "lufs": rf(c.rng, -19, -14, 1),
            "takes": c.rng.randint(1, 4),
        }
    )
    bd = "----vt" + req_id(c.rng)[:12]
    wav = fake_wav(c.rng.getrandbits(32))
    body = multipart(
        bd,
        [("meta", None, "application/json", meta), ("audio", f"vt_{slot}.wav", "audio/wav", wav)],
    )
    b.set_body(body, f"multipart/form-data; boundary={bd}")
    b.decoy("voice-track link recorded for broadcast (audio + loudness): not a voiceprint")
    b.ok_json({"vtId": c.rng.randint(1000, 9999), "status": "in coda"})
    return b.build()


def waveform(c: Context) -> Flow:
    vid = c.rng.randint(1000, 9999)
    b = FB(c, "voicetrack", "GET", f"{VT}/api/vt/{vid}/peaks.json")
    n = 120
    data = [c.rng.randint(-128, 127) for _ in range(n * 2)]
    doc = {"version": 2, "channels": 1, "sample_rate": 48000, "samples_per_pixel": 512}
    b.ok_json({**doc, "bits": 8, "length": n, "data": data})
    b.decoy("audiowaveform peaks of a voice-track for the editor: not a voice template")
    return b.build()


def vt_edit(c: Context) -> Flow:
    b = FB(c, "voicetrack", "PATCH", f"{VT}/api/vt/{c.rng.randint(1000, 9999)}")
    b.json(
        {
            "trimInMs": c.rng.randint(0, 900),
            "trimOutMs": c.rng.randint(9000, 30000),
            "fadeMs": 120,
            "gainDb": rf(c.rng, -3, 3, 1),
            "overlapPrevMs": c.rng.randint(0, 3000),
            "voice": {"deEss": True, "eq": "radio-f"},
        }
    )
    b.decoy("voice-track edit (trim, gain, de-ess): editing her broadcast audio")
    b.ok_json({"saved": True, "at": iso(c)})
    return b.build()


def aai_upload(c: Context) -> Flow:
    b = FB(c, "assemblyai", "POST", f"{AAI}/v2/upload", http_version="HTTP/1.1")
    b.header("authorization", "2b" + req_id(c.rng).replace("-", "")[:30])
    b.set_body(fake_wav(c.rng.getrandbits(32), 2000), "application/octet-stream")
    b.decoy("interview audio uploaded for speech-to-text")
    b.ok_json({"upload_url": f"https://cdn.assemblyai.com/upload/{req_id(c.rng)}"})
    return b.build()


def aai_transcript(c: Context) -> Flow:
    b = FB(c, "assemblyai", "POST", f"{AAI}/v2/transcript", http_version="HTTP/1.1")
    b.json(
        {
            "audio_url": f"https://cdn.assemblyai.com/upload/{req_id(c.rng)}",
            "language_code": "it",
            "speaker_labels": True,
            "speakers_expected": 2,
            "punctuate": True,
        }
    )
    b.decoy("transcription job with speaker labels (diarisation), speech-to-text")
    b.ok_json({"id": req_id(c.rng), "status": "queued"})
    return b.build()


def aai_result(c: Context) -> Flow:
    tid = req_id(c.rng)
    b = FB(c, "assemblyai", "GET", f"{AAI}/v2/transcript/{tid}", http_version="HTTP/1.1")
    lines = ["Buongiorno e benvenuti", "Grazie a voi", "Parliamo della festa di Santa Rosalia"]
    utt, t = [], 0
    for i, text in enumerate(lines):
        d = c.rng.randint(1500, 6000)
        utt.append(
            {
                "speaker": "AB"[i % 2],
                "start": t,
                "end": t + d,
                "text": text,
                "confidence": rf(c.rng, 0.8, 0.99, 3),
            }
        )
        t += d
    b.ok_json({"id": tid, "status": "completed", "text": " ".join(lines), "utterances": utt})
    b.decoy("transcript with speaker A/B turns: diarised speech-to-text, no voiceprint")
    return b.build()


def phonein_queue(c: Context) -> Flow:
    b = FB(c, "phonein", "GET", f"{PHONE}/api/coda", [("studio", "A")])
    b.header("user-agent", ua("PhoneIn", "2.0.7"))
    calls = [
        {
            "linea": i + 1,
            "chiamante": f"+39 3{c.rng.randint(10, 99)} *** **{c.rng.randint(10, 99)}",
            "nome": c.rng.choice(["Salvo", "Rita", "Josef", "Marija", "Nino"]),
            "attesaSec": c.rng.randint(5, 400),
            "durataSec": c.rng.randint(0, 240),
            "livelloAudioDb": rf(c.rng, -30, -8, 1),
            "nota": c.rng.choice(["traffico A19", "dedica", "quiz", "festa a Gozo"]),
        }
        for i in range(c.rng.randint(1, 5))
    ]
    b.ok_json({"chiamate": calls, "ts": ms(c)})
    b.decoy("phone-in screening queue: callers, waits and call lengths")
    return b.build()


def phonein_clip(c: Context) -> Flow:
    b = FB(c, "phonein", "POST", f"{PHONE}/api/registrazioni")
    bd = "----pi" + req_id(c.rng)[:12]
    meta = b'{"linea":2,"consenso":true,"durataSec":%d,"perMessaInOnda":true}' % c.rng.randint(
        20, 90
    )
    wav = fake_wav(c.rng.getrandbits(32))
    parts = [("meta", None, "application/json", meta), ("clip", "chiamata.wav", "audio/wav", wav)]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.decoy("a listener's call recorded for broadcast: audio, not speaker recognition")
    b.ok_json({"id": c.rng.randint(100, 999)})
    return b.build()
