"""Tisztabot: the robot vacuum in the Budapest flat (a fictional brand on its
own EU cloud), controlled from the mother's phone.

The robot registers with its device id (`did`), Wi-Fi MAC and serial; status
reports carry the `did` in a header. Maps are uploaded as coordinate lists of
rooms and the robot's path (a camera / lidar pose of a machine, not a face),
cleaning records name rooms and minutes, and the obstacle-avoidance camera
sends crops of what it classified (socks, cables) to the recognition service:
ordinary data. A signed telemetry call carries the MD5 of the bare MAC under
a one-letter key.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rf, rid

API = "https://eu-api.tisztabot.example"
UA = "tisztabot-fw/3.5.9 (TB-S8)"
SZOBAK = ["nappali", "konyha", "haloszoba", "gyerekszoba", "eloszoba", "furdo"]


def _b(c: Context, method: str, path: str, did: bool = True) -> FB:
    b = FB(c, "tisztabot", method, f"{API}/{path}")
    b.header("user-agent", UA)
    if did:
        b.header("x-device-did", b.id("robot_did", where="header x-device-did"))
    return b


def regisztracio(c: Context) -> Flow:
    b = _b(c, "POST", "v1/eszkoz/aktivalas", did=False)
    b.json(
        {
            "did": b.id("robot_did", where="json did"),
            "mac": b.id("robot_mac", where="json mac"),
            "sn": b.id("robot_serial", where="json sn"),
            "model": "TB-S8",
            "tulajdonos": b.acct("robot_owner"),
            "fw": "3.5.9",
        }
    )
    b.ok_json({"code": 0, "region": "eu-central"})
    return b.build()


def allapot(c: Context) -> Flow:
    b = _b(c, "POST", "v1/eszkoz/allapot")
    b.json(
        {
            "allapot": c.rng.choice(["toltes", "takaritas", "keszenlet"]),
            "akku": c.rng.randint(10, 100),
            "szivoero": c.rng.choice([1, 2, 3, 4]),
            "hiba": 0,
            "t": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def telemetria_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "v1/t", did=False)
    b.form(
        [
            ("m", b.id("robot_mac", "md5_of_nosep", "form m", detectable=False)),
            ("d", b64(bytes(c.rng.getrandbits(8) for _ in range(48)))),
            ("s", new_hex(c.rng, 40)),
        ]
    )
    b.ok_json({"r": 0})
    return b.build()


def terkep(c: Context) -> Flow:
    b = _b(c, "PUT", "v1/terkep")
    b.decoy("room polygons and the robot's path (coordinate lists, machine pose)")
    b.json(
        {
            "terkepId": rid(c.rng),
            "szobak": [
                {
                    "nev": n,
                    "poligon": [[rf(c.rng, 0, 9, 2), rf(c.rng, 0, 7, 2)] for _ in range(4)],
                }
                for n in SZOBAK
            ],
            "utvonal": [
                [rf(c.rng, 0, 9, 2), rf(c.rng, 0, 7, 2), rf(c.rng, -3.14, 3.14, 2)]
                for _ in range(12)
            ],
            "dokkolo": {"x": 0.4, "y": 0.2, "theta": 1.57},
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def takaritas_naplo(c: Context) -> Flow:
    b = _b(c, "POST", "v1/takaritas/naplo")
    b.json(
        {
            "kezdes": iso(c),
            "percek": c.rng.randint(15, 90),
            "terulet_m2": rf(c.rng, 20, 75, 1),
            "szobak": c.rng.sample(SZOBAK, 3),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def akadaly_foto(c: Context) -> Flow:
    b = _b(c, "POST", "v1/akadaly/felismeres")
    b.decoy("obstacle camera crop (object recognition: sock / cable, not a face)")
    b.json(
        {
            "kep": b64(fake_jpeg(c.rng.randint(0, 10**9), 500)),
            "becsles": c.rng.choice(["zokni", "kabel", "papucs", "kisallat_urulek"]),
            "poz": [rf(c.rng, 0, 9, 2), rf(c.rng, 0, 7, 2)],
        }
    )
    b.ok_json({"osztaly": "zokni", "biztonsag": rf(c.rng, 0.6, 0.99, 2)})
    return b.build()


def ota(c: Context) -> Flow:
    b = _b(c, "GET", "v1/ota/ellenorzes?model=TB-S8&fw=3.5.9", did=False)
    b.decoy("firmware build hash")
    b.ok_json({"uj": False, "sha256": new_hex(c.rng, 64)})
    return b.build()
