"""The simulated test phone: its identifiers, the SDKs' install-scoped ids, and the
ways apps encode an identifier before it leaves the phone.

Only the values a tester can actually read off the phone (or off the app's own
device-registration answer) go into `known.yaml`; the ids an SDK invents for
itself (Facebook `anon_id`, AppsFlyer `uid`, Firebase app-instance id...) are
device identifiers too, but a tester does not know them in advance, so they
count only for the signatures-alone evaluation.
"""

from __future__ import annotations

import base64
import hashlib
import random
import uuid
from dataclasses import dataclass
from urllib.parse import quote

# Kinds written to known.yaml, with the category the engine files them under.
KNOWN_KINDS: dict[str, str] = {
    "advertising_id": "device_id",
    "android_id": "device_id",
    "imei": "device_id",
    "mac": "device_id",
    "serial": "device_id",
    "device_id": "device_id",
    "install_id": "device_id",
    "email": "contact",
}

# Encodings the issue requires `--known` to see through. Anything else (an SDK's
# own cipher) hides the value from any matcher: such a carrier is labelled but not
# expected of `--known`.
RECOVERABLE = frozenset(
    [
        "plain",
        "upper",
        "lower",
        "nosep",
        "nosep_upper",
        "urlenc",
        "b64",
        "b64url",
        "hex",
        "md5",
        "md5_upper",
        "sha1",
        "sha1_upper",
        "sha256",
        "sha256_upper",
        "sha512",
        "md5_of_upper",
        "sha1_of_upper",
        "md5_of_nosep",
        "sha1_of_nosep",
        "sha256_of_nosep_upper",
        "sha256_trunc16",
        "sha256_trunc32",
        "sha1_trunc20",
        "sha256_of_md5",
        "md5_of_sha1",
    ]
)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _digits(rng: random.Random, n: int, first: str = "") -> str:
    return first + "".join(rng.choice("0123456789") for _ in range(n - len(first)))


def luhn_complete(body: str) -> str:
    """Append the Luhn check digit an IMEI carries (so validators accept it)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


@dataclass(frozen=True, slots=True)
class Phone:
    """Every identifier of the simulated handset and of the SDKs installed on it."""

    advertising_id: str
    android_id: str
    imei: str
    mac: str
    serial: str
    email: str
    device_id: str
    install_id: str
    # install-scoped ids the SDKs make up (not in known.yaml)
    cdid: str
    clientudid: str
    fb_anon_id: str
    appsflyer_uid: str
    adjust_uuid: str
    adjust_adid: str
    firebase_instance_id: str
    amplitude_device_id: str
    braze_device_id: str
    mixpanel_device_id: str
    segment_anonymous_id: str
    unity_idfi: str
    branch_identity: str
    conviva_clid: str
    samba_device_id: str
    adobe_ecid: str
    kochava_id: str
    user_id: str
    model: str
    brand: str
    os_version: str

    @classmethod
    def make(cls, rng: random.Random) -> Phone:
        oui = rng.choice(["a4:50:46", "f4:f5:e8", "3c:28:6d", "8c:f5:a3"])
        mac = oui + ":" + ":".join(_hex(rng, 2) for _ in range(3))
        return cls(
            advertising_id=_uuid(rng),
            android_id=_hex(rng, 16),
            imei=luhn_complete(_digits(rng, 14, "35")),
            mac=mac,
            serial=rng.choice(["R58", "RF8", "CB5"]) + _digits(rng, 3) + _hex(rng, 5).upper(),
            email=f"mara.lindqvist{rng.randint(10, 99)}@examplemail.com",
            device_id=_digits(rng, 19, "72"),
            install_id=_digits(rng, 19, "73"),
            cdid=_uuid(rng),
            clientudid=_uuid(rng),
            fb_anon_id="XZ" + _uuid(rng),
            appsflyer_uid=f"17155{_digits(rng, 8)}-{_digits(rng, 19)}",
            adjust_uuid=_uuid(rng),
            adjust_adid=_hex(rng, 32),
            firebase_instance_id=_hex(rng, 32),
            amplitude_device_id=_uuid(rng) + "R",
            braze_device_id=_uuid(rng),
            mixpanel_device_id=_uuid(rng),
            segment_anonymous_id=_uuid(rng),
            unity_idfi=_uuid(rng),
            branch_identity=_digits(rng, 18, "1"),
            conviva_clid=".".join(_digits(rng, 10) for _ in range(4)),
            samba_device_id=_hex(rng, 40),
            adobe_ecid=_digits(rng, 38, "5"),
            kochava_id="KA" + _hex(rng, 32),
            user_id=_digits(rng, 19, "68"),
            model=rng.choice(["SM-S918B", "Pixel 7", "2201116SG", "CPH2451"]),
            brand=rng.choice(["samsung", "google", "Xiaomi", "OPPO"]),
            os_version=rng.choice(["13", "14"]),
        )

    def known_values(self) -> dict[str, str]:
        return {kind: getattr(self, kind) for kind in KNOWN_KINDS}


def _h(name: str, text: str) -> str:
    return hashlib.new(name, text.encode()).hexdigest()


def _nosep(value: str) -> str:
    return value.replace("-", "").replace(":", "")


def encode(value: str, how: str) -> str:
    """One identifier, encoded the way some SDK encodes it (see RECOVERABLE)."""
    if how == "plain":
        return value
    if how == "upper":
        return value.upper()
    if how == "lower":
        return value.lower()
    if how == "nosep":
        return _nosep(value)
    if how == "nosep_upper":
        return _nosep(value).upper()
    if how == "urlenc":
        return quote(value, safe="")
    if how == "b64":
        return base64.b64encode(value.encode()).decode()
    if how == "b64url":
        return base64.urlsafe_b64encode(value.encode()).decode().rstrip("=")
    if how == "hex":
        return value.encode().hex()
    if how in ("md5", "sha1", "sha256", "sha512"):
        return _h(how, value)
    if how in ("md5_upper", "sha1_upper", "sha256_upper"):
        return _h(how.split("_")[0], value).upper()
    if how in ("md5_of_upper", "sha1_of_upper"):
        return _h(how.split("_")[0], value.upper())
    if how in ("md5_of_nosep", "sha1_of_nosep"):
        return _h(how.split("_")[0], _nosep(value))
    if how == "sha256_of_nosep_upper":
        return _h("sha256", _nosep(value).upper())
    if how == "sha256_trunc16":
        return _h("sha256", value)[:16]
    if how == "sha256_trunc32":
        return _h("sha256", value)[:32]
    if how == "sha1_trunc20":
        return _h("sha1", value)[:20]
    if how == "sha256_of_md5":
        return _h("sha256", _h("md5", value))
    if how == "md5_of_sha1":
        return _h("md5", _h("sha1", value))
    if how == "xor5_hex":
        # ByteDance passport "mix_mode": every byte XOR 5, then hex. Not a variant
        # the issue asks `--known` to undo.
        return bytes(b ^ 5 for b in value.encode()).hex()
    if how == "custom_b64":
        # A shuffled base64 alphabet, as some ad SDKs use to obfuscate requests.
        std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        alt = "vSoajc7dRzpWifGyNxZnV5k+DHLYhJ46lt0U3QrgEuq8sw/XMeBAKOC1T2PmIbF9"
        return base64.b64encode(value.encode()).decode().translate(str.maketrans(std, alt))
    raise ValueError(f"unknown encoding {how!r}")


def new_uuid(rng: random.Random) -> str:
    return _uuid(rng)


def new_hex(rng: random.Random, n: int) -> str:
    return _hex(rng, n)


def new_digits(rng: random.Random, n: int, first: str = "") -> str:
    return _digits(rng, n, first)
