"""The set-64 devices and the flow builder that labels every identifier it inserts.

A courier's rugged Samsung Galaxy XCover7 (Android 14) on the Tijuana / San
Diego and Juárez / El Paso border: a parcel-delivery driver app, the company
truck's telematics / ELD logbook, a fuel card, border waits, parking, traffic,
weather, a translator, soccer scores, groceries, a church app, casual games, a
music app, a remittance app with a selfie check, and the courier's own Galaxy
Buds and watch. The truck's VIN, its ELD unit serial, the fuel-card number and
the plate belong to the employer's fleet, not the courier: never device ids.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_courier": "android_id",
    "aid_music": "android_id",
    "aid_remesa": "android_id",
    "aid_game": "android_id",
    "imei": "imei",
    "buds_mac": "mac",
    "watch_mac": "mac",
    "watch_serial": "serial",
    "phone_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "driver_id",
        "music_user",
        "remesa_user",
        "truck_vin",
        "eld_serial",
        "fuel_card",
        "plate",
        "church_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def _vin(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "3AKJHHDR" + "".join(rng.choice(alphabet) for _ in range(9))


@dataclass(frozen=True, slots=True)
class Phone64(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_courier: str
    aid_music: str
    aid_remesa: str
    aid_game: str
    imei: str
    buds_mac: str
    watch_mac: str
    watch_serial: str
    phone_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    courier_fid: str
    adjust_uuid: str
    unity_idfi: str
    music_install: str
    # the employer's fleet, accounts and cards (no device identifiers of the courier)
    driver_id: str
    music_user: str
    remesa_user: str
    church_user: str
    truck_vin: str
    eld_serial: str
    fuel_card: str
    plate: str
    model: str = "SM-G556B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone64:
        return cls(
            gaid=new_uuid(rng),
            aid_courier=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_remesa=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            buds_mac=_mac(rng, "F8:0F:F9"),
            watch_mac=_mac(rng, "64:1B:2F"),
            watch_serial="R9TW" + new_hex(rng, 7).upper(),
            phone_serial="R5CX" + new_hex(rng, 7).upper(),
            email=f"jl.arreola{rng.randint(10, 99)}@correo-example.mx",
            courier_fid="c" + new_hex(rng, 21),
            adjust_uuid=new_uuid(rng),
            unity_idfi=new_uuid(rng),
            music_install=new_uuid(rng).upper(),
            driver_id="DRV-" + new_digits(rng, 7),
            music_user="u" + new_digits(rng, 10),
            remesa_user="RM" + new_digits(rng, 9),
            church_user=new_digits(rng, 7, "3"),
            truck_vin=_vin(rng),
            eld_serial="ELD" + new_hex(rng, 9).upper(),
            fuel_card="7083" + new_digits(rng, 12),
            plate=f"{rng.randint(10, 99)}-AK-{rng.randint(100, 999)}",
        )


class FB(LabelledBuilder):
    """Phone64's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-G556B Build/UP1A.231005.007)"


def coords(rng: random.Random, n: int, lat: float = 32.53, lon: float = -117.03) -> list:
    """A path of lat/lon pairs near a border city (maps, routes, breadcrumbs)."""
    out, la, lo = [], lat, lon
    for _ in range(n):
        la, lo = la + rng.gauss(0, 0.002), lo + rng.gauss(0, 0.002)
        out.append([round(la, 6), round(lo, 6)])
    return out


def strokes(rng: random.Random, n: int) -> list[dict[str, float]]:
    """Signature-capture stroke points: x, y, pressure and time (no face, no voice)."""
    x, y, t = rng.uniform(40, 120), rng.uniform(80, 160), 0
    out = []
    for _ in range(n):
        x, y, t = x + rng.uniform(-4, 9), y + rng.gauss(0, 6), t + rng.randint(8, 20)
        out.append({"x": round(x, 1), "y": round(y, 1), "p": round(rng.uniform(0.2, 1), 2), "t": t})
    return out


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone64",
    "coords",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "strokes",
    "ua",
]
