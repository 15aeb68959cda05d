"""The set-246 devices and the flow builder that labels every identifier it inserts.

One Telugu family, four phones, a tablet and three home devices:

* nanna (father, Hyderabad): Samsung Galaxy M34 with the bank app (selfie
  KYC, face login, Aadhaar face authentication);
* amma (mother, Vijayawada): Redmi Note 13 with the Tollywood music /
  devotional / FM radio app;
* akka (elder daughter, Hyderabad): OnePlus Nord CE 3 Lite with the cricket
  live app; her son watches cartoons on a Lenovo Tab M10 (the kids' app);
* abbai (son, Dallas, Texas): Pixel 8 with the Telugu OTT app and a fitness
  band;
* ammamma and tatayya's house (Visakhapatnam): a smart TV with automatic
  content recognition and a DTH hybrid set-top box (Tata Play-like), whose
  viewing-card (smart-card) number is printed on the card and on the
  settings screen, so a tester can read it like a serial.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_nanna": "advertising_id",
    "gaid_amma": "advertising_id",
    "gaid_akka": "advertising_id",
    "gaid_abbai": "advertising_id",
    "aid_bank": "android_id",
    "aid_raagam": "android_id",
    "aid_cricket": "android_id",
    "aid_chitram": "android_id",
    "aid_band": "android_id",
    "aid_chinni": "android_id",
    "tv_mac": "mac",
    "stb_mac": "mac",
    "band_mac": "mac",
    "tv_serial": "serial",
    "stb_serial": "serial",
    "stb_vc": "serial",
    "band_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "bank_cif",
        "bank_mobile",
        "aadhaar_vid",
        "chitram_user",
        "cricket_user",
        "raagam_user",
        "stb_subscriber",
        "chinni_profile",
        "band_user",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family246(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_nanna: str
    gaid_amma: str
    gaid_akka: str
    gaid_abbai: str
    aid_bank: str
    aid_raagam: str
    aid_cricket: str
    aid_chitram: str
    aid_band: str
    aid_chinni: str
    tv_mac: str
    stb_mac: str
    band_mac: str
    tv_serial: str
    stb_serial: str
    stb_vc: str
    band_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    chitram_fid: str
    chitram_app_instance: str
    chitram_ct_guid: str
    chitram_af_uid: str
    cricket_adjust_uuid: str
    cricket_adid: str
    cricket_fb_anon: str
    raagam_moe_uid: str
    bank_device_token: str
    bank_rd_dc: str
    chinni_mp_device: str
    tv_acr_id: str
    band_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_cif: str
    bank_mobile: str
    aadhaar_vid: str
    chitram_user: str
    cricket_user: str
    raagam_user: str
    stb_subscriber: str
    chinni_profile: str
    band_user: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family246:
        return cls(
            gaid_nanna=new_uuid(rng),
            gaid_amma=new_uuid(rng),
            gaid_akka=new_uuid(rng),
            gaid_abbai=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_raagam=new_hex(rng, 16),
            aid_cricket=new_hex(rng, 16),
            aid_chitram=new_hex(rng, 16),
            aid_band=new_hex(rng, 16),
            aid_chinni=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE"),
            stb_mac=_mac(rng, "00:1E:B8"),
            band_mac=_mac(rng, "E4:7C:" + new_hex(rng, 2).upper()),
            tv_serial="KTV" + new_digits(rng, 4, "5") + new_hex(rng, 6).upper(),
            stb_serial="DPH" + new_digits(rng, 11, "2"),
            stb_vc=new_digits(rng, 12, "01"),
            band_serial="AB" + new_digits(rng, 2) + new_hex(rng, 10).upper(),
            chitram_fid="d" + new_hex(rng, 21),
            chitram_app_instance=new_hex(rng, 32),
            chitram_ct_guid="__" + new_hex(rng, 32),
            chitram_af_uid=f"17443{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            cricket_adjust_uuid=new_uuid(rng),
            cricket_adid=new_hex(rng, 32),
            cricket_fb_anon="XZ" + new_uuid(rng),
            raagam_moe_uid=new_uuid(rng),
            bank_device_token=new_uuid(rng).upper(),
            bank_rd_dc=new_uuid(rng),
            chinni_mp_device=new_uuid(rng),
            tv_acr_id=new_hex(rng, 40),
            band_install=new_uuid(rng),
            bank_cif=new_digits(rng, 11, "8"),
            bank_mobile="+9198" + new_digits(rng, 8),
            aadhaar_vid=new_digits(rng, 16, "9"),
            chitram_user="ch_" + new_digits(rng, 9),
            cricket_user="sx" + new_hex(rng, 14),
            raagam_user=new_digits(rng, 8, "4"),
            stb_subscriber=new_digits(rng, 10, "1"),
            chinni_profile="kid-" + new_hex(rng, 10),
            band_user=new_digits(rng, 9, "6"),
            tv_account="kt-" + new_hex(rng, 18),
        )


class TB(LabelledBuilder):
    """Family246's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "nanna": ("14", "SM-M346B", "UP1A.231005.007"),
    "amma": ("14", "23124RA7EO", "UKQ1.231003.002"),
    "akka": ("14", "CPH2467", "UKQ1.230924.001"),
    "abbai": ("14", "Pixel 8", "AP2A.240905.003"),
    "manavadu": ("13", "TB328FU", "TP1A.220624.014"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


def bearer(c: Context) -> str:
    """A session token: looks like an identifier, but names a login, not a device."""
    return "Bearer " + new_hex(c.rng, 24) + "." + new_hex(c.rng, 40)


rid = req_id

__all__ = [
    "KNOWN_ATTRS",
    "PHONES",
    "TB",
    "Family246",
    "bearer",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
