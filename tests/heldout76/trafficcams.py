"""The public / traffic-camera viewer: city and motorway cameras, their ids and streams.

Real: the Autobahn GmbH API (verkehr.autobahn.de/o/autobahn/<road>/services/webcam,
answer {"webcam": [{identifier, title, subtitle, coordinate{lat,long},
imageurl, linkurl, operator}]}, per bund.dev's autobahn-api docs and its
open-source clients). In-house Dutch viewer ("WegCam") for city cameras with
HLS streams: camera ids, the stream's live-edge position, the cameras' own
serials and MAC addresses from the operator's registry.
Public cameras are not the journalist's devices, and looking at a traffic
camera is not viewing history of entertainment: all decoys.
"""

from __future__ import annotations

import random

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, ua

UA = ua("WegCam", "3.2.1")
_R = random.Random(7601)  # the city's fixed camera registry
CAMS = [
    {
        "camId": f"UTR-{100 + i}",
        "serienummer": "AXQ" + "".join(_R.choice("0123456789ABCDEF") for _ in range(9)),
        "macAdres": "AC:CC:8E:" + ":".join(f"{_R.randint(0, 255):02X}" for _ in range(3)),
        "locatie": loc,
    }
    for i, loc in enumerate(
        ["Neude", "Vredenburg", "Catharijnesingel", "Stationsplein", "Smakkelaarsveld"]
    )
]


def autobahn_webcams(c: Context) -> Flow:
    road = c.rng.choice(["A1", "A3", "A40", "A57", "A61"])
    b = FB(c, "autobahn", "GET", f"https://verkehr.autobahn.de/o/autobahn/{road}/services/webcam")
    b.header("user-agent", ua("Autobahn", "2.1.4"))
    cams = [
        {
            "identifier": new_hex(c.rng, 24),
            "title": f"{road} | AS Kreuz {i}",
            "subtitle": "Blickrichtung Venlo",
            "operator": "Autobahn Westfalen",
            "coordinate": {
                "lat": str(rf(c.rng, 50.8, 52.0, 6)),
                "long": str(rf(c.rng, 6.0, 7.5, 6)),
            },
            "imageurl": f"https://www.autobahn.de/webcams/{new_hex(c.rng, 10)}.jpg",
            "linkurl": f"https://stream.autobahn.de/{new_hex(c.rng, 10)}/index.m3u8",
        }
        for i in range(4)
    ]
    b.ok_json({"webcam": cams})
    b.decoy("public motorway webcam list: camera identifiers and coordinates")
    return b.build()


def cam_image(c: Context) -> Flow:
    b = FB(c, "autobahn", "GET", f"https://www.autobahn.de/webcams/{new_hex(c.rng, 10)}.jpg")
    b.header("user-agent", ua("Autobahn", "2.1.4"))
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    b.decoy("still image of a public webcam")
    return b.build()


def stream_position(c: Context) -> Flow:
    cam = c.rng.choice(CAMS)
    b = FB(c, "wegcam", "POST", f"https://api.wegcam.nl/v1/camera/{cam['camId']}/stream/positie")
    b.header("user-agent", UA)
    b.json(
        {
            "camId": cam["camId"],
            "streamPositieSec": c.rng.randint(0, 7200),
            "liveEdge": True,
            "vertragingMs": c.rng.randint(800, 6000),
            "kwaliteit": "720p",
        }
    )
    b.ok_json({"ok": True})
    b.decoy("live-edge position of a public city camera stream (DVR window), no entertainment")
    return b.build()


def camera_status(c: Context) -> Flow:
    cam = c.rng.choice(CAMS)
    b = FB(c, "wegcam", "GET", f"https://api.wegcam.nl/v1/camera/{cam['camId']}")
    b.header("user-agent", UA)
    b.ok_json(
        {
            **cam,
            "beheerder": "Gemeente Utrecht",
            "online": True,
            "firmware": "10.12.3",
            "laatstGezien": iso(c),
            "kijkers": c.rng.randint(0, 40),
        }
    )
    b.decoy("city camera's own serial and MAC from the operator registry: not her device")
    return b.build()


def segment(c: Context) -> Flow:
    cam = c.rng.choice(CAMS)
    n = c.rng.randint(10000, 99999)
    b = FB(c, "wegcam", "GET", f"https://stream.wegcam.nl/{cam['camId']}/seg_{n}.ts")
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F79 (iPhone; U; CPU OS 17_5 like Mac OS X)")
    b.respond(200, "video/mp2t", b"G@" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("HLS segment of a public camera stream")
    return b.build()


def favourites(c: Context) -> Flow:
    b = FB(c, "wegcam", "PUT", "https://api.wegcam.nl/v1/favorieten")
    b.header("user-agent", UA)
    b.json(
        {
            "camIds": sorted(c.rng.sample([x["camId"] for x in CAMS], 3)),
            "volgorde": "handmatig",
            "bijgewerkt": iso(c),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("favourite public cameras list")
    return b.build()
