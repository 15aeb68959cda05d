"""The set-208 devices and the flow builder that labels every identifier it inserts.

Wanjiru, operations manager of a (fictional) business hotel in Westlands,
Nairobi, audits what the hotel's systems and her own devices send before a
Data Protection Act review. Her devices are the test devices:

* her Samsung Galaxy A34 (Android 14): a Kenyan streaming app with AppsFlyer
  and an ad exchange, a bank app with Smile ID selfie checks, the hotel's own
  operations apps (IPTV head-end, locks, Wi-Fi controller, CCTV, housekeeping,
  POS, spa, gym, check-in kiosk console);
* her smartwatch (a fictional Saa Fit band; BLE MAC and serial).

The hotel's own equipment (room TVs, guests' Wi-Fi clients, treadmills) is
not hers: when one of its per-unit identifiers travels, the generator labels
it as an id it made itself (`other_id`), never as a known.yaml value.
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
    "aid_tazama": "android_id",
    "aid_benki": "android_id",
    "aid_saa": "android_id",
    "aid_hoteli": "android_id",
    "saa_mac": "mac",
    "saa_serial": "serial",
}
NOT_DEVICE = frozenset({"tazama_user", "benki_user", "saa_user", "staff_id", "staff_token"})


def mac(rng: random.Random, oui: str = "") -> str:
    """A unicast MAC (first octet even); a random one when no OUI is given."""
    if not oui:
        first = rng.randrange(0, 256) & 0xFE
        oui = f"{first:02X}:" + ":".join(new_hex(rng, 2).upper() for _ in range(2))
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Wanjiru208(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_tazama: str
    aid_benki: str
    aid_saa: str
    aid_hoteli: str
    saa_mac: str
    saa_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    tazama_af_uid: str
    tazama_fid: str
    benki_device_key: str
    saa_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    tazama_user: str
    benki_user: str
    saa_user: str
    staff_id: str
    staff_token: str

    @classmethod
    def make(cls, rng: random.Random) -> Wanjiru208:
        return cls(
            gaid=new_uuid(rng),
            aid_tazama=new_hex(rng, 16),
            aid_benki=new_hex(rng, 16),
            aid_saa=new_hex(rng, 16),
            aid_hoteli=new_hex(rng, 16),
            saa_mac=mac(rng, "E4:5F:01"),
            saa_serial="SF2" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            tazama_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            tazama_fid="f" + new_hex(rng, 21),
            benki_device_key=new_uuid(rng).upper(),
            saa_install=new_uuid(rng),
            tazama_user="tz" + new_digits(rng, 8),
            benki_user="BY" + new_digits(rng, 9),
            saa_user=new_digits(rng, 10, "4"),
            staff_id="WST-" + new_digits(rng, 4),
            staff_token=new_hex(rng, 40),
        )


class WB(LabelledBuilder):
    """Wanjiru208's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


MODEL, BUILD = "SM-A346E", "UP1A.231005.007"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; {MODEL} Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 14; {MODEL} Build/{BUILD})"


rid = req_id

__all__ = ["KNOWN_ATTRS", "MODEL", "WB", "Wanjiru208", "dalvik", "floats", "iso", "mac", "ms"]
__all__ += ["rf", "rid", "ua"]
