"""The set-103 household's devices and the builder that labels every identifier it inserts.

A Welsh-speaking family in Gwynedd, an Irish-speaking cousin in Connemara and a
Gaelic-speaking grandmother on Lewis share one account set: a Samsung Galaxy A55
(Android 14) runs the apps, a Fire TV Stick runs the broadcasters' TV apps, and
a Fitbit-like watch syncs through its companion app. Since Android 8 (and Fire OS
7) each app sees its own ANDROID_ID, so known.yaml lists one per app. The mobile
network's own app holds carrier privileges, so it may read the IMEI, the serial
and the eSIM's EID.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from urllib.parse import quote

from tests.heldout.flowmodel import Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

APPS = (
    "gwylio", "tv_gwylio", "feach", "tv_feach", "eist", "caman", "tv_caman", "curiad",
    "pod", "banc", "rhwyd", "cariad", "fferi", "feirm", "oriawr",
)  # fmt: skip

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "firetv_adid": "advertising_id",
    "imei": "imei",
    "phone_serial": "serial",
    "firetv_serial": "serial",
    "watch_serial": "serial",
    "watch_mac": "mac",
    "firetv_mac": "mac",
    **{f"aid_{app}": "android_id" for app in APPS},
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "gwylio_user", "feach_user", "caman_user", "curiad_user", "pod_user",
     "banc_user", "rhwyd_msisdn", "cariad_user", "fferi_user", "feirm_herd", "oriawr_user"}
)  # fmt: skip


URL_SAFE = ":/?#[]@!$&'()*+,;=%~"
"""Characters a URL keeps as they are (reserved ones, and escapes already made)."""


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    firetv_adid: str
    imei: str
    phone_serial: str
    firetv_serial: str
    watch_serial: str
    watch_mac: str
    firetv_mac: str
    aid_gwylio: str
    aid_tv_gwylio: str
    aid_feach: str
    aid_tv_feach: str
    aid_eist: str
    aid_caman: str
    aid_tv_caman: str
    aid_curiad: str
    aid_pod: str
    aid_banc: str
    aid_rhwyd: str
    aid_cariad: str
    aid_fferi: str
    aid_feirm: str
    aid_oriawr: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    gwylio_dyfais: str
    tv_gwylio_dyfais: str
    feach_fid: str
    eist_uidheam: str
    caman_amp_device: str
    curiad_braze: str
    pod_gpodder_device: str
    banc_af_uid: str
    rhwyd_eid: str
    cariad_fid: str
    cariad_app_instance: str
    fferi_adid: str
    fferi_app_instance: str
    oriawr_install: str
    # account ids and phone numbers (not device identifiers; never labelled as such)
    gwylio_user: str
    feach_user: str
    caman_user: str
    curiad_user: str
    pod_user: str
    banc_user: str
    rhwyd_msisdn: str
    cariad_user: str
    fferi_user: str
    feirm_herd: str
    oriawr_user: str
    model: str = "SM-A556B"

    @classmethod
    def make(cls, rng: random.Random) -> Household:
        aids = {f"aid_{app}": new_hex(rng, 16) for app in APPS}
        return cls(
            gaid=new_uuid(rng),
            firetv_adid=new_uuid(rng),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            phone_serial="R5CX" + new_digits(rng, 3) + new_hex(rng, 4).upper(),
            firetv_serial="G4N1" + new_hex(rng, 12).upper(),
            watch_serial="FB5" + new_digits(rng, 9),
            watch_mac=_mac(rng, "E4:A7:C5"),
            firetv_mac=_mac(rng, "44:3D:54").lower(),
            **aids,
            email=f"sian.ap.gwilym{rng.randint(10, 99)}@post-example.cymru",
            gwylio_dyfais=new_uuid(rng),
            tv_gwylio_dyfais=new_uuid(rng),
            feach_fid="c" + new_hex(rng, 21),
            eist_uidheam=new_uuid(rng).upper(),
            caman_amp_device=new_uuid(rng) + "R",
            curiad_braze=new_uuid(rng),
            pod_gpodder_device="galaxy-a55-" + new_hex(rng, 6),
            banc_af_uid=f"17298{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            rhwyd_eid="8904903200" + new_digits(rng, 22),
            cariad_fid="e" + new_hex(rng, 21),
            cariad_app_instance=new_hex(rng, 32),
            fferi_adid=new_hex(rng, 32),
            fferi_app_instance=new_hex(rng, 32),
            oriawr_install=new_uuid(rng),
            gwylio_user="gw_" + new_digits(rng, 9),
            feach_user="u" + new_hex(rng, 20),
            caman_user=new_digits(rng, 10, "6"),
            curiad_user="defnyddiwr-" + new_digits(rng, 7),
            pod_user="sian_gwilym",
            banc_user="BB" + new_digits(rng, 10),
            rhwyd_msisdn="447" + new_digits(rng, 9, "7"),
            cariad_user="c" + new_digits(rng, 11),
            fferi_user="CM" + new_digits(rng, 8),
            feirm_herd="W" + new_digits(rng, 6),
            oriawr_user=new_hex(rng, 6).upper(),
        )


class FB(LabelledBuilder):
    """The household's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS

    def build(self) -> Flow:
        """OkHttp percent-encodes the fadas and grave accents of Irish and Gaelic paths
        (`staitisticí` goes out as `staitistic%C3%AD`): so do we."""
        self.base = quote(self.base, safe=URL_SAFE)
        return super().build()


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A556B Build/UP1A.231005.007)"


FIRETV_UA = "Dalvik/2.1.0 (Linux; U; Android 9; AFTKA Build/PS7633.3445N)"
EXO = "ExoPlayerLib/2.19.1"
rid = req_id

__all__ = [
    "CONTACT_KINDS", "EXO", "FB", "FIRETV_UA", "KNOWN_ATTRS", "Household",
    "floats", "iso", "ms", "points", "rf", "rid", "ua",
]  # fmt: skip
