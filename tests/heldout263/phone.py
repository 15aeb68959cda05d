"""The set-263 devices and the flow builder that labels every identifier it inserts.

One Kazan family, three phones and one living-room TV:

* äti (father): Samsung Galaxy A54 with the Idel Bank app and the mosque's
  prayer-times / Quran-audio app;
* äni (mother): Xiaomi Redmi Note 13 with the Kanalım Tatar TV app, the Tämle
  recipe-video app and the photo studio's order app;
* ulım (son, a student): Pixel 7a with the university app, the city transport
  app, the hockey club's shop and the bookshop;
* the living-room Android TV with the Kanalım TV app (its serial and Wi-Fi MAC
  are on the sticker and in Settings > About).

The theatre's foyer screens, the university's lab equipment and the city's bus
trackers carry serials, MACs and IMEIs too: they are institutions' own
equipment, not attributes here, and never labelled as device identifiers.
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from urllib.parse import quote

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_ati": "advertising_id",
    "gaid_ani": "advertising_id",
    "gaid_ulim": "advertising_id",
    "aid_bank": "android_id",
    "aid_mechet": "android_id",
    "aid_kanal": "android_id",
    "aid_tamle": "android_id",
    "aid_barslar": "android_id",
    "aid_tv": "android_id",
    "tv_mac": "mac",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "bank_user",
        "kanal_user",
        "univ_student",
        "campus_card",
        "transport_card",
        "foto_client",
        "barslar_user",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family263(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_ati: str
    gaid_ani: str
    gaid_ulim: str
    aid_bank: str
    aid_mechet: str
    aid_kanal: str
    aid_tamle: str
    aid_barslar: str
    aid_tv: str
    tv_mac: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    kanal_af_uid: str
    barslar_af_uid: str
    bank_device_key: str
    bank_metrica_uuid: str
    bank_metrica_deviceid: str
    mechet_metrica_uuid: str
    mechet_metrica_deviceid: str
    tamle_mt_instance: str
    tv_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_user: str
    kanal_user: str
    univ_student: str
    campus_card: str
    transport_card: str
    foto_client: str
    barslar_user: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family263:
        return cls(
            gaid_ati=new_uuid(rng),
            gaid_ani=new_uuid(rng),
            gaid_ulim=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_mechet=new_hex(rng, 16),
            aid_kanal=new_hex(rng, 16),
            aid_tamle=new_hex(rng, 16),
            aid_barslar=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            tv_mac=_mac(rng, "5C:CB:99"),
            tv_serial="KZ" + new_digits(rng, 3) + "T" + new_hex(rng, 7).upper(),
            kanal_af_uid=f"17486{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            barslar_af_uid=f"17479{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            bank_device_key=new_hex(rng, 40),
            bank_metrica_uuid=new_hex(rng, 32),
            bank_metrica_deviceid=new_hex(rng, 32),
            mechet_metrica_uuid=new_hex(rng, 32),
            mechet_metrica_deviceid=new_hex(rng, 32),
            tamle_mt_instance=new_uuid(rng),
            tv_install=new_uuid(rng),
            bank_user="IB" + new_digits(rng, 9),
            kanal_user="k" + new_digits(rng, 8),
            univ_student=new_digits(rng, 8, "2"),
            campus_card="04" + new_hex(rng, 12).upper(),
            transport_card=new_digits(rng, 10, "9"),
            foto_client="FY-" + new_digits(rng, 6),
            barslar_user="bs" + new_hex(rng, 10),
            tv_account="tvacc-" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Family263's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "ati": ("14", "SM-A546B", "UP1A.231005.007"),
    "ani": ("14", "23124RA7EO", "UKQ1.231003.002"),
    "ulim": ("14", "Pixel 7a", "AP2A.240805.005"),
    "tv": ("11", "KZTV-55Q", "RTT2.220118.001"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


def equipment_mac(rng: random.Random) -> str:
    """A MAC of an institution's own equipment (signage, lab instruments)."""
    return _mac(rng, rng.choice(["00:1B:63", "B8:27:EB", "00:0E:C6", "D8:3A:DD"]))


def url(text: str) -> str:
    """A URL as OkHttp sends it: non-ASCII path and query text percent-encoded (UTF-8)."""
    return quote(text, safe=":/?&=%,+*@;!~-._")


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Family263",
    "dalvik",
    "equipment_mac",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
    "url",
]
