"""Value validators that signatures name in `match.value` (a registry, like
pySigma's modifiers): each takes one decoded value and says whether it has the
shape of that kind of identifier. They are deliberately strict (checksums,
reserved values excluded) because a validator is often all that separates an
identifier from a request id.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import struct
from collections.abc import Callable

Validator = Callable[[object], bool]

_UUID_RE = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)
_HEX_RE = re.compile(r"[0-9a-fA-F]+")
_MAC_RE = re.compile(r"[0-9a-fA-F]{2}([:-])(?:[0-9a-fA-F]{2}\1){4}[0-9a-fA-F]{2}")
_SERIAL_RE = re.compile(r"[A-Za-z0-9]{6,24}")
_TOKEN_RE = re.compile(r"[A-Za-z0-9_\-.:=+/]{6,256}")
_DIGITS_RE = re.compile(r"\d+")
_B64_RE = re.compile(r"[A-Za-z0-9+/]+={0,2}")
_IMEI_SEP_RE = re.compile(r"\d{2}[\s-]?\d{6}[\s-]?\d{6}[\s-]?\d")
_OPAQUE_RE = re.compile(r"[A-Za-z0-9_\-:.]{16,128}")
_VERSION_RE = re.compile(r"\d+(\.\d+)+")
_APPSFLYER_RE = re.compile(r"\d{13}-\d{6,20}")
_FID_RE = re.compile(r"[c-f][A-Za-z0-9_-]{21}")
_CONVIVA_CLID_RE = re.compile(r"\d{1,10}\.\d{1,10}\.\d{1,10}\.\d{1,10}")
_B64_BLOB_RE = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
_BLOB_SAMPLE = 2048

VALIDATORS: dict[str, Validator] = {}


def validator(name: str) -> Callable[[Validator], Validator]:
    def register(fn: Validator) -> Validator:
        VALIDATORS[name] = fn
        return fn

    return register


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _varied(text: str) -> bool:
    """Not a placeholder such as 0000..., ffff... or 1111..."""
    chars = set(text.replace("-", "").replace(":", "").lower())
    return len(chars) > 2


@validator("uuid")
def is_uuid(value: object) -> bool:
    """A UUID in its 8-4-4-4-12 form, not the all-zero 'limit ad tracking' one."""
    text = _text(value)
    return bool(text and _UUID_RE.fullmatch(text) and _varied(text))


@validator("uuid_or_hex32")
def is_uuid_or_hex32(value: object) -> bool:
    text = _text(value)
    if not text:
        return False
    return is_uuid(text) or (len(text) == 32 and bool(_HEX_RE.fullmatch(text)) and _varied(text))


@validator("android_id")
def is_android_id(value: object) -> bool:
    """Settings.Secure.ANDROID_ID: 64 bits as 16 hex digits (leading zeros dropped)."""
    text = _text(value)
    return bool(text and 13 <= len(text) <= 16 and _HEX_RE.fullmatch(text) and _varied(text))


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


@validator("imei")
def is_imei(value: object) -> bool:
    """15 digits with a valid Luhn check digit (14 plus check) and a plausible TAC."""
    text = _text(value)
    if text and _IMEI_SEP_RE.fullmatch(text):
        text = re.sub(r"[\s-]", "", text)  # printed form 35-209900-176148-1
    if not text or len(text) != 15 or not _DIGITS_RE.fullmatch(text) or not _varied(text):
        return False
    return text[:2] not in ("00",) and luhn(text)


@validator("meid")
def is_meid(value: object) -> bool:
    """14 hex digits (MEID) starting with a reserved-range prefix A0-FF."""
    text = _text(value)
    return bool(
        text
        and len(text) == 14
        and _HEX_RE.fullmatch(text)
        and text[0].upper() in "ABCDEF"
        and _varied(text)
    )


@validator("mac")
def is_mac(value: object) -> bool:
    """A unicast MAC with separators; not zero, broadcast or Android's 02:00:00:00:00:00."""
    text = _text(value)
    if not text or not _MAC_RE.fullmatch(text):
        return False
    octets = bytes.fromhex(re.sub("[:-]", "", text))
    if octets in (b"\x00" * 6, b"\xff" * 6, b"\x02\x00\x00\x00\x00\x00"):
        return False
    return not octets[0] & 1


@validator("mac_any")
def is_mac_any(value: object) -> bool:
    """A MAC with or without separators (only under a key that says MAC)."""
    text = _text(value)
    if not text:
        return False
    if len(text) == 12 and _HEX_RE.fullmatch(text):
        text = ":".join(text[i : i + 2] for i in range(0, 12, 2))
    return is_mac(text)


@validator("serial")
def is_serial(value: object) -> bool:
    """Hardware serials: 6-24 letters and digits, with digits, not 'unknown'."""
    text = _text(value)
    if not text or not _SERIAL_RE.fullmatch(text) or not _varied(text):
        return False
    return any(c.isdigit() for c in text) and text.lower() not in ("unknown", "0123456789abcdef")


_UPPER_SERIAL_RE = re.compile(r"[A-Z0-9]{8,20}")


@validator("upper_serial")
def is_upper_serial(value: object) -> bool:
    """A manufacturer serial as printed on the box (Quest `1WMHH815K10234`, Apple
    `C02XG2JHJG5J`, Roku `X00000ABC123`): 8-20 upper-case letters and digits, at least two
    of each, so a database number, a model word or a version in a URL path does not pass."""
    text = _text(value)
    if not text or not _UPPER_SERIAL_RE.fullmatch(text) or not _varied(text):
        return False
    digits = sum(c.isdigit() for c in text)
    return digits >= 2 and len(text) - digits >= 2


@validator("printed_serial")
def is_printed_serial(value: object) -> bool:
    """A serial under a key that already says "serial": 8-20 upper-case letters and
    digits with at least one letter and two digits. Hearing aids and medical devices
    print serials such as `2319S395321` (year, week, a letter, a number), which the
    two-letter `upper_serial` shape, made for URL paths, turns away."""
    text = _text(value)
    if not text or not _UPPER_SERIAL_RE.fullmatch(text) or not _varied(text):
        return False
    digits = sum(c.isdigit() for c in text)
    return digits >= 2 and len(text) - digits >= 1


@validator("labelled_serial")
def is_labelled_serial(value: object) -> bool:
    """A serial under a key naming the thing it belongs to (`cameraSerial`): 10-20
    upper-case letters and digits with at least one digit and six different
    characters. Serials printed as a model prefix and hex (`CMUDA3EDFFAC`) can hold a
    single digit, which `printed_serial` turns away; the length and the variety keep
    out words and codes such as `DEFAULT1`."""
    text = _text(value)
    if not text or not 10 <= len(text) <= 20 or not _UPPER_SERIAL_RE.fullmatch(text):
        return False
    return any(c.isdigit() for c in text) and len(set(text)) >= 6


@validator("hex_id")
def is_hex_id(value: object) -> bool:
    text = _text(value)
    return bool(text and len(text) >= 16 and _HEX_RE.fullmatch(text) and _varied(text))


@validator("numeric_id")
def is_numeric_id(value: object) -> bool:
    """Platform-issued numeric ids (ByteDance device_id / iid are 15-20 digits)."""
    text = _text(value)
    return bool(text and 8 <= len(text) <= 20 and _DIGITS_RE.fullmatch(text) and _varied(text))


@validator("id_token")
def is_id_token(value: object) -> bool:
    """Any opaque identifier: 8+ characters, not a word, not a placeholder."""
    text = _text(value)
    if not text or len(text) < 8 or not _TOKEN_RE.fullmatch(text) or not _varied(text):
        return False
    if text.lower() in ("undefined", "unknown", "null", "none", "false", "true"):
        return False
    return any(c.isdigit() for c in text)


@validator("nonempty")
def is_nonempty(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None and not isinstance(value, bool)


@validator("number")
def is_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return math.isfinite(value)
    text = _text(value)
    if not text:
        return False
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


@validator("float32_vector")
def is_float32_vector(value: object) -> bool:
    """Base64 of a float32 array of embedding size with a near-unit L2 norm."""
    vector = float32_vector(value)
    if vector is None:
        return False
    norm = math.sqrt(sum(x * x for x in vector))
    return 0.9 <= norm <= 1.1 or (all(-1.0 <= x <= 1.0 for x in vector) and norm > 0.5)


EMBEDDING_SIZES = frozenset([64, 96, 128, 192, 256, 384, 512, 768, 1024, 2048])


def float32_vector(value: object, sizes: frozenset[int] = EMBEDDING_SIZES) -> list[float] | None:
    text = _text(value)
    if not text or len(text) < 340 or len(text) > 12_000 or not _B64_RE.fullmatch(text):
        return None
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) % 4 or len(raw) // 4 not in sizes:
        return None
    vector = list(struct.unpack(f"<{len(raw) // 4}f", raw))
    if not all(math.isfinite(x) and abs(x) < 100 for x in vector):
        return None
    return vector


@validator("opaque_id")
def is_opaque_id(value: object) -> bool:
    """A long machine identifier (16-128 characters, letters and digits mixed,
    at least 8 distinct characters): what platform device and install ids look
    like when they are neither a UUID nor hex. Not a version string or a word."""
    text = _text(value)
    if not text or not _OPAQUE_RE.fullmatch(text) or _VERSION_RE.fullmatch(text):
        return False
    if not any(c.isdigit() for c in text) or not any(c.isalpha() for c in text):
        return False
    return len(set(text.lower())) >= 8


@validator("device_id")
def is_device_id(value: object) -> bool:
    """Any of the shapes a device or install id takes: UUID, 16+ hex digits,
    a 8-20 digit platform number, or a long opaque token."""
    return is_uuid(value) or is_hex_id(value) or is_numeric_id(value) or is_opaque_id(value)


@validator("appsflyer_id")
def is_appsflyer_id(value: object) -> bool:
    """AppsFlyer's device id: install time in milliseconds, a dash, a random number."""
    text = _text(value)
    return bool(text and _APPSFLYER_RE.fullmatch(text))


@validator("firebase_fid")
def is_firebase_fid(value: object) -> bool:
    """A Firebase installation id (FID): 17 random bytes whose first four bits are
    0111, base64url-encoded and cut to 22 characters, so it always starts with
    c, d, e or f (the SDKs' own check is `^[cdef][\\w-]{21}$`)."""
    text = _text(value)
    if not text or not _FID_RE.fullmatch(text) or len(set(text)) < 10:
        return False
    return any(c.isupper() or c.isdigit() for c in text) and any(c.islower() for c in text[1:])


@validator("base64_image")
def is_base64_image(value: object) -> bool:
    """A JPEG, PNG, WebP or HEIC image as base64 or a data: URL (a photo in JSON)."""
    text = _text(value)
    if not text or len(text) < 64:
        return False
    if text.startswith("data:image/"):
        return True
    return text.startswith(("/9j/", "iVBORw0KGgo", "UklGR", "AAAAGGZ0eXBoZWlj", "AAAAHGZ0eXBoZWlj"))


@validator("base64_audio")
def is_base64_audio(value: object) -> bool:
    """WAV, Ogg, FLAC, MP3 or M4A audio as base64 or a data: URL (a voice sample in JSON)."""
    text = _text(value)
    if not text or len(text) < 64:
        return False
    if text.startswith("data:audio/"):
        return True
    return text.startswith(
        ("UklGR", "T2dnUw", "ZkxhQw", "SUQz", "//u", "//s", "AAAAHGZ0eXBNNEEg", "AAAAIGZ0eXBNNEEg")
    )


@validator("conviva_client_id")
def is_conviva_client_id(value: object) -> bool:
    """Conviva's client id (`clid`): four random numbers of up to ten digits joined
    by dots, minted once per install and kept. The SDKs draw 32-bit values, but the
    key and the heartbeat around it say what it is, so the width is not checked.
    Not an IPv4 address (a part above 255 is required) and not the all-zero id
    sent before the gateway assigns one."""
    text = _text(value)
    if not text or not _CONVIVA_CLID_RE.fullmatch(text):
        return False
    parts = [int(p) for p in text.split(".")]
    return any(p > 255 for p in parts)


@validator("base64_blob")
def is_base64_blob(value: object) -> bool:
    """A long base64 payload (256+ characters): an opaque vendor biometric such as a
    FaceTec FaceScan. Only the head and tail are checked, so megabyte scans cost
    the same as short ones; rules use it only under a key that names the blob."""
    if not isinstance(value, str) or len(value) < 256:
        return False
    head, tail = value[:_BLOB_SAMPLE], value[-64:]
    if not _B64_BLOB_RE.fullmatch(head) or not _B64_BLOB_RE.fullmatch(tail):
        return False
    return len(set(head)) >= 32


_PREFIXED_ID_RE = re.compile(r"([A-Za-z]{1,8}[-_:.])?([A-Za-z0-9]{16,64})")


@validator("prefixed_id")
def is_prefixed_id(value: object) -> bool:
    """A machine id with an optional short type prefix (`dev_`, `ttd-`, `inst:`):
    a UUID, or a body of 16-64 letters and digits that is hex, or mixes at least
    three digits and three letters. `iphone-14-pro-max` and words are not."""
    text = _text(value)
    if not text or is_uuid(text):
        return bool(text)
    found = _PREFIXED_ID_RE.fullmatch(text)
    if not found or not _varied(found.group(2)):
        return False
    body = found.group(2)
    if _HEX_RE.fullmatch(body):
        return any(c.isdigit() for c in body)
    digits = sum(c.isdigit() for c in body)
    return digits >= 3 and len(body) - digits >= 3 and len(set(body.lower())) >= 8


_LONG_DIGITS_RE = re.compile(r"\d{21,40}")


@validator("long_numeric_id")
def is_long_numeric_id(value: object) -> bool:
    """21-40 digits: Adobe's Experience Cloud ID (ECID, 38 digits) and other ids
    minted as two 64-bit halves printed in decimal. Only under a key or path that
    names such an id."""
    text = _text(value)
    return bool(text and _LONG_DIGITS_RE.fullmatch(text) and _varied(text))


_MESH_VERTEX_COUNTS = frozenset([68, 106, 468, 478, 1220])
_MESH_B64_RE = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")


@validator("face_mesh_b64")
def is_face_mesh_b64(value: object) -> bool:
    """Face landmarks or a face mesh packed as base64 float32 (`Float32Array` /
    `ByteBuffer` of x, y[, z] per vertex): a vertex count of a face model, finite
    floats of screen or model scale. Only under a key that says mesh or landmarks
    (a validator rather than a structure, because the value is a string)."""
    if not isinstance(value, str) or not 700 <= len(value) <= 40_000:
        return False
    if not _MESH_B64_RE.fullmatch(value):
        return False
    try:
        raw = base64.b64decode(
            value + "=" * (-len(value) % 4),
            altchars=b"-_" if "-" in value or "_" in value else None,
            validate=True,
        )
    except (binascii.Error, ValueError):
        return False
    if len(raw) % 4:
        return False
    floats = len(raw) // 4
    for dims in (3, 2):
        if floats % dims == 0 and floats // dims in _MESH_VERTEX_COUNTS:
            numbers = struct.unpack(f"<{floats}f", raw)
            if all(math.isfinite(x) and abs(x) < 1e5 for x in numbers) and len(set(numbers)) > 16:
                return True
    return False


_VIN_RE = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
_VIN_VALUES = {c: i for i, c in enumerate("0123456789", 0)} | {
    c: v
    for c, v in zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit(vin: str) -> str:
    """ISO 3779 / 49 CFR 565.15 check digit (position 9): weighted sum mod 11, X for 10."""
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    rest = total % 11
    return "X" if rest == 10 else str(rest)


@validator("vin")
def is_vin(value: object) -> bool:
    """A vehicle identification number: 17 characters without I, O or Q, letters and
    digits mixed. North American (WMI 1-5) and Chinese (L) VINs must carry a valid check
    digit; elsewhere the check digit is optional, so the last four characters (the
    production sequence number) must be digits instead. Part numbers, order numbers
    and tokens of the same length fail one or the other."""
    text = _text(value)
    if not text or not _VIN_RE.fullmatch(text) or not _varied(text):
        return False
    if text.isdigit() or text.isalpha():
        return False
    if text[8] == vin_check_digit(text):
        return True
    return text[0] not in "12345L" and text[-4:].isdigit()


_IMSI_RE = re.compile(r"[2-7]\d{13,14}")


@validator("imsi")
def is_imsi(value: object) -> bool:
    """An IMSI (TelephonyManager.getSubscriberId): 14-15 digits that start with a
    mobile country code (ITU E.212 assigns 2xx-7xx). The SIM's subscriber number
    outlives app reinstalls and factory resets; only under a key that names it."""
    text = _text(value)
    return bool(text and _IMSI_RE.fullmatch(text) and _varied(text))


_ICCID_RE = re.compile(r"89\d{16,18}F?")


@validator("iccid")
def is_iccid(value: object) -> bool:
    """A SIM serial number (ICCID, ITU E.118): 18-20 digits starting with the
    telecom industry prefix 89; the 19- and 20-digit forms carry a Luhn check digit
    (a trailing `F` pad, as some modems print it, is dropped)."""
    text = _text(value)
    if not text or not _ICCID_RE.fullmatch(text) or not _varied(text):
        return False
    digits = text.rstrip("F")
    return len(digits) == 18 or luhn(digits)


# A device id packed with its name into one value (Nielsen `c9=devid,<sha256>`,
# `idfa:<uuid>`), as measurement tags do to carry several named ids in numbered slots.
_NAMED_ID_RE = re.compile(
    r"(?i)(devid|deviceid|device_id|device-id|did|udid|idfa|idfv|gaid|aaid|adid|ifa|oaid"
    r"|androidid|android_id|hwid|imei)[,:=|](\S{16,128})"
)


@validator("named_device_id")
def is_named_device_id(value: object) -> bool:
    """`devid,<sha256>`, `idfa:<uuid>`: a device-id name and an id in one value.
    The name says what the id is; the id must still be a UUID, 16+ hex digits or a
    long opaque token without colons, so W3C DIDs (`did:plc:...`, `did:web:...`) and
    `ifa:unknown` do not pass."""
    text = _text(value)
    if not text or len(text) > 160:
        return False
    found = _NAMED_ID_RE.fullmatch(text)
    if not found:
        return False
    ident = found.group(2)
    if ":" in ident:
        return False
    return is_uuid(ident) or is_hex_id(ident) or is_opaque_id(ident)


# The lengths an OAID takes: Huawei, Honor and Samsung hand out a UUID, Xiaomi 16 hex
# digits, vivo and OPPO 64; 32 digits is the UUID without its dashes. A 40-digit SHA-1
# is none of them: it is how services hash an account (JW Player's `oaid`, its
# "obfuscated account id", is one), so the same key with that value is not an OAID.
_OAID_HEX_LENGTHS = frozenset([16, 32, 64])


@validator("oaid")
def is_oaid(value: object) -> bool:
    """An Open Anonymous Device Identifier in one of the shapes the MSA vendors
    issue: a UUID, or 16, 32 or 64 hex digits (not a placeholder)."""
    text = _text(value)
    if not text:
        return False
    if is_uuid(text):
        return True
    return len(text) in _OAID_HEX_LENGTHS and is_hex_id(text)


# An Aadhaar registered-device PID block as XML text (UIDAI "Aadhaar Registered
# Devices" specification): `<PidData>` holding `Resp`, `DeviceInfo`, `Skey`, `Hmac`
# and the encrypted biometric in `Data`. Only the head is read for the reply's
# error code, so a face PID of tens of kilobytes costs the same as a short one.
_PID_HEAD_RE = re.compile(r"\s*(?:<\?xml[^>]{0,200}\?>\s*)?<PidData\b", re.IGNORECASE)
_PID_ERRCODE_RE = re.compile(r"<Resp\b[^>]{0,400}?\berrCode\s*=\s*[\"']\s*(-?\d+)", re.IGNORECASE)
_PID_DATA_RE = re.compile(r"<Data\b[^>]{0,80}>\s*[A-Za-z0-9+/=]{16}")


@validator("rd_pid_block")
def is_rd_pid_block(value: object) -> bool:
    """A PID block an RD service returned after capturing a fingerprint, iris or
    face: encrypted biometric data present and no capture error. The capture
    options (`PidOptions`) and error replies carry no biometric and do not pass."""
    if not isinstance(value, str) or len(value) < 64 or not _PID_HEAD_RE.match(value):
        return False
    error = _PID_ERRCODE_RE.search(value, 0, 2048)
    if error and int(error.group(1)) != 0:
        return False
    return _PID_DATA_RE.search(value) is not None


# Round 61: the PID block's `DeviceInfo` element carries `dc`, the "unique Registered Device
# Code" the RD service is given when the device is registered (UIDAI "Aadhaar Registered
# Devices" specification 2.0): one device's identity, sent with every capture. `dpId`,
# `rdsId` and `mi` name the provider, the service and the model (shared by every unit) and
# are not read; a placeholder or a short code is not an identifier.
_PID_DEVICE_CODE_RE = re.compile(
    r"<DeviceInfo\b[^>]{0,600}?\sdc\s*=\s*[\"']([^\"'<>]{1,128})[\"']", re.IGNORECASE
)


@validator("rd_device_code")
def is_rd_device_code(value: object) -> bool:
    """A PID block whose `DeviceInfo` names the registered device by its `dc` code (a
    UUID, or 16 or more letters and digits that are not one character repeated)."""
    if not isinstance(value, str) or len(value) < 64 or not _PID_HEAD_RE.match(value):
        return False
    found = _PID_DEVICE_CODE_RE.search(value, 0, 4096)
    if found is None:
        return False
    code = found.group(1).strip()
    if is_uuid(code):
        return code.replace("-", "").strip("0") != ""
    plain = code.replace("-", "").replace("_", "").replace(".", "")
    return len(plain) >= 16 and plain.isalnum() and len(set(plain.lower())) >= 6


# ISO/IEC 19794 and ANSI/INCITS biometric data records open with a four-byte format
# identifier and a four-byte version (NIST BiomDI headers): finger minutiae "FMR\0"
# (" 20\0", "030\0"), finger image "FIR\0", face image "FAC\0", iris image "IIR\0".
_ISO_BIOMETRIC_FORMATS = (b"FMR\0", b"FIR\0", b"FAC\0", b"IIR\0")
_ISO_VERSION_RE = re.compile(rb"[ 0-9][0-9]{2}\0")


@validator("iso_biometric_record")
def is_iso_biometric_record(value: object) -> bool:
    """A base64 (or base64url) ISO/IEC 19794 fingerprint, face or iris record: the
    format identifier and version are the first eight bytes, so only the first
    twelve characters are decoded."""
    if not isinstance(value, str) or len(value) < 64 or value[0] not in "RS":
        return False
    head = value[:12].replace("-", "+").replace("_", "/")
    try:
        raw = base64.b64decode(head, validate=True)
    except (binascii.Error, ValueError):
        return False
    return raw[:4] in _ISO_BIOMETRIC_FORMATS and _ISO_VERSION_RE.fullmatch(raw[4:8]) is not None


@validator("score")
def is_score(value: object) -> bool:
    """A comparison score: a number from 0 to 100 that is not a 0/1 switch, since
    `reconhecimentoFacial: 1` turns a feature on while `similaridadeFacial: 0.86`
    (or 86) is the outcome of comparing two faces."""
    if isinstance(value, bool):
        return False
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return False
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        return False
    return 0 <= value <= 100 and value not in (0, 1)


# A header value that is a list of `key=value` pairs (`os=Android; model=SM-S911B;
# device_id=591e...`): vendors pack their device profile into one header.
_KV_PAIR_RE = re.compile(r"(?:^|[;,&]\s*)([A-Za-z][A-Za-z0-9_.-]{1,30})\s*=\s*([^;,&\s]{1,128})")
_KV_DEVICE_KEY_RE = re.compile(
    r"(?i)(?:device|dev|hw|hardware|install|installation|app[-_.]?instance)[-_.]?(?:id|uuid|guid)"
    r"|u?did|dvid|duid|udid|hwid|idfv|idfa|gaid|aaid|adid|oaid|android[-_.]?id"
)


@validator("kv_list_device_id")
def is_kv_list_device_id(value: object) -> bool:
    """A `k=v; k=v` list (a vendor's device header) in which a pair named as a
    device, install or advertising id holds a machine id (UUID, 16+ hex, opaque
    token). Only that pair's name is evidence: `uuid=` or `id=` alone is not."""
    text = _text(value)
    if not text or "=" not in text or len(text) > 2048:
        return False
    for key, item in _KV_PAIR_RE.findall(text):
        if _KV_DEVICE_KEY_RE.fullmatch(key) and (
            is_uuid(item) or is_hex_id(item) or is_opaque_id(item)
        ):
            return True
    return False


_VIN_SHAPE_RE = re.compile(r"[A-HJ-NPR-Z0-9]{17}")


@validator("vin_shape")
def is_vin_shape(value: object) -> bool:
    """17 characters of the VIN alphabet (no I, O, Q), letters and digits mixed:
    a VIN's shape without its check digit, for keys that name a VIN outright
    (`x-vehicle-vin`), where the name already says what the value is."""
    text = _text(value)
    if not text or not _VIN_SHAPE_RE.fullmatch(text.upper()) or not _varied(text):
        return False
    return not (text.isdigit() or text.isalpha()) and len(set(text.upper())) >= 8


@validator("bare_serial")
def is_bare_serial(value: object) -> bool:
    """A hardware serial under a key that is only the thing's name (`camera`,
    `doorbell`): 12-20 upper-case letters and digits, at least four digits, two
    letters and eight different characters. With no "serial" in the key the value
    alone must rule out model names (`C920HDPRO`, `DCS8000LH`) and slot labels
    (`FRONT01`), which are shorter or less varied than a printed serial
    (`VV234220CEF898`)."""
    text = _text(value)
    if not text or not 12 <= len(text) <= 20 or not _UPPER_SERIAL_RE.fullmatch(text):
        return False
    digits = sum(c.isdigit() for c in text)
    return digits >= 4 and len(text) - digits >= 2 and len(set(text)) >= 8


# IEEE group addresses no device owns: IPv4 and IPv6 multicast, bridge protocols.
_MAC_GROUP_PREFIXES = (b"\x01\x00\x5e", b"\x33\x33", b"\x01\x80\xc2")


@validator("mac_keyed")
def is_mac_keyed(value: object) -> bool:
    """A MAC or Bluetooth address under a key that names one, with or without
    separators. Unlike `mac`, the group bit is allowed: a Bluetooth LE random
    address (resolvable private `4x:`, static `Cx:`) sets it, and BLE is where
    wearables, mics and trackers get their address. Without separators a
    group-bit value must be written in upper case as Android's
    `BluetoothDevice.getAddress()` prints it, since a lower-case 12-hex value
    with the bit set is as likely a truncated message-authentication code."""
    text = _text(value)
    if not text:
        return False
    bare = len(text) == 12 and bool(_HEX_RE.fullmatch(text))
    if not bare and not _MAC_RE.fullmatch(text):
        return False
    octets = bytes.fromhex(re.sub("[:-]", "", text))
    if octets in (b"\x00" * 6, b"\xff" * 6, b"\x02\x00\x00\x00\x00\x00") or not _varied(text):
        return False
    if octets.startswith(_MAC_GROUP_PREFIXES):
        return False
    if not octets[0] & 1:
        return True
    return not bare or (text.upper() == text and not text.isdigit())


_PLATFORM_PREFIX_RE = re.compile(r"[A-Z]{1,3}:(?=[A-Z0-9])")


@validator("platform_prefixed_serial")
def is_platform_prefixed_serial(value: object) -> bool:
    """A TV or set-top unique id carried with a short platform tag before a colon
    (Samsung Tizen DUIDs logged as `T:F620137B060B9`): the tag says which platform
    minted it and the rest is the printed id, so the rest must pass `upper_serial`
    or `device_id` on its own. Only read under a key that already names a DUID."""
    text = _text(value)
    if not text:
        return False
    head = _PLATFORM_PREFIX_RE.match(text)
    if not head:
        return False
    rest = text[head.end() :]
    return is_upper_serial(rest) or is_device_id(rest)


_HYPHEN_SERIAL_RE = re.compile(r"([A-Z0-9]{6,16})((?:-[A-Z0-9]{2,10}){1,2})")


@validator("hyphen_serial")
def is_hyphen_serial(value: object) -> bool:
    """A printed serial with a check group after a hyphen: a solar inverter's
    `SE530082AD-28` (SolarEdge prints `7F123456-8B`), a door lock's `CDV2188-6AAEBF13`.
    The head must mix letters and digits (6-16 characters), so a date, an ISBN, an
    order number `ORD-2024-0012` (three-letter head) or an upper-case UUID (five
    groups) does not pass; only meant for keys or paths that already say serial or
    name a device."""
    text = _text(value)
    match = _HYPHEN_SERIAL_RE.fullmatch(text) if text else None
    if not match or not _varied(text):
        return False
    head = match.group(1)
    digits = sum(c.isdigit() for c in text)
    return any(c.isalpha() for c in head) and any(c.isdigit() for c in head) and digits >= 3


_PREFIXED_SERIAL_RE = re.compile(r"[A-Z]{1,4}(?:-[A-Z][A-Z0-9]{1,5}){0,2}-([0-9]{6,14})")


@validator("prefixed_serial")
def is_prefixed_serial(value: object) -> bool:
    """A unit number printed after the maker's and the part's letter codes: a tractor's
    telematics unit `KM-TCU-23433582`, `SN-48213377` (round 62). The number must be 6-14
    digits and not one digit repeated, so an order or invoice number with a year and a
    short count (`ORD-2024-0012`) does not pass; only meant for keys that already say
    serial and name the thing."""
    text = _text(value)
    match = _PREFIXED_SERIAL_RE.fullmatch(text) if text else None
    return bool(match) and len(set(match.group(1))) >= 3


_SLASH_SERIAL_RE = re.compile(r"[0-9]{5}/[0-9A-Z]{6,12}")


@validator("slash_serial")
def is_slash_serial(value: object) -> bool:
    """A factory serial printed as a five-digit product code, a slash and the unit
    number: Xiaomi labels its TV boxes, TVs and wearables `23408/721E6AFE`, which no
    letter-and-digit serial shape reads because of the slash. The unit part must be
    6-12 upper-case letters and digits and not one repeated character, so a case file
    `12345/2024`, a date or a fraction does not pass; only meant for keys that already
    say serial or name a box (round 83)."""
    text = _text(value)
    if not text or not _SLASH_SERIAL_RE.fullmatch(text):
        return False
    return len(set(text.split("/", 1)[1])) >= 3
