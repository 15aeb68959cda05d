"""Soundbed: a music-licensing catalogue (decoys).

In-house API modelled on what licensing catalogues show: tracks with
durations, BPM, moods and waveform peaks, preview MP3 fetches, licence
purchases and cue sheets (which track is used in which video, from where to
where: licensing paperwork, not listening).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

API = "https://api.soundbed.music"
TRACKS = [
    ("trk_88120", "Northern Lights Drive", 184),
    ("trk_55031", "Poutine Funk", 142),
    ("trk_70214", "Maple Lo-Fi", 201),
    ("trk_11987", "Cinematic Rise", 163),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "soundbed", method, API + path)
    b.header("user-agent", ua("Soundbed", "744"))
    return b


def browse(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/tracks?mood=upbeat&bpm_min=90&limit=30")
    b.decoy("track catalogue with durations, BPM and waveform peaks")
    b.ok_json(
        {
            "tracks": [
                {
                    "id": t,
                    "title": n,
                    "durationSec": d,
                    "bpm": c.rng.randint(70, 140),
                    "waveform": [c.rng.randint(0, 255) for _ in range(32)],
                    "previewUrl": f"https://cdn.soundbed.music/pv/{t}.mp3",
                }
                for t, n, d in TRACKS
            ]
        }
    )
    return b.build()


def preview(c: Context) -> Flow:
    t = c.rng.choice(TRACKS)[0]
    b = FB(c, "soundbed-cdn", "GET", f"https://cdn.soundbed.music/pv/{t}.mp3")
    b.header("range", "bytes=0-")
    b.decoy("preview MP3 fetch (media bytes, no listen report)")
    b.respond(206, "audio/mpeg", b"ID3\x04" + rid(c.rng).encode())
    return b.build()


def cue_sheet(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/licences/cue-sheet")
    cues = [
        {
            "trackId": t,
            "videoUrl": "https://youtu.be/q3XbT9kLm2A",
            "inSec": rf(c.rng, 0, 300, 1),
            "outSec": rf(c.rng, 300, 600, 1),
            "usage": "background",
        }
        for t, _, _ in TRACKS[:2]
    ]
    b.json(
        {"licenceId": "LIC-" + str(c.rng.randint(10**6, 10**7)), "cues": cues, "filedAt": iso(c)}
    )
    b.decoy("cue sheet: tracks used in the creator's video with in/out times (licensing)")
    b.ok_json({"ok": True})
    return b.build()


def purchase(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/licences")
    b.json(
        {
            "trackId": c.rng.choice(TRACKS)[0],
            "plan": "creator",
            "channel": "youtube",
            "priceCad": 14.99,
            "orderRef": f"SB-{c.rng.randint(10**7, 10**8)}",
        }
    )
    b.decoy("licence purchase with order reference")
    b.ok_json({"licenceId": "LIC-" + str(c.rng.randint(10**6, 10**7))})
    return b.build()
