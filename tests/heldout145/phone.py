"""The set-145 household's devices and the flow builder that labels every id it inserts.

A Tecno Camon (Android 13, Transsion's HiOS with its own analytics) is the
phone; an Infinix XPAD tablet runs the kids' cartoon app; the smart TV does
ACR; the pay-TV decoder belongs to the family (bought, not rented: its
smartcard and serial are the household's device ids); a fitness band pairs
with the phone. Since Android 8 each app sees its own ANDROID_ID, so known.yaml
lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "tab_gaid": "advertising_id",
    "aid_tazama": "android_id",
    "aid_nolly": "android_id",
    "aid_mdundo": "android_id",
    "aid_redio": "android_id",
    "aid_injili": "android_id",
    "aid_pesa": "android_id",
    "aid_benki": "android_id",
    "aid_bet": "android_id",
    "aid_katuni": "android_id",
    "aid_safiri": "android_id",
    "imei": "imei",
    "band_mac": "mac",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "decoder_serial": "serial",
    "band_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "msisdn",
        "tazama_user",
        "nolly_user",
        "pesa_user",
        "benki_user",
        "bet_user",
        "rider_user",
        "smartcard_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    tab_gaid: str
    aid_tazama: str
    aid_nolly: str
    aid_mdundo: str
    aid_redio: str
    aid_injili: str
    aid_pesa: str
    aid_benki: str
    aid_bet: str
    aid_katuni: str
    aid_safiri: str
    imei: str
    band_mac: str
    tv_mac: str
    tv_serial: str
    decoder_serial: str
    band_serial: str
    email: str
    # ids that SDKs and apps make up (device_id, not in known.yaml)
    athena_gaid: str
    af_uid: str
    adjust_adid: str
    fid: str
    onesignal_player: str
    pesa_fingerprint: str
    decoder_chip: str
    # accounts, phone numbers and tokens (never device ids)
    msisdn: str
    tazama_user: str
    nolly_user: str
    pesa_user: str
    benki_user: str
    bet_user: str
    rider_user: str
    smartcard_account: str
    model: str = "TECNO CK8n"

    @classmethod
    def make(cls, rng: random.Random) -> Household:
        return cls(
            gaid=new_uuid(rng),
            tab_gaid=new_uuid(rng),
            aid_tazama=new_hex(rng, 16),
            aid_nolly=new_hex(rng, 16),
            aid_mdundo=new_hex(rng, 16),
            aid_redio=new_hex(rng, 16),
            aid_injili=new_hex(rng, 16),
            aid_pesa=new_hex(rng, 16),
            aid_benki=new_hex(rng, 16),
            aid_bet=new_hex(rng, 16),
            aid_katuni=new_hex(rng, 16),
            aid_safiri=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            band_mac=_mac(rng, "E4:AA:EC"),
            tv_mac=_mac(rng, "38:26:56").lower(),
            tv_serial="HS" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            decoder_serial="4" + new_digits(rng, 10),
            band_serial="OR" + new_hex(rng, 10).upper(),
            email=f"wanjiru.adebayo{rng.randint(10, 99)}@mailbox-example.org",
            athena_gaid="ath" + new_hex(rng, 29),
            af_uid=f"17{new_digits(rng, 11)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            fid="c" + new_hex(rng, 21),
            onesignal_player=new_uuid(rng),
            pesa_fingerprint=new_hex(rng, 40),
            decoder_chip=new_digits(rng, 10, "7"),
            msisdn="2547" + new_digits(rng, 8),
            tazama_user="TZ" + new_digits(rng, 9),
            nolly_user="nl_" + new_hex(rng, 12),
            pesa_user="W" + new_digits(rng, 10),
            benki_user="CIF" + new_digits(rng, 8),
            bet_user=new_digits(rng, 8, "9"),
            rider_user="r-" + new_hex(rng, 16),
            smartcard_account=new_digits(rng, 9, "1"),
        )


class FB(LabelledBuilder):
    """Household's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 13; TECNO CK8n Build/TP1A.220624.014)"


TAB_UA = "Dalvik/2.1.0 (Linux; U; Android 13; Infinix X1101B Build/TP1A.220624.014)"
rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "TAB_UA", "Household", "floats", "iso", "ms", "rf", "rid", "ua"]
