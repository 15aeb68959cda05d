"""The set-265 devices and the flow builder that labels every identifier it inserts.

One family between Belarus and Lithuania, three phones and three home devices:

* tata (father, Minsk): Galaxy A55 with the bank app (iProov-style face
  verification, a face template, Onfido KYC); the Minsk living room holds an
  IPTV box on a Zala-like Huawei middleware and a smart TV with ACR;
* mama (mother, Hrodna): Redmi Note 13 with the Belarusian TV channels'
  streaming app (Yandex AppMetrica) and a smartwatch with a voice assistant;
* syn (son, Vilnius): Pixel 8 with the Lithuanian public broadcaster's
  catch-up app (Gemius, GA4) and a music / podcast app (Branch).

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid_tata": "advertising_id",
    "gaid_mama": "advertising_id",
    "gaid_syn": "advertising_id",
    "aid_bank": "android_id",
    "aid_efir": "android_id",
    "aid_eter": "android_id",
    "aid_garsas": "android_id",
    "aid_gadzinnik": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "watch_serial": "serial",
    "box_udid": "device_id",
}
NOT_DEVICE = frozenset(
    {
        "bank_user",
        "efir_user",
        "eter_user",
        "garsas_user",
        "box_login",
        "tv_account",
        "watch_user",
        "onfido_applicant",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family265(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_tata: str
    gaid_mama: str
    gaid_syn: str
    aid_bank: str
    aid_efir: str
    aid_eter: str
    aid_garsas: str
    aid_gadzinnik: str
    box_mac: str
    tv_mac: str
    watch_mac: str
    box_serial: str
    tv_serial: str
    watch_serial: str
    box_udid: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    am_deviceid: str
    am_uuid: str
    ga_app_instance: str
    gemius_uid: str
    branch_device_token: str
    bank_device_key: str
    tv_acr_id: str
    watch_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_user: str
    efir_user: str
    eter_user: str
    garsas_user: str
    box_login: str
    tv_account: str
    watch_user: str
    onfido_applicant: str

    @classmethod
    def make(cls, rng: random.Random) -> Family265:
        return cls(
            gaid_tata=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_syn=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_efir=new_hex(rng, 16),
            aid_eter=new_hex(rng, 16),
            aid_garsas=new_hex(rng, 16),
            aid_gadzinnik=new_hex(rng, 16),
            box_mac=_mac(rng, "00:E0:FC"),
            tv_mac=_mac(rng, "A8:23:FE"),
            watch_mac=_mac(rng, "E4:5F:01"),
            box_serial="21500" + new_digits(rng, 7) + new_hex(rng, 4).upper(),
            tv_serial="ZR" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            watch_serial="GW4" + new_hex(rng, 10).upper(),
            box_udid=new_hex(rng, 32).upper(),
            am_deviceid=new_hex(rng, 32),
            am_uuid=new_hex(rng, 32),
            ga_app_instance=new_hex(rng, 32),
            gemius_uid=new_hex(rng, 20),
            branch_device_token=new_digits(rng, 19, "12"),
            bank_device_key=new_uuid(rng).upper(),
            tv_acr_id=new_hex(rng, 24),
            watch_install=new_uuid(rng),
            bank_user="BY" + new_digits(rng, 10),
            efir_user="ef" + new_digits(rng, 8),
            eter_user="lt-" + new_hex(rng, 12),
            garsas_user=new_digits(rng, 9, "5"),
            box_login="375" + new_digits(rng, 9, "1"),
            tv_account="zk-" + new_hex(rng, 16),
            watch_user=new_digits(rng, 10, "8"),
            onfido_applicant=new_uuid(rng),
        )


class FB(LabelledBuilder):
    """Family265's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "tata": ("14", "SM-A556B", "UP1A.231005.007"),
    "mama": ("14", "23124RA7EO", "UKQ1.231003.002"),
    "syn": ("15", "Pixel 8", "AP4A.250105.002"),
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
    "Family265",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
