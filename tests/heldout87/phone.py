"""The set-87 devices and the flow builder that labels every identifier it inserts.

An iPhone 14 (iOS 17) in the French-speaking Lake Geneva / Wallonia / France
triangle, and the family's Samsung Tizen TV. iOS gives one IDFA (sent only
where ATT allowed it) and one IDFV per vendor: each app vendor here is its own,
so known.yaml lists one IDFV per app. The TV has its TIFA (Tizen Identifier For
Advertising), its DUID and its Wi-Fi MAC.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "idfv_ecran": "device_id",
    "idfv_viva": "device_id",
    "idfv_sport": "device_id",
    "idfv_melo": "device_id",
    "idfv_radio": "device_id",
    "idfv_bank": "device_id",
    "idfv_telco": "device_id",
    "idfv_auto": "device_id",
    "tifa": "advertising_id",
    "tv_mac": "mac",
    "tv_duid": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "viva_user",
        "sport_user",
        "melo_user",
        "bank_user",
        "telco_msisdn",
        "auto_user",
        "batch_push",
        "tv_user",
    }
)


@dataclass(frozen=True, slots=True)
class Phone87(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_ecran: str
    idfv_viva: str
    idfv_sport: str
    idfv_melo: str
    idfv_radio: str
    idfv_bank: str
    idfv_telco: str
    idfv_auto: str
    tifa: str
    tv_mac: str
    tv_duid: str
    email: str
    # ids SDKs make up (device_id, not in known.yaml)
    fb_instance: str
    af_uid: str
    adjust_adid: str
    batch_install: str
    piano_visitor: str
    tv_psid: str
    # account ids and tokens (never labelled as device ids)
    viva_user: str
    sport_user: str
    melo_user: str
    bank_user: str
    telco_msisdn: str
    auto_user: str
    batch_push: str
    tv_user: str
    model: str = "iPhone15,2"

    @classmethod
    def make(cls, rng: random.Random) -> Phone87:
        up = lambda: new_uuid(rng).upper()  # noqa: E731  # Apple prints ids upper-case
        return cls(
            idfa=up(),
            idfv_ecran=up(),
            idfv_viva=up(),
            idfv_sport=up(),
            idfv_melo=up(),
            idfv_radio=up(),
            idfv_bank=up(),
            idfv_telco=up(),
            idfv_auto=up(),
            tifa=new_uuid(rng),
            tv_mac="8C:79:F5:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            tv_duid="0AANDD" + new_hex(rng, 8).upper() + "Q",
            email=f"camille.dubois{rng.randint(10, 99)}@courriel-exemple.ch",
            fb_instance=new_hex(rng, 32).upper(),
            af_uid=f"1731{new_digits(rng, 9)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            batch_install=up(),
            piano_visitor=up(),
            tv_psid=new_hex(rng, 40),
            viva_user="vs_" + new_digits(rng, 9),
            sport_user=new_digits(rng, 10, "7"),
            melo_user="m" + new_hex(rng, 15),
            bank_user="CH" + new_digits(rng, 9),
            telco_msisdn="+3247" + new_digits(rng, 7),
            auto_user="drv-" + new_digits(rng, 7),
            batch_push=new_hex(rng, 64),
            tv_user=new_hex(rng, 24),
        )


class FB(LabelledBuilder):
    """Phone87's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    """An iOS URLSession user agent (CFNetwork / Darwin of iOS 17.5)."""
    return f"{app}/{ver} CFNetwork/1496.0.7 Darwin/23.5.0"


def tv_ua() -> str:
    return (
        "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) "
        "7.0 TV Safari/537.36"
    )


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone87", "floats", "iso", "ms", "rf", "rid", "tv_ua", "ua"]
