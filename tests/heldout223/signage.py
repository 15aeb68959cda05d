"""The lobby's digital-signage player: the manager schedules notices and reads the
screens' proof-of-play logs from her phone.

A play log says which clip a screen played, when and for how long: it is the
screen's record (for the advertisers' invoices), not a person's viewing. The
screens are identified by their player ids and MACs (the building's equipment).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rid, ua

API = "https://cms.signbox.example"
SCREENS = [
    ("LOBBY-A-01", "00:E0:4C:68:12:A1"),
    ("LOBBY-A-02", "00:E0:4C:68:12:B7"),
    ("LIFTHALL-G", "00:E0:4C:71:3E:09"),
]
CLIPS = [
    ("c-8812", "ประกาศปิดสระว่ายน้ำ 15-16 มี.ค.", 20),
    ("c-8840", "โปรโมชั่นร้านกาแฟชั้น G", 15),
    ("c-8851", "Fire drill 22 March", 30),
    ("c-8863", "ข่าวสารนิติบุคคล ประจำเดือน", 45),
    ("c-8870", "True Move H advert", 15),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "signbox", method, url)
    b.header("user-agent", ua("SignBox", "5.1.0"))
    b.header("x-api-key", "sbx_live_4f1c9a7e20b3")
    return b


def play_log(c: Context) -> Flow:
    scr, mac = c.rng.choice(SCREENS)
    b = _b(c, "GET", f"{API}/api/v3/players/{scr}/proof-of-play?date=today")
    b.decoy("screen proof-of-play log (a screen's plays, not a person's viewing)")
    b.ok_json(
        {
            "player": scr,
            "mac": mac,
            "plays": [
                {
                    "clipId": cid,
                    "title": t,
                    "startedAt": iso(c),
                    "durationSec": d,
                    "completed": True,
                }
                for cid, t, d in c.rng.sample(CLIPS, 3)
            ],
        }
    )
    return b.build()


def schedule(c: Context) -> Flow:
    cid, title, dur = c.rng.choice(CLIPS)
    b = _b(c, "POST", f"{API}/api/v3/schedules")
    b.json(
        {
            "players": [s for s, _ in SCREENS],
            "clipId": cid,
            "title": title,
            "loopSec": dur,
            "from": iso(c),
            "ref": rid(c.rng),
        }
    )
    b.ok_json({"scheduleId": rid(c.rng)})
    return b.build()


def players(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/players")
    b.decoy("players' MACs (the building's screens)")
    b.ok_json(
        {"players": [{"id": s, "mac": m, "online": True, "uptimeH": 412} for s, m in SCREENS]}
    )
    return b.build()


def clip_upload(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/media/{c.rng.choice(CLIPS)[0]}/thumb.jpg")
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()
