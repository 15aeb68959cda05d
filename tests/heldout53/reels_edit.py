"""Knipwerk's editing screens (see reels.py): all ordinary traffic that looks
like playback or voice data and is not. Project autosave with timeline
positions and clip durations, export progress, music and template catalogues
(with a text-search embedding), auto-captions (the clip's audio sent for
speech-to-text, no speaker model).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav, multipart

from .phone import floats, rf, rid
from .reels import _fb


def autosave(c: Context) -> Flow:
    b = _fb(c, "PUT", f"/projects/{new_hex(c.rng, 16)}/timeline")
    clips, t = [], 0
    for i in range(c.rng.randint(3, 9)):
        d = c.rng.randint(800, 9000)
        clips.append(
            {
                "clipId": f"c{i}",
                "startMs": t,
                "durationMs": d,
                "trimInMs": c.rng.randint(0, 500),
                "speed": c.rng.choice([0.5, 1, 1.5, 2]),
                "transition": c.rng.choice(["none", "fade", "zoom"]),
            }
        )
        t += d
    b.json(
        {
            "playheadMs": c.rng.randint(0, t),
            "durationMs": t,
            "clips": clips,
            "rev": c.rng.randint(1, 400),
        },
        "gzip",
    )
    b.ok_json({"rev": c.rng.randint(1, 400)})
    b.decoy("timeline autosave: playhead position, clip durations")
    return b.build()


def export_progress(c: Context) -> Flow:
    b = _fb(c, "POST", "/exports/progress")
    b.json(
        {
            "exportId": rid(c.rng),
            "progress": rf(c.rng, 0, 1, 2),
            "elapsedMs": c.rng.randint(100, 90000),
            "resolution": "1080x1920",
            "fps": 30,
            "durationMs": c.rng.randint(5000, 60000),
        }
    )
    b.no_content()
    b.decoy("export progress and elapsed time")
    return b.build()


def music(c: Context) -> Flow:
    b = _fb(c, "GET", f"/music/trending?region=BE&page={c.rng.randint(1, 5)}")
    b.ok_json(
        {
            "tracks": [
                {
                    "id": c.rng.randint(10**5, 10**6),
                    "title": f"Track {i}",
                    "durationMs": c.rng.randint(60000, 240000),
                    "bpm": c.rng.randint(80, 160),
                    "previewUrl": f"https://cdn.knipwerk.example.com/p/{new_hex(c.rng, 10)}.m4a",
                }
                for i in range(6)
            ]
        }
    )
    b.decoy("music catalogue with durations and bpm")
    return b.build()


def template_search(c: Context) -> Flow:
    b = _fb(c, "POST", "/templates/search")
    b.json(
        {
            "q": c.rng.choice(["verjaardag", "vakantie", "recept"]),
            "queryEmbedding": floats(c.rng, 48),
        }
    )
    b.ok_json(
        {
            "templates": [
                {"id": c.rng.randint(10**5, 10**6), "clips": c.rng.randint(3, 12)} for _ in range(5)
            ]
        }
    )
    b.decoy("text-search embedding vector without face context")
    return b.build()


def captions(c: Context) -> Flow:
    bnd = "Boundary-" + new_hex(c.rng, 32).upper()
    body = multipart(
        bnd,
        [
            ("lang", None, None, b"nl"),
            ("audio", "track.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 900)),
        ],
    )
    b = _fb(c, "POST", "/captions/transcribe")
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json(
        {
            "segments": [
                {"startMs": i * 1800, "endMs": i * 1800 + 1700, "text": "en dan gaan we"}
                for i in range(4)
            ]
        }
    )
    b.decoy("auto-captions: the clip's audio for speech-to-text, no speaker model")
    return b.build()
