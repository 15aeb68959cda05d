"""Whakaatu: the classroom interactive displays and the foyer signage.

The panel-management service (fictional, `*.example`) lists the 38
interactive displays by room with firmware and power state, pushes
notices, and serves the signage playout schedules; each screen reports
proof-of-play counts. A schedule (content ids, start times, durations) and a
screen's play counts describe what a display plays, not what a person
watched: ordinary. The IT office's own panel, which the administrator
registered, comes back with its hardware serial (a known.yaml value).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, rf, rid, ua

API = "https://panels.whakaatu.example/v2"
CDN = "https://cdn.whakaatu.example"
UA = ua("Whakaatu", "4.2.1")
ROOMS = ["B12", "B14", "C03", "C05", "D21", "Whare Pukapuka", "Hall", "Science 2", "IT office"]
ITEMS = [
    ("ann_0411", "Pōwhiri for new staff - Monday 8:30"),
    ("ann_0412", "Athletics day postponed"),
    ("vid_0098", "Matariki celebration highlights"),
    ("img_0230", "Canteen menu week 7"),
    ("vid_0101", "Kapa haka regional results"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "whakaatu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def panel_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/panels?site=kowhai&fields=name,room,fw,power")
    b.decoy("panel names, rooms, firmware (no hardware ids)")
    b.ok_json(
        {
            "panels": [
                {
                    "name": f"KC-{r.replace(' ', '')}-Panel",
                    "room": r,
                    "fw": c.rng.choice(["ActivOS 3.4.1", "ActivOS 3.5.0"]),
                    "power": c.rng.choice(["on", "standby", "off"]),
                    "lastSeen": iso(c),
                }
                for r in ROOMS
            ]
        }
    )
    return b.build()


def office_panel(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/panels/mine")
    serial = b.id("panel_serial", where="response json serialNumber", direction="response")
    b.ok_json(
        {
            "name": "KC-ITOffice-Panel",
            "serialNumber": serial,
            "model": 'ActivPanel 9 75"',
            "fw": "ActivOS 3.5.0",
            "power": "on",
            "inputs": ["HDMI1", "USB-C"],
        }
    )
    return b.build()


def panel_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/panels/claim")
    b.json(
        {
            "serialNumber": b.id("panel_serial", where="json serialNumber"),
            "room": "IT office",
            "claimCode": str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"claimed": True})
    return b.build()


def schedule(c: Context) -> Flow:
    pl = c.rng.choice(["foyer", "staffroom", "canteen"])
    b = _b(c, "GET", f"{API}/playlists/{pl}/schedule?date={iso(c)[:10]}")
    b.decoy("playout schedule with content ids, start times, durations")
    b.ok_json(
        {
            "playlist": pl,
            "slots": [
                {
                    "contentId": cid,
                    "title": t,
                    "start": iso(c),
                    "durationSec": c.rng.choice([15, 30, 60, 120]),
                }
                for cid, t in ITEMS
            ],
        }
    )
    return b.build()


def proof_of_play(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/reports/proof-of-play?period=week")
    b.decoy("per-screen play counts and seconds played (a display, not a person)")
    b.ok_json(
        {
            "screens": [
                {
                    "screen": s,
                    "items": [
                        {
                            "contentId": cid,
                            "plays": c.rng.randint(20, 400),
                            "secondsPlayed": c.rng.randint(600, 20000),
                        }
                        for cid, _ in ITEMS[:3]
                    ],
                }
                for s in ("Foyer-1", "Staffroom", "Canteen")
            ]
        }
    )
    return b.build()


def push_notice(c: Context) -> Flow:
    cid, title = c.rng.choice(ITEMS[:2])
    b = _b(c, "POST", f"{API}/notices")
    b.json(
        {"contentId": cid, "title": title, "targets": c.rng.sample(ROOMS, 3), "expiresAt": iso(c)}
    )
    b.ok_json({"noticeId": rid(c.rng), "queued": 3})
    return b.build()


def thumb(c: Context) -> Flow:
    cid, _ = c.rng.choice(ITEMS)
    b = FB(c, "whakaatu", "GET", f"{CDN}/thumbs/{cid}_320.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def power_schedule(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/panels/power-schedule")
    b.json(
        {
            "on": "07:45",
            "off": "16:30",
            "days": ["Mon", "Tue", "Wed", "Thu", "Fri"],
            "ecoLevel": rf(c.rng, 0.5, 0.9, 2),
        }
    )
    b.no_content()
    return b.build()
