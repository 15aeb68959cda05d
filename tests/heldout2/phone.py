"""The set-2 test phone (a Xiaomi handset with Google services), its identifiers,
and the flow builder that labels every identifier as it is inserted.

Android 8+ scopes ANDROID_ID per signing key, so each of the three apps sees a
different one; all three go into known.yaml as a list, as a tester would read
them from each app. The phone also has a Mobile Security Alliance OAID (16 hex
on Xiaomi) beside the Google advertising id: both are `advertising_id`.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Carrier, Context, FlowBuilder
from tests.heldout.identity import (
    RECOVERABLE,
    encode,
    luhn_complete,
    new_digits,
    new_hex,
    new_uuid,
)

# phone attribute -> known.yaml kind (attributes not listed are SDK-made ids)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "oaid": "advertising_id",
    "android_id_tv": "android_id",
    "android_id_glow": "android_id",
    "android_id_parla": "android_id",
    "imei": "imei",
    "mac": "mac",
    "lumora_device_id": "device_id",
    "glow_install_id": "install_id",
    "email": "email",
    "phone": "phone",
}
CONTACT_KINDS = ("email", "phone")


@dataclass(frozen=True, slots=True)
class Phone2:
    gaid: str
    oaid: str
    android_id_tv: str
    android_id_glow: str
    android_id_parla: str
    imei: str
    mac: str
    lumora_device_id: str
    glow_install_id: str
    email: str
    phone: str
    # ids the apps and SDKs make up (device_id category, not in known.yaml)
    conviva_clid: str
    mux_viewer_id: str
    bitmovin_user_id: str
    comscore_c12: str
    appmetrica_uuid: str
    appmetrica_deviceid: str
    mytracker_instance: str
    hms_aaid: str
    bugsnag_device_id: str
    cast_device_id: str
    tapjoy_udid: str
    xiaomi_instance: str
    parla_install: str
    # account ids (not device identifiers; never labelled)
    lumora_account: str
    lumora_profile: str
    glow_user: str
    parla_user: str
    model: str = "2211133G"
    brand: str = "Xiaomi"
    os_version: str = "14"

    @classmethod
    def make(cls, rng: random.Random) -> Phone2:
        mac = "64:cc:2e:" + ":".join(new_hex(rng, 2) for _ in range(3))
        aid_tv = new_hex(rng, 16)
        return cls(
            gaid=new_uuid(rng),
            oaid=new_hex(rng, 16),
            android_id_tv=aid_tv,
            android_id_glow=new_hex(rng, 16),
            android_id_parla=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "86")),
            mac=mac,
            lumora_device_id="ldv_" + new_hex(rng, 24),
            glow_install_id=new_uuid(rng).upper(),
            email=f"noor.haddad{rng.randint(100, 999)}@mailbox-example.net",
            phone="+4915" + new_digits(rng, 9),
            conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            mux_viewer_id=new_uuid(rng),
            bitmovin_user_id=new_uuid(rng),
            comscore_c12=hashlib.md5(("cs-salt" + aid_tv).encode()).hexdigest(),
            appmetrica_uuid=new_hex(rng, 32),
            appmetrica_deviceid=new_hex(rng, 32),
            mytracker_instance=new_uuid(rng),
            hms_aaid=new_uuid(rng).replace("-", ""),
            bugsnag_device_id=new_uuid(rng),
            cast_device_id=new_hex(rng, 32),
            tapjoy_udid=new_hex(rng, 40),
            xiaomi_instance=new_uuid(rng),
            parla_install=new_uuid(rng),
            lumora_account="acc_" + new_digits(rng, 10),
            lumora_profile="prf_" + new_hex(rng, 12),
            glow_user="u" + new_digits(rng, 12),
            parla_user=new_uuid(rng),
        )

    def known_values(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for attr, kind in KNOWN_ATTRS.items():
            out.setdefault(kind, []).append(getattr(self, attr))
        return out


class FB(FlowBuilder):
    """FlowBuilder whose `id` takes a Phone2 attribute and records its known kind."""

    def id(
        self,
        attr: str,
        how: str = "plain",
        where: str = "",
        detectable: bool = True,
        direction: str = "request",
    ) -> str:
        value = getattr(self.ctx.phone, attr)
        kind = KNOWN_ATTRS.get(attr, attr)
        category = "contact" if kind in CONTACT_KINDS else "device_id"
        known = attr in KNOWN_ATTRS and how in RECOVERABLE
        self.carriers.append(Carrier(category, kind, where, how, detectable, known, direction))
        return encode(value, how)


def ua_okhttp() -> str:
    return "okhttp/4.12.0"


def ua_android(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; en_GB; 2211133G; Build/UKQ1.230804.001)"


__all__ = ["FB", "KNOWN_ATTRS", "Context", "Phone2", "ua_android", "ua_okhttp"]
