"""TLS record protection: cipher suites, key schedules and record decryption.

Key material comes from an NSS key log. TLS 1.0-1.2 derive the key block from
the 48-byte master secret (`CLIENT_RANDOM` line) with the version's PRF
(RFC 2246 / RFC 5246); TLS 1.3 derives each direction's key and IV from its
traffic secret with HKDF-Expand-Label (RFC 8446 section 7). The ciphers are the
`cryptography` package's; nothing here writes or verifies a handshake.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import struct
from dataclasses import dataclass
from functools import cache
from importlib import resources

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESCCM, AESGCM, ChaCha20Poly1305

TLS10, TLS11, TLS12, TLS13 = 0x0301, 0x0302, 0x0303, 0x0304
VERSION_NAMES = {
    0x0300: "SSL 3.0",
    TLS10: "TLS 1.0",
    TLS11: "TLS 1.1",
    TLS12: "TLS 1.2",
    TLS13: "TLS 1.3",
}

_HASHES = {"SHA": "sha1", "SHA256": "sha256", "SHA384": "sha384", "MD5": "md5"}
_CBC = re.compile(r"(AES_128|AES_256|3DES_EDE)_CBC_(SHA384|SHA256|SHA|MD5)$")
_AEAD = re.compile(r"AES_(128|256)_(GCM|CCM_8|CCM)(?:_(SHA256|SHA384))?$")


@dataclass(frozen=True, slots=True)
class Suite:
    """What record decryption needs to know about a cipher suite."""

    name: str
    kind: str  # "gcm", "ccm", "chacha" or "cbc"
    key_len: int
    fixed_iv: int  # implicit IV bytes from the key schedule
    tag_len: int = 16
    mac: str | None = None  # CBC suites: HMAC hash
    prf: str = "sha256"
    block: int = 16
    des: bool = False

    @property
    def mac_len(self) -> int:
        return hashlib.new(self.mac).digest_size if self.mac else 0


def parse_suite(name: str) -> Suite | None:
    """Suite parameters from its IANA name (e.g. TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)."""
    tls13 = "_WITH_" not in name
    body = name.split("_WITH_", 1)[-1] if not tls13 else name[4:]
    if body.startswith("CHACHA20_POLY1305"):
        return Suite(name, "chacha", 32, 12)
    match = _AEAD.match(body)
    if match:
        bits, mode, digest = match.groups()
        kind = "gcm" if mode == "GCM" else "ccm"
        return Suite(
            name,
            kind,
            int(bits) // 8,
            12 if tls13 else 4,
            tag_len=8 if mode == "CCM_8" else 16,
            prf=_HASHES[digest] if digest else "sha256",
        )
    match = _CBC.match(body)
    if match and not tls13:
        cipher, digest = match.groups()
        des = cipher == "3DES_EDE"
        return Suite(
            name,
            "cbc",
            24 if des else int(cipher[4:]) // 8,
            8 if des else 16,
            mac=_HASHES[digest],
            prf="sha384" if digest == "SHA384" else "sha256",
            block=8 if des else 16,
            des=des,
        )
    return None


@cache
def suites() -> dict[int, Suite]:
    """The supported suites, read once from cipher_suites.tsv beside this module."""
    table: dict[int, Suite] = {}
    text = resources.files(__package__).joinpath("cipher_suites.tsv").read_text()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        value, name = line.split("\t")
        suite = parse_suite(name.strip())
        if suite is not None:
            table[int(value, 16)] = suite
    return table


# -- key schedules --------------------------------------------------------------


def _p_hash(digest: str, secret: bytes, seed: bytes, size: int) -> bytes:
    out = bytearray()
    a = seed
    while len(out) < size:
        a = hmac.digest(secret, a, digest)
        out += hmac.digest(secret, a + seed, digest)
    return bytes(out[:size])


def prf(version: int, digest: str, secret: bytes, label: bytes, seed: bytes, size: int) -> bytes:
    """The TLS PRF: P_MD5 xor P_SHA1 before TLS 1.2, P_<suite hash> from 1.2 on."""
    if version >= TLS12:
        return _p_hash(digest, secret, label + seed, size)
    half = (len(secret) + 1) // 2
    md5 = _p_hash("md5", secret[:half], label + seed, size)
    sha = _p_hash("sha1", secret[-half:], label + seed, size)
    return bytes(x ^ y for x, y in zip(md5, sha, strict=True))


def hkdf_expand_label(digest: str, secret: bytes, label: bytes, context: bytes, size: int) -> bytes:
    full = b"tls13 " + label
    info = struct.pack("!HB", size, len(full)) + full + bytes([len(context)]) + context
    out = bytearray()
    block = b""
    counter = 1
    while len(out) < size:
        block = hmac.digest(secret, block + info + bytes([counter]), digest)
        out += block
        counter += 1
    return bytes(out[:size])


def tls12_keys(
    suite: Suite, version: int, master: bytes, client_random: bytes, server_random: bytes
) -> tuple[tuple[bytes, bytes, bytes], tuple[bytes, bytes, bytes]]:
    """((mac_key, key, iv) for the client, the same for the server)."""
    mac_len = suite.mac_len
    iv_len = suite.fixed_iv if suite.kind != "cbc" else suite.block
    size = 2 * (mac_len + suite.key_len + iv_len)
    block = prf(version, suite.prf, master, b"key expansion", server_random + client_random, size)
    cuts = [mac_len, mac_len, suite.key_len, suite.key_len, iv_len, iv_len]
    parts = []
    pos = 0
    for n in cuts:
        parts.append(block[pos : pos + n])
        pos += n
    cm, sm, ck, sk, civ, siv = parts
    return (cm, ck, civ), (sm, sk, siv)


def tls13_hash(suite: Suite) -> str:
    return "sha384" if suite.name.endswith("SHA384") else "sha256"


def tls13_keys(suite: Suite, secret: bytes) -> tuple[bytes, bytes]:
    digest = tls13_hash(suite)
    key = hkdf_expand_label(digest, secret, b"key", b"", suite.key_len)
    iv = hkdf_expand_label(digest, secret, b"iv", b"", 12)
    return key, iv


def tls13_next_secret(suite: Suite, secret: bytes) -> bytes:
    """The traffic secret after a KeyUpdate (RFC 8446 section 7.2)."""
    digest = tls13_hash(suite)
    return hkdf_expand_label(digest, secret, b"traffic upd", b"", hashlib.new(digest).digest_size)


# -- record decryption ------------------------------------------------------------


def _aead(suite: Suite, key: bytes):  # type: ignore[no-untyped-def]
    if suite.kind == "gcm":
        return AESGCM(key)
    if suite.kind == "ccm":
        return AESCCM(key, tag_length=suite.tag_len)
    return ChaCha20Poly1305(key)


def _triple_des(key: bytes):  # type: ignore[no-untyped-def]
    """3DES lives in cryptography's `decrepit` module (old captures still use it)."""
    from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES

    return TripleDES(key)


def _xor_nonce(iv: bytes, seq: int) -> bytes:
    return (int.from_bytes(iv, "big") ^ seq).to_bytes(len(iv), "big")


class RecordCipher:
    """Decrypts one direction's records; `seq` counts records since the keys changed.

    `decrypt` returns (content type, plaintext), or None when the record does not
    authenticate (wrong keys, a lost record, or not ours to read).
    """

    def __init__(
        self,
        suite: Suite,
        version: int,
        key: bytes,
        iv: bytes,
        mac_key: bytes = b"",
        etm: bool = False,
    ) -> None:
        self.suite = suite
        self.version = version
        self.iv = iv
        self.mac_key = mac_key
        self.etm = etm
        self.seq = 0
        self.aead = _aead(suite, key) if suite.kind != "cbc" else None
        self.key = key

    def decrypt(self, rtype: int, header: bytes, payload: bytes) -> tuple[int, bytes] | None:
        try:
            if self.version >= TLS13:
                out = self._tls13(header, payload)
            elif self.aead is not None:
                out = self._tls12_aead(rtype, header, payload)
            else:
                out = self._cbc(rtype, header, payload)
        except (InvalidTag, ValueError):
            return None
        if out is not None:
            self.seq += 1
        return out

    def _tls13(self, header: bytes, payload: bytes) -> tuple[int, bytes] | None:
        plain = self.aead.decrypt(_xor_nonce(self.iv, self.seq), payload, header)  # type: ignore[union-attr]
        end = len(plain)
        while end and plain[end - 1] == 0:
            end -= 1
        if not end:
            return None
        return plain[end - 1], plain[: end - 1]

    def _tls12_aead(self, rtype: int, header: bytes, payload: bytes) -> tuple[int, bytes] | None:
        suite = self.suite
        if suite.kind == "chacha":
            nonce = _xor_nonce(self.iv, self.seq)
            body = payload
        else:
            nonce = self.iv + payload[:8]
            body = payload[8:]
        size = len(body) - suite.tag_len
        if size < 0:
            return None
        aad = struct.pack("!QB2sH", self.seq, rtype, header[1:3], size)
        return rtype, self.aead.decrypt(nonce, body, aad)  # type: ignore[union-attr]

    def _cbc(self, rtype: int, header: bytes, payload: bytes) -> tuple[int, bytes] | None:
        suite = self.suite
        mac_len = suite.mac_len
        if self.etm:
            payload, mac = payload[:-mac_len], payload[-mac_len:]
            aad = struct.pack("!QB2sH", self.seq, rtype, header[1:3], len(payload))
            if not hmac.compare_digest(hmac.digest(self.mac_key, aad + payload, suite.mac), mac):  # type: ignore[arg-type]
                return None
        bs = suite.block
        if self.version >= TLS11:
            iv, body = payload[:bs], payload[bs:]
        else:
            iv, body = self.iv, payload
        if not body or len(body) % bs:
            return None
        algo = _triple_des(self.key) if suite.des else algorithms.AES(self.key)
        dec = Cipher(algo, modes.CBC(iv)).decryptor()
        plain = dec.update(body) + dec.finalize()
        if self.version < TLS11:
            self.iv = body[-bs:]  # TLS 1.0 chains the IV across records
        pad = plain[-1] + 1
        if pad > len(plain):
            return None
        plain = plain[:-pad]
        if self.etm:
            return rtype, plain
        if len(plain) < mac_len:
            return None
        content, mac = plain[: len(plain) - mac_len], plain[len(plain) - mac_len :]
        aad = struct.pack("!QB2sH", self.seq, rtype, header[1:3], len(content))
        if not hmac.compare_digest(hmac.digest(self.mac_key, aad + content, suite.mac), mac):  # type: ignore[arg-type]
            return None
        return rtype, content
