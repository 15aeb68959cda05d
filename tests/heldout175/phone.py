"""The set-175 household's devices and the flow builder that labels every identifier.

A family split between Kyiv and Lviv (a grandmother in Warsaw): a Samsung Galaxy
A54 (Android 14) runs the streaming service, the music app, the state-services
app, the shelling-alerts app, the delivery app, the earbuds companion and the
car's telematics app; an iPhone 14 runs the radio / podcast app and the bank; a
Xiaomi Mi Box S (Android TV) runs the streaming service's TV app and an IPTV
player that presents itself to the provider's Ministra portal as a MAG set-top
box (a configured virtual MAC and serial, labelled as the box's install-scoped
ids, not in known.yaml); a smart TV with
automatic content recognition sits in the Kyiv living room. Every Android app
sees its own ANDROID_ID (one per app in known.yaml); the iPhone has one IDFA and
one IDFV per vendor. The car's VIN is read off the windscreen and listed as a
serial: the car is the household's own device (a choice; see the report).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_ekran": "android_id",
    "aid_muzyka": "android_id",
    "aid_derzh": "android_id",
    "aid_tryvoga": "android_id",
    "aid_dostavka": "android_id",
    "aid_vukha": "android_id",
    "aid_avto": "android_id",
    "aid_tvbox": "android_id",
    "idfa": "idfa",
    "idfv_hvylia": "idfv",
    "idfv_bank": "idfv",
    "tvbox_mac": "mac",
    "tv_mac": "mac",
    "buds_mac": "mac",
    "tvbox_serial": "serial",
    "tv_serial": "serial",
    "buds_serial": "serial",
    "car_vin": "serial",
    "car_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "phone_no",
        "ekran_user",
        "derzh_user",
        "bank_client",
        "bank_card",
        "tryvoga_push",
        "dostavka_user",
        "muzyka_user",
        "avto_user",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household175(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_ekran: str
    aid_muzyka: str
    aid_derzh: str
    aid_tryvoga: str
    aid_dostavka: str
    aid_vukha: str
    aid_avto: str
    aid_tvbox: str
    idfa: str
    idfv_hvylia: str
    idfv_bank: str
    tvbox_mac: str
    tv_mac: str
    buds_mac: str
    tvbox_serial: str
    tv_serial: str
    buds_serial: str
    car_vin: str
    car_imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    ekran_fid: str
    ekran_af_uid: str
    hvylia_fid: str
    derzh_mobile_uid: str
    bank_adid: str
    bank_fp: str
    onesignal_id: str
    dostavka_af_uid: str
    muzyka_install: str
    tv_acr_id: str
    iptv_mac: str
    iptv_sn: str
    # account ids, phone numbers and tokens (not device identifiers; never labelled as such)
    phone_no: str
    ekran_user: str
    derzh_user: str
    bank_client: str
    bank_card: str
    tryvoga_push: str
    dostavka_user: str
    muzyka_user: str
    avto_user: str
    tv_account: str
    model: str = "SM-A546B"

    @classmethod
    def make(cls, rng: random.Random) -> Household175:
        return cls(
            gaid=new_uuid(rng),
            aid_ekran=new_hex(rng, 16),
            aid_muzyka=new_hex(rng, 16),
            aid_derzh=new_hex(rng, 16),
            aid_tryvoga=new_hex(rng, 16),
            aid_dostavka=new_hex(rng, 16),
            aid_vukha=new_hex(rng, 16),
            aid_avto=new_hex(rng, 16),
            aid_tvbox=new_hex(rng, 16),
            idfa=new_uuid(rng).upper(),
            idfv_hvylia=new_uuid(rng).upper(),
            idfv_bank=new_uuid(rng).upper(),
            tvbox_mac=_mac(rng, "28:E3:1F"),
            tv_mac=_mac(rng, "A8:23:FE").lower(),
            buds_mac=_mac(rng, "F8:4E:17"),
            tvbox_serial=new_digits(rng, 5, "2") + "/" + new_digits(rng, 8, "0"),
            tv_serial="KV" + new_digits(rng, 4, "24") + new_hex(rng, 8).upper(),
            buds_serial="R" + new_hex(rng, 10).upper(),
            car_vin="WVWZZZ" + new_hex(rng, 3).upper().replace("0", "A") + new_digits(rng, 8, "P"),
            car_imei=luhn_complete(new_digits(rng, 14, "86")),
            email=f"oksana.kovalchuk{rng.randint(10, 99)}@ukr-mail.example",
            ekran_fid=new_hex(rng, 32),
            ekran_af_uid=f"17298{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            hvylia_fid=new_hex(rng, 32).upper(),
            derzh_mobile_uid=new_uuid(rng),
            bank_adid=new_hex(rng, 32),
            bank_fp=new_hex(rng, 40),
            onesignal_id=new_uuid(rng),
            dostavka_af_uid=f"17301{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            muzyka_install="ins-" + new_hex(rng, 24),
            tv_acr_id="acr" + new_hex(rng, 20),
            iptv_mac=_mac(rng, "00:1A:79"),
            iptv_sn=new_hex(rng, 13).upper(),
            phone_no="+38067" + new_digits(rng, 7),
            ekran_user="u" + new_digits(rng, 8),
            derzh_user=new_digits(rng, 10, "3"),
            bank_client="C" + new_digits(rng, 9),
            bank_card="5375 41** **** " + new_digits(rng, 4),
            tryvoga_push=new_hex(rng, 11) + ":APA91b" + new_hex(rng, 48),
            dostavka_user=new_digits(rng, 9, "7"),
            muzyka_user="m" + new_hex(rng, 12),
            avto_user=new_digits(rng, 7, "5"),
            tv_account=new_hex(rng, 24),
        )


class FB(LabelledBuilder):
    """Household175's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


ANDROID = "Linux; U; Android 14; SM-A546B Build/UP1A.231005.007"
TVBOX = "Linux; U; Android 9; MIBOX4 Build/PI"
IPHONE = "iPhone15,2; iOS 17.5.1; Scale/3.00"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} ({ANDROID})"


def ios_ua(app: str, ver: str, build: str) -> str:
    return f"{app}/{ver} (ua.{app.lower()}.ios; build:{build}; {IPHONE})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 ({ANDROID})"


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 2), round(cy + rng.gauss(0, 80), 2)] for _ in range(n)]


def kyiv_point(rng: random.Random) -> tuple[float, float]:
    return rf(rng, 50.38, 50.52, 6), rf(rng, 30.40, 30.66, 6)


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Household175",
    "dalvik",
    "floats",
    "ios_ua",
    "iso",
    "kyiv_point",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
