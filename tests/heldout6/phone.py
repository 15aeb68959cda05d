"""The set-6 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy A54 (Android 14) runs seven apps: a period tracker funded by ad
SDKs, a ride-hailing driver app with selfie re-checks, a casino app with KYC and
device fingerprinting, a VR-headset and smart-glasses companion, an IPTV player
that logs in to an Xtream / Stalker-style portal, a children's education video
app and a social-audio app. Since Android 8 every app sees its own ANDROID_ID,
so known.yaml lists one per app. The headset and glasses serials are `serial`,
their Bluetooth / the portal's set-top MAC and the phone's Wi-Fi MAC are `mac`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_cycle": "android_id",
    "aid_ride": "android_id",
    "aid_spin": "android_id",
    "aid_quest": "android_id",
    "aid_tube": "android_id",
    "aid_chorus": "android_id",
    "aid_iptv": "android_id",
    "imei": "imei",
    "wifi_mac": "mac",
    "stb_mac": "mac",
    "glasses_bt": "mac",
    "quest_serial": "serial",
    "glasses_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "cycle_user",
        "ride_driver",
        "spin_player",
        "quest_user",
        "tube_kid",
        "chorus_user",
        "iptv_user",
        "iptv_pass",
        "ride_push",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone6(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_cycle: str
    aid_ride: str
    aid_spin: str
    aid_quest: str
    aid_tube: str
    aid_chorus: str
    aid_iptv: str
    imei: str
    wifi_mac: str
    stb_mac: str
    glasses_bt: str
    quest_serial: str
    glasses_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    cycle_af_uid: str
    cycle_fb_anon: str
    cycle_fid: str
    cycle_max_ifv: str
    ride_install: str
    ride_fp: str
    spin_seon_hash: str
    spin_gsf: str
    spin_install: str
    quest_device: str
    quest_fb_anon: str
    tube_app_instance: str
    tube_install: str
    chorus_device: str
    iptv_stb_sn: str
    iptv_stb_devid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    cycle_user: str
    ride_driver: str
    ride_push: str
    spin_player: str
    quest_user: str
    tube_kid: str
    chorus_user: str
    iptv_user: str
    iptv_pass: str
    model: str = "SM-A546B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone6:
        return cls(
            gaid=new_uuid(rng),
            aid_cycle=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_spin=new_hex(rng, 16),
            aid_quest=new_hex(rng, 16),
            aid_tube=new_hex(rng, 16),
            aid_chorus=new_hex(rng, 16),
            aid_iptv=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            wifi_mac=_mac(rng, "5C:CB:99").lower(),
            stb_mac=_mac(rng, "00:1A:79"),
            glasses_bt=_mac(rng, "DC:2C:26"),
            quest_serial="2G0YC" + new_hex(rng, 9).upper(),
            glasses_serial="1WMHH" + new_digits(rng, 9),
            email=f"ines.marchetti{rng.randint(10, 99)}@postbox-example.net",
            cycle_af_uid=f"17318{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            cycle_fb_anon="XZ" + new_uuid(rng),
            cycle_fid="c" + new_hex(rng, 21),
            cycle_max_ifv=new_uuid(rng),
            ride_install=new_uuid(rng).upper(),
            ride_fp=new_hex(rng, 40),
            spin_seon_hash=new_hex(rng, 64),
            spin_gsf=new_hex(rng, 16),
            spin_install=new_uuid(rng),
            quest_device=new_digits(rng, 16, "3"),
            quest_fb_anon="XZ" + new_uuid(rng),
            tube_app_instance=new_hex(rng, 32),
            tube_install=new_uuid(rng),
            chorus_device=new_uuid(rng).upper(),
            iptv_stb_sn=new_hex(rng, 13).upper(),
            iptv_stb_devid=new_hex(rng, 64).upper(),
            cycle_user="cu_" + new_hex(rng, 12),
            ride_driver="drv-" + new_digits(rng, 8),
            ride_push="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
            spin_player="P" + new_digits(rng, 9),
            quest_user=new_digits(rng, 16, "7"),
            tube_kid="kid_" + new_hex(rng, 8),
            chorus_user=new_digits(rng, 9, "1"),
            iptv_user="ines" + new_digits(rng, 4),
            iptv_pass=new_hex(rng, 10),
        )


class FB(LabelledBuilder):
    """Phone6's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"


rid = req_id


__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone6",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
