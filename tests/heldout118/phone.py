"""The set-118 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy A35 (Android 14) shared by a family between Dushanbe, Kabul,
Herat and Mashhad; a cheap Android TV box that plays IPTV through a MAG-style
portal (so it sends its Ethernet MAC and serial); a fitness band (BLE MAC,
serial). Every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_film": "android_id",
    "aid_tv": "android_id",
    "aid_sandara": "android_id",
    "aid_tilawat": "android_id",
    "aid_maidan": "android_id",
    "aid_hamyon": "android_id",
    "aid_sado": "android_id",
    "aid_rohat": "android_id",
    "aid_band": "android_id",
    "imei1": "imei",
    "imei2": "imei",
    "box_mac": "mac",
    "band_mac": "mac",
    "box_serial": "serial",
    "band_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "msisdn", "film_user", "wallet_user", "driver_id", "tv_login", "push_token"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone118(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_film: str
    aid_tv: str
    aid_sandara: str
    aid_tilawat: str
    aid_maidan: str
    aid_hamyon: str
    aid_sado: str
    aid_rohat: str
    aid_band: str
    imei1: str
    imei2: str
    box_mac: str
    band_mac: str
    box_serial: str
    band_serial: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    metrix_user: str
    af_uid: str
    adjust_adid: str
    ym_uuid: str
    ym_device: str
    onesignal_player: str
    fid: str
    tapsell_uid: str
    # accounts and tokens (never labelled as device ids)
    msisdn: str
    film_user: str
    wallet_user: str
    driver_id: str
    tv_login: str
    push_token: str
    model: str = "SM-A356E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone118:
        return cls(
            gaid=new_uuid(rng),
            aid_film=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            aid_sandara=new_hex(rng, 16),
            aid_tilawat=new_hex(rng, 16),
            aid_maidan=new_hex(rng, 16),
            aid_hamyon=new_hex(rng, 16),
            aid_sado=new_hex(rng, 16),
            aid_rohat=new_hex(rng, 16),
            aid_band=new_hex(rng, 16),
            imei1=luhn_complete(new_digits(rng, 14, "35")),
            imei2=luhn_complete(new_digits(rng, 14, "35")),
            box_mac=_mac(rng, "00:1A:79"),
            band_mac=_mac(rng, "E4:5F:01"),
            box_serial=new_hex(rng, 13).upper(),
            band_serial="SW5" + new_digits(rng, 11),
            email=f"farzona.rahimova{rng.randint(10, 99)}@mail-example.tj",
            metrix_user=new_uuid(rng),
            af_uid=f"17309{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            ym_uuid=new_hex(rng, 32),
            ym_device=new_hex(rng, 32),
            onesignal_player=new_uuid(rng),
            fid="c" + new_hex(rng, 21),
            tapsell_uid=new_uuid(rng),
            msisdn="+99292" + new_digits(rng, 7),
            film_user="u" + new_digits(rng, 8),
            wallet_user="HM" + new_digits(rng, 9),
            driver_id="drv-" + new_digits(rng, 6),
            tv_login="tv" + new_digits(rng, 6),
            push_token="f" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone118's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-A356E Build/UP1A.231005.007)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone118",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
