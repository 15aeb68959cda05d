"""The set-286 devices and the flow builder that labels every identifier it inserts.

One Sami family, three phones and a kids' tablet:

* áhčči (father, Guovdageaidnu / Kautokeino): Samsung Galaxy A55 with the
  reindeer-herding app (GPS collars on the herd) and the bank app;
* eadni (mother, Kárášjohka / Karasjok): Pixel 8 with the Sami streaming app;
* nieida (daughter, Anár / Inari): Redmi Note 13 with the joik music app;
* the children's Lenovo tablet in Karasjok with a cartoon app and the tablet
  maker's parental-control system app (which may read the serial).

The GPS collars are the herder's equipment on the reindeer and the snowmobile
rental's tablets are the rental company's own fleet: neither is a person's
device, so their serials are constants of the modules, not attributes here.
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid_ahcci": "advertising_id",
    "gaid_eadni": "advertising_id",
    "gaid_nieida": "advertising_id",
    "aid_eallu": "android_id",
    "aid_banku": "android_id",
    "aid_stream": "android_id",
    "aid_luohti": "android_id",
    "aid_manat": "android_id",
    "aid_guardian": "android_id",
    "tablet_serial": "serial",
}
NOT_DEVICE = frozenset(
    {"eallu_user", "banku_user", "stream_user", "luohti_user", "manat_profile", "guardian_acct"}
)


@dataclass(frozen=True, slots=True)
class Family286(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_ahcci: str
    gaid_eadni: str
    gaid_nieida: str
    aid_eallu: str
    aid_banku: str
    aid_stream: str
    aid_luohti: str
    aid_manat: str
    aid_guardian: str
    tablet_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    stream_fid: str
    stream_kantar_uid: str
    luohti_adid: str
    luohti_android_uuid: str
    luohti_braze: str
    eallu_sentry_install: str
    banku_device_key: str
    manat_install: str
    # accounts (never labelled)
    eallu_user: str
    banku_user: str
    stream_user: str
    luohti_user: str
    manat_profile: str
    guardian_acct: str

    @classmethod
    def make(cls, rng: random.Random) -> Family286:
        return cls(
            gaid_ahcci=new_uuid(rng),
            gaid_eadni=new_uuid(rng),
            gaid_nieida=new_uuid(rng),
            aid_eallu=new_hex(rng, 16),
            aid_banku=new_hex(rng, 16),
            aid_stream=new_hex(rng, 16),
            aid_luohti=new_hex(rng, 16),
            aid_manat=new_hex(rng, 16),
            aid_guardian=new_hex(rng, 16),
            tablet_serial="HA1" + new_hex(rng, 5).upper(),
            stream_fid="f" + new_hex(rng, 21),
            stream_kantar_uid=new_hex(rng, 32),
            luohti_adid=new_hex(rng, 32),
            luohti_android_uuid=new_uuid(rng),
            luohti_braze=new_uuid(rng),
            eallu_sentry_install=new_uuid(rng),
            banku_device_key=new_uuid(rng).upper(),
            manat_install=new_uuid(rng),
            eallu_user="BH-" + new_digits(rng, 6, "2"),
            banku_user="C" + new_digits(rng, 9),
            stream_user="sp" + new_digits(rng, 8),
            luohti_user=new_digits(rng, 7, "5"),
            manat_profile="mp_" + new_hex(rng, 10),
            guardian_acct="g-" + new_hex(rng, 14),
        )


class FB(LabelledBuilder):
    """Family286's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "ahcci": ("14", "SM-A556B", "UP1A.231005.007"),
    "eadni": ("14", "Pixel 8", "AP2A.240905.003"),
    "nieida": ("14", "23124RA7EO", "UKQ1.231003.002"),
    "tablet": ("13", "TB328FU", "TP1A.220624.014"),
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
    "Family286",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
