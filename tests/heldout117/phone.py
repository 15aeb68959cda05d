"""The set-117 devices and the flow builder that labels every identifier it inserts.

A vivo Y36 (Android 14) shared by a family in Phnom Penh, Siem Reap and
Vientiane, a cheap Android TV box (Wi-Fi MAC, serial) and a Bluetooth speaker
(BLE MAC) it casts karaoke to. Each app sees its own ANDROID_ID; the telco app
reads the IMEI (a carrier app holds READ_PRIVILEGED_PHONE_STATE).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

APPS = ("kh", "lao", "music", "dharma", "foot", "kara", "bank", "telco", "ride")

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    **{f"aid_{a}": "android_id" for a in APPS},
    "imei": "imei",
    "box_mac": "mac",
    "spk_mac": "mac",
    "box_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "msisdn", "bank_cif", "driver_no", "kh_user", "lao_user", "music_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone117(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kh: str
    aid_lao: str
    aid_music: str
    aid_dharma: str
    aid_foot: str
    aid_kara: str
    aid_bank: str
    aid_telco: str
    aid_ride: str
    imei: str
    box_mac: str
    spk_mac: str
    box_serial: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    fid: str
    af_uid: str
    adjust_adid: str
    fb_anon: str
    pangle_did: str
    onesignal_player: str
    kh_install: str
    lao_box_uuid: str
    kara_did: str
    # accounts (never device ids)
    msisdn: str
    bank_cif: str
    driver_no: str
    kh_user: str
    lao_user: str
    music_user: str
    model: str = "vivo Y36"

    @classmethod
    def make(cls, rng: random.Random) -> Phone117:
        aids = {f"aid_{a}": new_hex(rng, 16) for a in APPS}
        return cls(
            gaid=new_uuid(rng),
            **aids,
            imei=luhn_complete(new_digits(rng, 14, "86")),
            box_mac=_mac(rng, "A8:1E:84").lower(),
            spk_mac=_mac(rng, "30:C0:1B"),
            box_serial="X96Q" + new_hex(rng, 12).upper(),
            email=f"sokha.chan{rng.randint(10, 99)}@gmail-example.com",
            fid="c" + new_hex(rng, 10) + "-" + new_hex(rng, 10),
            af_uid=f"1733{new_digits(rng, 9)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            fb_anon="XZ" + new_uuid(rng),
            pangle_did=new_digits(rng, 19, "7"),
            onesignal_player=new_uuid(rng),
            kh_install=new_uuid(rng),
            lao_box_uuid=new_uuid(rng).upper(),
            kara_did="KD" + new_hex(rng, 20),
            msisdn="+85512" + new_digits(rng, 6),
            bank_cif=new_digits(rng, 9, "0"),
            driver_no="DRV-PP-" + new_digits(rng, 6),
            kh_user="u" + new_digits(rng, 8),
            lao_user=new_digits(rng, 7, "5"),
            music_user="m_" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Phone117's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; V2247 Build/UP1A.231005.007)"


BOX_UA = "Mozilla/5.0 (Linux; Android 9; X96Q Build/PPR1.180610.011) AppleWebKit/537.36"
rid = req_id

__all__ = ["APPS", "BOX_UA", "FB", "KNOWN_ATTRS", "Phone117", "floats", "iso", "ms", "rf", "rid"]
