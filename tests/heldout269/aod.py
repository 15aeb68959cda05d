"""The coast: a fishing cooperative's boat beacons (Kevredigezh Pesketaerien
Gwened ha Kerne, the cooperative's own VMS-style units) and a surf school's
wetsuit rental (Skol Surf Penn-ar-Bed).

The beacons report positions, heading and speed; the fleet list names each
beacon's IMEI and serial (cooperative equipment issued to member boats, no
person's phone); catch declarations list species and kilos; tide tables come
from the cooperative's server. The surf school's rental counter scans the
RFID tags sewn into its wetsuits (EPCs of the school's stock), books lessons
and fetches the swell forecast.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, inst_serial, iso, ms, rf, rid

COOP = "https://api.pesketaerien-kerne.example"
SURF = "https://api.skolsurf-pennarbed.example"
BAGOU = ["Morgan", "Ar Vran", "Sant Gwenole", "Beg Meil", "Nevez Amzer"]
PESKED = ["silienn", "lubin", "merluz", "legestr", "kranked"]


def _coop(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pesketaerien", method, url)
    b.header("user-agent", "BeaconGateway/3.4")
    return b


def _surf(c: Context, method: str, url: str) -> FB:
    b = FB(c, "skolsurf", method, url)
    b.header("user-agent", "SurfDesk/1.9 (Windows 10)")
    return b


def _imei(c: Context) -> str:
    return "30" + "".join(str(c.rng.randint(0, 9)) for _ in range(13))


def beacon_positions(c: Context) -> Flow:
    b = _coop(c, "POST", f"{COOP}/v2/lec-hiadurioù")
    b.decoy("boat beacon positions with beacon IMEIs (the cooperative's units)")
    b.json(
        {
            "roudennoù": [
                {
                    "bag": c.rng.choice(BAGOU),
                    "imei_beacon": _imei(c),
                    "lat": rf(c.rng, 47.5, 48.1, 5),
                    "lon": rf(c.rng, -4.8, -3.9, 5),
                    "roud": rf(c.rng, 0, 359, 0),
                    "tizh": rf(c.rng, 0, 11, 1),
                    "amzer": iso(c),
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    b.ok_json({"resevet": True})
    return b.build()


def fleet_list(c: Context) -> Flow:
    b = _coop(c, "GET", f"{COOP}/v1/flod")
    b.decoy("fleet list: beacon serials and IMEIs issued by the cooperative")
    b.ok_json(
        {
            "flod": [
                {
                    "bag": bag,
                    "sn": inst_serial(c.rng, "VMS"),
                    "imei": _imei(c),
                    "porzh": "Gwilvinec",
                }
                for bag in BAGOU
            ]
        }
    )
    return b.build()


def catch(c: Context) -> Flow:
    b = _coop(c, "POST", f"{COOP}/v1/disklêriadur-pesketa")
    b.decoy("catch declaration (species, kilos)")
    b.json(
        {
            "bag": c.rng.choice(BAGOU),
            "pesked": [{"seurt": p, "kg": rf(c.rng, 5, 400, 1)} for p in c.rng.sample(PESKED, 2)],
            "zonenn": "27.7.h",
            "rid": rid(c.rng),
        }
    )
    b.ok_json({"niverenn": f"DP{c.rng.randint(10**6, 10**7)}"})
    return b.build()


def tides(c: Context) -> Flow:
    b = _coop(c, "GET", f"{COOP}/v1/mare?porzh=Gwilvinec&t={ms(c)}")
    b.ok_json(
        {
            "mareoù": [
                {"seurt": s, "eur": h, "uhelder_m": rf(c.rng, 0.5, 5.8, 2)}
                for s, h in (("izel", "04:12"), ("uhel", "10:31"), ("izel", "16:40"))
            ]
        }
    )
    return b.build()


def wetsuit_out(c: Context) -> Flow:
    b = _surf(c, "POST", f"{SURF}/v1/feurmi/kuitaat")
    b.decoy("wetsuit RFID EPCs (the school's stock) and size")
    b.json(
        {
            "gwiskamantoù": [
                {
                    "epc": "E280" + new_hex(c.rng, 20).upper(),
                    "ment": c.rng.choice(["S", "M", "L", "XL"]),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
            "kentel": f"K-{c.rng.randint(100, 999)}",
            "amzer": iso(c),
        }
    )
    b.ok_json({"mat": True})
    return b.build()


def wetsuit_stock(c: Context) -> Flow:
    b = _surf(c, "GET", f"{SURF}/v1/stok?seurt=gwiskamant")
    b.decoy("wetsuit stock list with RFID EPCs")
    b.ok_json(
        {
            "stok": [
                {"epc": "E280" + new_hex(c.rng, 20).upper(), "ment": m, "stad": "prest"}
                for m in ("S", "M", "L")
            ]
        }
    )
    return b.build()


def lesson_booking(c: Context) -> Flow:
    b = _surf(c, "POST", f"{SURF}/v1/kentelioù")
    b.decoy("surf lesson booking (self-declared level, age)")
    b.json(
        {
            "anv": "Nolwenn K.",
            "oad": c.rng.randint(8, 60),
            "live": c.rng.choice(["deraouer", "etre", "mailh"]),
            "deiz": "2024-12-0" + str(c.rng.randint(1, 9)),
        }
    )
    b.ok_json({"niverenn": f"SURF-{c.rng.randint(1000, 9999)}"})
    return b.build()


def swell(c: Context) -> Flow:
    b = _surf(c, "GET", f"{SURF}/v1/koummoù?spot=Ar%20Palud")
    b.ok_json(
        {
            "koummoù": [
                {
                    "eur": f"{h:02d}:00",
                    "uhelder_m": rf(c.rng, 0.5, 3.5, 1),
                    "periodenn_s": c.rng.randint(7, 16),
                }
                for h in (8, 12, 16)
            ]
        }
    )
    return b.build()
