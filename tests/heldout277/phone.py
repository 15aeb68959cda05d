"""The set-277 devices in Ashgabat and the flow builder that labels every id it inserts.

One household, three phones and a TV box:

* kaka (father): Samsung Galaxy A34 with the mobile operator's self-care app
  (face-ID SIM registration; the app reads the IMEI for the SIM binding) and
  the ride-hailing app;
* eje (mother): Huawei nova 9 SE without Google services, so its advertising
  id is Huawei's OAID (HMS); she watches dubbed series;
* gyz (daughter): Redmi Note 13 with the video-chat app (face filters) and the
  carpet-museum virtual tour;
* the living-room Android TV box runs the state TV's streaming / catch-up app
  (Ethernet MAC, serial), as does the father's phone.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid_kaka": "advertising_id",
    "gaid_gyz": "advertising_id",
    "oaid_eje": "advertising_id",
    "aid_tv": "android_id",
    "aid_box": "android_id",
    "aid_operator": "android_id",
    "aid_taksi": "android_id",
    "aid_wideo": "android_id",
    "aid_hali": "android_id",
    "aid_serial": "android_id",
    "imei_kaka": "imei",
    "box_mac": "mac",
    "box_serial": "serial",
}
NOT_DEVICE = frozenset(
    {"msisdn", "taksi_user", "wideo_user", "serial_user", "tv_user", "hali_ticket"}
)


@dataclass(frozen=True, slots=True)
class Family277(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_kaka: str
    gaid_gyz: str
    oaid_eje: str
    aid_tv: str
    aid_box: str
    aid_operator: str
    aid_taksi: str
    aid_wideo: str
    aid_hali: str
    aid_serial: str
    imei_kaka: str
    box_mac: str
    box_serial: str
    # install-scoped ids SDKs and apps make up (device_id, not in known.yaml)
    tv_fid: str
    tv_app_instance: str
    taksi_af_uid: str
    serial_af_uid: str
    wideo_adjust_uuid: str
    wideo_adid: str
    hali_adjust_uuid: str
    operator_device_key: str
    wideo_is_uid: str
    # accounts and tokens (never labelled as device ids)
    msisdn: str
    taksi_user: str
    wideo_user: str
    serial_user: str
    tv_user: str
    hali_ticket: str

    @classmethod
    def make(cls, rng: random.Random) -> Family277:
        return cls(
            gaid_kaka=new_uuid(rng),
            gaid_gyz=new_uuid(rng),
            oaid_eje=new_uuid(rng),
            aid_tv=new_hex(rng, 16),
            aid_box=new_hex(rng, 16),
            aid_operator=new_hex(rng, 16),
            aid_taksi=new_hex(rng, 16),
            aid_wideo=new_hex(rng, 16),
            aid_hali=new_hex(rng, 16),
            aid_serial=new_hex(rng, 16),
            imei_kaka=luhn_complete(new_digits(rng, 14, "35")),
            box_mac="A8:82:00:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            box_serial="TMB" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            tv_fid="f" + new_hex(rng, 21),
            tv_app_instance=new_hex(rng, 32),
            taksi_af_uid=f"17350{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            serial_af_uid=f"17348{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            wideo_adjust_uuid=new_uuid(rng),
            wideo_adid=new_hex(rng, 32),
            hali_adjust_uuid=new_uuid(rng),
            operator_device_key="MH-" + new_hex(rng, 24).upper(),
            wideo_is_uid=new_hex(rng, 40),
            msisdn="+99365" + new_digits(rng, 6),
            taksi_user="ty" + new_digits(rng, 9),
            wideo_user="w_" + new_hex(rng, 10),
            serial_user=new_digits(rng, 8, "4"),
            tv_user="tm" + new_digits(rng, 7),
            hali_ticket="HM-" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Family277's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "kaka": ("14", "SM-A346E", "UP1A.231005.007"),
    "eje": ("12", "BLA-LX9", "HUAWEIBLA-L29"),
    "gyz": ("14", "23124RA7EO", "UKQ1.231003.002"),
    "box": ("11", "TMB-X96", "RP1A.201005.004"),
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
    "Family277",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
