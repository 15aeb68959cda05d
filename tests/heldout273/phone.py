"""The set-273 devices and the flow builder that labels every identifier it inserts.

One family in Rwanda and Burundi, three phones and two home devices:

* data (father, Kigali): Tecno Camon 20 with the mobile-money wallet and the
  bank app; the living room holds a satellite decoder (MAC, serial) and a
  smart TV with ACR (Wi-Fi MAC, serial, the TV's own advertising id);
* mama (mother, Musanze): Samsung Galaxy A14 with the gospel / inanga music app;
* umuhungu (son, Bujumbura): Infinix Hot 30 with the pay-TV streaming app and
  the football highlights app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid_data": "advertising_id",
    "gaid_mama": "advertising_id",
    "gaid_umuhungu": "advertising_id",
    "tv_ifa": "advertising_id",
    "aid_momo": "android_id",
    "aid_banki": "android_id",
    "aid_indirimbo": "android_id",
    "aid_reba": "android_id",
    "aid_umupira": "android_id",
    "dec_mac": "mac",
    "tv_mac": "mac",
    "dec_serial": "serial",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "momo_msisdn",
        "banki_user",
        "reba_user",
        "indirimbo_user",
        "umupira_user",
        "dec_smartcard",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family273(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_data: str
    gaid_mama: str
    gaid_umuhungu: str
    tv_ifa: str
    aid_momo: str
    aid_banki: str
    aid_indirimbo: str
    aid_reba: str
    aid_umupira: str
    dec_mac: str
    tv_mac: str
    dec_serial: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    reba_fid: str
    reba_app_instance: str
    ct_id: str
    af_uid_tv: str
    af_uid_umupira: str
    adjust_adid: str
    momo_device_key: str
    banki_install: str
    # accounts, subscriptions and tokens (not device identifiers)
    momo_msisdn: str
    banki_user: str
    reba_user: str
    indirimbo_user: str
    umupira_user: str
    dec_smartcard: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family273:
        return cls(
            gaid_data=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_umuhungu=new_uuid(rng),
            tv_ifa=new_uuid(rng),
            aid_momo=new_hex(rng, 16),
            aid_banki=new_hex(rng, 16),
            aid_indirimbo=new_hex(rng, 16),
            aid_reba=new_hex(rng, 16),
            aid_umupira=new_hex(rng, 16),
            dec_mac=_mac(rng, "A8:F7:D9"),
            tv_mac=_mac(rng, "5C:C1:D7"),
            dec_serial="ST" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            tv_serial="HS" + new_digits(rng, 2) + new_hex(rng, 10).upper(),
            reba_fid="f" + new_hex(rng, 21),
            reba_app_instance=new_hex(rng, 32),
            ct_id="__" + new_hex(rng, 32),
            af_uid_tv=f"17567{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            af_uid_umupira=f"17568{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            momo_device_key=new_uuid(rng).upper(),
            banki_install=new_uuid(rng),
            momo_msisdn="25078" + new_digits(rng, 7),
            banki_user="BK" + new_digits(rng, 9),
            reba_user="rb" + new_digits(rng, 8),
            indirimbo_user=new_digits(rng, 7, "5"),
            umupira_user="fan_" + new_hex(rng, 10),
            dec_smartcard="0" + new_digits(rng, 10),
            tv_account="acc-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family273's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "data": ("13", "TECNO CK6n", "TP1A.220624.014"),
    "mama": ("14", "SM-A145F", "UP1A.231005.007"),
    "umuhungu": ("13", "Infinix X6831", "TP1A.220624.014"),
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
    "Family273",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
