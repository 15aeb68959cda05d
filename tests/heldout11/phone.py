"""The set-11 devices and the flow builder that labels every identifier it inserts.

A Huawei P60 Pro (MNA-LX9, EMUI 13 / HarmonyOS 3.1, no Google services) runs
eight apps: a smart-home app whose door lock opens by 3D face (the lock's
serial and BLE MAC), a K-pop fan app with live streams and AR face filters, a
job-interview video app with "emotion AI", an internet-radio app, a transit
app with face payment at the gates, a children's smartwatch companion (the
watch's IMEI, ICCID and serial), a news app with video and a gym app with face
check-in. HMS Core supplies the OAID (Huawei's advertising id); since Android 8
every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "oaid": "advertising_id",
    "aid_lock": "android_id",
    "aid_kpop": "android_id",
    "aid_iview": "android_id",
    "aid_radio": "android_id",
    "aid_metro": "android_id",
    "aid_watch": "android_id",
    "aid_news": "android_id",
    "aid_gym": "android_id",
    "lock_mac": "mac",
    "lock_serial": "serial",
    "watch_serial": "serial",
    "watch_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "lock_user",
        "kpop_user",
        "iview_user",
        "radio_user",
        "metro_user",
        "watch_user",
        "news_user",
        "gym_user",
        "push_token",
        "watch_code",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone11(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    oaid: str
    aid_lock: str
    aid_kpop: str
    aid_iview: str
    aid_radio: str
    aid_metro: str
    aid_watch: str
    aid_news: str
    aid_gym: str
    lock_mac: str
    lock_serial: str
    watch_serial: str
    watch_imei: str
    email: str
    # ids that SDKs and apps make up (device_id, not in known.yaml)
    hms_aaid: str
    watch_iccid: str
    kpop_device: str
    iview_install: str
    radio_listener: str
    triton_lsid: str
    comscore_c12: str
    metro_device: str
    gym_install: str
    # account ids and tokens (never labelled as device identifiers)
    lock_user: str
    kpop_user: str
    iview_user: str
    radio_user: str
    metro_user: str
    watch_user: str
    news_user: str
    gym_user: str
    push_token: str
    watch_code: str
    model: str = "MNA-LX9"

    @classmethod
    def make(cls, rng: random.Random) -> Phone11:
        return cls(
            oaid=new_uuid(rng),
            aid_lock=new_hex(rng, 16),
            aid_kpop=new_hex(rng, 16),
            aid_iview=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_metro=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            aid_news=new_hex(rng, 16),
            aid_gym=new_hex(rng, 16),
            lock_mac=_mac(rng, "54:EF:44"),
            lock_serial="FL3D" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            watch_serial="86" + new_digits(rng, 8),
            watch_imei=luhn_complete(new_digits(rng, 14, "86")),
            email=f"yuna.baek{rng.randint(10, 99)}@inbox-example.net",
            hms_aaid=new_hex(rng, 32),
            watch_iccid="8982" + new_digits(rng, 15),
            kpop_device=new_uuid(rng).upper(),
            iview_install=new_uuid(rng),
            radio_listener=new_hex(rng, 24),
            triton_lsid=new_uuid(rng),
            comscore_c12=new_hex(rng, 32),
            metro_device="MP" + new_hex(rng, 30).upper(),
            gym_install=new_uuid(rng),
            lock_user="lu_" + new_digits(rng, 9),
            kpop_user=new_digits(rng, 10, "3"),
            iview_user="cand-" + new_hex(rng, 12),
            radio_user="wd" + new_digits(rng, 8),
            metro_user=new_digits(rng, 11, "1"),
            watch_user="p" + new_digits(rng, 9),
            news_user=new_hex(rng, 40),
            gym_user="M" + new_digits(rng, 7),
            push_token="IQAAAACy0" + new_hex(rng, 56) + "AAAA",
            watch_code=new_digits(rng, 6),
        )


class FB(LabelledBuilder):
    """Phone11's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


UA_SYS = "Dalvik/2.1.0 (Linux; U; Android 12; MNA-LX9 Build/HUAWEIMNA-LX9)"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 12; MNA-LX9 Build/HUAWEIMNA-LX9; EMUI 13.1.0)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.55)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "UA_SYS",
    "Phone11",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
