"""DaVinci Resolve project sync through Blackmagic Cloud: an editor's timeline, not viewing.

The project library syncs timeline edits (clip `entree`/`sortie` in and out
points in timecode, `playhead` of the editor's viewer, markers) and presence of
collaborators. A playhead position in an edit is where the editor is cutting.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, new_builder, rid

API = "https://cloud.blackmagicdesign.com/api/v1"
UA = "DaVinciResolve-Cloud/19.1 (Android 14)"
FPS = 24


def _tc(frames: int) -> str:
    s, f = divmod(frames, FPS)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return f"{h + 1:02d}:{m:02d}:{s:02d}:{f:02d}"


def _b(c: Context, method: str, path: str) -> FB:
    b = new_builder(c, "bmd-cloud", method, f"{API}{path}", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def timeline_delta(c: Context) -> Flow:
    b = _b(c, "POST", f"/libraries/{rid(c.rng)}/projects/{rid(c.rng)}/timeline/deltas")
    b.decoy("timeline edit: clip in/out points and the editor's playhead (editing work)")
    start = c.rng.randint(0, 20000)
    b.json(
        {
            "timeline": "MONTAGE_FINAL_v7",
            "ops": [
                {
                    "op": "trim",
                    "clip": f"A00{c.rng.randint(1, 9)}_C0{c.rng.randint(10, 99)}.braw",
                    "track": "V1",
                    "entree": _tc(start),
                    "sortie": _tc(start + c.rng.randint(24, 400)),
                },
                {"op": "marker", "at": _tc(start + 12), "color": "Blue", "note": "raccord son"},
            ],
            "playhead": _tc(start + c.rng.randint(0, 48)),
            "clientTs": iso(c),
        }
    )
    b.ok_json({"rev": c.rng.randint(100, 9000)})
    return b.build()


def presence(c: Context) -> Flow:
    b = _b(c, "GET", f"/libraries/{rid(c.rng)}/presence")
    b.decoy("collaborators' current page and playhead in the shared project (work)")
    b.ok_json(
        {
            "users": [
                {"name": n, "page": p, "playhead": _tc(c.rng.randint(0, 30000))}
                for n, p in (("Karim (coloriste)", "color"), ("Julie", "fairlight"))
            ]
        }
    )
    return b.build()


def media_relink(c: Context) -> Flow:
    b = _b(c, "POST", "/mediapool/relink")
    b.decoy("proxy media paths and clip durations")
    b.json(
        {
            "clips": [
                {
                    "name": f"A00{c.rng.randint(1, 9)}_C0{c.rng.randint(10, 99)}.braw",
                    "duree": _tc(c.rng.randint(100, 5000)),
                    "proxy": "/Volumes/RAID/Proxies/",
                }
                for _ in range(3)
            ]
        }
    )
    b.ok_json({"relinked": 3})
    return b.build()


ALL = [timeline_delta, timeline_delta, presence, media_relink]
