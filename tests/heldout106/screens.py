"""Skærme: the exhibition screens' content manager and the video-art installations.

The digital-signage player in each room logs what it showed (proof-of-play:
media id, start, seconds shown); the video-art installations report the loop's
position so that the projectors stay in sync, and the projectors report lamp
hours and serials. A public screen's playout and a loop's position are no
person's viewing history; the projectors are the museum's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, museum_mac, museum_serial, rid, ua

API = "https://cms.skaerme.havnemuseet.example"
UA = ua("HavnemuseetStaff", "3.4.1")
WORKS = ["Tidevand (2019)", "Havnearbejderne, 16 mm", "Stilhed i rødt", "Ansigter i mængden"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "screens", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def proof_of_play(c: Context) -> Flow:
    screen = f"skaerm-{c.rng.randint(1, 14):02d}"
    b = _b(c, "GET", f"{API}/api/v1/players/{screen}/playlog?date=today")
    b.decoy("a room screen's proof-of-play log (public playout, nobody's viewing)")
    b.ok_json(
        {
            "playerId": screen,
            "playerMac": museum_mac(c.rng, "dc:a6:32"),
            "plays": [
                {
                    "mediaId": f"m{c.rng.randint(100, 999)}",
                    "title": c.rng.choice(["Velkommen", "Åbningstider", "Portrætter 1700-1900"]),
                    "startedAt": iso(c),
                    "durationSec": c.rng.choice([10, 15, 30, 60]),
                    "completed": True,
                }
                for _ in range(c.rng.randint(6, 20))
            ],
        }
    )
    return b.build()


def loop_sync(c: Context) -> Flow:
    """Installation controller: the loop's position, so the three projectors agree."""
    b = _b(c, "POST", f"{API}/api/v1/installationer/{c.rng.randint(1, 4)}/sync")
    b.decoy("video-art installation loop position (a public playout, nobody watching)")
    length = c.rng.choice([420, 733, 1260])
    b.json(
        {
            "værk": c.rng.choice(WORKS),
            "loop_position_s": round(c.rng.uniform(0, length), 2),
            "loop_længde_s": length,
            "loop_nr": c.rng.randint(1, 90),
            "projektorer": [museum_serial(c.rng, "EB-L", 7) for _ in range(3)],
            "tid": ms(c),
        }
    )
    b.ok_json({"drift_ms": c.rng.randint(-40, 40)})
    return b.build()


def projector_health(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/projektorer")
    b.decoy("projector serials and MACs (museum equipment)")
    b.ok_json(
        {
            "projektorer": [
                {
                    "serienr": museum_serial(c.rng, "EB-L", 7),
                    "mac": museum_mac(c.rng, "00:26:ab"),
                    "lampetimer": c.rng.randint(100, 19000),
                    "temperatur": c.rng.randint(30, 60),
                }
                for _ in range(c.rng.randint(3, 8))
            ]
        }
    )
    return b.build()


def playlist_publish(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v1/playlister/{c.rng.randint(1, 30)}")
    b.json(
        {
            "navn": "Portrætgangen efterår",
            "elementer": [
                {"mediaId": f"m{c.rng.randint(100, 999)}", "varighed": c.rng.choice([10, 15, 30])}
                for _ in range(6)
            ],
            "skærme": [f"skaerm-{n:02d}" for n in range(1, 5)],
        }
    )
    b.ok_json({"publiceret": iso(c)})
    return b.build()


def media_file(c: Context) -> Flow:
    b = FB(
        c,
        "screens",
        "GET",
        f"https://media.skaerme.havnemuseet.example/m{c.rng.randint(100, 999)}.mp4",
    )
    b.header("user-agent", UA)
    b.header("range", "bytes=0-1048575")
    b.respond(
        206,
        "video/mp4",
        b"\x00\x00\x00\x20ftypisom" + bytes(c.rng.getrandbits(8) for _ in range(300)),
    )
    return b.build()


def subtitle_edit(c: Context) -> Flow:
    """The curator times subtitles on a video-art work: an editor's playhead."""
    b = _b(c, "PATCH", f"{API}/api/v1/medier/m{c.rng.randint(100, 999)}/undertekster")
    b.decoy("editor's timeline playhead while timing subtitles (not viewing history)")
    start = round(c.rng.uniform(0, 700), 2)
    b.json(
        {
            "playheadPosition": start,
            "cue": {"start": start, "slut": round(start + 3.5, 2), "tekst": "Tidevandet vender"},
            "redigeret": iso(c),
        }
    )
    b.ok_json({"version": c.rng.randint(2, 50)})
    return b.build()
