"""The set-112 devices and the flow builder that labels every identifier it inserts.

A Galaxy A54 (Android 14, French locale) belongs to a physiotherapist with a
private practice in Lyon. Her own devices are the phone, a Galaxy Watch6 and a
pair of Galaxy Buds2 Pro; everything else her apps talk about (the practice's
shockwave and ultrasound units, EMS suits, dynamometer, treadmills, patients'
wearables) is the practice's or the patients' equipment, not hers as a tester.
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kine": "android_id",
    "aid_meteo": "android_id",
    "aid_deezer": "android_id",
    "aid_banque": "android_id",
    "aid_wear": "android_id",
    "watch_mac": "mac",
    "buds_mac": "mac",
    "watch_serial": "serial",
    "buds_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "kine_user", "ftv_user", "deezer_user", "bank_client", "samsung_account"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone112(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kine: str
    aid_meteo: str
    aid_deezer: str
    aid_banque: str
    aid_wear: str
    watch_mac: str
    buds_mac: str
    watch_serial: str
    buds_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device ids, not in known.yaml)
    meteo_fid: str
    ftv_adid: str
    ftv_visitor: str
    deezer_device: str
    bank_binding: str
    # accounts and tokens (never labelled as device ids)
    kine_user: str
    ftv_user: str
    deezer_user: str
    bank_client: str
    samsung_account: str
    model: str = "SM-A546B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone112:
        return cls(
            gaid=new_uuid(rng),
            aid_kine=new_hex(rng, 16),
            aid_meteo=new_hex(rng, 16),
            aid_deezer=new_hex(rng, 16),
            aid_banque=new_hex(rng, 16),
            aid_wear=new_hex(rng, 16),
            watch_mac=_mac(rng, "B0:4A:6A"),
            buds_mac=_mac(rng, "A8:79:8D"),
            watch_serial="RFAW" + new_digits(rng, 3) + new_hex(rng, 4).upper(),
            buds_serial="R9XT" + new_digits(rng, 3) + new_hex(rng, 4).upper(),
            email=f"claire.vernay{rng.randint(10, 99)}@exemple-mail.fr",
            meteo_fid="c" + new_hex(rng, 21),
            ftv_adid=new_uuid(rng),
            ftv_visitor=new_uuid(rng),
            deezer_device=new_hex(rng, 40),
            bank_binding=new_uuid(rng).upper(),
            kine_user="kin_" + new_digits(rng, 8),
            ftv_user=new_uuid(rng),
            deezer_user=new_digits(rng, 10, "5"),
            bank_client=new_digits(rng, 11, "0"),
            samsung_account=new_hex(rng, 10),
        )


class FB(LabelledBuilder):
    """Phone112's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-A546B Build/UP1A.231005.007; fr_FR)"


def serial_like(rng: random.Random, prefix: str) -> str:
    """A serial number of somebody else's equipment (looks like one of hers)."""
    return prefix + new_digits(rng, 4) + new_hex(rng, 4).upper()


def mac_like(rng: random.Random) -> str:
    """A MAC of somebody else's equipment."""
    return _mac(rng, rng.choice(["00:1A:7D", "D8:3A:DD", "E4:5F:01", "F0:08:D1"]))


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone112",
    "floats",
    "iso",
    "mac_like",
    "ms",
    "rf",
    "rid",
    "serial_like",
    "ua",
]
