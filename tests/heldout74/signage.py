"""The digital-signage manager for the lobby and canteen screens (Xibo CMS).

Xibo's CMS API (xibo.org.uk/manual/en/api, swagger: GET /api/display with
displayId, display, license = hardwareKey, macAddress, clientAddress, loggedIn;
GET /api/stats?type=media|layout with displayId, layout, media, numberPlays,
duration, start, end: proof-of-play; PUT /api/schedule) plus the OAuth token.
Proof-of-play says how long an ADVERT played on a lobby screen, not what a
person watched; display hardware keys and MACs are company screens. Decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, mac, rid

CMS = "https://signage.cnoc-systems.example/api"
MEDIA = [
    "welcome-loop.mp4",
    "fire-safety.mp4",
    "canteen-menu.png",
    "quarterly-results.mp4",
    "wifi-guest.png",
]


def _b(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "xibo", method, f"{CMS}/{path}", params, http_version="HTTP/1.1")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("user-agent", "XiboManager/3.1 (Android 14)")
    return b


def proof_of_play(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        "stats",
        [
            ("type", c.rng.choice(["media", "layout"])),
            ("fromDt", iso(c)[:10] + " 00:00:00"),
            ("displayId", str(c.rng.randint(1, 12))),
        ],
    )
    rows = []
    for m in c.rng.sample(MEDIA, 3):
        plays = c.rng.randint(20, 400)
        rows.append(
            {
                "type": "media",
                "display": "Lobby-Screen-1",
                "displayId": 3,
                "layout": "Lobby",
                "media": m,
                "mediaId": c.rng.randint(10, 99),
                "numberPlays": plays,
                "duration": plays * c.rng.choice([10, 15, 30]),
                "minStart": iso(c),
                "maxEnd": iso(c),
            }
        )
    b.ok_json(rows)
    b.decoy(
        "proof-of-play of lobby-screen media: plays and seconds shown on a screen (not a viewer)"
    )
    return b.build()


def displays(c: Context) -> Flow:
    b = _b(c, "GET", "display")
    rows = [
        {
            "displayId": i,
            "display": f"{loc}-Screen-{i}",
            "license": new_hex(c.rng, 32),
            "macAddress": mac(c.rng, "00:e0:4c").upper(),
            "clientAddress": f"10.20.5.{c.rng.randint(2, 250)}",
            "loggedIn": 1,
            "lastAccessed": iso(c),
            "clientType": "android",
        }
        for i, loc in enumerate(["Lobby", "Canteen", "Depot"], 1)
    ]
    b.ok_json(rows)
    b.decoy("signage players: hardware keys (license) and MACs of lobby screens")
    return b.build()


def schedule(c: Context) -> Flow:
    b = _b(c, "POST", "schedule")
    b.form(
        [
            ("eventTypeId", "1"),
            ("campaignId", str(c.rng.randint(1, 40))),
            ("displayGroupIds[]", "4"),
            ("fromDt", iso(c)[:19].replace("T", " ")),
            ("dayPartId", "2"),
            ("displayOrder", "1"),
        ]
    )
    b.ok_json({"success": True, "id": c.rng.randint(100, 999)})
    b.decoy("scheduling a campaign to a display group")
    return b.build()


def screenshot(c: Context) -> Flow:
    b = _b(c, "PUT", f"displaygroup/{c.rng.randint(1, 12)}/action/requestScreenShot")
    b.ok_json({"success": True})
    b.decoy("asking a lobby screen for a screenshot")
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"playlist/widget/{c.rng.randint(1, 60)}")
    b.ok_json(
        {
            "widgets": [
                {
                    "widgetId": i,
                    "type": "video",
                    "name": m,
                    "duration": c.rng.choice([10, 20, 45]),
                    "useDuration": 1,
                    "mute": 1,
                    "loop": 0,
                }
                for i, m in enumerate(MEDIA)
            ]
        }
    )
    b.decoy("playlist definition: media items with durations")
    return b.build()


def player_log(c: Context) -> Flow:
    b = _b(c, "GET", "log", [("displayId", str(c.rng.randint(1, 12))), ("type", "error")])
    b.ok_json(
        [
            {
                "logId": c.rng.randint(10**5, 10**6),
                "logDate": iso(c),
                "message": "Video playback stopped: codec",
                "method": "VideoMedia",
                "thread": "main",
                "traceId": rid(c.rng),
            }
            for _ in range(4)
        ]
    )
    b.decoy("signage player error log mentioning video playback")
    return b.build()
