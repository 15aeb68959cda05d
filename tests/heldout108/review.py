"""Matchlens: match video review for referees, and the federation's VAR trainer.

The assessor's platform sends him clips of other people's matches; he scrubs
through them frame by frame and tags incidents. Decision: the clip positions he
sends (`positionSec`, `playheadMs`, `frame`) are an assessor's timeline marks on
footage of someone else's match, made as work, like an editor's timeline
position: not his viewing history. The clip list, manifests and thumbnails are
catalogue fetches. The VAR trainer sends 3-D player positions, a calibrated
offside line and the broadcast camera's yaw / pitch / roll: tracking geometry,
not a face.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import CLUBS, FB, iso, pitch_xy, rf, rid, ua

API = "https://api.matchlens.example"
CDN = "https://media.matchlens.example"
VAR = "https://var-training.epo-academy.example"
UA = ua("Matchlens", "2.14.0")
TAGS = ["foul", "handball", "offside", "dogso", "simulation", "penalty_area_challenge"]


def _b(c: Context, method: str, url: str, base: str = "matchlens") -> FB:
    b = FB(c, base, method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _clip(c: Context) -> str:
    return f"clp_{c.rng.randint(10**7, 10**8)}"


def clip_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/assessments/inbox?status=open")
    b.decoy("clips assigned for review: a catalogue of other people's match footage")
    b.ok_json(
        {
            "clips": [
                {
                    "clipId": _clip(c),
                    "match": f"{c.rng.choice(CLUBS)} - {c.rng.choice(CLUBS)}",
                    "durationSec": c.rng.randint(8, 90),
                    "thumbnail": f"{CDN}/thumbs/{rid(c.rng)}.jpg",
                    "incidentMinute": c.rng.randint(1, 95),
                }
                for _ in range(c.rng.randint(3, 8))
            ]
        }
    )
    return b.build()


def clip_manifest(c: Context) -> Flow:
    b = _b(c, "GET", f"{CDN}/hls/{_clip(c)}/master.m3u8")
    b.decoy("stream manifest of a clip (fetching video is not viewing history)")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2400000,RESOLUTION=1280x720\n720p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "GET", f"{CDN}/thumbs/{rid(c.rng)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def tag_incident(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/assessments/{_clip(c)}/marks")
    b.decoy(
        "assessor's incident mark at a clip position: work on someone else's match footage, "
        "an editor-like timeline mark, not his viewing history"
    )
    b.json(
        {
            "positionSec": rf(c.rng, 0, 60, 2),
            "tag": c.rng.choice(TAGS),
            "decision": c.rng.choice(["correct", "incorrect", "debatable"]),
            "sanction": c.rng.choice(["none", "YC", "RC"]),
            "comment": c.rng.choice(["Καθαρό φάουλ", "late challenge", "εκτός θέσης, σωστό"]),
        }
    )
    b.ok_json({"markId": rid(c.rng)})
    return b.build()


def scrub_state(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/assessments/{_clip(c)}/review-state")
    b.decoy(
        "review tool state (playhead, slow motion, frame step) on an assigned clip of another "
        "team's match: assessment work, not his viewing history"
    )
    b.json(
        {
            "playheadMs": c.rng.randint(0, 60000),
            "rate": c.rng.choice([0.1, 0.25, 0.5]),
            "frameStep": True,
            "angle": c.rng.choice(["main", "reverse", "behind_goal"]),
            "savedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def assessment_submit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/assessments/submit")
    b.decoy("assessment marks and grades of a referee's performance")
    b.json(
        {
            "assessmentId": rid(c.rng),
            "grade": rf(c.rng, 7.9, 8.6, 1),
            "keyIncidents": c.rng.randint(0, 4),
            "positioning": c.rng.choice(["good", "adequate", "poor"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def var_scenario(c: Context) -> Flow:
    b = _b(c, "GET", f"{VAR}/api/scenarios/{c.rng.randint(100, 999)}", "var-trainer")
    b.decoy("VAR scenario: players' pitch positions and camera yaw/pitch/roll (no face)")
    b.ok_json(
        {
            "frame": c.rng.randint(1000, 90000),
            "camera": {
                "yaw": rf(c.rng, -40, 40, 2),
                "pitch": rf(c.rng, -15, 2, 2),
                "roll": rf(c.rng, -1, 1, 3),
                "focalMm": rf(c.rng, 20, 120, 1),
            },
            "players": [
                {"no": n, "team": "A" if n < 12 else "B", "pos": [*pitch_xy(c.rng), 0.0]}
                for n in range(1, 23)
            ],
        }
    )
    return b.build()


def var_offside_line(c: Context) -> Flow:
    b = _b(c, "POST", f"{VAR}/api/offside/lines", "var-trainer")
    b.decoy("calibrated offside line: pitch coordinates of body parts of players on a frame")
    b.json(
        {
            "frame": c.rng.randint(1000, 90000),
            "attacker": {"part": "shoulder", "xy": pitch_xy(c.rng)},
            "defender": {"part": "knee", "xy": pitch_xy(c.rng)},
            "lineX": rf(c.rng, 60, 100, 3),
            "verdict": c.rng.choice(["onside", "offside"]),
        }
    )
    b.ok_json({"score": c.rng.randint(60, 100), "correct": c.rng.random() < 0.8})
    return b.build()
