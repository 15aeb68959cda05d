"""The set-143 household devices and the flow builder that labels every identifier it inserts.

A family spread over Jakarta, Surabaya and Yogyakarta: an Oppo Reno (Android 13)
runs most apps, a Samsung Galaxy Tab (the kids' tablet) runs the kids' app and
the karaoke app, a smart TV reports what is on screen (ACR), an IPTV set-top box
the family bought outright (theirs, not the operator's rented unit) and TWS
earbuds paired with the phone. Since Android 8 each app sees its own ANDROID_ID,
so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "gaid_tab": "advertising_id",
    "aid_ott": "android_id",
    "aid_musik": "android_id",
    "aid_ngaji": "android_id",
    "aid_radio": "android_id",
    "aid_podcast": "android_id",
    "aid_dompet": "android_id",
    "aid_bank": "android_id",
    "aid_ojek": "android_id",
    "aid_dangdut": "android_id",
    "aid_bocah": "android_id",
    "aid_buds": "android_id",
    "imei": "imei",
    "tv_mac": "mac",
    "stb_mac": "mac",
    "buds_mac": "mac",
    "tv_serial": "serial",
    "stb_serial": "serial",
    "buds_serial": "serial",
    "tab_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "msisdn",
        "ott_user",
        "musik_user",
        "dompet_user",
        "bank_cif",
        "ojek_user",
        "kid_profile",
        "push_token",
        "nik",
        "model",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    gaid_tab: str
    aid_ott: str
    aid_musik: str
    aid_ngaji: str
    aid_radio: str
    aid_podcast: str
    aid_dompet: str
    aid_bank: str
    aid_ojek: str
    aid_dangdut: str
    aid_bocah: str
    aid_buds: str
    imei: str
    tv_mac: str
    stb_mac: str
    buds_mac: str
    tv_serial: str
    stb_serial: str
    buds_serial: str
    tab_serial: str
    email: str
    # ids that SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    firebase_fid: str
    onesignal_player: str
    ott_device: str
    dompet_fp: str
    bank_binding: str
    ojek_install: str
    tv_duid: str
    # accounts and tokens (never device identifiers)
    msisdn: str
    ott_user: str
    musik_user: str
    dompet_user: str
    bank_cif: str
    ojek_user: str
    kid_profile: str
    push_token: str
    nik: str
    model: str = "CPH2505"

    @classmethod
    def make(cls, rng: random.Random) -> Household:
        return cls(
            gaid=new_uuid(rng),
            gaid_tab=new_uuid(rng),
            aid_ott=new_hex(rng, 16),
            aid_musik=new_hex(rng, 16),
            aid_ngaji=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_podcast=new_hex(rng, 16),
            aid_dompet=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_ojek=new_hex(rng, 16),
            aid_dangdut=new_hex(rng, 16),
            aid_bocah=new_hex(rng, 16),
            aid_buds=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "86")),
            tv_mac=_mac(rng, "A8:23:FE").lower(),
            stb_mac=_mac(rng, "00:1A:2B"),
            buds_mac=_mac(rng, "E4:41:22"),
            tv_serial="PLD" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            stb_serial="ZXB860" + new_digits(rng, 10),
            buds_serial="TWS" + new_hex(rng, 11).upper(),
            tab_serial="R9T" + new_digits(rng, 3) + new_hex(rng, 5).upper(),
            email=f"dewi.kusumawardani{rng.randint(10, 99)}@surel-contoh.co.id",
            af_uid=f"16988{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            firebase_fid="c" + new_hex(rng, 21),
            onesignal_player=new_uuid(rng),
            ott_device=new_uuid(rng),
            dompet_fp=new_hex(rng, 48),
            bank_binding="BND" + new_hex(rng, 20).upper(),
            ojek_install=new_uuid(rng),
            tv_duid="TV-" + new_hex(rng, 14).upper(),
            msisdn="+62812" + new_digits(rng, 8),
            ott_user="usr" + new_digits(rng, 9),
            musik_user=new_digits(rng, 10, "7"),
            dompet_user="DMP" + new_digits(rng, 11),
            bank_cif=new_digits(rng, 10, "0"),
            ojek_user="cst-" + new_hex(rng, 12),
            kid_profile="anak_" + new_digits(rng, 6),
            push_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
            nik="3174" + new_digits(rng, 12),
        )


class FB(LabelledBuilder):
    """Household's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str, tablet: bool = False) -> str:
    dev = "SM-X205 Build/TP1A.220624.014" if tablet else "CPH2505 Build/TP1A.220905.001"
    return f"{app}/{ver} (Linux; Android 13; {dev})"


rid = req_id

__all__ = ["CONTACT_KINDS", "FB", "KNOWN_ATTRS", "Household", "floats", "iso", "ms", "rf", "rid"]
