"""Kinetika: the sports-science app the academy uses for players.

It uploads players' body-pose keypoints from a sprint-technique video, jump
heights and sprint times, and player portraits for the federation's
accreditation cards. Decision: the portraits are other people's (the players')
passport-style photos sent to a card-print queue: no face matching, no liveness,
no landmarks or template, so not biometric data as defined. Body pose without a
face is not biometric either.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, PLAYERS, iso, rf, rid, ua

API = "https://api.kinetika-lab.example"
ACCRED = "https://accreditation.epo-makedonias.example"
UA = ua("Kinetika", "6.0.4")
JOINTS = [
    "left_shoulder", "right_shoulder", "left_elbow", "right_elbow", "left_wrist", "right_wrist",
    "left_hip", "right_hip", "left_knee", "right_knee", "left_ankle", "right_ankle",
]  # fmt: skip


def _b(c: Context, method: str, url: str, sdk: str = "kinetika") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def pose_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/analysis/sprint-technique")
    b.decoy("players' body-pose keypoints per frame (no face points): not biometric")
    b.json(
        {
            "athlete": c.rng.choice(PLAYERS),
            "fps": 120,
            "frames": [
                {
                    "f": i,
                    "keypoints": {j: [rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)] for j in JOINTS},
                }
                for i in range(0, 24, 6)
            ],
            "strideLengthM": rf(c.rng, 1.8, 2.4, 2),
        },
        "gzip",
    )
    b.ok_json({"jobId": rid(c.rng)})
    return b.build()


def jump_test(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tests/cmj")
    b.decoy("countermovement jump heights and force curve of players")
    b.json(
        {
            "athlete": c.rng.choice(PLAYERS),
            "jumpsCm": [rf(c.rng, 32, 48, 1) for _ in range(3)],
            "forceN": [c.rng.randint(600, 2400) for _ in range(30)],
            "testedAt": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def sprint_board(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/squads/u17/sprint-board")
    b.decoy("squad's sprint leaderboard")
    b.ok_json(
        {
            "board": [
                {
                    "athlete": p,
                    "best10m": rf(c.rng, 1.6, 1.95, 2),
                    "best30m": rf(c.rng, 3.9, 4.5, 2),
                }
                for p in PLAYERS[:6]
            ]
        }
    )
    return b.build()


def accreditation_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACCRED}/api/kartes/fotografia", "epo-accreditation")
    b.decoy(
        "player's passport photo for a federation ID card print queue: another person's "
        "portrait, no face matching or liveness, so not biometric as defined"
    )
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("deltio", None, None, f"D{c.rng.randint(100000, 999999)}".encode()),
            ("paiktis", None, "text/plain; charset=utf-8", c.rng.choice(PLAYERS).encode()),
            ("fotografia", "portrait.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1200)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"status": "queued_for_print", "cardNo": c.rng.randint(10**6, 10**7)})
    return b.build()


def accreditation_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{ACCRED}/api/kartes?omada=thermaikos-u17", "epo-accreditation")
    b.decoy("list of players' ID cards with photo thumbnails (other people's, print catalogue)")
    b.ok_json(
        {
            "kartes": [
                {"paiktis": p, "photoUrl": f"{ACCRED}/img/{rid(c.rng)}.jpg", "ischys": "2027-06-30"}
                for p in PLAYERS[:5]
            ]
        }
    )
    return b.build()
