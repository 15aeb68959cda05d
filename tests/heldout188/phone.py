"""The set-188 household's devices and the flow builder that labels what it inserts.

A family split between Casablanca, Fès and Oran: an Oppo phone (Android 13,
CPH2437) runs most apps, an iPhone runs the wallet and the ride app, the living
room has a satellite receiver (owned, IPTV-capable) and a smart TV with ACR, one
of the children has Bluetooth earbuds, and the family car carries a GPS tracker
with its own SIM. Since Android 8 every app sees its own ANDROID_ID, so
known.yaml lists one per Android app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_mosalsal": "android_id",
    "aid_botola": "android_id",
    "aid_rai": "android_id",
    "aid_quran": "android_id",
    "aid_bank": "android_id",
    "aid_souk": "android_id",
    "aid_tracker": "android_id",
    "idfa": "idfa",
    "idfv_wallet": "idfv",
    "idfv_ride": "idfv",
    "sat_mac": "mac",
    "tv_mac": "mac",
    "buds_mac": "mac",
    "sat_serial": "serial",
    "tv_serial": "serial",
    "buds_serial": "serial",
    "tracker_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "mosalsal_user",
        "botola_user",
        "rai_user",
        "bank_client",
        "wallet_phone",
        "ride_rider",
        "souk_user",
        "tracker_account",
        "push_token",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household188(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_mosalsal: str
    aid_botola: str
    aid_rai: str
    aid_quran: str
    aid_bank: str
    aid_souk: str
    aid_tracker: str
    idfa: str
    idfv_wallet: str
    idfv_ride: str
    sat_mac: str
    tv_mac: str
    buds_mac: str
    sat_serial: str
    tv_serial: str
    buds_serial: str
    tracker_imei: str
    email: str
    # ids that apps, SDKs and the devices make up (device_id, not in known.yaml)
    sat_chip: str
    tv_psid: str
    car_vin: str
    mosalsal_device: str
    botola_instance: str
    rai_install: str
    quran_install: str
    bank_adid: str
    af_uid: str
    souk_fid: str
    # accounts, phone numbers and tokens (never device identifiers)
    mosalsal_user: str
    botola_user: str
    rai_user: str
    bank_client: str
    wallet_phone: str
    ride_rider: str
    souk_user: str
    tracker_account: str
    push_token: str
    model: str = "CPH2437"

    @classmethod
    def make(cls, rng: random.Random) -> Household188:
        return cls(
            gaid=new_uuid(rng),
            aid_mosalsal=new_hex(rng, 16),
            aid_botola=new_hex(rng, 16),
            aid_rai=new_hex(rng, 16),
            aid_quran=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_souk=new_hex(rng, 16),
            aid_tracker=new_hex(rng, 16),
            idfa=new_uuid(rng).upper(),
            idfv_wallet=new_uuid(rng).upper(),
            idfv_ride=new_uuid(rng).upper(),
            sat_mac=_mac(rng, "00:1A:79"),
            tv_mac=_mac(rng, "A8:23:FE").lower(),
            buds_mac=_mac(rng, "F4:4E:FD"),
            sat_serial="ST" + new_digits(rng, 4, "21") + new_hex(rng, 8).upper(),
            tv_serial="0" + new_digits(rng, 2) + "MA" + new_hex(rng, 7).upper(),
            buds_serial="E2" + new_hex(rng, 10).upper(),
            tracker_imei=luhn_complete(new_digits(rng, 14, "86")),
            email=f"yasmine.bennani{rng.randint(10, 99)}@correo-example.ma",
            sat_chip=new_digits(rng, 10, "5"),
            tv_psid=new_hex(rng, 32),
            car_vin="VF1RJA00" + new_digits(rng, 1) + new_hex(rng, 8).upper(),
            mosalsal_device=new_uuid(rng),
            botola_instance=new_hex(rng, 32),
            rai_install=new_uuid(rng).replace("-", ""),
            quran_install=new_uuid(rng),
            bank_adid=new_hex(rng, 32),
            af_uid=f"17238{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            souk_fid="c" + new_hex(rng, 21),
            mosalsal_user="MS" + new_digits(rng, 9),
            botola_user=new_digits(rng, 8, "3"),
            rai_user="u_" + new_hex(rng, 12),
            bank_client=new_digits(rng, 11, "0"),
            wallet_phone="+2126" + new_digits(rng, 8),
            ride_rider="r-" + new_hex(rng, 16),
            souk_user=new_digits(rng, 7, "9"),
            tracker_account="TRK" + new_digits(rng, 7),
            push_token=new_hex(rng, 12) + ":APA91b" + new_hex(rng, 44),
        )


class FB(LabelledBuilder):
    """Household188's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 13; CPH2437 Build/TP1A.220905.001)"


def ios_ua(app: str, ver: str, build: str) -> str:
    return f"{app}/{build} CFNetwork/1494.0.7 Darwin/23.4.0 ({ver})"


def points(rng: random.Random, n: int, dims: int = 2) -> list[list[float]]:
    """Points clustered like a face in a 480x640 portrait frame."""
    cx, cy = rng.uniform(180, 300), rng.uniform(240, 400)
    out = []
    for _ in range(n):
        p = [round(cx + rng.gauss(0, 45), 2), round(cy + rng.gauss(0, 60), 2)]
        if dims == 3:
            p.append(round(rng.gauss(0, 0.03), 4))
        out.append(p)
    return out


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Household188",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
