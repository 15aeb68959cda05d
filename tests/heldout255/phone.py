"""The set-255 devices and the flow builder that labels every identifier it inserts.

One Basotho / Batswana family, five phones and two home devices:

* ntate (father, Maseru): Samsung Galaxy A34 with the Letlotlo Bank app and the
  Khanya Go companion app of the family's satellite decoder; the living room
  holds the Khanya decoder (its serial, smart card number and Ethernet MAC are
  printed on the box, the card and the "Decoder info" screen);
* mme (mother, Bloemfontein): Tecno Spark 20 with the Mamela famo / kwaito /
  gospel and community-radio app and a church app;
* morwa (son, Gaborone): Samsung Galaxy A15 with the Madi mobile-money wallet
  and a cheap smartwatch (its BLE MAC and serial);
* morali (daughter, Maseru, studying at Roma): Redmi 13C with the Bona series /
  soapie / music-video streaming app;
* malome (uncle, Francistown): Infinix HOT 40i with the Kgwele football app
  (Botswana Premier League, PSL, the Zebras).

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per
app. The smart card number goes under `serial`: it is the serial of a card in
the family's own decoder, not an account number, even where a wallet uses it
as the bill reference.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime

from tests.heldout.flowmodel import Context
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs and apps make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_ntate": "advertising_id",
    "gaid_mme": "advertising_id",
    "gaid_morwa": "advertising_id",
    "gaid_morali": "advertising_id",
    "gaid_malome": "advertising_id",
    "aid_letlotlo": "android_id",
    "aid_khanya": "android_id",
    "aid_mamela": "android_id",
    "aid_madi": "android_id",
    "aid_watch": "android_id",
    "aid_bona": "android_id",
    "aid_kgwele": "android_id",
    "dec_mac": "mac",
    "watch_mac": "mac",
    "dec_serial": "serial",
    "dec_smartcard": "serial",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "bona_user",
        "mamela_user",
        "kgwele_user",
        "madi_msisdn",
        "smile_user",
        "letlotlo_customer",
        "onfido_applicant",
        "khanya_customer",
        "watch_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def _fid(rng: random.Random) -> str:
    """A Firebase installation id: 22 base64url characters, the first one c..f."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return rng.choice("cdef") + "".join(rng.choice(alphabet) for _ in range(21))


@dataclass(frozen=True, slots=True)
class Family255(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_ntate: str
    gaid_mme: str
    gaid_morwa: str
    gaid_morali: str
    gaid_malome: str
    aid_letlotlo: str
    aid_khanya: str
    aid_mamela: str
    aid_madi: str
    aid_watch: str
    aid_bona: str
    aid_kgwele: str
    dec_mac: str
    watch_mac: str
    dec_serial: str
    dec_smartcard: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    bona_fid: str
    bona_app_instance: str
    bona_adjust_uuid: str
    bona_adid: str
    kgwele_af_uid: str
    kgwele_fb_anon: str
    madi_device_fp: str
    smile_fingerprint: str
    letlotlo_device_key: str
    khanya_install: str
    watch_install: str
    # account ids (not device identifiers; never labelled as such)
    bona_user: str
    mamela_user: str
    kgwele_user: str
    madi_msisdn: str
    smile_user: str
    letlotlo_customer: str
    onfido_applicant: str
    khanya_customer: str
    watch_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Family255:
        return cls(
            gaid_ntate=new_uuid(rng),
            gaid_mme=new_uuid(rng),
            gaid_morwa=new_uuid(rng),
            gaid_morali=new_uuid(rng),
            gaid_malome=new_uuid(rng),
            aid_letlotlo=new_hex(rng, 16),
            aid_khanya=new_hex(rng, 16),
            aid_mamela=new_hex(rng, 16),
            aid_madi=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            aid_bona=new_hex(rng, 16),
            aid_kgwele=new_hex(rng, 16),
            dec_mac=_mac(rng, "00:1E:B8"),
            watch_mac=_mac(rng, "D4:3A:2C"),
            dec_serial="KTV" + new_digits(rng, 10, "4"),
            dec_smartcard=new_digits(rng, 11, "41"),
            watch_serial="GW" + new_hex(rng, 4).upper() + new_digits(rng, 6),
            bona_fid=_fid(rng),
            bona_app_instance=new_hex(rng, 32),
            bona_adjust_uuid=new_uuid(rng),
            bona_adid=new_hex(rng, 32),
            kgwele_af_uid=f"17412{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            kgwele_fb_anon="XZ" + new_uuid(rng),
            madi_device_fp=new_uuid(rng).upper(),
            smile_fingerprint=new_uuid(rng),
            letlotlo_device_key=new_hex(rng, 48),
            khanya_install=new_uuid(rng),
            watch_install=new_hex(rng, 24),
            bona_user="bn" + new_digits(rng, 9),
            mamela_user=new_digits(rng, 8, "5"),
            kgwele_user="kg_" + new_hex(rng, 10),
            madi_msisdn="+26771" + new_digits(rng, 6),
            smile_user="madi-" + new_digits(rng, 8),
            letlotlo_customer="LB" + new_digits(rng, 8),
            onfido_applicant=new_uuid(rng),
            khanya_customer=new_digits(rng, 9, "8"),
            watch_user=new_digits(rng, 9, "6"),
        )


class FB(LabelledBuilder):
    """Family255's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "ntate": ("14", "SM-A346E", "UP1A.231005.007"),
    "mme": ("13", "TECNO KJ5", "TP1A.220624.014"),
    "morwa": ("14", "SM-A155F", "UP1A.231005.007"),
    "morali": ("13", "23108RN04Y", "TP1A.220624.014"),
    "malome": ("13", "Infinix X6528B", "TP1A.220624.014"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


rid = req_id


def iso_ago(c: Context, low: int, high: int) -> str:
    """An ISO time some seconds before now: the rows of a history are not all one instant."""
    t = c.now - c.rng.randint(low, high)
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Family255",
    "dalvik",
    "floats",
    "iso",
    "iso_ago",
    "ms",
    "new_digits",
    "new_hex",
    "rf",
    "rid",
    "ua",
]
