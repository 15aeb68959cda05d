"""The set-139 devices and the flow builder that labels every identifier it inserts.

A family in Hanoi and Ho Chi Minh City: the parents' Samsung Galaxy S23 (Android
13) runs the OTT, music, short-video, radio, e-wallet, bank, ride-hailing,
live-streaming, smart-TV and motorbike-tracker apps; the child's Oppo A77 runs the
kids' learning app. The household's smart TV (ACR), the IPTV operator's Android
TV box (bought retail, the family's own) and the motorbike's GPS tracker are the
family's devices too. Since Android 8 each app sees its own ANDROID_ID.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "oppo_gaid": "advertising_id",
    "aid_ott": "android_id",
    "aid_nhac": "android_id",
    "aid_clip": "android_id",
    "aid_radio": "android_id",
    "aid_vi": "android_id",
    "aid_bank": "android_id",
    "aid_xe": "android_id",
    "aid_live": "android_id",
    "aid_moto": "android_id",
    "aid_kids": "android_id",
    "imei": "imei",
    "tracker_imei": "imei",
    "tv_mac": "mac",
    "box_mac": "mac",
    "tv_serial": "serial",
    "box_serial": "serial",
    "tracker_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "phone_no", "ott_user", "wallet_user", "bank_cif", "zalo_uid", "fcm_token"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone139(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    oppo_gaid: str
    aid_ott: str
    aid_nhac: str
    aid_clip: str
    aid_radio: str
    aid_vi: str
    aid_bank: str
    aid_xe: str
    aid_live: str
    aid_moto: str
    aid_kids: str
    imei: str
    tracker_imei: str
    tv_mac: str
    box_mac: str
    tv_serial: str
    box_serial: str
    tracker_serial: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    fb_instance: str
    clip_did: str
    clip_iid: str
    vi_devfp: str
    live_install: str
    zalo_devid: str
    admicro_uid: str
    # accounts and tokens (never device identifiers)
    phone_no: str
    ott_user: str
    wallet_user: str
    bank_cif: str
    zalo_uid: str
    fcm_token: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone139:
        return cls(
            gaid=new_uuid(rng),
            oppo_gaid=new_uuid(rng),
            aid_ott=new_hex(rng, 16),
            aid_nhac=new_hex(rng, 16),
            aid_clip=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_vi=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_xe=new_hex(rng, 16),
            aid_live=new_hex(rng, 16),
            aid_moto=new_hex(rng, 16),
            aid_kids=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            tracker_imei=luhn_complete(new_digits(rng, 14, "86")),
            tv_mac=_mac(rng, "8C:79:F5"),
            box_mac=_mac(rng, "A4:3E:A0"),
            tv_serial="0D3C3" + new_hex(rng, 10).upper(),
            box_serial="FPTB" + new_digits(rng, 11),
            tracker_serial="GT06N" + new_digits(rng, 9),
            email=f"nguyenthu.ha{rng.randint(70, 99)}@gmail.example.vn",
            af_uid=f"16988{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            fb_instance=new_hex(rng, 32),
            clip_did=new_digits(rng, 19, "7"),
            clip_iid=new_digits(rng, 19, "7"),
            vi_devfp=new_hex(rng, 40),
            live_install=new_uuid(rng),
            zalo_devid=new_hex(rng, 32),
            admicro_uid=new_digits(rng, 18, "1"),
            phone_no="+8490" + new_digits(rng, 7),
            ott_user="u" + new_digits(rng, 9),
            wallet_user=new_digits(rng, 10, "09"),
            bank_cif=new_digits(rng, 8, "3"),
            zalo_uid=new_digits(rng, 19, "2"),
            fcm_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 44),
        )


class FB(LabelledBuilder):
    """Phone139's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str, oppo: bool = False) -> str:
    """An okhttp-style user agent of the Samsung or of the child's Oppo."""
    dev = "CPH2385 Build/TP1A.220905.001" if oppo else "SM-S911B Build/TP1A.220624.014"
    return f"{app}/{ver} (Linux; U; Android 13; {dev})"


def builder(c: Context, sdk: str, method: str, url: str, agent: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", agent)
    return b


def vn_point(c: Context) -> tuple[float, float]:
    """A point in Hanoi or Ho Chi Minh City (an ordinary coordinate, not sensitive)."""
    if c.rng.random() < 0.5:
        return rf(c.rng, 20.98, 21.06, 6), rf(c.rng, 105.78, 105.88, 6)
    return rf(c.rng, 10.72, 10.83, 6), rf(c.rng, 106.62, 106.75, 6)


rid = req_id

__all__ = [
    "FB", "KNOWN_ATTRS", "Phone139", "builder", "floats", "iso", "ms", "rf", "rid", "ua",
    "vn_point",
]  # fmt: skip
