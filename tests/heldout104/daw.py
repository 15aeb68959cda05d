"""Klangraum Cloud: her DAW's project sync and the companion remote on the phone.

Timeline positions, the playhead, loop ranges, clip offsets and markers of her
own mixing projects: an editor's position in her own work, not a report of
what she watched or listened to. Bounced mixdowns upload as audio; the remote's
transport state polls every few seconds.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav

from .phone import FB, iso, ms, rf, rid, ua

API = "https://cloud.klangraum.example"
UA = ua("KlangraumRemote", "11.2.1")
PROJECTS = [
    "Hofer_Quartett_Mix_v7",
    "Kirchenchor_Advent_Live",
    "Podcast_Ep42_Dialog",
    "Bigband_Probe_1911",
    "Jingle_Bäckerei_Sommer",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "klangraum", method, API + path)
    b.header("user-agent", UA)
    b.header("x-klangraum-session", new_hex(c.rng, 24))
    return b


def transport_state(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/projects/{new_hex(c.rng, 10)}/transport")
    b.decoy("playhead of her own DAW project: an editor's timeline position, not viewing history")
    length = c.rng.randint(120, 1800)
    b.ok_json(
        {
            "projekt": c.rng.choice(PROJECTS),
            "playhead_sec": rf(c.rng, 0, length, 3),
            "playing": c.rng.random() < 0.5,
            "loop": {"start_sec": 32.0, "end_sec": 64.0, "active": c.rng.random() < 0.3},
            "tempo_bpm": c.rng.choice([72, 96, 120, 128]),
            "sample_rate": 48000,
            "length_sec": length,
        }
    )
    return b.build()


def project_delta(c: Context) -> Flow:
    b = _b(c, "POST", f"/v1/projects/{new_hex(c.rng, 10)}/delta")
    b.decoy("clip offsets, fades and markers with positions in seconds: project edits")
    b.json(
        {
            "base_rev": c.rng.randint(100, 900),
            "ops": [
                {
                    "op": "move_clip",
                    "track": c.rng.randint(1, 24),
                    "clip": new_hex(c.rng, 8),
                    "position_sec": rf(c.rng, 0, 900, 3),
                    "offset_sec": rf(c.rng, 0, 4, 3),
                },
                {
                    "op": "add_marker",
                    "name": c.rng.choice(["Refrain 2", "Solo", "Huster"]),
                    "position_sec": rf(c.rng, 0, 900, 3),
                },
                {"op": "fade", "clip": new_hex(c.rng, 8), "fade_in_ms": 12, "fade_out_ms": 250},
            ],
            "edited_at": iso(c),
        }
    )
    b.ok_json({"rev": c.rng.randint(901, 1200), "conflicts": []})
    return b.build()


def mixer_snapshot(c: Context) -> Flow:
    b = _b(c, "PUT", f"/v1/projects/{new_hex(c.rng, 10)}/mixer")
    b.decoy("fader levels and EQ curves per channel: numbers that look like a series")
    b.json(
        {
            "channels": [
                {
                    "ch": i,
                    "name": n,
                    "fader_db": rf(c.rng, -40, 6, 1),
                    "pan": rf(c.rng, -1, 1, 2),
                    "eq": [
                        {"f_hz": f, "gain_db": rf(c.rng, -6, 6, 1), "q": 1.2}
                        for f in (80, 400, 2500, 8000)
                    ],
                }
                for i, n in enumerate(["Vox", "Git", "Bass", "Kick", "Snare", "OH"], 1)
            ]
        }
    )
    b.no_content()
    return b.build()


def bounce_upload(c: Context) -> Flow:
    b = _b(c, "PUT", f"/v1/bounces/{new_hex(c.rng, 16)}.wav")
    b.decoy("her own mixdown uploaded for the client: an audio file, no voice model")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 2400), "audio/wav")
    b.ok_json({"etag": new_hex(c.rng, 32), "uploaded": ms(c)})
    return b.build()


def share_review(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/reviews")
    b.decoy("a client's timestamped review comments on her mix: positions in her own project")
    b.json(
        {
            "projekt": c.rng.choice(PROJECTS),
            "kommentare": [
                {"bei_sec": rf(c.rng, 0, 300, 1), "text": "Stimme etwas lauter?", "von": "Kunde"}
            ],
            "link_id": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
