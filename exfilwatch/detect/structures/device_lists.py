"""Device identifiers that only the shape around them names: an id in a list of
name/value tags that together describe a device, and a hardware serial that
heads a log of what the device did."""

from __future__ import annotations

from functools import lru_cache

from ..validators import is_hex_id, is_imei, is_mac_any, is_printed_serial, is_uuid
from ._common import _key_set_has, _key_text, _norm_text, is_moment, structure
from .devices import _hardware_key

# -- a list of name/value tags -----------------------------------------------

# The key an item of a tag list names itself by, and the key its value sits in
# (`{"name": "OS", "value": "Android14"}`, `{"key": ..., "val": ...}`).
_NAME_KEYS = ("name", "key", "tag", "type", "field", "attribute", "attr", "property", "k", "n")
_VALUE_KEYS = ("value", "val", "v", "data", "content")

# Tag names that describe the device itself rather than the user or the order:
# a list holding two of them (one at least from the first set) is a device
# profile, and its bare `ID` tag is the device's id (NPCI UPI `Device/Tag`:
# MOBILE, GEOCODE, LOCATION, IP, TYPE, ID, OS, APP, CAPABILITY).
_DEVICE_TAGS = frozenset(
    ["os", "osversion", "osver", "model", "make", "manufacturer", "brand", "imei", "mobile",
     "msisdn", "geocode", "capability", "platform", "devicetype", "devicemodel", "osname",
     "firmware", "androidversion", "sdkversion", "deviceos", "deviceosversion"]
)  # fmt: skip
_PROFILE_TAGS = _DEVICE_TAGS | {"app", "appid", "type", "location", "ip", "ipaddress", "version"}
# Round 65 (set 255): a bare `fingerprint` tag too, as an identity SDK's upload metadata
# lists the SDK-minted device fingerprint beside `device_model` and `sdk_version`
# (Smile ID's `[{"name": "fingerprint", "value": "<uuid>"}]`); only a machine id counts,
# so Android's build fingerprint (`google/raven/...`) stays a model's.
_BARE_ID_TAGS = frozenset(
    ["id", "deviceid", "devid", "did", "uid", "udid", "hwid", "fingerprint", "devicefingerprint"]
)  # fmt: skip
# Tag names that say outright which device id the value is.
_NAMED_ID_TAGS = frozenset(
    ["deviceid", "androidid", "idfa", "idfv", "gaid", "adid", "aaid", "oaid", "vaid", "udid",
     "advertisingid", "installationid", "installid", "hardwareid", "hwid"]
)  # fmt: skip
_KIND_CHECKS = {"serial": is_printed_serial, "mac": is_mac_any, "imei": is_imei}


def _machine_id(value: object) -> bool:
    return is_uuid(value) or is_hex_id(value)


def _tag_pairs(items: list) -> list[tuple[str, object]] | None:
    """(normalised name, value) of every item, or None unless every item is a
    small name/value record."""
    pairs: list[tuple[str, object]] = []
    for item in items:
        if not isinstance(item, dict) or not 2 <= len(item) <= 4:
            return None
        name_key = next((k for k in _NAME_KEYS if isinstance(item.get(k), str)), None)
        value_key = next((k for k in _VALUE_KEYS if k in item), None)
        if name_key is None or value_key is None:
            return None
        pairs.append((_norm_text(item[name_key]), item[value_key]))
    return pairs


def _named_device_id(name: str, value: object) -> str | None:
    """The identifier a tag's own name says it holds, if its value fits."""
    if name in _NAMED_ID_TAGS and _machine_id(value):
        return name
    kind = _hardware_key(name) if len(name) <= 40 else ""
    check = _KIND_CHECKS.get(kind)
    if check is not None and isinstance(value, str) and check(value):
        return kind
    return None


@structure("device_tag_list", kind=list, size=(2, 64))
def device_tag_list(value: object) -> str | None:
    """A list of `{name, value}` tags that carries a device identifier: a tag
    named for one (`ANDROID_ID`, `imei`, `serialNo` with a fitting value), or
    the bare `ID` of a list whose other tags describe a device (OS, model,
    mobile number, geocode, capability), as UPI apps send NPCI's device tags on
    every bind and payment. A form's or a shop's name/value list without device
    tags, or an `id` that is a short number, does not match."""
    if not isinstance(value, list) or not 2 <= len(value) <= 64:
        return None
    pairs = _tag_pairs(value)
    if pairs is None:
        return None
    names = {name for name, _ in pairs}
    device_profile = bool(names & _DEVICE_TAGS)
    for name, item in pairs:
        found = _named_device_id(name, item)
        # a serial needs the device beside it: invoices and tickets have serials too
        if found and (found != "serial" or device_profile):
            return f"device {found} in a name/value tag list"
    profile = names & _PROFILE_TAGS
    if len(profile) < 2 or not device_profile:
        return None
    for name, item in pairs:
        if name in _BARE_ID_TAGS and _machine_id(item):
            return "device id in a device-profile tag list (" + ", ".join(sorted(profile)) + ")"
    return None


# -- a serial number heading a log of use ----------------------------------------


def _serial_key(key: str) -> bool:
    return _hardware_key(key) == "serial"


def _log_records(items: object) -> bool:
    """Two or more records, each holding a time: a log of events or sessions."""
    if not isinstance(items, list) or len(items) < 2:
        return False
    return all(isinstance(i, dict) and any(is_moment(v) for v in i.values()) for i in items[:20])


@lru_cache(maxsize=4096)
def _serial_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(k for k in keys if _serial_key(k))


@structure("serial_with_usage_log", kind=dict, size=(2, 40), needs=(_serial_key,))
def serial_with_usage_log(value: object) -> str | None:
    """An object whose serial-number key holds a printed hardware serial beside a
    list of time-stamped records: a TV's viewing report, a wearable's or a
    meter's upload, where the device names itself by its serial to the
    maker's cloud. A serial with no log beside it is left to the rules that
    want device context (model, firmware) around it."""
    if not isinstance(value, dict) or not _key_set_has(_serial_key, tuple(value)):
        return None
    keys = _serial_keys(tuple(_key_text(k) for k in value))
    serial = next((k for k in keys if is_printed_serial(value.get(k))), None)
    if serial is None:
        return None
    for item in value.values():
        if _log_records(item):
            return f"hardware serial `{serial}` with a log of {len(item)} time-stamped records"
    return None
