"""An e-book reader and a casual 3D game: leisure traffic that resembles
viewing history and face data without being either.

The e-book reader syncs reading positions and page turns (e-book reading is
not viewing history under the project's rules); it follows the shape of
KOReader's kosync protocol (`PUT /syncs/progress` with document, progress,
percentage, device, device_id: github.com/koreader/koreader-sync-server); this
reader sends the document hash and a device name only (no device_id). The game sends its
camera yaw/pitch, an avatar's face-slider settings and a leaderboard. All decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, floats, ms, rf, rid, ua

BOOKS = "https://sync.pagepilot.example"
GAME = "https://api.skyrunner-game.example"


def reading_progress(c: Context) -> Flow:
    b = FB(c, "pagepilot", "PUT", BOOKS + "/syncs/progress")
    b.header("user-agent", ua("PagePilot", "2.8", "12"))
    b.header("accept", "application/vnd.koreader.v1+json")
    b.json(
        {
            "document": new_hex(c.rng, 32),
            "progress": f"/body/DocFragment[{c.rng.randint(2, 40)}]/body/p[{c.rng.randint(1, 90)}]",
            "percentage": rf(c.rng, 0, 1, 4),
            "device": "iPhone",
        }
    )
    b.ok_json({"document": "ok", "timestamp": int(c.now)})
    b.decoy("e-book reading position (not viewing history)")
    return b.build()


def page_turns(c: Context) -> Flow:
    b = FB(c, "pagepilot", "POST", BOOKS + "/v1/stats/reading")
    b.header("user-agent", ua("PagePilot", "2.8", "12"))
    b.json(
        {
            "bookTitle": c.rng.choice(["The Face of Battle", "Watching the English", "Voice"]),
            "pagesRead": c.rng.randint(1, 60),
            "secondsRead": c.rng.randint(60, 3600),
            "pageTurnMs": [c.rng.randint(4000, 90000) for _ in range(10)],
        }
    )
    b.no_content()
    b.decoy("e-book page-turn statistics, titles with 'Face', 'Watching', 'Voice'")
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = FB(c, "skyrunner", "POST", GAME + "/telemetry/v1/batch")
    b.header("user-agent", "SkyRunner/1.9 UnityPlayer/2022.3.21f1")
    b.json(
        {
            "sessionId": rid(c.rng),
            "frames": [
                {
                    "t": ms(c) + i * 500,
                    "yaw": rf(c.rng, -180, 180, 2),
                    "pitch": rf(c.rng, -60, 60, 2),
                    "roll": 0.0,
                    "fov": 70,
                }
                for i in range(12)
            ],
            "fps": c.rng.randint(40, 60),
        },
        encoding="gzip",
    )
    b.no_content()
    b.decoy("game camera yaw/pitch/roll series")
    return b.build()


def avatar_save(c: Context) -> Flow:
    b = FB(c, "skyrunner", "PUT", GAME + "/profile/v1/avatar")
    b.header("user-agent", "SkyRunner/1.9 UnityPlayer/2022.3.21f1")
    b.json(
        {
            "faceShape": c.rng.randint(0, 12),
            "eyeColor": c.rng.choice(["brown", "hazel", "green"]),
            "faceSliders": floats(c.rng, 16, 3),
            "hairStyle": c.rng.randint(0, 40),
        }
    )
    b.ok_json({"saved": True})
    b.decoy("cartoon avatar face sliders chosen by the player (no real face)")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "skyrunner", "GET", GAME + "/lb/v1/top")
    b.header("user-agent", "SkyRunner/1.9 UnityPlayer/2022.3.21f1")
    b.param("board", "weekly")
    b.ok_json(
        {
            "rows": [
                {
                    "rank": i + 1,
                    "name": f"pilot{c.rng.randint(1, 9999)}",
                    "score": c.rng.randint(1000, 99999),
                }
                for i in range(10)
            ]
        }
    )
    b.decoy("leaderboard")
    return b.build()
