"""The set-211 device and the flow builder that labels every identifier it inserts.

Mrs Folake Adeyemi-Okon, ICT coordinator of a secondary school in Surulere,
Lagos, carries a Tecno Camon 20 (Android 13). On it run the school's admin
apps (the tablet MDM console, the lab / projector / library / bus dashboards,
the e-learning platform, the CBT exam proctor console, the staff attendance
portal) and her own apps: a Nollywood streaming app with ad SDKs, her bank
(Smile ID selfie KYC) and the companion app of her earbuds.

The school's tablets, lab PCs, projectors, scanners, bus tracker and
attendance terminal have serials and MACs too, but they are school assets
listed to their administrator, never this phone's identifiers: they are not
attributes here. Since Android 8 every app sees its own ANDROID_ID, so
known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_nolly": "android_id",
    "aid_owo": "android_id",
    "aid_buds": "android_id",
    "aid_kilaasi": "android_id",
    "buds_mac": "mac",
    "buds_serial": "serial",
}
NOT_DEVICE = frozenset(
    {"nolly_user", "owo_user", "buds_user", "staff_no", "kilaasi_user", "bvn_masked"}
)


def mac_addr(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Coordinator211(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_nolly: str
    aid_owo: str
    aid_buds: str
    aid_kilaasi: str
    buds_mac: str
    buds_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    nolly_af_uid: str
    nolly_app_instance: str
    owo_device_key: str
    buds_install: str
    # account ids (not device identifiers; never labelled as such)
    nolly_user: str
    owo_user: str
    buds_user: str
    staff_no: str
    kilaasi_user: str
    bvn_masked: str

    @classmethod
    def make(cls, rng: random.Random) -> Coordinator211:
        return cls(
            gaid=new_uuid(rng),
            aid_nolly=new_hex(rng, 16),
            aid_owo=new_hex(rng, 16),
            aid_buds=new_hex(rng, 16),
            aid_kilaasi=new_hex(rng, 16),
            buds_mac=mac_addr(rng, "A4:C1:38"),
            buds_serial="SB" + new_digits(rng, 4, "2") + new_hex(rng, 8).upper(),
            nolly_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            nolly_app_instance=new_hex(rng, 32),
            owo_device_key=new_uuid(rng).upper(),
            buds_install=new_uuid(rng),
            nolly_user="ns" + new_digits(rng, 8),
            owo_user=new_digits(rng, 10, "0"),
            buds_user=new_digits(rng, 9, "8"),
            staff_no="AMC/STF/" + new_digits(rng, 4),
            kilaasi_user="t-" + new_hex(rng, 10),
            bvn_masked="222****" + new_digits(rng, 4),
        )


class CB(LabelledBuilder):
    """Coordinator211's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


MODEL, BUILD = "TECNO CK6n", "TP1A.220624.014"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; {MODEL} Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 13; {MODEL} Build/{BUILD})"


rid = req_id

__all__ = [
    "CB",
    "KNOWN_ATTRS",
    "Coordinator211",
    "dalvik",
    "floats",
    "iso",
    "mac_addr",
    "ms",
    "rf",
    "rid",
    "ua",
]
