"""The set-142 phone and the flow builder that labels every identifier it inserts.

A dispatcher in Rotterdam carries a personal Galaxy A54 (Android 14). All day it
shows the company's transport-management web app, fleet trackers, dashcam console,
warehouse and yard dashboards: those carry the company's devices (trackers, tablets,
scanners, PLCs, printers, gate cameras), never this phone's. The phone's own
identifiers only leave it in the dispatcher's private apps: a weather app with an
ad SDK, a podcast app, an evening streaming app and a bank's onboarding. Since
Android 8 each app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_weer": "android_id",
    "aid_pod": "android_id",
    "aid_kijk": "android_id",
    "aid_bank": "android_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "pod_user", "kijk_profile", "bank_customer"})


@dataclass(frozen=True, slots=True)
class Phone142(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_weer: str
    aid_pod: str
    aid_kijk: str
    aid_bank: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    applovin_uid: str
    pod_install: str
    pod_fid: str
    kijk_device: str
    bank_binding: str
    # account ids (not device identifiers; never labelled as such)
    pod_user: str
    kijk_profile: str
    bank_customer: str
    model: str = "SM-A546B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone142:
        return cls(
            gaid=new_uuid(rng),
            aid_weer=new_hex(rng, 16),
            aid_pod=new_hex(rng, 16),
            aid_kijk=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            email=f"sanne.dewitte{rng.randint(10, 99)}@voorbeeldmail.example",
            applovin_uid=new_hex(rng, 32),
            pod_install=new_uuid(rng),
            pod_fid="c" + new_hex(rng, 21),
            kijk_device="KB-" + new_uuid(rng).upper(),
            bank_binding=new_hex(rng, 40),
            pod_user="usr_" + new_hex(rng, 12),
            kijk_profile="prf" + new_digits(rng, 9),
            bank_customer=new_digits(rng, 10, "4"),
        )


class FB(LabelledBuilder):
    """Phone142's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-A546B Build/UP1A.231005.007)"


WEB_UA = (
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36"
)


def web(c: Context, sdk: str, method: str, url: str) -> FB:
    """A request of a company web app opened in the phone's browser (no device id)."""
    b = FB(c, sdk, method, url)
    b.header("user-agent", WEB_UA)
    b.header("accept-language", "nl-NL,nl;q=0.9,en;q=0.8")
    return b


def company_imei(rng: random.Random) -> str:
    """An IMEI of a company tracker or tablet: not the tester's device."""
    return luhn_complete(new_digits(rng, 14, "35"))


def company_mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def plate(rng: random.Random) -> str:
    """A Dutch or Belgian number plate (a vehicle's, no device identifier)."""
    if rng.random() < 0.5:
        letters = "".join(rng.choice("BDFGHJKLNPRSTVXZ") for _ in range(3))
        return f"{rng.randint(10, 99)}-{letters}-{rng.randint(1, 9)}"
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
    return f"1-{letters}-{rng.randint(100, 999)}"


def havenpos(rng: random.Random) -> tuple[float, float]:
    """A point around the port of Rotterdam or Antwerp."""
    if rng.random() < 0.6:
        return rf(rng, 51.88, 51.96, 5), rf(rng, 4.0, 4.5, 5)
    return rf(rng, 51.2, 51.3, 5), rf(rng, 4.25, 4.45, 5)


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone142",
    "company_imei",
    "company_mac",
    "floats",
    "havenpos",
    "iso",
    "ms",
    "plate",
    "rf",
    "rid",
    "ua",
    "web",
]
