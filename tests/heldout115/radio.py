"""Radiwa (Xperia): a radiko-like radio app, live and time-free listening.

Listening is viewing history (listening counts). The live log sends station and
`kikitori` seconds; time-free playback reports the programme and position.
The area check sends coordinates (not sensitive).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, xperia_ua

API = "https://api.radiwa.example"
UA = xperia_ua("radiwa", "8.2.3")
STATIONS = ["ABC", "MBS", "OBC", "FM802", "RKB", "KBC", "CROSSFM"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "radiwa", method, url)
    b.header("user-agent", UA)
    b.header("X-Radiwa-Uid", b.id("radio_uid", where="header X-Radiwa-Uid"))
    return b


def listen_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/log/listen")
    b.view("form station_id + listen_sec + ft/to")
    b.form(
        [
            ("station_id", c.rng.choice(STATIONS)),
            ("listen_sec", str(c.rng.randint(30, 3600))),
            ("ft", "20241105080000"),
            ("to", "20241105090000"),
            ("type", c.rng.choice(["live", "timefree"])),
            ("android_id", b.id("aid_radio", where="form android_id")),
        ]
    )
    b.no_content()
    return b.build()


def timefree_position(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v3/timefree/position")
    b.view("json prog_id + 再生位置")
    b.json(
        {
            "prog_id": f"{c.rng.choice(STATIONS)}_2024110{c.rng.randint(1, 5)}2200",
            "再生位置": c.rng.randint(0, 7200),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def area_check(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/v2/area?lat={rf(c.rng, 33.5, 34.8, 4)}&lng={rf(c.rng, 130.3, 135.6, 4)}"
    )
    b.decoy("coordinates for the broadcast-area check")
    b.ok_json({"area_id": c.rng.choice(["JP27", "JP40"]), "area_name": "大阪"})
    return b.build()


def program_guide(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/program/station/date/20241105/{c.rng.choice(STATIONS)}.xml")
    b.decoy("programme guide (catalogue) with ft/to times")
    xml = (
        '<?xml version="1.0"?><radiko><progs>'
        '<prog ft="20241105060000" to="20241105090000" dur="10800">'
        "<title>おはようパーソナリティ</title></prog></progs></radiko>"
    )
    b.respond(200, "application/xml", xml.encode())
    return b.build()
