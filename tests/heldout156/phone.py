"""The set-156 devices: a family in Bangkok and Chiang Mai, and the builder that
labels every identifier it inserts.

An OPPO Reno11 (Android 14) runs the family's apps: a Thai streaming service,
a music app, a Dhamma-talk app, a bank, a national digital-ID app, an e-wallet,
a LINE-like super-app and a food-delivery app; since Android 8 each app sees
its own ANDROID_ID, so known.yaml lists one per app. The grandmother's iPad
runs the streaming, Dhamma and ID apps (one IDFV per vendor). The household also
has an Android TV box (IPTV, its serial and Ethernet MAC), a smart TV with ACR
(its serial and Wi-Fi MAC) and a smartwatch (its BLE MAC and serial).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_jaoplay": "android_id",
    "aid_siang": "android_id",
    "aid_dhamma": "android_id",
    "aid_bank": "android_id",
    "aid_digiid": "android_id",
    "aid_wallet": "android_id",
    "aid_jaikhui": "android_id",
    "aid_songduan": "android_id",
    "aid_watch": "android_id",
    "aid_tvbox": "android_id",
    "idfv_jaoplay": "idfv",
    "idfv_dhamma": "idfv",
    "idfv_digiid": "idfv",
    "tvbox_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "tvbox_serial": "serial",
    "tv_serial": "serial",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "msisdn",
        "jp_member",
        "siang_user",
        "bank_cif",
        "wallet_user",
        "jk_mid",
        "sd_customer",
        "citizen_hash",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone156(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_jaoplay: str
    aid_siang: str
    aid_dhamma: str
    aid_bank: str
    aid_digiid: str
    aid_wallet: str
    aid_jaikhui: str
    aid_songduan: str
    aid_watch: str
    aid_tvbox: str
    idfv_jaoplay: str
    idfv_dhamma: str
    idfv_digiid: str
    tvbox_mac: str
    tv_mac: str
    watch_mac: str
    tvbox_serial: str
    tv_serial: str
    watch_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    jp_af_uid: str
    siang_fid: str
    bank_install: str
    wallet_adjust_uuid: str
    wallet_adid: str
    jk_udid: str
    sd_ct_guid: str
    tv_acr_psid: str
    # accounts, phone numbers and tokens (never device identifiers)
    msisdn: str
    jp_member: str
    siang_user: str
    bank_cif: str
    wallet_user: str
    jk_mid: str
    sd_customer: str
    citizen_hash: str
    model: str = "CPH2599"

    @classmethod
    def make(cls, rng: random.Random) -> Phone156:
        return cls(
            gaid=new_uuid(rng),
            aid_jaoplay=new_hex(rng, 16),
            aid_siang=new_hex(rng, 16),
            aid_dhamma=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_digiid=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_jaikhui=new_hex(rng, 16),
            aid_songduan=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            aid_tvbox=new_hex(rng, 16),
            idfv_jaoplay=new_uuid(rng).upper(),
            idfv_dhamma=new_uuid(rng).upper(),
            idfv_digiid=new_uuid(rng).upper(),
            tvbox_mac=_mac(rng, "00:1A:2B"),
            tv_mac=_mac(rng, "A8:23:FE"),
            watch_mac=_mac(rng, "D0:62:2C"),
            tvbox_serial="PLB" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            tv_serial="0B7H3" + new_hex(rng, 2).upper() + new_digits(rng, 6) + "W",
            watch_serial="JW22" + new_hex(rng, 10).upper(),
            email=f"ploy.srisuk{rng.randint(10, 99)}@example.co.th",
            jp_af_uid=f"17310{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            siang_fid="c" + new_hex(rng, 10) + "-" + new_hex(rng, 10),
            bank_install=new_uuid(rng),
            wallet_adjust_uuid=new_uuid(rng),
            wallet_adid=new_hex(rng, 32),
            jk_udid=new_hex(rng, 32),
            sd_ct_guid="__" + new_hex(rng, 32),
            tv_acr_psid=new_hex(rng, 40),
            msisdn="+668" + new_digits(rng, 8),
            jp_member="JP" + new_digits(rng, 9),
            siang_user=new_digits(rng, 10, "5"),
            bank_cif=new_digits(rng, 10, "0"),
            wallet_user="PN" + new_digits(rng, 12),
            jk_mid="u" + new_hex(rng, 32),
            sd_customer=new_digits(rng, 9, "3"),
            citizen_hash=new_hex(rng, 64),
        )


class FB(LabelledBuilder):
    """Phone156's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; CPH2599 Build/UP1A.231005.007)"


def ipad_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPad; iPadOS 17.5.1; Scale/2.00)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.6)
    return [[round(cx + rng.gauss(0, 55), 1), round(cy + rng.gauss(0, 70), 1)] for _ in range(n)]


def bearer(rng: random.Random) -> str:
    return "Bearer " + new_hex(rng, 40)


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone156",
    "bearer",
    "floats",
    "ipad_ua",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
