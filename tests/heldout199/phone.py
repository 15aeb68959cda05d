"""The set-199 devices and the flow builder that labels every identifier it inserts.

The phone is a Samsung Galaxy A35 (Android 14) of the IT administrator of a
Wellington secondary school (Kōwhai College, fictional). It runs the
fleet-management console for the school's 300 Chromebooks, the Wi-Fi
controller app, the classroom-display and signage app, the lecture-capture
app, the ID-card printing app, the visitor-kiosk console, the staff app (with
a face login) and, at lunch, a streaming app and an ad-supported weather app.

Identifiers that are the phone's own or belong to the few devices the
administrator looks after personally (the visitor kiosk's serial and Wi-Fi
MAC, the lecture-capture appliance's serial, the interactive panel in the IT
office) are known.yaml values. The Chromebooks of the fleet are school-owned
devices in inventory: their hardware serials, MACs and Google device ids are
device identifiers by the issue's definition, so a flow carrying them is
labelled device_id (SDK-made / not in known.yaml); their asset tags (the
school's own inventory numbers), names and locations are not.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_huarere": "android_id",
    "aid_mataki": "android_id",
    "aid_kaiako": "android_id",
    "kiosk_serial": "serial",
    "kiosk_mac": "mac",
    "capture_serial": "serial",
    "panel_serial": "serial",
}
NOT_DEVICE = frozenset({"model", "admin_user", "kaiako_staff", "mataki_user", "google_customer"})


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone199(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_huarere: str
    aid_mataki: str
    aid_kaiako: str
    kiosk_serial: str
    kiosk_mac: str
    capture_serial: str
    panel_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    applovin_idfi: str
    mataki_device: str
    conviva_clid: str
    kaiako_install: str
    # account ids (not device identifiers; never labelled as such)
    admin_user: str
    kaiako_staff: str
    mataki_user: str
    google_customer: str
    model: str = "SM-A356E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone199:
        return cls(
            gaid=new_uuid(rng),
            aid_huarere=new_hex(rng, 16),
            aid_mataki=new_hex(rng, 16),
            aid_kaiako=new_hex(rng, 16),
            kiosk_serial="R52W" + new_digits(rng, 3) + new_hex(rng, 4).upper(),
            kiosk_mac=_mac(rng, "8C:B8:4A"),
            capture_serial="EPC" + new_digits(rng, 9),
            panel_serial="AP9" + new_hex(rng, 3).upper() + new_digits(rng, 7),
            af_uid=f"17648{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            applovin_idfi=new_uuid(rng),
            mataki_device="mtk-" + new_hex(rng, 24),
            conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            kaiako_install=new_uuid(rng).upper(),
            admin_user="it.admin" + new_digits(rng, 3),
            kaiako_staff="KK" + new_digits(rng, 6),
            mataki_user="u_" + new_hex(rng, 18),
            google_customer="C0" + new_hex(rng, 7),
        )


class FB(LabelledBuilder):
    """Phone199's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = ()


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A356E Build/UP1A.231005.007)"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone199", "floats", "iso", "ms", "rf", "rid", "ua"]
