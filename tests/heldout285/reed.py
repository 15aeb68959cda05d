"""Reedriders: the Elfstedentocht skating club's video app (mem's iPhone 14, Snits).

Frisian keys: `fideo`, `posysje`, `doer`, `besjoen` (watched), `gesicht` /
`gesichten` (faces), `gesichtsfektor` (face vector), `apparaat`. Members watch
race videos (the club keeps their progress and a "besjoen" list); the photo
tab finds the faces of skaters in finish-line photos and sends a face vector
and box per face for automatic tagging (other people's faces: biometric). A
newer build posts the vectors as raw float32 in an octet-stream. The IDFV goes
in an `x-apparaat-id` header on account calls. Route coordinates, ice reports
(`iisdikte`), the shop order and thumbnails are ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import floats_b64

from .phone import IOS_UA, B, floats, iso, rf, rid

API = "https://api.reedriders.example"
FIDEOS = [
    ("v1997", "Elfstêdentocht 1997: de finish", 3600),
    ("v1986", "Elfstêdentocht 1986", 2700),
    ("v2012", "Alternative tocht Weissensee", 1800),
    ("v2024", "Natoertocht Ryptsjerk", 1200),
]
STEDEN = [
    (53.2012, 5.7999),
    (53.0326, 5.6589),
    (52.9365, 5.4067),
    (53.0914, 5.3318),
    (53.1850, 5.5353),
]


def _b(c: Context, method: str, url: str, device: bool = False) -> B:
    b = B(c, "reedriders", method, url)
    b.header("user-agent", IOS_UA)
    b.header("accept-language", "fy-NL;q=1, nl-NL;q=0.9")
    if device:
        b.header("x-apparaat-id", b.id("idfv_mem", where="header x-apparaat-id (IDFV)"))
    return b


def firebase_installation(c: Context) -> Flow:
    b = B(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/reedriders/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-ios-bundle-identifier", "nl.reedriders.app")
    b.json(
        {
            "fid": b.id("reed_fid", where="json fid"),
            "appId": "1:220847112901:ios:4e7d91a0c25b3f18",
            "authVersion": "FIS_v2",
            "sdkVersion": "i:10.27.0",
        }
    )
    b.ok_json({"name": "projects/220847112901/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/oanmelde", device=True)
    b.json({"lidnûmer": b.acct("reed_member"), "apparaat": "iPhone15,2", "ios": "17.5.1"})
    b.ok_json({"token": new_hex(c.rng, 40), "lid": True})
    return b.build()


def fideo_besjoen(c: Context) -> Flow:
    vid, title, dur = c.rng.choice(FIDEOS)
    b = _b(c, "POST", f"{API}/v2/fideos/{vid}/besjoen")
    b.view("json fideo/posysje/doer (video progress)")
    b.json(
        {
            "fideo": title,
            "posysje": c.rng.randint(10, dur),
            "doer": dur,
            "lid": b.acct("reed_member"),
            "tiid": iso(c),
        }
    )
    b.no_content()
    return b.build()


def besjoen_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/my/besjoen", device=True)
    b.view("response json besjoen[] (watched videos)", direction="response")
    b.ok_json(
        {
            "besjoen": [
                {"fideo": t, "posysje": c.rng.randint(0, d), "doer": d, "op": iso(c)}
                for _, t, d in c.rng.sample(FIDEOS, 3)
            ]
        }
    )
    return b.build()


def gesichten(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/foto/{new_hex(c.rng, 10)}/gesichten")
    b.bio("face_embedding", "json gesichten[].gesichtsfektor (skaters' faces in a photo)")
    n = c.rng.randint(2, 5)
    b.json(
        {
            "foto": f"finish-dokkum-{c.rng.randint(100, 999)}.jpg",
            "gesichten": [
                {
                    "kader": [c.rng.randint(0, 3000), c.rng.randint(0, 2000), 180, 220],
                    "gesichtsfektor": floats_b64(floats(c.rng, 128)),
                    "kwaliteit": rf(c.rng, 0.5, 0.99, 2),
                }
                for _ in range(n)
            ],
        }
    )
    b.ok_json({"taggen": [{"lid": None, "score": rf(c.rng, 0.2, 0.9, 2)} for _ in range(n)]})
    return b.build()


def gesichten_raw(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/u/3")
    b.bio("face_embedding", "octet-stream of float32 vectors (no key names)", False)
    vecs = b"".join(struct.pack("<128f", *floats(c.rng, 128)) for _ in range(c.rng.randint(2, 4)))
    b.set_body(vecs, "application/octet-stream")
    b.ok_json({"ok": True})
    return b.build()


def rute(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/rute/elfsteden")
    b.decoy("route coordinates of the eleven cities")
    b.ok_json({"punten": [{"lat": la, "lon": lo} for la, lo in STEDEN], "lingte_km": 199})
    return b.build()


def iis(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/iis?plak=ryptsjerk")
    b.decoy("ice thickness reports with coordinates")
    b.ok_json(
        {
            "mjittingen": [
                {
                    "lat": rf(c.rng, 53.0, 53.3, 4),
                    "lon": rf(c.rng, 5.4, 6.1, 4),
                    "iisdikte_cm": rf(c.rng, 4, 16, 1),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def winkel(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/winkel/bestelling")
    b.decoy("shop order number")
    b.json({"artikels": [{"sku": "KRUIS-2025", "tal": 1}], "idempotency": rid(c.rng)})
    b.ok_json({"bestelnûmer": order_no(c.rng), "totaal": 24.95})
    return b.build()


def thumbnail(c: Context) -> Flow:
    vid = c.rng.choice(FIDEOS)[0]
    b = B(c, "reedriders", "GET", f"https://cdn.reedriders.example/thumbs/{vid}.jpg")
    b.header("user-agent", IOS_UA)
    b.decoy("video thumbnail")
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def hls(c: Context) -> Flow:
    vid = c.rng.choice(FIDEOS)[0]
    b = B(
        c,
        "reedriders",
        "GET",
        f"https://cdn.reedriders.example/hls/{vid}/seg{c.rng.randint(1, 600)}.ts",
    )
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X)")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
