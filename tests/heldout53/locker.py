"""Pakketkluis, a parcel-locker / delivery app for NL and BE (fictional
api.pakketkluis.example.nl). Everything here is ordinary: nearby lockers (with
the lockers' own serial numbers and coordinates), pickup QR codes, delivery
windows, parcel tracking and opening a compartment over BLE. Locker serials
identify a public street locker, not anything of the user: hard decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, rid, ua

API = "https://api.pakketkluis.example.nl/v2"
UA = ua("Pakketkluis", "6.0.3", "603")


def _fb(c: Context, method: str, path: str) -> FB:
    b = FB(c, "pakketkluis", method, API + path)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def _locker_sn(c: Context) -> str:
    return f"PK-{c.rng.choice(['NL', 'BE'])}-{c.rng.randint(100000, 999999)}"


def nearby(c: Context) -> Flow:
    lat, lon = rf(c.rng, 51.1, 52.4), rf(c.rng, 4.2, 5.2)
    b = _fb(c, "GET", f"/lockers?lat={lat}&lon={lon}&radius=1500")
    lockers = [
        {
            "lockerSerial": _locker_sn(c),
            "naam": f"Kluis {s}",
            "lat": rf(c.rng, lat - 0.01, lat + 0.01, 5),
            "lon": rf(c.rng, lon - 0.01, lon + 0.01, 5),
            "vrijeVakken": c.rng.randint(0, 30),
            "bleMac": ":".join(new_hex(c.rng, 2).upper() for _ in range(6)),
        }
        for s in ("Albert Heijn", "Station", "Bibliotheek")
    ]
    b.ok_json({"lockers": lockers})
    b.decoy("public lockers: lockerSerial, locker BLE MAC, coordinates (not the user's devices)")
    return b.build()


def qr(c: Context) -> Flow:
    b = _fb(c, "GET", f"/zendingen/3S{new_hex(c.rng, 13).upper()}/ophaalcode")
    b.ok_json(
        {
            "qrPayload": f"PKL:{new_hex(c.rng, 24).upper()}",
            "pin": f"{c.rng.randint(0, 999999):06d}",
            "geldigTot": iso(c),
            "lockerSerial": _locker_sn(c),
            "vak": c.rng.randint(1, 48),
        }
    )
    b.decoy("pickup QR code, pin and locker serial")
    return b.build()


def window(c: Context) -> Flow:
    b = _fb(c, "GET", f"/zendingen/3S{new_hex(c.rng, 13).upper()}/tijdvakken")
    b.ok_json(
        {
            "tijdvakken": [
                {"van": iso(c), "tot": iso(c), "prijsCent": c.rng.choice([0, 195])}
                for _ in range(4)
            ],
            "trackingNr": f"3S{new_hex(c.rng, 13).upper()}",
        }
    )
    b.decoy("delivery windows and tracking number")
    return b.build()


def track(c: Context) -> Flow:
    tn = f"3S{new_hex(c.rng, 13).upper()}"
    b = _fb(c, "GET", f"/track/{tn}?postcode=2018AB&lang=nl")
    steps = [
        {"status": s, "tijd": iso(c), "depot": "Utrecht"}
        for s in ("AANGEMELD", "SORTERING", "ONDERWEG")
    ]
    b.ok_json({"trackingNr": tn, "stappen": steps, "verwachtVan": iso(c)})
    b.decoy("parcel tracking history (not viewing history)")
    return b.build()


def open_compartment(c: Context) -> Flow:
    b = _fb(c, "POST", "/kluizen/openen")
    b.json(
        {
            "lockerSerial": _locker_sn(c),
            "vak": c.rng.randint(1, 48),
            "bleRssi": -c.rng.randint(40, 90),
            "challenge": new_hex(c.rng, 32),
            "qrPayload": f"PKL:{new_hex(c.rng, 24).upper()}",
        }
    )
    b.ok_json({"signedCommand": new_hex(c.rng, 64)})
    b.decoy("open a compartment: locker serial, BLE RSSI, challenge")
    return b.build()
