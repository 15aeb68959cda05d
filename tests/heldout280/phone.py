"""The set-280 devices and the flow builder that labels every identifier it inserts.

One wantok family across two countries:

* papa (Port Moresby, PNG): Samsung Galaxy A15 with the KunduMoni mobile-money
  app (selfie KYC) and the Kumul Hailait rugby-league highlights app;
* mama (Lae, PNG): Tecno Spark 10 with the national broadcaster's TV and radio
  streaming app (NBC Lukim na Harim);
* kasin (the cousin, Port Vila, Vanuatu): OPPO A17 with the Redio Lotu church
  radio and the Kredit Kwik phone-credit top-up app, which still reads the IMEI
  (it targets an old SDK for dual-SIM handsets).

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_papa": "advertising_id",
    "gaid_mama": "advertising_id",
    "gaid_kasin": "advertising_id",
    "aid_moni": "android_id",
    "aid_ragbi": "android_id",
    "aid_nbc": "android_id",
    "aid_lotu": "android_id",
    "aid_topap": "android_id",
    "imei_kasin": "imei",
}
NOT_DEVICE = frozenset(
    {"moni_wallet", "nbc_user", "ragbi_user", "lotu_user", "topap_msisdn", "moni_kyc_ref"}
)


@dataclass(frozen=True, slots=True)
class Family280(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_papa: str
    gaid_mama: str
    gaid_kasin: str
    aid_moni: str
    aid_ragbi: str
    aid_nbc: str
    aid_lotu: str
    aid_topap: str
    imei_kasin: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    moni_af_uid: str
    moni_device_key: str
    ragbi_fb_anon: str
    ragbi_idfi: str
    nbc_fid: str
    nbc_app_instance: str
    lotu_fb_anon: str
    topap_af_uid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    moni_wallet: str
    nbc_user: str
    ragbi_user: str
    lotu_user: str
    topap_msisdn: str
    moni_kyc_ref: str

    @classmethod
    def make(cls, rng: random.Random) -> Family280:
        return cls(
            gaid_papa=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_kasin=new_uuid(rng),
            aid_moni=new_hex(rng, 16),
            aid_ragbi=new_hex(rng, 16),
            aid_nbc=new_hex(rng, 16),
            aid_lotu=new_hex(rng, 16),
            aid_topap=new_hex(rng, 16),
            imei_kasin=luhn_complete(new_digits(rng, 14, "86")),
            moni_af_uid=f"17412{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            moni_device_key=new_uuid(rng).upper(),
            ragbi_fb_anon="XZ" + new_uuid(rng),
            ragbi_idfi=new_uuid(rng),
            nbc_fid="f" + new_hex(rng, 21),
            nbc_app_instance=new_hex(rng, 32),
            lotu_fb_anon="XZ" + new_uuid(rng),
            topap_af_uid=f"17409{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            moni_wallet="+6757" + new_digits(rng, 7),
            nbc_user="nbc" + new_digits(rng, 8),
            ragbi_user="k" + new_hex(rng, 10),
            lotu_user=new_digits(rng, 7, "5"),
            topap_msisdn="+6787" + new_digits(rng, 6),
            moni_kyc_ref="KYC-" + new_hex(rng, 12).upper(),
        )


class FB(LabelledBuilder):
    """Family280's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "papa": ("14", "SM-A155F", "UP1A.231005.007"),
    "mama": ("13", "TECNO KI5q", "TP1A.220624.014"),
    "kasin": ("12", "CPH2477", "SP1A.210812.016"),
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
    "Family280",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
