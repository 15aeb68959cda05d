"""The set-268 devices and the flow builder that labels every identifier it inserts.

One family between Willemstad (Curaçao) and Paramaribo (Suriname):

* tata (father, Willemstad): Galaxy A55 with the bank app and the Caribbean
  telco's TV app; the living room holds the telco's IPTV box (MAC, serial and a
  middleware UDID) and a smart TV with automatic content recognition (ACR);
* mama (mother, Willemstad): Pixel 8 with the Dutch public broadcaster's
  catch-up app;
* yu (son, Paramaribo): Redmi Note 13 with the kaseko / tumba music app and a
  smartwatch with an eSIM (BLE MAC, serial, IMEI).

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_tata": "advertising_id",
    "gaid_mama": "advertising_id",
    "gaid_yu": "advertising_id",
    "aid_banko": "android_id",
    "aid_flamingo": "android_id",
    "aid_kijk": "android_id",
    "aid_kaseko": "android_id",
    "aid_yuru": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "watch_serial": "serial",
    "watch_imei": "imei",
    "box_udid": "device_id",
}
NOT_DEVICE = frozenset(
    {
        "banko_user",
        "flam_user",
        "kijk_user",
        "kaseko_user",
        "watch_user",
        "box_token",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family268(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_tata: str
    gaid_mama: str
    gaid_yu: str
    aid_banko: str
    aid_flamingo: str
    aid_kijk: str
    aid_kaseko: str
    aid_yuru: str
    box_mac: str
    tv_mac: str
    watch_mac: str
    box_serial: str
    tv_serial: str
    watch_serial: str
    watch_imei: str
    box_udid: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    flam_adid: str
    flam_fb_anon: str
    flam_conviva_clid: str
    kijk_fid: str
    kijk_meting_id: str
    kaseko_mp_device: str
    banko_device_key: str
    tv_acr_id: str
    watch_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    banko_user: str
    flam_user: str
    kijk_user: str
    kaseko_user: str
    watch_user: str
    box_token: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family268:
        return cls(
            gaid_tata=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_yu=new_uuid(rng),
            aid_banko=new_hex(rng, 16),
            aid_flamingo=new_hex(rng, 16),
            aid_kijk=new_hex(rng, 16),
            aid_kaseko=new_hex(rng, 16),
            aid_yuru=new_hex(rng, 16),
            box_mac=_mac(rng, "00:02:9B"),
            tv_mac=_mac(rng, "A8:23:FE"),
            watch_mac=_mac(rng, "E4:7D:BD"),
            box_serial="KT" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            tv_serial="KRB" + new_digits(rng, 9),
            watch_serial="YS" + new_hex(rng, 10).upper(),
            watch_imei=luhn_complete(new_digits(rng, 14, "35")),
            box_udid=new_hex(rng, 32),
            flam_adid=new_hex(rng, 32),
            flam_fb_anon="XZ" + new_uuid(rng),
            flam_conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            kijk_fid="f" + new_hex(rng, 21),
            kijk_meting_id=new_uuid(rng),
            kaseko_mp_device=new_uuid(rng),
            banko_device_key=new_uuid(rng).upper(),
            tv_acr_id=new_hex(rng, 40),
            watch_install=new_uuid(rng),
            banko_user="BI" + new_digits(rng, 8),
            flam_user="kt" + new_digits(rng, 9),
            kijk_user="npo-" + new_hex(rng, 12),
            kaseko_user=new_digits(rng, 8, "5"),
            watch_user=new_digits(rng, 10, "3"),
            box_token=new_hex(rng, 40),
            tv_account="krb-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family268's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "tata": ("14", "SM-A556B", "UP1A.231005.007"),
    "mama": ("14", "Pixel 8", "AP2A.240905.003"),
    "yu": ("14", "23124RA7EO", "UKQ1.231003.002"),
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
    "Family268",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
