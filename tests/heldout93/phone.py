"""The set-93 devices and the flow builder that labels every identifier it inserts.

A Google Pixel 8a (Android 14, build AP2A.240905.003) in Portugal runs eight
apps: two streaming players (public-service and commercial), a Primeira Liga
football app, a music / podcast app, a radio app, a bank with face liveness,
a telco customer-care app with voice biometrics and an e-scooter app with a
selfie check. The family's Samsung Tizen TV (its Wi-Fi MAC, serial and TIFA ad
id) reports content recognition. Since Android 8 every app sees its own
ANDROID_ID, so known.yaml lists one per app that sends it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "tifa": "advertising_id",
    "aid_play": "android_id",
    "aid_opto": "android_id",
    "aid_bola": "android_id",
    "aid_som": "android_id",
    "aid_radio": "android_id",
    "aid_banco": "android_id",
    "aid_tele": "android_id",
    "aid_trot": "android_id",
    "imei": "imei",
    "tv_mac": "mac",
    "wifi_mac": "mac",
    "tv_serial": "serial",
    "phone_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "play_user", "opto_user", "bank_user", "tele_msisdn", "trot_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone93(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    tifa: str
    aid_play: str
    aid_opto: str
    aid_bola: str
    aid_som: str
    aid_radio: str
    aid_banco: str
    aid_tele: str
    aid_trot: str
    imei: str
    tv_mac: str
    wifi_mac: str
    tv_serial: str
    phone_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    tv_duid: str
    cs_c12: str
    braze_did: str
    adjust_uuid: str
    af_uid: str
    som_fid: str
    som_instance: str
    radio_install: str
    bank_fp: str
    trot_install: str
    # account ids and tokens (never labelled as device identifiers)
    play_user: str
    opto_user: str
    bank_user: str
    tele_msisdn: str
    trot_user: str
    model: str = "Pixel 8a"

    @classmethod
    def make(cls, rng: random.Random) -> Phone93:
        return cls(
            gaid=new_uuid(rng),
            tifa=new_uuid(rng),
            aid_play=new_hex(rng, 16),
            aid_opto=new_hex(rng, 16),
            aid_bola=new_hex(rng, 16),
            aid_som=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_tele=new_hex(rng, 16),
            aid_trot=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            tv_mac=_mac(rng, "8C:79:F5"),
            wifi_mac=_mac(rng, "F0:5C:77").lower(),
            tv_serial="0A8C3" + new_hex(rng, 9).upper(),
            phone_serial="4B1" + new_hex(rng, 9).upper(),
            email=f"ines.medeiros{rng.randint(10, 99)}@correio-exemplo.pt",
            tv_duid="YHCN" + new_hex(rng, 10).upper(),
            cs_c12=new_hex(rng, 32),
            braze_did=new_uuid(rng),
            adjust_uuid=new_uuid(rng),
            af_uid=f"17296{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            som_fid="c" + new_hex(rng, 21),
            som_instance=new_hex(rng, 32),
            radio_install=new_uuid(rng),
            bank_fp=new_hex(rng, 40),
            trot_install=new_uuid(rng).upper(),
            play_user="rtpu" + new_digits(rng, 8),
            opto_user=new_hex(rng, 24),
            bank_user="CLI" + new_digits(rng, 9),
            tele_msisdn="3519" + new_digits(rng, 8),
            trot_user="usr_" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Phone93's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; pt_PT; Pixel 8a Build/AP2A.240905.003)"


def exo_ua(app: str, ver: str) -> str:
    """ExoPlayer's default user agent, what media fetches carry."""
    return f"{app}/{ver} (Linux;Android 14) ExoPlayerLib/2.19.1"


rid = req_id

__all__ = ["CONTACT_KINDS", "FB", "KNOWN_ATTRS", "Phone93", "exo_ua", "floats", "iso", "ms"]
__all__ += ["rf", "rid", "ua"]
