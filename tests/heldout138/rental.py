"""Location Caméra Mont-Royal: a camera-rental house's app (fictional backend).

Reservations, pick-up scans and returns list the house's cameras, lenses and
wireless video transmitters with their serials and MACs. Those are the rental
house's equipment lent for a shoot, not the tester's devices: no device_id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, new_builder, rid, ua

API = "https://api.locationcamera-mtl.example/v1"
UA = ua("LocationCamera", "2.8.0")
GEAR = [
    ("ARRI Alexa Mini LF", "cam"),
    ("Sony FX6", "cam"),
    ("Teradek Bolt 6 XT 750 TX", "wireless"),
    ("Sennheiser EW-DP SK", "audio"),
    ("DJI RS 4 Pro", "gimbal"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = new_builder(c, "locationcamera", method, f"{API}{path}", UA)
    b.header("authorization", "Bearer " + rid(c.rng))
    return b


def _item(c: Context) -> dict[str, object]:
    name, kind = c.rng.choice(GEAR)
    item: dict[str, object] = {
        "article": name,
        "numero_serie": ("SN" if kind != "cam" else "") + new_digits(c.rng, 8),
        "etiquette_inventaire": f"LCM-{c.rng.randint(1000, 9999)}",
    }
    if kind in ("wireless", "audio"):
        item["adresse_mac"] = ":".join(new_hex(c.rng, 2).upper() for _ in range(6))
    return item


def reservation(c: Context) -> Flow:
    b = _b(c, "GET", f"/reservations/{c.rng.randint(20000, 99999)}")
    b.decoy("rented cameras' serials and transmitters' MACs: the rental house's equipment")
    b.ok_json(
        {
            "compte": b.acct("rental_account"),
            "cueillette": iso(c),
            "articles": [_item(c) for _ in range(c.rng.randint(2, 5))],
            "assurance": "incluse",
        }
    )
    return b.build()


def pickup_scan(c: Context) -> Flow:
    b = _b(c, "POST", "/sorties/scan")
    b.decoy("barcode scan of a rented camera's serial at pick-up (not the tester's device)")
    item = _item(c)
    b.json({"reservation": c.rng.randint(20000, 99999), **item, "etat": "OK", "scanne_a": iso(c)})
    b.ok_json({"statut": "sorti"})
    return b.build()


def return_report(c: Context) -> Flow:
    b = _b(c, "POST", "/retours")
    b.decoy("return check-in with rented gear serials, shutter count and a damage note")
    b.json(
        {
            "reservation": c.rng.randint(20000, 99999),
            "articles": [_item(c) for _ in range(2)],
            "compteur_obturateur": c.rng.randint(1000, 90000),
            "note": "petite égratignure sur le pare-soleil",
        }
    )
    b.ok_json({"statut": "retourne"})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/catalogue?categorie=cameras&ville=montreal")
    b.decoy("rental catalogue with day rates")
    b.ok_json({"items": [{"nom": n, "tarif_jour": c.rng.randint(50, 1200)} for n, _ in GEAR]})
    return b.build()


ALL = [reservation, pickup_scan, return_report, catalogue]
