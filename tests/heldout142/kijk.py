"""Kijkbox: the evening streaming app (Flemish series and Dutch films) on the phone.

The in-house API saves `kijkvoortgang` (position and duration per programme) and
answers the profile's "verder kijken" rail; comScore's streaming tag reports play /
heartbeat / pause with the content id and position (`ns_st_ev`, `ns_st_po`,
`ns_st_ci`); the player's QoE beacon packs the same into an opaque blob. Device
registration sends the app's ANDROID_ID (`toestelId`) and its own device id.
The catalogue, trending rail ("populair"), the HLS manifest and thumbnails are
look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.kijkbox.example"
UA = ua("Kijkbox", "12.2.0")
TITLES = [
    ("De Twaalf", "s1e4"),
    ("Undercover", "s3e2"),
    ("Flikken Maastricht", "s18e7"),
    ("Grenslanders", "s1e1"),
    ("Diepe Gronden", "film"),
]


def _b(c: Context, method: str, path: str, device: bool = False) -> FB:
    b = FB(c, "kijkbox", method, f"{API}{path}")
    b.header("user-agent", UA)
    b.header("x-kb-profiel", b.acct("kijk_profile"))
    if device:
        b.header("x-kb-device", b.id("kijk_device", where="header x-kb-device"))
    return b


def _program(c: Context) -> str:
    return "prg-" + new_hex(c.rng, 12)


def register(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/toestellen")
    b.json(
        {
            "toestelId": b.id("aid_kijk", where="json toestelId"),
            "deviceId": b.id("kijk_device", where="json deviceId"),
            "type": "android_phone",
            "naam": "Galaxy A54 van Sanne",
        }
    )
    b.ok_json({"geregistreerd": True, "max_toestellen": 5})
    return b.build()


def progress(c: Context) -> Flow:
    prog = _program(c)
    b = _b(c, "PUT", f"/v2/profielen/kijkvoortgang/{prog}", device=True)
    b.view("path kijkvoortgang/{programme} + json positie / duur")
    total = c.rng.choice([2700, 3000, 5800])
    pos = c.rng.randint(60, total)
    b.json({"positie": pos, "duur": total, "afgekeken": pos > total * 0.95, "bijgewerkt": iso(c)})
    b.no_content()
    return b.build()


def continue_rail(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/profielen/rails/verder-kijken")
    b.view("json response verderKijken[] with positie", direction="response")
    b.ok_json(
        {
            "verderKijken": [
                {
                    "programmaId": _program(c),
                    "titel": t,
                    "aflevering": e,
                    "positie": c.rng.randint(100, 2500),
                    "laatstGekeken": iso(c),
                }
                for t, e in c.rng.sample(TITLES, 3)
            ]
        }
    )
    return b.build()


def comscore(c: Context, event: str = "") -> Flow:
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p")
    b.header("user-agent", UA)
    title, ep = c.rng.choice(TITLES)
    ev = event or c.rng.choice(["play", "hb", "pause", "end"])
    b.view("query ns_st_ev + ns_st_ci + ns_st_po (comScore streaming tag)")
    b.params.extend(
        [
            ("c1", "2"),
            ("c2", "1000" + str(c.rng.randint(100, 999))),
            ("ns_st_ev", ev),
            ("ns_st_ci", _program(c)),
            ("ns_st_pr", title),
            ("ns_st_ep", ep),
            ("ns_st_po", str(c.rng.randint(0, 2700000))),
            ("ns_st_cl", "2700000"),
            ("ns_ts", str(ms(c))),
        ]
    )
    b.respond(204, None)
    return b.build()


def qoe_beacon(c: Context) -> Flow:
    b = _b(c, "POST", "/q/b")
    b.view("json x (base64 of prog|pos|ts joined by pipes)", detectable=False)
    blob = f"{_program(c)}|{c.rng.randint(0, 2700)}|{ms(c)}|{c.rng.randint(800, 6000)}"
    b.json({"x": b64(blob), "k": 7})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/catalogus/rails?pagina=home")
    b.decoy("catalogue rails incl. 'populair' (most watched over all viewers)")
    b.ok_json(
        {
            "rails": [
                {
                    "titel": "Populair",
                    "items": [
                        {
                            "programmaId": _program(c),
                            "titel": t,
                            "duur": 2700,
                            "kijkers_week": c.rng.randint(10**4, 10**6),
                        }
                        for t, _ in TITLES
                    ],
                }
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(c, "kijkbox", "GET", f"https://vod.kijkbox.example/{new_hex(c.rng, 16)}/master.m3u8")
    b.header("user-agent", UA)
    b.decoy("stream manifest fetch (not a report of watching)")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2400000\n720p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(c, "kijkbox", "GET", f"https://img.kijkbox.example/{rid(c.rng)}/w360.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + c.rng.randbytes(300) + b"\xff\xd9")
    return b.build()
