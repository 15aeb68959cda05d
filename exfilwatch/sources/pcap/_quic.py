"""QUIC Initial packets: the ClientHello's server name, without any keys.

QUIC (HTTP/3) protects even its first packets, but with keys every observer can
derive from the client's Destination Connection ID (RFC 9001 section 5.2). We
derive them, remove header protection, decrypt the Initial's CRYPTO frames and
read the ClientHello, for the destination inventory. Versions 1 (RFC 9000) and
2 (RFC 9369) are handled; others are listed as QUIC without a name. A
ClientHello spread over several Initials (large post-quantum key shares) is
read from the first packet's CRYPTO data when it holds the SNI; otherwise the
flow is listed by address only.
"""

from __future__ import annotations

import hmac

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ._crypto import hkdf_expand_label
from ._hello import Hello, parse_client_hello

_SALTS = {
    0x00000001: bytes.fromhex("38762cf7f55934b34d179ae6a4c80cadccbb7f0a"),
    0x6B3343CF: bytes.fromhex("0dede3def700a6db819381be6e269dcbf9bd2ed9"),
}
_LABELS = {
    0x00000001: (b"quic key", b"quic iv", b"quic hp"),
    0x6B3343CF: (b"quicv2 key", b"quicv2 iv", b"quicv2 hp"),
}
_INITIAL_TYPE = {0x00000001: 0, 0x6B3343CF: 1}


def is_long_header(data: bytes) -> bool:
    return len(data) >= 7 and data[0] & 0xC0 == 0xC0


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    first = data[pos]
    size = 1 << (first >> 6)
    value = first & 0x3F
    for i in range(1, size):
        value = (value << 8) | data[pos + i]
    return value, pos + size


def client_hello(data: bytes) -> Hello | None:
    """The ClientHello in a client's first Initial packet, or None."""
    try:
        return _client_hello(data)
    except (IndexError, ValueError, InvalidTag):
        return None


def _client_hello(data: bytes) -> Hello | None:
    if not is_long_header(data):
        return None
    version = int.from_bytes(data[1:5], "big")
    salt = _SALTS.get(version)
    if salt is None or (data[0] >> 4) & 0x03 != _INITIAL_TYPE[version]:
        return None
    pos = 5
    dcid = data[pos + 1 : pos + 1 + data[pos]]
    pos += 1 + data[pos]
    pos += 1 + data[pos]  # source connection id
    token_len, pos = _varint(data, pos)
    pos += token_len
    length, pos = _varint(data, pos)
    key_label, iv_label, hp_label = _LABELS[version]
    initial = hmac.digest(salt, dcid, "sha256")
    secret = hkdf_expand_label("sha256", initial, b"client in", b"", 32)
    key = hkdf_expand_label("sha256", secret, key_label, b"", 16)
    iv = hkdf_expand_label("sha256", secret, iv_label, b"", 12)
    hp = hkdf_expand_label("sha256", secret, hp_label, b"", 16)
    sample = data[pos + 4 : pos + 20]
    if len(sample) < 16:
        return None
    enc = Cipher(algorithms.AES(hp), modes.ECB()).encryptor()
    mask = enc.update(sample) + enc.finalize()
    first = data[0] ^ (mask[0] & 0x0F)
    pn_len = (first & 0x03) + 1
    pn_bytes = bytes(
        b ^ m for b, m in zip(data[pos : pos + pn_len], mask[1 : 1 + pn_len], strict=True)
    )
    header = bytes([first]) + data[1:pos] + pn_bytes
    packet_number = int.from_bytes(pn_bytes, "big")
    nonce = (int.from_bytes(iv, "big") ^ packet_number).to_bytes(12, "big")
    payload = data[pos + pn_len : pos + length]
    plain = AESGCM(key).decrypt(nonce, payload, header)
    return _hello_from_frames(plain)


def _hello_from_frames(plain: bytes) -> Hello | None:
    """Gather CRYPTO frames (type 0x06) in offset order and parse the ClientHello."""
    pieces: dict[int, bytes] = {}
    pos = 0
    while pos < len(plain):
        frame = plain[pos]
        if frame in (0x00, 0x01):  # PADDING, PING
            pos += 1
            continue
        if frame != 0x06:
            break
        offset, pos = _varint(plain, pos + 1)
        size, pos = _varint(plain, pos)
        pieces[offset] = plain[pos : pos + size]
        pos += size
    stream = b""
    for offset in sorted(pieces):
        if offset != len(stream):
            break
        stream += pieces[offset]
    if len(stream) < 4 or stream[0] != 1:
        return None
    body = stream[4 : 4 + int.from_bytes(stream[1:4], "big")]
    return parse_client_hello(body)
