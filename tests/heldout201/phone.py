"""The set-201 devices and the flow builder that labels every identifier it inserts.

One Somali family, four phones and a satellite TV box:

* aabo (father, Hargeisa): an old Samsung Galaxy J7 Prime on Android 8.1, where
  an app with READ_PHONE_STATE still reads the IMEI; he uses the Hanti mobile
  money wallet (face verification with Smile ID) and a livestock market app;
* hooyo (mother, Mogadishu): Tecno Spark 10 with the Nuur Qur'an and nasheed
  audio app (Unity Ads); the living room holds a satellite TV box (Xiddig Sat,
  MAC, serial and a conditional-access smart card);
* wiil (son, Minneapolis): Pixel 8 with the DaawoTV Somali series / live TV
  app (Firebase, GA4, Adjust) and the Xawaalad remittance app (Onfido selfie KYC);
* gabar (daughter, Nairobi, Eastleigh): Infinix Hot 30 with the Goolka football
  app (Somali league and Premier League live; ironSource and Unity Ads).

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_aabo": "advertising_id",
    "gaid_hooyo": "advertising_id",
    "gaid_wiil": "advertising_id",
    "gaid_gabar": "advertising_id",
    "aid_hanti": "android_id",
    "aid_nuur": "android_id",
    "aid_daawo": "android_id",
    "aid_xawaalad": "android_id",
    "aid_goolka": "android_id",
    "imei_aabo": "imei",
    "box_mac": "mac",
    "box_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "hanti_msisdn",
        "hanti_user",
        "daawo_user",
        "xaw_user",
        "xaw_applicant",
        "nuur_user",
        "goolka_user",
        "box_subscriber",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family201(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_aabo: str
    gaid_hooyo: str
    gaid_wiil: str
    gaid_gabar: str
    aid_hanti: str
    aid_nuur: str
    aid_daawo: str
    aid_xawaalad: str
    aid_goolka: str
    imei_aabo: str
    box_mac: str
    box_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    daawo_fid: str
    daawo_app_instance: str
    daawo_adjust_uuid: str
    daawo_adid: str
    nuur_idfi: str
    goolka_idfi: str
    goolka_is_uid: str
    hanti_device_key: str
    xaw_device_uuid: str
    box_card: str
    # account ids and tokens (not device identifiers; never labelled as such)
    hanti_msisdn: str
    hanti_user: str
    daawo_user: str
    xaw_user: str
    xaw_applicant: str
    nuur_user: str
    goolka_user: str
    box_subscriber: str

    @classmethod
    def make(cls, rng: random.Random) -> Family201:
        return cls(
            gaid_aabo=new_uuid(rng),
            gaid_hooyo=new_uuid(rng),
            gaid_wiil=new_uuid(rng),
            gaid_gabar=new_uuid(rng),
            aid_hanti=new_hex(rng, 16),
            aid_nuur=new_hex(rng, 16),
            aid_daawo=new_hex(rng, 16),
            aid_xawaalad=new_hex(rng, 16),
            aid_goolka=new_hex(rng, 16),
            imei_aabo=luhn_complete("35" + new_digits(rng, 12)),
            box_mac=_mac(rng, "00:1E:B8"),
            box_serial="XS" + new_digits(rng, 4, "2") + new_hex(rng, 6).upper(),
            daawo_fid="d" + new_hex(rng, 21),
            daawo_app_instance=new_hex(rng, 32),
            daawo_adjust_uuid=new_uuid(rng),
            daawo_adid=new_hex(rng, 32),
            nuur_idfi=new_uuid(rng),
            goolka_idfi=new_uuid(rng),
            goolka_is_uid=new_digits(rng, 13, "17") + "_" + new_hex(rng, 8),
            hanti_device_key=new_uuid(rng).upper(),
            xaw_device_uuid=new_uuid(rng),
            box_card=new_digits(rng, 12, "71"),
            hanti_msisdn="+25263" + new_digits(rng, 7, "4"),
            hanti_user="HN" + new_digits(rng, 8),
            daawo_user="dw" + new_digits(rng, 8),
            xaw_user="xw_" + new_hex(rng, 10),
            xaw_applicant=new_uuid(rng),
            nuur_user=new_digits(rng, 7, "5"),
            goolka_user="g" + new_hex(rng, 11),
            box_subscriber="MGQ-" + new_digits(rng, 6),
        )


class FB(LabelledBuilder):
    """Family201's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "aabo": ("8.1.0", "SM-G610F", "M1AJQ"),
    "hooyo": ("13", "TECNO KI5q", "TP1A.220624.014"),
    "wiil": ("14", "Pixel 8", "AP2A.240905.003"),
    "gabar": ("13", "Infinix X6831", "TP1A.220624.014"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Family201",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
