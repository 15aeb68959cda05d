"""The set-190 household's devices and the flow builder that labels every id it inserts.

A family split between Kuala Lumpur, Penang and Johor Bahru; the father crosses
the Causeway to work in Singapore. The tester's phone is a Huawei P60 Pro (HMS,
no Google services: its ad id is Huawei's OAID); the father's Samsung Galaxy
S23 runs the sports, podcast, bank and ride apps. The household also owns a
satellite decoder (box serial and smartcard number), a smart TV with ACR (Wi-Fi
MAC), a smartwatch (BLE MAC, serial) and a car whose telematics dongle has an
LTE modem (IMEI). Every app sees its own ANDROID_ID.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf
from tests.heldout.wire import b64

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "oaid": "advertising_id",
    "gaid": "advertising_id",
    "aid_tonton": "android_id",
    "aid_lagu": "android_id",
    "aid_tahfiz": "android_id",
    "aid_dompet": "android_id",
    "aid_astro": "android_id",
    "aid_sukan": "android_id",
    "aid_siar": "android_id",
    "aid_bank": "android_id",
    "aid_grab": "android_id",
    "stb_serial": "serial",
    "watch_serial": "serial",
    "smartcard": "device_id",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "car_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "msisdn", "user_tonton", "user_sukan", "wallet_id", "bank_cif", "rider_id"}
    | {"driver_id", "astro_acct", "model_huawei", "model_samsung"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household190(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    oaid: str
    gaid: str
    aid_tonton: str
    aid_lagu: str
    aid_tahfiz: str
    aid_dompet: str
    aid_astro: str
    aid_sukan: str
    aid_siar: str
    aid_bank: str
    aid_grab: str
    stb_serial: str
    watch_serial: str
    smartcard: str
    tv_mac: str
    watch_mac: str
    car_imei: str
    email: str
    # ids that SDKs and in-house code make up (device ids, not in known.yaml)
    hms_aaid: str
    tonton_uuid: str
    sukan_fid: str
    af_uid: str
    bank_binding: str
    tv_acr_uid: str
    # accounts, phone numbers, tokens (never labelled as device ids)
    msisdn: str
    user_tonton: str
    user_sukan: str
    wallet_id: str
    bank_cif: str
    rider_id: str
    driver_id: str
    astro_acct: str
    model_huawei: str = "ALN-AL80"
    model_samsung: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Household190:
        return cls(
            oaid=new_uuid(rng),
            gaid=new_uuid(rng),
            aid_tonton=new_hex(rng, 16),
            aid_lagu=new_hex(rng, 16),
            aid_tahfiz=new_hex(rng, 16),
            aid_dompet=new_hex(rng, 16),
            aid_astro=new_hex(rng, 16),
            aid_sukan=new_hex(rng, 16),
            aid_siar=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_grab=new_hex(rng, 16),
            stb_serial="ULT" + new_digits(rng, 11),
            watch_serial="R9WT" + new_hex(rng, 8).upper(),
            smartcard=new_digits(rng, 12, "8"),
            tv_mac=_mac(rng, "A8:82:00"),
            watch_mac=_mac(rng, "D0:C2:4E"),
            car_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"nurul.aisyah.tan{rng.randint(10, 99)}@mel-contoh.my",
            hms_aaid=new_hex(rng, 32),
            tonton_uuid=new_uuid(rng),
            sukan_fid="c" + new_hex(rng, 21),
            af_uid=f"17{new_digits(rng, 11)}-{new_digits(rng, 19)}",
            bank_binding="DB" + new_hex(rng, 30).upper(),
            tv_acr_uid=new_hex(rng, 24),
            msisdn="+601" + new_digits(rng, 8),
            user_tonton="u" + new_digits(rng, 9),
            user_sukan="SK" + new_digits(rng, 8),
            wallet_id="W" + new_digits(rng, 12),
            bank_cif=new_digits(rng, 10, "7"),
            rider_id="MYPAX-" + new_hex(rng, 12),
            driver_id="MYDRV-" + new_digits(rng, 8),
            astro_acct=new_digits(rng, 10, "1"),
        )


class FB(LabelledBuilder):
    """Household190's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua_huawei(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 12; ALN-AL80 Build/HUAWEIALN-AL80; HMSCore 6.13.0.302)"


def ua_samsung(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-S911B Build/UP1A.231005.007)"


def seal(plain: bytes, key: str) -> str:
    """An app's own payload cipher (a SHA-256 keystream XOR, base64): nothing readable left."""
    stream = b""
    block = 0
    while len(stream) < len(plain):
        stream += hashlib.sha256(f"{key}:{block}".encode()).digest()
        block += 1
    return b64(bytes(a ^ b for a, b in zip(plain, stream, strict=False)))


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Household190",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "seal",
    "ua_huawei",
    "ua_samsung",
]
