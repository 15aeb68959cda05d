"""The set-152 devices and the flow builder that labels every identifier it inserts.

A family between Naples and Milan: a Xiaomi Redmi Note 13 (Android 14) runs a
public broadcaster's streaming app, a commercial broadcaster's app, a Serie A
streaming app, a music app, a radio app, a bank, the national digital-identity
app, the post-office wallet and a food-delivery app. Around it: a TIM-like TV
box (serial, Ethernet MAC), an LG smart TV with ACR (serial, Wi-Fi MAC), a
smartwatch (BLE MAC, serial) and a connected car (telematics IMEI, VIN). Since
Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_tele": "android_id",
    "aid_media": "android_id",
    "aid_calcio": "android_id",
    "aid_musica": "android_id",
    "aid_radio": "android_id",
    "aid_banca": "android_id",
    "aid_ident": "android_id",
    "aid_posta": "android_id",
    "aid_cibo": "android_id",
    "stb_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "stb_serial": "serial",
    "tv_serial": "serial",
    "watch_serial": "serial",
    "car_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "codice_fiscale",
        "cellulare",
        "tele_user",
        "media_user",
        "calcio_user",
        "musica_user",
        "banca_user",
        "posta_user",
        "cibo_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone152(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_tele: str
    aid_media: str
    aid_calcio: str
    aid_musica: str
    aid_radio: str
    aid_banca: str
    aid_ident: str
    aid_posta: str
    aid_cibo: str
    stb_mac: str
    tv_mac: str
    watch_mac: str
    stb_serial: str
    tv_serial: str
    watch_serial: str
    car_imei: str
    email: str
    # install-scoped ids apps and SDKs make up, and the car's VIN (device_id, not known.yaml)
    tele_install: str
    media_af_uid: str
    calcio_device: str
    musica_app_instance: str
    radio_install: str
    cibo_adid: str
    ident_device_key: str
    car_vin: str
    # accounts, phone number, tax code: not device identifiers
    codice_fiscale: str
    cellulare: str
    tele_user: str
    media_user: str
    calcio_user: str
    musica_user: str
    banca_user: str
    posta_user: str
    cibo_user: str
    model: str = "Redmi Note 13"

    @classmethod
    def make(cls, rng: random.Random) -> Phone152:
        return cls(
            gaid=new_uuid(rng),
            aid_tele=new_hex(rng, 16),
            aid_media=new_hex(rng, 16),
            aid_calcio=new_hex(rng, 16),
            aid_musica=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_banca=new_hex(rng, 16),
            aid_ident=new_hex(rng, 16),
            aid_posta=new_hex(rng, 16),
            aid_cibo=new_hex(rng, 16),
            stb_mac=_mac(rng, "00:1D:D2"),
            tv_mac=_mac(rng, "A8:23:FE").lower(),
            watch_mac=_mac(rng, "E4:5F:01"),
            stb_serial="TSB4K" + new_digits(rng, 10),
            tv_serial=new_digits(rng, 3, "4") + "RMXY" + new_digits(rng, 5),
            watch_serial="XW" + new_hex(rng, 10).upper(),
            car_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"gennaro.esposito{rng.randint(10, 99)}@posta-example.it",
            tele_install=new_uuid(rng),
            media_af_uid=f"17190{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            calcio_device=new_uuid(rng).upper(),
            musica_app_instance=new_hex(rng, 32),
            radio_install="rn-" + new_hex(rng, 20),
            cibo_adid=new_hex(rng, 32),
            ident_device_key=new_hex(rng, 40),
            car_vin="ZFA31200000" + new_digits(rng, 6),
            codice_fiscale="SPSGNR80A01F839" + rng.choice("ABCDEFGHKLMNPRSTVWXYZ"),
            cellulare="+39 3" + new_digits(rng, 9),
            tele_user="u" + new_digits(rng, 9),
            media_user="mf_" + new_hex(rng, 12),
            calcio_user=new_uuid(rng),
            musica_user="sm" + new_digits(rng, 10),
            banca_user="CL" + new_digits(rng, 8),
            posta_user=new_digits(rng, 10, "7"),
            cibo_user="c" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Phone152's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; it-IT; 23129RAA4G Build/UKQ1.231003.002)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


def bearer(rng: random.Random) -> str:
    return "Bearer " + req_id(rng).replace("-", "")


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone152",
    "bearer",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
