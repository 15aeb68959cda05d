"""Futbol24: a football app (Ekstraklasa and the Ukrainian Premier League).

Highlight clips the user watched are reported with position and completion
(`obejrzane_skroty`). Live match centre data (player x/y positions, ball
speed, minute) and league tables are look-alikes: coordinates and counts.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, ua

API = "https://api.futbol24.example"


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "futbol24", method, url)
    b.header("user-agent", ua("Futbol24", "9.0.3"))
    if device:
        b.header("x-device-id", b.id("aid_foot", where="header x-device-id"))
    return b


def clip_watched(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/uzytkownik/obejrzane_skroty", device=True)
    b.view("json skrot_id + obejrzano_s + ukonczono")
    b.json(
        {
            "skrot_id": f"hl-{c.rng.randint(10**5, 10**6)}",
            "mecz": c.rng.choice(["LEG-WIS", "LPO-POG", "SHA-ZOR", "DYN-OLE"]),
            "obejrzano_s": c.rng.randint(5, 180),
            "ukonczono": c.rng.choice([True, False]),
            "kiedy": iso(c),
        }
    )
    b.no_content()
    return b.build()


def match_centre(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mecze/{c.rng.randint(10**5, 10**6)}/na-zywo")
    b.decoy("live tracking: player x/y positions and speeds on the pitch (coordinates)")
    b.ok_json(
        {
            "minuta": c.rng.randint(1, 90),
            "zawodnicy": [
                {
                    "nr": n,
                    "x": rf(c.rng, 0, 105, 1),
                    "y": rf(c.rng, 0, 68, 1),
                    "v": rf(c.rng, 0, 9, 1),
                }
                for n in range(1, 12)
            ],
        }
    )
    return b.build()


def table(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ligi/ekstraklasa/tabela")
    b.decoy("league table")
    b.ok_json(
        {"tabela": [{"druzyna": t, "pkt": c.rng.randint(10, 60)} for t in ("LEG", "LPO", "POG")]}
    )
    return b.build()


def clip_manifest(c: Context) -> Flow:
    b = _b(c, "GET", f"https://v.futbol24.example/hl-{c.rng.randint(10**5, 10**6)}/index.m3u8")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-TARGETDURATION:6\n")
    return b.build()
