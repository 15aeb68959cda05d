"""The set-244 devices and the flow builder that labels every identifier it inserts.

One isiZulu-speaking family, four phones and four other devices:

* ubaba (father, Durban / eThekwini): Samsung Galaxy A34 with the bank app; the
  lounge holds a pay-TV decoder (smartcard number, serial, Ethernet MAC) and a
  smart TV with automatic content recognition (ACR);
* umama (mother, Pietermaritzburg): Samsung Galaxy A14 with the maskandi /
  amapiano / gospel music and radio app and the prepaid electricity app of the
  house's smart meter;
* indodana (son, Johannesburg): OPPO A78 with the series / soapie streaming
  app and a smartwatch;
* umalume (uncle, Durban): Tecno Spark 20 with the PSL football and rugby app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
The prepaid meter's number belongs to the municipality's meter, not to a device
of the family: it is sent, never labelled as a device identifier.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_baba": "advertising_id",
    "gaid_mama": "advertising_id",
    "gaid_ndodana": "advertising_id",
    "gaid_malume": "advertising_id",
    "aid_bhange": "android_id",
    "aid_umculo": "android_id",
    "aid_ugesi": "android_id",
    "aid_bukela": "android_id",
    "aid_wotshi": "android_id",
    "aid_ibhola": "android_id",
    "dec_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "dec_serial": "serial",
    "tv_serial": "serial",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "bhange_user",
        "bukela_user",
        "umculo_user",
        "ibhola_user",
        "ugesi_user",
        "meter_no",
        "watch_user",
        "dec_account",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family244(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_baba: str
    gaid_mama: str
    gaid_ndodana: str
    gaid_malume: str
    aid_bhange: str
    aid_umculo: str
    aid_ugesi: str
    aid_bukela: str
    aid_wotshi: str
    aid_ibhola: str
    dec_mac: str
    tv_mac: str
    watch_mac: str
    dec_serial: str
    tv_serial: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    bukela_fid: str
    bukela_app_instance: str
    bukela_adjust_uuid: str
    ibhola_af_uid: str
    ibhola_fb_anon: str
    umculo_install: str
    bhange_device_key: str
    ugesi_install: str
    tv_psid: str
    dec_smartcard: str
    dec_chip_id: str
    watch_install: str
    # account ids, meter numbers and tokens (not device identifiers; never labelled)
    bhange_user: str
    bukela_user: str
    umculo_user: str
    ibhola_user: str
    ugesi_user: str
    meter_no: str
    watch_user: str
    dec_account: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family244:
        return cls(
            gaid_baba=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_ndodana=new_uuid(rng),
            gaid_malume=new_uuid(rng),
            aid_bhange=new_hex(rng, 16),
            aid_umculo=new_hex(rng, 16),
            aid_ugesi=new_hex(rng, 16),
            aid_bukela=new_hex(rng, 16),
            aid_wotshi=new_hex(rng, 16),
            aid_ibhola=new_hex(rng, 16),
            dec_mac=_mac(rng, "00:1E:A0"),
            tv_mac=_mac(rng, "1C:A0:B8"),
            watch_mac=_mac(rng, "D4:9A:A0"),
            dec_serial="EA" + new_digits(rng, 2) + "P" + new_digits(rng, 9),
            tv_serial="KH" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            watch_serial="W7" + new_hex(rng, 10).upper(),
            bukela_fid="f" + new_hex(rng, 21),
            bukela_app_instance=new_hex(rng, 32),
            bukela_adjust_uuid=new_uuid(rng),
            ibhola_af_uid=f"17351{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            ibhola_fb_anon="XZ" + new_uuid(rng),
            umculo_install=new_uuid(rng),
            bhange_device_key=new_uuid(rng).upper(),
            ugesi_install=new_hex(rng, 24),
            tv_psid=new_hex(rng, 32),
            dec_smartcard=new_digits(rng, 11, "4"),
            dec_chip_id=new_digits(rng, 12, "9"),
            watch_install=new_uuid(rng),
            bhange_user="IB" + new_digits(rng, 9),
            bukela_user="bk" + new_digits(rng, 8),
            umculo_user=new_digits(rng, 7, "5"),
            ibhola_user="ib_" + new_hex(rng, 12),
            ugesi_user="U" + new_digits(rng, 8),
            meter_no=new_digits(rng, 11, "0"),
            watch_user=new_digits(rng, 10, "6"),
            dec_account=new_digits(rng, 8, "7"),
            tv_account="acc-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family244's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "baba": ("14", "SM-A346E", "UP1A.231005.007"),
    "mama": ("14", "SM-A145F", "UP1A.231005.007"),
    "ndodana": ("13", "CPH2565", "TP1A.220905.001"),
    "malume": ("13", "KJ5", "TP1A.220624.014"),
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
    "Family244",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
