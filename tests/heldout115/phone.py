"""The set-115 devices and the flow builder that labels every identifier it inserts.

Mother's iPhone 15 (IDFA, IDFV per vendor), son's Sony Xperia (Android 14: GAID,
IMEI, one ANDROID_ID per app), a Sony BRAVIA Google TV (Wi-Fi MAC, serial), earbuds
(BLE MAC, serial) and a smart speaker (serial). SDK-made install ids are further
attributes; account numbers, LINE user ids and the My Number card's number are
accounts, never device ids.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "idfa",
    "idfv_hikari": "idfv",
    "idfv_bank": "idfv",
    "idfv_date": "idfv",
    "gaid": "advertising_id",
    "aid_catchup": "android_id",
    "aid_radio": "android_id",
    "aid_manga": "android_id",
    "aid_yakyu": "android_id",
    "aid_telco": "android_id",
    "imei": "imei",
    "tv_mac": "mac",
    "bud_mac": "mac",
    "tv_serial": "serial",
    "bud_serial": "serial",
    "speaker_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "hikari_member", "bank_cif", "line_uid", "telco_msisdn", "date_member"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone115(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_hikari: str
    idfv_bank: str
    idfv_date: str
    gaid: str
    aid_catchup: str
    aid_radio: str
    aid_manga: str
    aid_yakyu: str
    aid_telco: str
    imei: str
    tv_mac: str
    bud_mac: str
    tv_serial: str
    bud_serial: str
    speaker_serial: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    fb_app_instance: str
    repro_uid: str
    karte_visitor: str
    music_install: str
    radio_uid: str
    tv_acr_id: str
    # accounts (never device ids)
    hikari_member: str
    bank_cif: str
    line_uid: str
    telco_msisdn: str
    date_member: str
    model: str = "iPhone15,4"

    @classmethod
    def make(cls, rng: random.Random) -> Phone115:
        return cls(
            idfa=new_uuid(rng).upper(),
            idfv_hikari=new_uuid(rng).upper(),
            idfv_bank=new_uuid(rng).upper(),
            idfv_date=new_uuid(rng).upper(),
            gaid=new_uuid(rng),
            aid_catchup=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_manga=new_hex(rng, 16),
            aid_yakyu=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            tv_mac=_mac(rng, "FC:F1:52"),
            bud_mac=_mac(rng, "AC:80:0A"),
            tv_serial="SN" + new_digits(rng, 7, "5"),
            bud_serial="WF" + new_digits(rng, 8),
            speaker_serial="S01" + new_hex(rng, 9).upper(),
            email=f"yui.tanaka{rng.randint(10, 99)}@mail-example.jp",
            af_uid=f"17177{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            fb_app_instance=new_hex(rng, 32).upper(),
            repro_uid=new_uuid(rng).upper(),
            karte_visitor="vis-" + new_hex(rng, 24),
            music_install=new_uuid(rng),
            radio_uid=new_hex(rng, 20),
            tv_acr_id=new_uuid(rng),
            hikari_member="HK" + new_digits(rng, 10),
            bank_cif=new_digits(rng, 7, "4"),
            line_uid="U" + new_hex(rng, 32),
            telco_msisdn="090" + new_digits(rng, 8),
            date_member="m" + new_digits(rng, 9),
        )


class FB(LabelledBuilder):
    """Phone115's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ios_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone15,4; iOS 17.5.1; Scale/3.00)"


def xperia_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; XQ-DQ44 Build/68.1.A.2.170)"


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "Phone115",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
    "xperia_ua",
]
