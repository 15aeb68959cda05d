"""The set-174 devices and the flow builder that labels every identifier it inserts.

A family spread over Nairobi, Mombasa and Kisumu: a Tecno Camon 20 (Android 13)
holds the streaming app, the sermons app, the wallet, the bank, the lending app,
the pay-TV companion and the solar-home-system app; a Samsung Galaxy A14 (the
teenager's) holds the music app, the ride app and the fitness-band companion.
The household also has a smart TV with ACR, a GOtv/StarTimes-like decoder (its
IUC number is the decoder's own code, printed under it, and the number people
type as the "account" when they pay the subscription by M-Pesa), a cheap
fitness band and a pay-as-you-go solar controller with a GSM modem (bought on
a lease-to-own plan: it is the household's device while they pay it off, so
its ids are labelled as the household's). Since Android 8 every app sees its
own ANDROID_ID, so known.yaml lists one per app. Phone numbers (MSISDN),
M-Pesa names, national ID numbers and account numbers are accounts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_tecno": "advertising_id",
    "gaid_sam": "advertising_id",
    "aid_tazama": "android_id",
    "aid_sauti": "android_id",
    "aid_pesa": "android_id",
    "aid_benki": "android_id",
    "aid_mkopo": "android_id",
    "aid_deko": "android_id",
    "aid_jua": "android_id",
    "aid_mziki": "android_id",
    "aid_songa": "android_id",
    "aid_band": "android_id",
    "imei_tecno": "imei",
    "imei_jua": "imei",
    "serial_tecno": "serial",
    "tv_serial": "serial",
    "band_serial": "serial",
    "jua_serial": "serial",
    "decoder_chip": "serial",
    "decoder_iuc": "device_id",
    "tv_mac": "mac",
    "band_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "msisdn",
        "msisdn_teen",
        "national_id",
        "tazama_user",
        "mziki_user",
        "sauti_user",
        "pesa_wallet",
        "benki_cif",
        "mkopo_customer",
        "songa_user",
        "deko_user",
        "jua_account",
        "band_user",
    }
)

TECNO_MODEL = "TECNO CK7n"
TECNO_BUILD = "TP1A.220624.014"
SAM_MODEL = "SM-A145F"
SAM_BUILD = "TP1A.220624.014"


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone174(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_tecno: str
    gaid_sam: str
    aid_tazama: str
    aid_sauti: str
    aid_pesa: str
    aid_benki: str
    aid_mkopo: str
    aid_deko: str
    aid_jua: str
    aid_mziki: str
    aid_songa: str
    aid_band: str
    imei_tecno: str
    imei_jua: str
    serial_tecno: str
    tv_serial: str
    band_serial: str
    jua_serial: str
    decoder_chip: str
    decoder_iuc: str
    tv_mac: str
    band_mac: str
    email: str
    # install-scoped ids that SDKs and apps make up (device ids, not in known.yaml)
    tazama_fid: str
    tazama_af_uid: str
    mziki_ct_id: str
    sauti_install: str
    pesa_device_key: str
    mkopo_adid: str
    mkopo_adjust_uuid: str
    songa_install: str
    tv_acr_psid: str
    # account ids, phone numbers and tokens (never labelled as device ids)
    msisdn: str
    msisdn_teen: str
    national_id: str
    tazama_user: str
    mziki_user: str
    sauti_user: str
    pesa_wallet: str
    benki_cif: str
    mkopo_customer: str
    songa_user: str
    deko_user: str
    jua_account: str
    band_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Phone174:
        return cls(
            gaid_tecno=new_uuid(rng),
            gaid_sam=new_uuid(rng),
            aid_tazama=new_hex(rng, 16),
            aid_sauti=new_hex(rng, 16),
            aid_pesa=new_hex(rng, 16),
            aid_benki=new_hex(rng, 16),
            aid_mkopo=new_hex(rng, 16),
            aid_deko=new_hex(rng, 16),
            aid_jua=new_hex(rng, 16),
            aid_mziki=new_hex(rng, 16),
            aid_songa=new_hex(rng, 16),
            aid_band=new_hex(rng, 16),
            imei_tecno=luhn_complete(new_digits(rng, 14, "35")),
            imei_jua=luhn_complete(new_digits(rng, 14, "86")),
            serial_tecno="0820" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            tv_serial="NT43" + new_digits(rng, 2) + "K" + new_digits(rng, 8),
            band_serial="PB7" + new_hex(rng, 9).upper(),
            jua_serial="JBX" + new_digits(rng, 9),
            decoder_chip="ST" + new_hex(rng, 12).upper(),
            decoder_iuc="20" + new_digits(rng, 8),
            tv_mac=_mac(rng, "8C:C8:CD"),
            band_mac=_mac(rng, "D4:9C:DD"),
            email=f"wanjiku.otieno{rng.randint(10, 99)}@barua-example.co.ke",
            tazama_fid="c" + new_hex(rng, 21),
            tazama_af_uid=f"17189{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            mziki_ct_id="__" + new_hex(rng, 32),
            sauti_install=new_uuid(rng),
            pesa_device_key=new_hex(rng, 40),
            mkopo_adid=new_hex(rng, 32),
            mkopo_adjust_uuid=new_uuid(rng),
            songa_install=new_uuid(rng).upper(),
            tv_acr_psid=new_hex(rng, 24),
            msisdn="2547" + new_digits(rng, 8),
            msisdn_teen="2541" + new_digits(rng, 8),
            national_id=new_digits(rng, 8, "3"),
            tazama_user="tz" + new_digits(rng, 9),
            mziki_user=new_digits(rng, 10, "5"),
            sauti_user="sy_" + new_hex(rng, 10),
            pesa_wallet="PH" + new_digits(rng, 10),
            benki_cif=new_digits(rng, 9, "8"),
            mkopo_customer="MK-" + new_digits(rng, 7),
            songa_user="rider_" + new_hex(rng, 12),
            deko_user=new_digits(rng, 11, "6"),
            jua_account="JA" + new_digits(rng, 8),
            band_user="u" + new_digits(rng, 9),
        )


class FB(LabelledBuilder):
    """Phone174's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua_tecno(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; {TECNO_MODEL} Build/{TECNO_BUILD})"


def ua_sam(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; {SAM_MODEL} Build/{SAM_BUILD})"


def dalvik(model: str) -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 13; {model} Build/{TECNO_BUILD})"


def points(rng: random.Random, n: int, w: int = 480, h: int = 640) -> list[list[float]]:
    """Face-shaped 2-D points around a centre (a face tracker's output)."""
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.6)
    return [[round(cx + rng.gauss(0, 45), 1), round(cy + rng.gauss(0, 60), 1)] for _ in range(n)]


def mpesa_code(rng: random.Random) -> str:
    """An M-Pesa transaction code (ten letters and digits): a receipt, not a device id."""
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "S" + "".join(rng.choice(letters) for _ in range(9))


def ksh(rng: random.Random, low: int, high: int) -> int:
    return rng.randint(low, high) // 10 * 10


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "SAM_MODEL",
    "TECNO_MODEL",
    "Phone174",
    "dalvik",
    "floats",
    "iso",
    "ksh",
    "mpesa_code",
    "ms",
    "points",
    "rf",
    "rid",
    "ua_sam",
    "ua_tecno",
]
