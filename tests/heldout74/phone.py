"""The set-74 devices and the flow builder that labels every identifier it inserts.

An IT administrator / facilities manager at a mid-size company in the UK and
Ireland carries a Samsung Galaxy S23 (SM-S911B, Android 14). Most of what the
phone sends is about OTHER things: the company's laptops and phones (serials,
IMEIs, MACs in the MDM console), network clients, badge readers, vans, lobby
screens. Those are not the tester's device identifiers and are never labelled.
The tester's own identifiers are the phone's GAID, ANDROID_IDs (one per app that
reads it), IMEI and serial (sent by the MDM agent enrolled on the phone), and the
tester's own Galaxy Watch and Galaxy Buds (Bluetooth MACs, watch serial).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_game": "android_id",
    "aid_mdm": "android_id",
    "aid_stream": "android_id",
    "imei": "imei",
    "serial": "serial",
    "watch_mac": "mac",
    "buds_mac": "mac",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "admin_upn", "stream_user", "bank_user", "push_token"})


def mac(rng: random.Random, oui: str | None = None, upper: bool = False) -> str:
    """A MAC of someone else's device (a decoy), or of the tester's with a fixed OUI."""
    head = oui or ":".join(new_hex(rng, 2) for _ in range(3))
    out = head + ":" + ":".join(new_hex(rng, 2) for _ in range(3))
    return out.upper() if upper else out.lower()


def other_imei(rng: random.Random) -> str:
    return luhn_complete(new_digits(rng, 14, rng.choice(["35", "86", "01"])))


def other_serial(rng: random.Random) -> str:
    """A company laptop / phone serial (Dell service tag, Lenovo, Samsung, Apple style)."""
    style = rng.randrange(4)
    if style == 0:
        return new_hex(rng, 7).upper().replace("0", "J")
    if style == 1:
        return "PF" + new_hex(rng, 6).upper()
    if style == 2:
        return "R5C" + new_digits(rng, 2) + new_hex(rng, 6).upper()
    return "C02" + new_hex(rng, 9).upper()


@dataclass(frozen=True, slots=True)
class Phone74(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_game: str
    aid_mdm: str
    aid_stream: str
    imei: str
    serial: str
    watch_mac: str
    buds_mac: str
    watch_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    unity_idfi: str
    stream_fid: str
    stream_install: str
    bank_device: str
    voice_device: str
    # account ids and tokens (not device identifiers; never labelled as such)
    admin_upn: str
    stream_user: str
    bank_user: str
    push_token: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone74:
        return cls(
            gaid=new_uuid(rng),
            aid_game=new_hex(rng, 16),
            aid_mdm=new_hex(rng, 16),
            aid_stream=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            serial="R5CW" + new_digits(rng, 2) + new_hex(rng, 5).upper(),
            watch_mac=mac(rng, "A0:AC:69", upper=True),
            buds_mac=mac(rng, "E4:7D:BD", upper=True),
            watch_serial="RFAW" + new_digits(rng, 3) + new_hex(rng, 4).upper(),
            email=f"niamh.gallagher{rng.randint(10, 99)}@example-works.ie",
            unity_idfi=new_uuid(rng),
            stream_fid="d" + new_hex(rng, 21),
            stream_install=new_uuid(rng),
            bank_device=new_hex(rng, 32),
            voice_device="VD-" + new_hex(rng, 20).upper(),
            admin_upn="ngallagher@cnoc-systems.example",
            stream_user="u" + new_digits(rng, 10),
            bank_user="C" + new_digits(rng, 9),
            push_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone74's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-S911B Build/UP1A.231005.007)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)"


def sites(rng: random.Random) -> str:
    return rng.choice(["Dublin-HQ", "Cork-Office", "Belfast-Depot", "Manchester-Hub", "Galway"])


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone74",
    "dalvik",
    "floats",
    "iso",
    "mac",
    "ms",
    "other_imei",
    "other_serial",
    "rf",
    "rid",
    "sites",
    "ua",
]
