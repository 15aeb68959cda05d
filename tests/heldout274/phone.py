"""The set-274 devices and the flow builder that labels every identifier it inserts.

One Grozny household and a relative's phone in Nazran (Ingushetia):

* dada (father, Grozny): Samsung Galaxy A34 with the regional bank's app (face
  sign-in, MyTracker inside);
* nana (mother, Grozny): Redmi Note 13 with a Chechen-language film / series
  app (AppMetrica, Firebase) and a photo app;
* the children's tablet: Samsung Galaxy Tab A8 with a cartoon app (AppsFlyer,
  MyTracker);
* vasha (the Ingush cousin, Nazran): Honor X8 with an Ingush radio / news app
  (AppsFlyer) and a taxi app (AppMetrica);
* the living-room smart TV: a Russian-market TV on an operator's Smart TV
  middleware with IPTV channels (Wi-Fi MAC, serial).

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid_dada": "advertising_id",
    "gaid_nana": "advertising_id",
    "gaid_tab": "advertising_id",
    "gaid_vasha": "advertising_id",
    "aid_bank": "android_id",
    "aid_kino": "android_id",
    "aid_surt": "android_id",
    "aid_mult": "android_id",
    "aid_radio": "android_id",
    "aid_taxi": "android_id",
    "tv_mac": "mac",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "bank_user",
        "kino_user",
        "mult_profile",
        "radio_user",
        "taxi_phone",
        "tv_contract",
        "surt_user",
    }
)


@dataclass(frozen=True, slots=True)
class Household274(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_dada: str
    gaid_nana: str
    gaid_tab: str
    gaid_vasha: str
    aid_bank: str
    aid_kino: str
    aid_surt: str
    aid_mult: str
    aid_radio: str
    aid_taxi: str
    tv_mac: str
    tv_serial: str
    # ids that SDKs and apps make up (device_id, not in known.yaml)
    am_deviceid_kino: str
    am_uuid_kino: str
    am_deviceid_taxi: str
    am_uuid_taxi: str
    mt_instance_bank: str
    mt_instance_mult: str
    kino_fid: str
    kino_app_instance: str
    mult_af_uid: str
    radio_af_uid: str
    bank_device_key: str
    taxi_install: str
    tv_platform_id: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_user: str
    kino_user: str
    mult_profile: str
    radio_user: str
    taxi_phone: str
    tv_contract: str
    surt_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Household274:
        return cls(
            gaid_dada=new_uuid(rng),
            gaid_nana=new_uuid(rng),
            gaid_tab=new_uuid(rng),
            gaid_vasha=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_kino=new_hex(rng, 16),
            aid_surt=new_hex(rng, 16),
            aid_mult=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_taxi=new_hex(rng, 16),
            tv_mac="38:8C:50:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            tv_serial="1" + new_digits(rng, 2) + "RM" + new_hex(rng, 8).upper(),
            am_deviceid_kino=new_hex(rng, 32),
            am_uuid_kino=new_hex(rng, 32),
            am_deviceid_taxi=new_hex(rng, 32),
            am_uuid_taxi=new_hex(rng, 32),
            mt_instance_bank=new_uuid(rng),
            mt_instance_mult=new_uuid(rng),
            kino_fid="f" + new_hex(rng, 21),
            kino_app_instance=new_hex(rng, 32),
            mult_af_uid=f"17370{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            radio_af_uid=f"17368{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            bank_device_key=new_uuid(rng).upper(),
            taxi_install=new_uuid(rng),
            tv_platform_id="stv-" + new_hex(rng, 24),
            bank_user="GR" + new_digits(rng, 10),
            kino_user=new_digits(rng, 8, "5"),
            mult_profile="ber-" + new_hex(rng, 6),
            radio_user="g" + new_digits(rng, 7),
            taxi_phone="+7928" + new_digits(rng, 7),
            tv_contract="Д-" + new_digits(rng, 9),
            surt_user=new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Household274's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "dada": ("14", "SM-A346E", "UP1A.231005.007"),
    "nana": ("14", "23124RA7EO", "UKQ1.231003.002"),
    "tab": ("13", "SM-X205", "TP1A.220624.014"),
    "vasha": ("13", "ANY-LX1", "HONORANY-L21"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Household274",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
