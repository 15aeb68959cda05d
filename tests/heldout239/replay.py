"""Replay servers: an EVS-style production server's clip API in the sport studio.

Operators mark clips with IN / OUT timecodes on camera angles; the engineer's
tablet lists and names them and pushes playlists to air. Clip in / out points,
durations and playlist positions are production metadata, not anybody's
viewing. The server list shows the servers' serials (the broadcaster's).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import EB, iso, rid

API = "https://replay.studio.fjordkringkasting.example"
VINKLER = ["CAM1", "CAM2", "CAM3", "SUPERSLOMO", "HIGH-BEHIND", "REVERSE"]


def _tc(c: Context) -> str:
    r = c.rng
    h, m, s, f = r.randint(18, 21), r.randint(0, 59), r.randint(0, 59), r.randint(0, 49)
    return f"{h:02d}:{m:02d}:{s:02d}:{f:02d}"


def _b(c: Context, method: str, url: str) -> EB:
    b = EB(c, "replay", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "FK-Studioverktoy/2.8 (Android 14)")
    return b


def _klipp_id(c: Context) -> str:
    return f"{c.rng.randint(100, 999)}{c.rng.choice('ABCDEF')}/{c.rng.randint(1, 6):02d}"


def klipp(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/klipp?side=1&server=XT-{c.rng.randint(1, 3)}")
    b.decoy("replay clip IN/OUT timecodes and durations (production metadata)")
    b.ok_json(
        {
            "klipp": [
                {
                    "klippId": _klipp_id(c),
                    "navn": c.rng.choice(
                        ["Mål 1-0", "Straffe?", "Redning", "Offside", "Rødt kort"]
                    ),
                    "inn": _tc(c),
                    "ut": _tc(c),
                    "varighetRammer": c.rng.randint(50, 600),
                    "vinkel": c.rng.choice(VINKLER),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def merk_klipp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/klipp")
    b.decoy("clip IN/OUT points")
    b.json(
        {
            "navn": c.rng.choice(["Mål 2-1", "Frispark", "Takling"]),
            "inn": _tc(c),
            "ut": _tc(c),
            "vinkler": c.rng.sample(VINKLER, 3),
            "kamp": "Bodø/Glimt – Rosenborg",
        }
    )
    b.ok_json({"klippId": f"{c.rng.randint(100, 999)}A/01"})
    return b.build()


def spilleliste(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/spillelister/PL{c.rng.randint(1, 9)}")
    b.decoy("playlist positions of clips (not a viewer's history)")
    b.json(
        {
            "elementer": [
                {"posisjon": i, "klippId": f"{c.rng.randint(100, 999)}B/0{i}", "hastighet": 50}
                for i in range(1, 5)
            ],
            "oppdatert": iso(c),
        }
    )
    b.ok_json({"ok": True, "revisjon": rid(c.rng)[:8]})
    return b.build()


def servere(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/servere")
    b.decoy("replay servers' serial numbers (the broadcaster's equipment)")
    b.ok_json(
        {
            "servere": [
                {
                    "navn": f"XT-{n}",
                    "serienummer": f"XT4K-{n}{n}0{n}77",
                    "kanaler": 8,
                    "lagringLedigProsent": c.rng.randint(10, 90),
                }
                for n in (1, 2, 3)
            ]
        }
    )
    return b.build()
