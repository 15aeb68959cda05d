"""The set-81 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy A25 5G (SM-A256E, Android 14, One UI 6) used in Buenos Aires,
Santiago and Bogota, plus the family's Chromecast with Google TV (its own
ANDROID_ID for the telenovela app, its serial and Wi-Fi MAC) and the home
fibre router the telco installed (its WAN MAC). Since Android 8 every app sees
its own ANDROID_ID, so known.yaml lists one per app that sends it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_butaca": "android_id",
    "aid_tv": "android_id",
    "aid_hincha": "android_id",
    "aid_cumbia": "android_id",
    "aid_radio": "android_id",
    "aid_banco": "android_id",
    "aid_telco": "android_id",
    "aid_viaje": "android_id",
    "imei": "imei",
    "wifi_mac": "mac",
    "tv_mac": "mac",
    "router_mac": "mac",
    "serial": "serial",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "butaca_user", "hincha_user", "banco_user", "telco_line", "viaje_driver"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone81(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_butaca: str
    aid_tv: str
    aid_hincha: str
    aid_cumbia: str
    aid_radio: str
    aid_banco: str
    aid_telco: str
    aid_viaje: str
    imei: str
    wifi_mac: str
    tv_mac: str
    router_mac: str
    serial: str
    tv_serial: str
    email: str
    # ids SDKs and apps make up for themselves (device_id, not in known.yaml)
    butaca_install: str
    tv_mp_device: str
    hincha_af_uid: str
    cumbia_adjust_uuid: str
    radio_app_instance: str
    radio_fid: str
    banco_fp: str
    telco_install: str
    viaje_ct_id: str
    # accounts and lines (never device identifiers)
    butaca_user: str
    hincha_user: str
    banco_user: str
    telco_line: str
    viaje_driver: str
    model: str = "SM-A256E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone81:
        return cls(
            gaid=new_uuid(rng),
            aid_butaca=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            aid_hincha=new_hex(rng, 16),
            aid_cumbia=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_viaje=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            wifi_mac=_mac(rng, "A8:79:8D").lower(),
            tv_mac=_mac(rng, "D4:F5:47"),
            router_mac=_mac(rng, "E8:65:D4"),
            serial="R5CX" + new_digits(rng, 3) + new_hex(rng, 4).upper(),
            tv_serial="3A1" + new_digits(rng, 4) + "HFD" + new_hex(rng, 4).upper(),
            email=f"valentina.rios{rng.randint(10, 99)}@correo-ejemplo.com.ar",
            butaca_install=new_uuid(rng),
            tv_mp_device=new_uuid(rng),
            hincha_af_uid=f"17229{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            cumbia_adjust_uuid=new_uuid(rng),
            radio_app_instance=new_hex(rng, 32),
            radio_fid="d" + new_hex(rng, 21),
            banco_fp=new_hex(rng, 40),
            telco_install="TLC-" + new_hex(rng, 12).upper(),
            viaje_ct_id="__" + new_hex(rng, 32),
            butaca_user="bt" + new_digits(rng, 9),
            hincha_user=new_digits(rng, 8, "7"),
            banco_user="1" + new_digits(rng, 7) + "-" + rng.choice("0123456789K"),
            telco_line="57 3" + new_digits(rng, 9),
            viaje_driver="drv_" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Phone81's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS

    def made(self, attr: str, where: str, detectable: bool = True) -> str:
        """An id an SDK or app made up (labelled under its attribute name), plain."""
        self.other_id(attr, where, detectable)
        return str(getattr(self.ctx.phone, attr))


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A256E Build/UP1A.231005.007)"


def tv_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 12; Chromecast Build/STTE.230615.005)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone81",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "tv_ua",
    "ua",
]
