"""The set-249 devices and the flow builder that labels every identifier it inserts.

One Gujarati family, four phones and three home devices:

* pappa (father, Ahmedabad): Samsung Galaxy M34 with the bank app; the living
  room holds a smart TV with automatic content recognition (ACR) and the
  cable operator's Android set-top box;
* mummy (mother, Rajkot): vivo Y27 with the garba / bhajan / radio app;
* bhai (elder son, Surat): OnePlus Nord CE3 with the cricket live app and the
  stock-trading app;
* ben (daughter, Leicester, UK): Pixel 8 with the Gujarati OTT app (films,
  natak plays, web series) and the companion app of her smartwatch.

The TV has its own advertising id (a TV ifa the owner can reset from its
settings menu), so known.yaml holds five advertising ids. Since Android 8
every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_pappa": "advertising_id",
    "gaid_mummy": "advertising_id",
    "gaid_bhai": "advertising_id",
    "gaid_ben": "advertising_id",
    "tv_ifa": "advertising_id",
    "aid_bank": "android_id",
    "aid_shares": "android_id",
    "aid_cricket": "android_id",
    "aid_ott": "android_id",
    "aid_dhun": "android_id",
    "aid_watch": "android_id",
    "tv_mac": "mac",
    "stb_mac": "mac",
    "watch_mac": "mac",
    "tv_serial": "serial",
    "stb_serial": "serial",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "bank_customer",
        "shares_client_code",
        "ott_user",
        "dhun_user",
        "cricket_user",
        "watch_user",
        "stb_subscriber",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family249(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_pappa: str
    gaid_mummy: str
    gaid_bhai: str
    gaid_ben: str
    tv_ifa: str
    aid_bank: str
    aid_shares: str
    aid_cricket: str
    aid_ott: str
    aid_dhun: str
    aid_watch: str
    tv_mac: str
    stb_mac: str
    watch_mac: str
    tv_serial: str
    stb_serial: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    ott_fid: str
    ott_app_instance: str
    ott_moe_unique: str
    ott_branch_token: str
    ott_branch_bundle: str
    dhun_fid: str
    dhun_app_instance: str
    cricket_adjust_uuid: str
    cricket_adid: str
    cricket_fb_anon: str
    bank_device_key: str
    shares_device_uid: str
    tv_acr_id: str
    stb_vc_no: str
    stb_chip_id: str
    watch_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_customer: str
    shares_client_code: str
    ott_user: str
    dhun_user: str
    cricket_user: str
    watch_user: str
    stb_subscriber: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family249:
        return cls(
            gaid_pappa=new_uuid(rng),
            gaid_mummy=new_uuid(rng),
            gaid_bhai=new_uuid(rng),
            gaid_ben=new_uuid(rng),
            tv_ifa=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_shares=new_hex(rng, 16),
            aid_cricket=new_hex(rng, 16),
            aid_ott=new_hex(rng, 16),
            aid_dhun=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE"),
            stb_mac=_mac(rng, "00:1E:B8"),
            watch_mac=_mac(rng, "E4:A9:D2"),
            tv_serial="AKT" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            stb_serial="GC" + new_digits(rng, 12, "2"),
            watch_serial="DBK" + new_hex(rng, 10).upper(),
            ott_fid="e" + new_hex(rng, 21),
            ott_app_instance=new_hex(rng, 32),
            ott_moe_unique=new_uuid(rng),
            ott_branch_token=new_digits(rng, 19, "12"),
            ott_branch_bundle=new_digits(rng, 19, "13"),
            dhun_fid="d" + new_hex(rng, 21),
            dhun_app_instance=new_hex(rng, 32),
            cricket_adjust_uuid=new_uuid(rng),
            cricket_adid=new_hex(rng, 32),
            cricket_fb_anon="XZ" + new_uuid(rng),
            bank_device_key=new_hex(rng, 48).upper(),
            shares_device_uid=new_uuid(rng),
            tv_acr_id=new_hex(rng, 40),
            stb_vc_no=new_digits(rng, 11, "3"),
            stb_chip_id=new_hex(rng, 8).upper(),
            watch_install=new_uuid(rng),
            bank_customer=new_digits(rng, 9, "5"),
            shares_client_code="BS" + new_digits(rng, 5),
            ott_user="rm_" + new_digits(rng, 8),
            dhun_user=new_digits(rng, 8, "7"),
            cricket_user="ch" + new_hex(rng, 14),
            watch_user=new_digits(rng, 9, "4"),
            stb_subscriber="GCN" + new_digits(rng, 8),
            tv_account="akash-" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Family249's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


# (Android version, model, build id, API level)
PHONES = {
    "pappa": ("14", "SM-M346B", "UP1A.231005.007", 34),
    "mummy": ("13", "V2249", "TP1A.220624.014", 33),
    "bhai": ("14", "CPH2569", "UKQ1.230924.001", 34),
    "ben": ("14", "Pixel 8", "AP2A.240905.003", 34),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build, _ = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build, _ = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


IST = timezone(timedelta(hours=5, minutes=30))


def ist(ctx_now: float) -> str:
    """Indian backends log local time with its offset, not UTC."""
    t = datetime.fromtimestamp(ctx_now, UTC).astimezone(IST)
    return t.strftime("%Y-%m-%dT%H:%M:%S+05:30")


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Family249",
    "dalvik",
    "floats",
    "iso",
    "ist",
    "ms",
    "rf",
    "rid",
    "ua",
]
