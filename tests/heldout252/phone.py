"""The set-252 devices and the flow builder that labels every identifier it inserts.

One Kannada family, four phones and three home devices:

* appa (father, Bengaluru): Samsung Galaxy M34 with the bank app (selfie video
  KYC, face login) and the DTH operator's companion app; the Jayanagar living
  room holds a hybrid Android DTH set-top box (its viewing-card number printed
  on the card, its serial and Ethernet MAC on the label) and a smart TV with
  automatic content recognition (ACR);
* amma (mother, Mysuru): Redmi Note 13 with the music / bhavageete / FM radio /
  podcast app (whose About screen shows its install id) and the
  health-insurance app with voice claim verification;
* maga (son, Singapore): Pixel 8 with the Kannada OTT app (films, serials,
  Yakshagana) and a fitness band;
* chikkappa (uncle, Mangaluru): OnePlus Nord CE3 with the cricket and
  pro-kabaddi live app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from tests.heldout.flowmodel import Context
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_appa": "advertising_id",
    "gaid_amma": "advertising_id",
    "gaid_maga": "advertising_id",
    "gaid_chikka": "advertising_id",
    "aid_bank": "android_id",
    "aid_dth": "android_id",
    "aid_sugama": "android_id",
    "aid_vima": "android_id",
    "aid_ranga": "android_id",
    "aid_nadige": "android_id",
    "aid_aata": "android_id",
    "tv_mac": "mac",
    "stb_mac": "mac",
    "band_mac": "mac",
    "tv_serial": "serial",
    "stb_serial": "serial",
    "band_serial": "serial",
    "stb_vc": "device_id",
    "sugama_install": "install_id",
}
NOT_DEVICE = frozenset(
    {
        "bank_cust",
        "ranga_user",
        "sugama_user",
        "aata_user",
        "vima_policy",
        "vima_member",
        "band_user",
        "stb_subscriber",
        "tv_account",
        "appa_mobile",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family252(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_appa: str
    gaid_amma: str
    gaid_maga: str
    gaid_chikka: str
    aid_bank: str
    aid_dth: str
    aid_sugama: str
    aid_vima: str
    aid_ranga: str
    aid_nadige: str
    aid_aata: str
    tv_mac: str
    stb_mac: str
    band_mac: str
    tv_serial: str
    stb_serial: str
    band_serial: str
    stb_vc: str
    sugama_install: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    ranga_fid: str
    ranga_app_instance: str
    ranga_af_uid: str
    ranga_we_luid: str
    aata_adjust_uuid: str
    aata_adid: str
    aata_fb_anon: str
    bank_device_key: str
    bank_dfp: str
    vima_install: str
    tv_acr_id: str
    band_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_cust: str
    ranga_user: str
    sugama_user: str
    aata_user: str
    vima_policy: str
    vima_member: str
    band_user: str
    stb_subscriber: str
    tv_account: str
    appa_mobile: str

    @classmethod
    def make(cls, rng: random.Random) -> Family252:
        return cls(
            gaid_appa=new_uuid(rng),
            gaid_amma=new_uuid(rng),
            gaid_maga=new_uuid(rng),
            gaid_chikka=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_dth=new_hex(rng, 16),
            aid_sugama=new_hex(rng, 16),
            aid_vima=new_hex(rng, 16),
            aid_ranga=new_hex(rng, 16),
            aid_nadige=new_hex(rng, 16),
            aid_aata=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE"),
            stb_mac=_mac(rng, "00:1C:A2"),
            band_mac=_mac(rng, "E4:9D:73"),
            tv_serial="CT" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            stb_serial="AKD" + new_digits(rng, 11, "2"),
            band_serial="NDG" + new_hex(rng, 10).upper(),
            stb_vc="0" + new_digits(rng, 10, "3"),
            sugama_install="SGM-" + new_hex(rng, 12).upper(),
            ranga_fid="e" + new_hex(rng, 21),
            ranga_app_instance=new_hex(rng, 32),
            ranga_af_uid=f"17358{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            ranga_we_luid=new_uuid(rng),
            aata_adjust_uuid=new_uuid(rng),
            aata_adid=new_hex(rng, 32),
            aata_fb_anon="XZ" + new_uuid(rng),
            bank_device_key=new_uuid(rng).upper(),
            bank_dfp=new_hex(rng, 48),
            vima_install=new_uuid(rng),
            tv_acr_id=new_hex(rng, 40),
            band_install=new_uuid(rng),
            bank_cust="SB" + new_digits(rng, 10),
            ranga_user="rp_" + new_hex(rng, 10),
            sugama_user=new_digits(rng, 8, "6"),
            aata_user="AL" + new_digits(rng, 9),
            vima_policy="AVH/" + new_digits(rng, 4, "2") + "/" + new_digits(rng, 8),
            vima_member="M" + new_digits(rng, 9),
            band_user=new_digits(rng, 11, "9"),
            stb_subscriber="1" + new_digits(rng, 9),
            tv_account="ch-" + new_hex(rng, 14),
            appa_mobile="+9198450" + new_digits(rng, 5),
        )


class FB(LabelledBuilder):
    """Family252's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "appa": ("14", "SM-M346B", "UP1A.231005.007"),
    "amma": ("14", "23124RA7EO", "UKQ1.231003.002"),
    "maga": ("15", "Pixel 8", "AP4A.250105.002"),
    "chikka": ("14", "CPH2569", "UKQ1.230924.001"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


rid = req_id
IST = timezone(timedelta(hours=5, minutes=30))


def iso_ago(c: Context, low: int, high: int) -> str:
    """A time `low`..`high` seconds before now: when a logged item happened, not when sent."""
    when = c.now - c.rng.randint(low, high)
    return datetime.fromtimestamp(when, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def adjust_time(c: Context) -> str:
    """Adjust's `created_at`: local wall time, a literal Z, then the zone offset."""
    local = datetime.fromtimestamp(c.now, IST)
    return local.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z+0530"


__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Family252",
    "adjust_time",
    "dalvik",
    "floats",
    "iso",
    "iso_ago",
    "ms",
    "rf",
    "rid",
    "ua",
]
