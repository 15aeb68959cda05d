"""The set-50 devices and the flow builder that labels every identifier it inserts.

A Canadian family's Apple TV 4K (tvOS 17) and iPad (iPadOS 17) plus their Roku
Ultra. On Apple devices the IDFA is one per device (when ATT allows) and the
IDFV one per vendor and device, so known.yaml lists several. The Roku has its
RIDA (Roku ID for Advertisers, a UUID, per Roku's ifDeviceInfo docs), a serial
and a Wi-Fi MAC; the smart doorbell has a serial and a MAC.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa_tv": "advertising_id",
    "idfa_pad": "advertising_id",
    "rida": "advertising_id",
    "idfv_flix": "idfv",
    "idfv_radio": "idfv",
    "idfv_sport": "idfv",
    "idfv_pod": "idfv",
    "idfv_kids": "idfv",
    "idfv_bank": "idfv",
    "idfv_sante": "idfv",
    "idfv_bell": "idfv",
    "roku_serial": "serial",
    "bell_serial": "serial",
    "roku_mac": "mac",
    "bell_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "flix_user", "sport_user", "pod_user", "bank_user", "sante_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def _apple_uuid(rng: random.Random) -> str:
    return new_uuid(rng).upper()


@dataclass(frozen=True, slots=True)
class Devices50(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa_tv: str
    idfa_pad: str
    rida: str
    idfv_flix: str
    idfv_radio: str
    idfv_sport: str
    idfv_pod: str
    idfv_kids: str
    idfv_bank: str
    idfv_sante: str
    idfv_bell: str
    roku_serial: str
    bell_serial: str
    roku_mac: str
    bell_mac: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    roku_client_id: str
    flix_install: str
    comscore_cid: str
    sport_push_dev: str
    pod_install: str
    applovin_sdk_id: str
    # account ids (not device identifiers; never labelled)
    flix_user: str
    sport_user: str
    pod_user: str
    bank_user: str
    sante_user: str
    model: str = "AppleTV14,1"

    @classmethod
    def make(cls, rng: random.Random) -> Devices50:
        return cls(
            idfa_tv=_apple_uuid(rng),
            idfa_pad=_apple_uuid(rng),
            rida=new_uuid(rng),
            idfv_flix=_apple_uuid(rng),
            idfv_radio=_apple_uuid(rng),
            idfv_sport=_apple_uuid(rng),
            idfv_pod=_apple_uuid(rng),
            idfv_kids=_apple_uuid(rng),
            idfv_bank=_apple_uuid(rng),
            idfv_sante=_apple_uuid(rng),
            idfv_bell=_apple_uuid(rng),
            roku_serial="X02" + new_hex(rng, 9).upper(),
            bell_serial="DB" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            roku_mac=_mac(rng, "D8:31:34"),
            bell_mac=_mac(rng, "3C:84:6A").lower(),
            email=f"genevieve.tremblay{rng.randint(10, 99)}@courriel-exemple.ca",
            roku_client_id=new_hex(rng, 32),
            flix_install=new_uuid(rng),
            comscore_cid=new_hex(rng, 32),
            sport_push_dev=new_hex(rng, 64),
            pod_install=new_uuid(rng),
            applovin_sdk_id=new_hex(rng, 40),
            flix_user="mbr" + new_digits(rng, 9),
            sport_user=new_digits(rng, 8, "7"),
            pod_user="lst_" + new_hex(rng, 12),
            bank_user="CL" + new_digits(rng, 10),
            sante_user="pt-" + new_digits(rng, 7),
        )


class FB(LabelledBuilder):
    """Devices50's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def points(rng: random.Random, n: int, w: int = 1280, h: int = 720) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.3, w * 0.7), rng.uniform(h * 0.3, h * 0.7)
    return [[round(cx + rng.gauss(0, 40), 1), round(cy + rng.gauss(0, 50), 1)] for _ in range(n)]


def tv_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} CFNetwork/1490.0.4 Darwin/23.2.0 (AppleTV14,1; tvOS 17.2)"


def pad_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPad13,16; iPadOS 17.4.1; Scale/2.00)"


ROKU_UA = "Roku/DVP-13.0 (13.0.4.4214-46)"

rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "ROKU_UA",
    "Devices50",
    "floats",
    "iso",
    "ms",
    "pad_ua",
    "points",
    "rf",
    "rid",
    "tv_ua",
]
