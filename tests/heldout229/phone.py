"""The set-229 device and the flow builder that labels every identifier it inserts.

One person, one phone and one watch: the operations manager of a Montreal
cinema chain (Cinémas Mont-Royal) carries a Samsung Galaxy S23. On it run the
chain's operations app (show logs, KDM status, scanners, kiosks, POS, audio
processors, MDM console of the staff handhelds, occupancy, box-office reports,
loyalty admin console) and her own apps: a Québec streaming app, a podcast app,
her bank and her watch's companion app. The chain's equipment identifiers
(projector and server serials, scanner and handheld IMEIs and MACs, POS
terminal ids) are not hers: they are made in the modules that send them and
are never device attributes here.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_ecran": "android_id",
    "aid_balado": "android_id",
    "aid_banque": "android_id",
    "aid_montre": "android_id",
    "aid_ops": "android_id",
    "montre_mac": "mac",
    "montre_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "ecran_user",
        "balado_user",
        "banque_user",
        "montre_user",
        "ops_user",
        "facetec_key",
    }
)


@dataclass(frozen=True, slots=True)
class Gerante229(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_ecran: str
    aid_balado: str
    aid_banque: str
    aid_montre: str
    aid_ops: str
    montre_mac: str
    montre_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    ecran_fid: str
    ecran_app_instance: str
    ecran_af_uid: str
    balado_install: str
    banque_device_key: str
    ops_push_install: str
    # account ids and keys (not device identifiers; never labelled as such)
    ecran_user: str
    balado_user: str
    banque_user: str
    montre_user: str
    ops_user: str
    facetec_key: str

    @classmethod
    def make(cls, rng: random.Random) -> Gerante229:
        return cls(
            gaid=new_uuid(rng),
            aid_ecran=new_hex(rng, 16),
            aid_balado=new_hex(rng, 16),
            aid_banque=new_hex(rng, 16),
            aid_montre=new_hex(rng, 16),
            aid_ops=new_hex(rng, 16),
            montre_mac="E4:5F:01:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            montre_serial="R3AW" + new_digits(rng, 3) + new_hex(rng, 4).upper(),
            ecran_fid="f" + new_hex(rng, 21),
            ecran_app_instance=new_hex(rng, 32),
            ecran_af_uid=f"17355{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            balado_install=new_uuid(rng),
            banque_device_key=new_uuid(rng).upper(),
            ops_push_install=new_uuid(rng),
            ecran_user="qc" + new_digits(rng, 9),
            balado_user="b_" + new_hex(rng, 14),
            banque_user=new_digits(rng, 10, "5"),
            montre_user=new_digits(rng, 9, "7"),
            ops_user="gmr." + new_digits(rng, 5),
            facetec_key="d" + new_hex(rng, 31),
        )


class GB(LabelledBuilder):
    """Gerante229's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


MODEL, OSV, BUILD = "SM-S911W", "14", "UP1A.231005.007"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android {OSV}; {MODEL} Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android {OSV}; {MODEL} Build/{BUILD})"


rid = req_id

__all__ = [
    "GB",
    "KNOWN_ATTRS",
    "MODEL",
    "Gerante229",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
