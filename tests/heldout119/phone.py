"""The set-119 devices and the flow builder that labels every identifier it inserts.

The Welsh household's iPhone 14 (IDFA, one IDFV per vendor) and the Irish
household's Galaxy S23 (GAID, one ANDROID_ID per app), the Welsh household's
Samsung Tizen TV (TIFA, Wi-Fi MAC, serial) and a pair of earbuds (Bluetooth MAC,
serial) paired with the S23. Both households are the tester's.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "gaid": "advertising_id",
    "tifa": "advertising_id",
    "idfv_clywed": "device_id",
    "idfv_plant": "device_id",
    "idfv_banc": "device_id",
    "idfv_podlediad": "device_id",
    "aid_campai": "android_id",
    "aid_ceol": "android_id",
    "aid_leabhar": "android_id",
    "aid_teileafon": "android_id",
    "aid_gra": "android_id",
    "aid_rothai": "android_id",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "buds_mac": "mac",
    "buds_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "clywed_user",
        "campai_user",
        "banc_customer",
        "teileafon_msisdn",
        "gra_user",
        "rider_no",
        "ceol_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Devices119(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    gaid: str
    tifa: str
    idfv_clywed: str
    idfv_plant: str
    idfv_banc: str
    idfv_podlediad: str
    aid_campai: str
    aid_ceol: str
    aid_leabhar: str
    aid_teileafon: str
    aid_gra: str
    aid_rothai: str
    tv_mac: str
    tv_serial: str
    buds_mac: str
    buds_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    adjust_uuid: str
    fb_app_instance: str
    ceol_install: str
    onfido_device: str
    # account ids, numbers and tokens (not device identifiers; never labelled as such)
    clywed_user: str
    campai_user: str
    banc_customer: str
    teileafon_msisdn: str
    gra_user: str
    rider_no: str
    ceol_user: str
    model: str = "iPhone15,2"

    @classmethod
    def make(cls, rng: random.Random) -> Devices119:
        return cls(
            idfa=new_uuid(rng).upper(),
            gaid=new_uuid(rng),
            tifa=new_uuid(rng),
            idfv_clywed=new_uuid(rng).upper(),
            idfv_plant=new_uuid(rng).upper(),
            idfv_banc=new_uuid(rng).upper(),
            idfv_podlediad=new_uuid(rng).upper(),
            aid_campai=new_hex(rng, 16),
            aid_ceol=new_hex(rng, 16),
            aid_leabhar=new_hex(rng, 16),
            aid_teileafon=new_hex(rng, 16),
            aid_gra=new_hex(rng, 16),
            aid_rothai=new_hex(rng, 16),
            tv_mac=_mac(rng, "8C:EA:48"),
            tv_serial="0A" + new_hex(rng, 4).upper() + "M" + new_digits(rng, 8),
            buds_mac=_mac(rng, "64:03:7F"),
            buds_serial="R3" + new_hex(rng, 9).upper(),
            email=f"siwan.llywelyn{rng.randint(10, 99)}@post-example.cymru",
            af_uid=f"1731{new_digits(rng, 9)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            adjust_uuid=new_uuid(rng),
            fb_app_instance=new_hex(rng, 32).upper(),
            ceol_install=new_uuid(rng),
            onfido_device=new_uuid(rng),
            clywed_user="cly-" + new_digits(rng, 9),
            campai_user="u_" + new_hex(rng, 12),
            banc_customer="CUS" + new_digits(rng, 10),
            teileafon_msisdn="+35387" + new_digits(rng, 7),
            gra_user="g" + new_digits(rng, 10),
            rider_no="RID-" + new_digits(rng, 6),
            ceol_user=new_digits(rng, 9, "7"),
        )


class FB(LabelledBuilder):
    """Devices119's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ios_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone; iOS 17.5.1; Scale/3.00)"


def and_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Devices119",
    "and_ua",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
]
