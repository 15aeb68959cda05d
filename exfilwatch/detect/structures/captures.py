"""Biometric capture blocks that national-ID device services hand to apps.

India's Aadhaar authentication never lets an app see a raw fingerprint, iris or
face: a registered-device (RD) service captures it and returns a PID block (UIDAI
"Aadhaar Registered Devices" specification): `Resp` (error code and the counts of
fingers, irises and face photos captured), `DeviceInfo`, the session key `Skey`,
an `Hmac` and the encrypted biometric in `Data`. The app forwards that block to
its backend as XML, or flattened into JSON (AEPS: `pid`, `skey`, `hmac`, `ci`,
registered-device fields). Encrypted or not, it is the person's biometric on its
way to be matched, and its shape says so; a failed capture (error code other
than 0) or the capture options (`PidOptions`) carry none.
"""

from __future__ import annotations

from ._common import _key_set_has, _key_text, _norm_text, structure

_MODALITIES = (("fcount", "fingerprint"), ("icount", "iris"), ("pcount", "face"))
_PAYLOAD_KEYS = frozenset(["data", "pid", "piddata", "encryptedpid", "encpid"])


def _session_key(key: str) -> bool:
    return _norm_text(key) == "skey"


def _count(value: object) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        return 0


def _certificate_id(value: object) -> bool:
    """UIDAI's certificate identifier: the expiry date of its public key, YYYYMMDD."""
    text = str(value).strip() if isinstance(value, str | int) else ""
    return len(text) == 8 and text.isdigit() and text.startswith("20")


def _registered_device(keys: dict[str, object]) -> bool:
    """What only an RD capture carries: the `Resp` or `DeviceInfo` element, the
    certificate id `ci` (on the session key, or flattened), registered-device fields."""
    if "resp" in keys or "deviceinfo" in keys or _certificate_id(keys.get("ci")):
        return True
    skey = keys.get("skey")
    if isinstance(skey, dict) and any(
        _norm_text(_key_text(k)) == "ci" and _certificate_id(v) for k, v in skey.items()
    ):
        return True
    return any(k.startswith(("registereddevice", "rds", "dpid")) for k in keys)


def _payload(value: object) -> bool:
    """The encrypted biometric: a long string, or the parsed `<Data type="X">`."""
    if isinstance(value, dict):
        value = next((v for k, v in value.items() if _norm_text(_key_text(k)) == "text"), "")
    return isinstance(value, str) and len(value.strip()) >= 16


@structure("rd_capture_block")
def rd_capture_block(value: object) -> str | None:
    """A PID block as an object: a session key beside an HMAC, an encrypted payload
    and a mark of the registered device, and no capture error. Hybrid-encryption
    envelopes (a session key, a MAC and data) lack the device mark. Objects without
    an `Skey` key are rejected by one cached lookup of their key set."""
    if not isinstance(value, dict) or not _key_set_has(_session_key, tuple(value)):
        return None
    keys = {_norm_text(_key_text(k)): v for k, v in value.items()}
    if "hmac" not in keys or not _registered_device(keys):
        return None
    if not any(_payload(keys[k]) for k in _PAYLOAD_KEYS & keys.keys()):
        return None
    resp = keys.get("resp")
    modalities = []
    if isinstance(resp, dict):
        attrs = {_norm_text(_key_text(k)): v for k, v in resp.items()}
        if _count(attrs.get("errcode", 0)) != 0:
            return None
        modalities = [name for key, name in _MODALITIES if _count(attrs.get(key, 0)) > 0]
    what = " and ".join(modalities) if modalities else "biometric"
    return f"registered-device PID block ({what} capture, encrypted, with session key and HMAC)"
