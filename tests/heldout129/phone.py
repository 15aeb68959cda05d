"""The set-129 devices and the flow builder that labels every identifier it inserts.

A family in Ulaanbaatar (and the grandparents in Erdenet) share one tester's
Samsung Galaxy A54 (Android 14) and an IPTV set-top box of their operator,
which the operator's companion app pairs with (the box's Ethernet MAC and
serial). The box was bought outright with the subscription, not leased, so it
is the household's own device (an operator-leased box would not be). The son
studies in Seoul and streams Korean series on his iPhone 13 (IDFV per vendor,
IDFA after he allowed tracking). Since Android 8 every app sees its own
ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_ott": "android_id",
    "aid_iptv": "android_id",
    "aid_music": "android_id",
    "aid_dharma": "android_id",
    "aid_sport": "android_id",
    "aid_bank": "android_id",
    "aid_gov": "android_id",
    "aid_ride": "android_id",
    "stb_mac": "mac",
    "stb_serial": "serial",
    "idfa": "advertising_id",
    "idfv": "idfv",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "ott_user",
        "iptv_contract",
        "music_user",
        "sport_user",
        "bank_customer",
        "register_no",
        "phone_no",
        "gov_user",
        "ride_user",
        "kr_member",
    }
)


@dataclass(frozen=True, slots=True)
class Phone129(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_ott: str
    aid_iptv: str
    aid_music: str
    aid_dharma: str
    aid_sport: str
    aid_bank: str
    aid_gov: str
    aid_ride: str
    stb_mac: str
    stb_serial: str
    idfa: str
    idfv: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    ott_af_uid: str
    ott_fid: str
    music_appmetrica_uuid: str
    sport_fid: str
    bank_sumsub_device: str
    ride_adjust_adid: str
    stb_install: str
    kr_pcid: str
    dharma_install: str
    # account ids, registration and phone numbers (not device identifiers)
    ott_user: str
    iptv_contract: str
    music_user: str
    sport_user: str
    bank_customer: str
    register_no: str
    phone_no: str
    gov_user: str
    ride_user: str
    kr_member: str
    model: str = "SM-A546E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone129:
        return cls(
            gaid=new_uuid(rng),
            aid_ott=new_hex(rng, 16),
            aid_iptv=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_dharma=new_hex(rng, 16),
            aid_sport=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_gov=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            stb_mac="00:1A:79:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            stb_serial="UVS" + new_digits(rng, 4, "22") + new_hex(rng, 8).upper(),
            idfa=new_uuid(rng).upper(),
            idfv=new_uuid(rng).upper(),
            email=f"batbold.ganzorig{rng.randint(10, 99)}@mail-example.mn",
            ott_af_uid=f"17301{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            ott_fid=new_hex(rng, 32),
            music_appmetrica_uuid=new_hex(rng, 32),
            sport_fid=new_hex(rng, 32),
            bank_sumsub_device=new_uuid(rng),
            ride_adjust_adid=new_hex(rng, 32),
            stb_install=new_uuid(rng),
            kr_pcid="PC" + new_digits(rng, 14, "2024") + new_hex(rng, 8),
            dharma_install=new_uuid(rng),
            ott_user="u" + new_digits(rng, 8),
            iptv_contract="GER" + new_digits(rng, 9),
            music_user=new_digits(rng, 7, "5"),
            sport_user="sp" + new_digits(rng, 9),
            bank_customer=new_digits(rng, 10, "50"),
            register_no="УБ" + new_digits(rng, 8, "9"),
            phone_no="+976" + new_digits(rng, 8, "99"),
            gov_user=new_uuid(rng),
            ride_user="r" + new_digits(rng, 10),
            kr_member="kr_" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Phone129's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"


def ios_ua(app: str, ver: str, build: str) -> str:
    return f"{app}/{ver} (iPhone14,5; iOS 17.5.1; Scale/3.00) build/{build}"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone129",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
