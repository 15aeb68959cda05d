"""Device identity: Facebook extinfo arrays and records holding several
hardware identifiers."""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import load
from ..validators import (
    is_hex_id,
    is_iccid,
    is_imei,
    is_imsi,
    is_mac_any,
    is_serial,
    is_uuid,
)
from ._common import (
    _key_set_has,
    _key_text,
    key_words,
    structure,
)


@structure("fb_extinfo", kind=list, size=(10, None))
def fb_extinfo(value: object) -> str | None:
    """Facebook SDK `extinfo`: a 16-item device profile array that starts with
    its version tag (a2 Android, i2 iOS): model, OS, carrier, screen, CPU cores,
    storage, time zone. Combined, a device fingerprint."""
    if isinstance(value, list) and len(value) >= 10 and value[0] in ("a1", "a2", "i1", "i2"):
        return f"Facebook extinfo device profile ({len(value)} fields)"
    return None


# -- a device's identity record (LAN device descriptions, device lists) ------


_LEXICON = load("device")

# The hardware identifier a key names, by the class of one of its words, in the
# order they are tried: `serial` before `device` (`deviceSerial` is a serial).
_CLASS_KINDS = (
    ("serial", "serial"), ("iccid", "iccid"), ("imsi", "imsi"), ("mac", "mac"),
    ("imei", "imei"), ("advertising", "advertising id"),
)  # fmt: skip


def _word_classes(words: tuple[str, ...]) -> set[str]:
    """The lexicon classes of a key's words, its two- and three-word phrases
    (`numero_de_serie`, `thiet_bi`), and the parts of a compound that starts with
    a stem (`seriennummer`)."""
    found = {cls for _, _, cls in _LEXICON.phrase_spans(words)}
    for word in words:
        cls = _LEXICON.word(word)
        if cls is None and (split := _LEXICON.stem_rest(word)):
            cls = split[0]
            if split[1] and (rest := _LEXICON.word(split[1])):
                found.add(rest)
        if cls:
            found.add(cls)
    return found


@lru_cache(maxsize=16384)
def _hardware_key(key: str) -> str:
    """Which hardware identifier a key name could hold, worked out once per name."""
    words = key_words(key)
    found = set(words)
    classes = _word_classes(words)
    if "serial" in classes or ("sn" in found and (len(found) == 1 or found & _SN_OWNERS)):
        return "serial"
    for cls, kind in _CLASS_KINDS[1:]:
        if cls in classes:
            return kind
    if ("device" in classes and "identifier" in classes) or "udn" in found:
        return "device id"
    return ""


# `sn` is a serial number beside the thing it numbers (`deviceSn`, `hw_sn`); alone
# or beside other words (`seq_sn`) it can be a sequence number.
_SN_OWNERS = frozenset(["device", "dev", "hw", "hardware", "terminal", "watch", "tv", "box"])


def _is_device_uuid(value: object) -> bool:
    """A device UUID, also as a UPnP UDN (`uuid:` prefix)."""
    if isinstance(value, str) and value[:5].lower() == "uuid:":
        value = value[5:]
    return is_uuid(value)


_HARDWARE_CHECKS = {
    "serial": is_serial, "mac": is_mac_any, "imei": is_imei, "advertising id": is_uuid,
    "device id": _is_device_uuid, "iccid": is_iccid, "imsi": is_imsi,
}  # fmt: skip


@structure("device_identity_record", kind=dict, size=(2, 120), needs=(_hardware_key,))
def device_identity_record(value: object) -> str | None:
    """An object that holds two or more different hardware identifiers of one
    device (serial number, MAC address, IMEI, advertising id, device UUID): what
    a Roku ECP `device-info`, a UPnP device description or a camera's device
    list gives any app that asks, or a kids' watch cloud returns for the watch
    (IMEI, SIM ICCID, `deviceSn`). A printer status page with a model and
    firmware, or a single id, does not match."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 120:
        return None
    if not _key_set_has(_hardware_key, tuple(value)):
        return None
    kinds: set[str] = set()
    for key, item in value.items():
        if not isinstance(item, str) or not 6 <= len(item) <= 64:
            continue
        kind = _hardware_key(_key_text(key))
        if kind and kind not in kinds and _HARDWARE_CHECKS[kind](item):
            kinds.add(kind)
    if len(kinds) >= 2:
        return "device identity record: " + ", ".join(sorted(kinds))
    return None


# -- an id map: short id-type codes to the device's ids ------------------------

# The codes ad SDKs use as keys of an identifier map (InMobi `u-id-map`: IDA =
# IDFA, IDV = IDFV, GPID = Google advertising id, O1 = SHA-1 of the Android id,
# UM5 = MD5 of the UDID; Batch's `ids`: ADA = advertising id, IDV = IDFV), with the
# plain names others use in the same place.
_ID_MAP_CODES = frozenset(
    ["ida", "ada", "idv", "idfa", "idfv", "gpid", "gaid", "aaid", "adid", "ifa", "oaid", "udid",
     "o1", "so1", "um5", "androidid", "imei", "aid5", "ufid"]
)  # fmt: skip


def _id_shaped(value: object) -> bool:
    return is_uuid(value) or is_hex_id(value)


def _id_code(key: str) -> bool:
    return key.lower().replace("_", "") in _ID_MAP_CODES


@structure("device_id_map", kind=dict, size=(2, 16), needs=(_id_code,))
def device_id_map(value: object) -> str | None:
    """A small object whose keys are device-id type codes (`IDA`, `IDV`, `GPID`,
    `O1`, `UM5`, `idfa`...) and whose values are UUIDs or hashes: two or more of
    them make it an identifier map, whatever the key that holds it is called. One
    code alone (`{"ida": ...}`, an identity-verification `idv`) is not enough."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 16:
        return None
    codes = [
        _key_text(k) for k, v in value.items()
        if _key_text(k).lower().replace("_", "") in _ID_MAP_CODES and _id_shaped(v)
    ]  # fmt: skip
    if len(codes) >= 2:
        return "device id map: " + ", ".join(sorted(codes))
    return None
