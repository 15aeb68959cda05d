"""The set-182 devices and the flow builder that labels every identifier it inserts.

A family in Budapest, Debrecen and Szeged: a Xiaomi 13T (Android 14) runs the
apps; an iPad runs the streaming and church apps (one IDFV per vendor); an
Android TV box runs the streaming app (its own ANDROID_ID, Ethernet MAC,
serial); a smart TV with ACR (Wi-Fi MAC); a smartwatch (BLE MAC, serial) and
the family car (its telematics modem IMEI and its VIN). Since Android 8 every
app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs and apps make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_tevek": "android_id",
    "aid_box": "android_id",
    "aid_radio": "android_id",
    "aid_ige": "android_id",
    "aid_gov": "android_id",
    "aid_bank": "android_id",
    "aid_taxi": "android_id",
    "aid_kaja": "android_id",
    "aid_ora": "android_id",
    "aid_auto": "android_id",
    "idfv_tevek": "idfv",
    "idfv_ige": "idfv",
    "box_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "box_serial": "serial",
    "watch_serial": "serial",
    "car_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "tevek_user",
        "radio_user",
        "ige_user",
        "gov_user",
        "bank_client",
        "taxi_user",
        "kaja_user",
        "phone_number",
        "car_owner",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone182(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_tevek: str
    aid_box: str
    aid_radio: str
    aid_ige: str
    aid_gov: str
    aid_bank: str
    aid_taxi: str
    aid_kaja: str
    aid_ora: str
    aid_auto: str
    idfv_tevek: str
    idfv_ige: str
    box_mac: str
    tv_mac: str
    watch_mac: str
    box_serial: str
    watch_serial: str
    car_imei: str
    email: str
    # ids that SDKs and apps make up (device identifiers, not in known.yaml)
    car_vin: str
    tv_acr_id: str
    gemius_uid: str
    bank_af_uid: str
    gov_fid: str
    kaja_exponea: str
    taxi_adid: str
    radio_install: str
    # accounts, numbers and names (no device identifiers; never labelled as such)
    tevek_user: str
    radio_user: str
    ige_user: str
    gov_user: str
    bank_client: str
    taxi_user: str
    kaja_user: str
    phone_number: str
    car_owner: str
    model: str = "23078PND5G"

    @classmethod
    def make(cls, rng: random.Random) -> Phone182:
        return cls(
            gaid=new_uuid(rng),
            aid_tevek=new_hex(rng, 16),
            aid_box=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_ige=new_hex(rng, 16),
            aid_gov=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_taxi=new_hex(rng, 16),
            aid_kaja=new_hex(rng, 16),
            aid_ora=new_hex(rng, 16),
            aid_auto=new_hex(rng, 16),
            idfv_tevek=new_uuid(rng).upper(),
            idfv_ige=new_uuid(rng).upper(),
            box_mac=_mac(rng, "00:1A:79"),
            tv_mac=_mac(rng, "A8:23:FE").lower(),
            watch_mac=_mac(rng, "E4:5F:01"),
            box_serial="SEI" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            watch_serial="WTH" + new_digits(rng, 11),
            car_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"kovacs.reka{rng.randint(70, 99)}@freemail-example.hu",
            car_vin="TMBJR7NX" + new_digits(rng, 1) + "P" + new_digits(rng, 7),
            tv_acr_id=new_hex(rng, 32),
            gemius_uid=new_hex(rng, 24).upper() + "." + new_digits(rng, 10),
            bank_af_uid=f"17183{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            gov_fid="c" + new_hex(rng, 21),
            kaja_exponea=new_uuid(rng),
            taxi_adid=new_hex(rng, 32),
            radio_install=new_uuid(rng),
            tevek_user="u-" + new_digits(rng, 9),
            radio_user=new_digits(rng, 7, "5"),
            ige_user="hivo" + new_digits(rng, 6),
            gov_user="kovacsreka" + new_digits(rng, 2),
            bank_client="U" + new_digits(rng, 8),
            taxi_user="drv" + new_hex(rng, 10),
            kaja_user="k_" + new_hex(rng, 12),
            phone_number="+3630" + new_digits(rng, 7),
            car_owner="own-" + new_hex(rng, 8),
        )


class FB(LabelledBuilder):
    """Phone182's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.65)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 75), 1)] for _ in range(n)]


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; {Phone182.model} Build/UKQ1.230804.001)"


def ios_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPad; iPadOS 17.5.1; Scale/2.00)"


CITIES = {
    "Budapest": (47.4979, 19.0402),
    "Debrecen": (47.5316, 21.6273),
    "Szeged": (46.2530, 20.1414),
}


def near(rng: random.Random, city: str) -> tuple[float, float]:
    lat, lon = CITIES[city]
    return round(lat + rng.uniform(-0.04, 0.04), 6), round(lon + rng.uniform(-0.05, 0.05), 6)


rid = req_id

__all__ = [
    "CITIES",
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone182",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "near",
    "points",
    "rf",
    "rid",
    "ua",
]
