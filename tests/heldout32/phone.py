"""The set-32 device: an iPhone 15 (iOS 17.4) used in Israel, Greece and Czechia.

IDFA is readable only when the user allowed tracking (ATT); each vendor's apps
see their own IDFV, so known.yaml lists one IDFV per app. A smart TV paired with
the companion app contributes its Wi-Fi MAC and serial.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "idfv_kesher": "device_id",
    "idfv_thea": "device_id",
    "idfv_kino": "device_id",
    "idfv_audio": "device_id",
    "idfv_bank": "device_id",
    "idfv_gov": "device_id",
    "idfv_glow": "device_id",
    "idfv_fit": "device_id",
    "idfv_tv": "device_id",
    "idfv_kids": "device_id",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "kesher_user",
        "thea_user",
        "kino_user",
        "audio_user",
        "bank_user",
        "gov_user",
        "glow_user",
        "fit_user",
        "tv_user",
        "apns_token",
    }
)

ZERO_IDFA = "00000000-0000-0000-0000-000000000000"


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2) for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone32(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_kesher: str
    idfv_thea: str
    idfv_kino: str
    idfv_audio: str
    idfv_bank: str
    idfv_gov: str
    idfv_glow: str
    idfv_fit: str
    idfv_tv: str
    idfv_kids: str
    tv_mac: str
    tv_serial: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    unity_idfi: str
    af_uid: str
    kino_install: str
    glow_install: str
    tv_duid: str
    fit_firebase_iid: str
    # accounts and tokens (never labelled as device ids)
    kesher_user: str
    thea_user: str
    kino_user: str
    audio_user: str
    bank_user: str
    gov_user: str
    glow_user: str
    fit_user: str
    tv_user: str
    apns_token: str
    model: str = "iPhone15,4"

    @classmethod
    def make(cls, rng: random.Random) -> Phone32:
        up = lambda: new_uuid(rng).upper()  # noqa: E731  # iOS prints UUIDs upper-case
        return cls(
            idfa=up(),
            idfv_kesher=up(),
            idfv_thea=up(),
            idfv_kino=up(),
            idfv_audio=up(),
            idfv_bank=up(),
            idfv_gov=up(),
            idfv_glow=up(),
            idfv_fit=up(),
            idfv_tv=up(),
            idfv_kids=up(),
            tv_mac=_mac(rng, "a8:23:fe"),
            tv_serial="0" + new_digits(rng, 2) + "RAWP" + new_digits(rng, 6),
            email=f"noa.papadaki{rng.randint(10, 99)}@postbox-example.net",
            unity_idfi=new_uuid(rng),
            af_uid=f"17113{new_digits(rng, 8)}-{new_digits(rng, 7)}",
            kino_install=new_hex(rng, 24),
            glow_install="gi_" + new_hex(rng, 20),
            tv_duid="tvd-" + new_hex(rng, 16),
            fit_firebase_iid=new_hex(rng, 32),
            kesher_user="k" + new_digits(rng, 8),
            thea_user="thea-" + new_digits(rng, 7),
            kino_user=new_digits(rng, 9, "5"),
            audio_user="L" + new_hex(rng, 12),
            bank_user="IL" + new_digits(rng, 10),
            gov_user="cit_" + new_hex(rng, 12),
            glow_user="usr_" + new_hex(rng, 10),
            fit_user=new_digits(rng, 8, "9"),
            tv_user=new_hex(rng, 20),
            apns_token=new_hex(rng, 64),
        )


class FB(LabelledBuilder):
    """Phone32's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str, build: str = "1") -> str:
    """A URLSession-style user agent (CFNetwork / Darwin of iOS 17.4)."""
    return f"{app}/{build} CFNetwork/1494.0.7 Darwin/23.4.0"


def sdk_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone; iOS 17.4.1; Scale/3.00)"


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "ZERO_IDFA",
    "Phone32",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "sdk_ua",
    "ua",
]
