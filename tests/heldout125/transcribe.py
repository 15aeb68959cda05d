"""Interview transcription with speaker diarisation (Speechmatics batch API).

The newsroom sends interview audio and gets a transcript in which turns are
labelled S1, S2... Diarisation clusters voices within one recording; it keeps
no voiceprint and recognises nobody, so under this project's definitions it is
transcription, not biometric data (a close call, chosen ordinary). The
station's own subtitle back-end stores the result with speaker names typed by
the journalist.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, js, multipart

from .phone import FB, iso, rf, rid, ua

ASR = "https://asr.api.speechmatics.com/v2"
SUBS = "https://legendas.antena-atlantica.example/api"
UA = ua("AARedacao", "7.3.0")
WORDS = ["o", "presidente", "da", "câmara", "disse", "que", "a", "obra", "avança", "em", "maio"]


def _asr(c: Context, method: str, url: str) -> FB:
    b = FB(c, "speechmatics", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def submit_job(c: Context) -> Flow:
    b = _asr(c, "POST", f"{ASR}/jobs/")
    b.decoy("interview audio sent for transcription with diarisation (no speaker model)")
    boundary = "----sm" + rid(c.rng).replace("-", "")[:16]
    config = {
        "type": "transcription",
        "transcription_config": {
            "language": c.rng.choice(["pt", "es", "en"]),
            "diarization": "speaker",
            "operating_point": "enhanced",
        },
    }
    body = multipart(
        boundary,
        [
            ("config", None, None, js(config).encode()),
            ("data_file", "entrevista.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng).replace("-", "")[:10]}, 201)
    return b.build()


def transcript(c: Context) -> Flow:
    b = _asr(c, "GET", f"{ASR}/jobs/{rid(c.rng).replace('-', '')[:10]}/transcript?format=json-v2")
    b.decoy("diarised transcript: words with S1/S2 speaker labels and confidences")
    t = 0.0
    results = []
    for _ in range(c.rng.randint(8, 16)):
        dur = rf(c.rng, 0.1, 0.7, 2)
        results.append(
            {
                "type": "word",
                "start_time": round(t, 2),
                "end_time": round(t + dur, 2),
                "alternatives": [
                    {
                        "content": c.rng.choice(WORDS),
                        "confidence": rf(c.rng, 0.7, 1, 2),
                        "speaker": c.rng.choice(["S1", "S2"]),
                    }
                ],
            }
        )
        t += dur + 0.05
    b.ok_json({"format": "2.9", "results": results})
    return b.build()


def speaker_names(c: Context) -> Flow:
    b = FB(c, "aa-legendas", "PUT", f"{SUBS}/transcricoes/{rid(c.rng)}/oradores")
    b.header("user-agent", UA)
    b.decoy("journalist names the diarised speakers by hand (labels, no voice data)")
    b.json(
        {
            "oradores": {"S1": "Jornalista", "S2": "Presidente da Câmara de Gaia"},
            "atualizado": iso(c),
        }
    )
    b.no_content()
    return b.build()


def subtitles(c: Context) -> Flow:
    b = FB(c, "aa-legendas", "GET", f"{SUBS}/transcricoes/{rid(c.rng)}.vtt")
    b.header("user-agent", UA)
    cues = "".join(
        f"\n\n00:00:{i * 3:02d}.000 --> 00:00:{i * 3 + 3:02d}.000\n<v Orador {1 + i % 2}>"
        + " ".join(c.rng.choice(WORDS) for _ in range(6))
        for i in range(5)
    )
    b.respond(200, "text/vtt; charset=utf-8", ("WEBVTT" + cues + "\n").encode())
    return b.build()
