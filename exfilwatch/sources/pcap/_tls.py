"""TLS over a reassembled TCP stream: names in the clear, plaintext with keys.

TLS is recognised by its handshake, on any port. The ClientHello gives the
server name (and shows Encrypted Client Hello), the ServerHello the version and
cipher suite. With the connection's secrets in the key log, records are
decrypted and the plaintext goes to an HTTP/1 or HTTP/2 handler (by ALPN, or by
the HTTP/2 preface); without them the connection still counts in the
destination inventory under its SNI.

TLS 1.2 and older switch a direction to encrypted at its ChangeCipherSpec. TLS
1.3 encrypts everything after the ServerHello: each direction starts with its
handshake traffic secret and moves to traffic secret 0 after its Finished (or,
when the key log lacks handshake secrets, as soon as a record authenticates
under the application keys). KeyUpdate is followed.
"""

from __future__ import annotations

from collections.abc import Callable

from . import _crypto as crypto
from ._context import ConnContext, Handler
from ._hello import (
    HRR_RANDOM,
    Hello,
    handshake_messages,
    parse_client_hello,
    parse_encrypted_extensions,
    parse_server_hello,
)
from ._http2 import PREFACE, looks_like_server_start
from ._keylog import KeyLog

_HANDSHAKE, _CCS, _ALERT, _APPDATA = 22, 20, 21, 23
_MAX_RECORD = 16384 + 2048
_MAX_HANDSHAKE = 256 * 1024
_ENCRYPTED_EXTENSIONS, _FINISHED, _KEY_UPDATE = 8, 20, 24


def looks_like_tls(data: bytes, from_client: bool) -> bool:
    """A handshake record carrying a ClientHello (client) or ServerHello (server)."""
    return (
        len(data) >= 6
        and data[0] == _HANDSHAKE
        and data[1] == 3
        and data[2] <= 4
        and data[5] == (1 if from_client else 2)
    )


class _Direction:
    __slots__ = (
        "broken",
        "buf",
        "cipher",
        "decrypted",
        "encrypted",
        "epochs",
        "failed",
        "hs",
        "secret",
    )

    def __init__(self) -> None:
        self.buf = bytearray()
        self.hs = bytearray()
        self.encrypted = False
        self.cipher: crypto.RecordCipher | None = None
        self.epochs: list[bytes] = []  # TLS 1.3 secrets still to come (next first)
        self.secret: bytes | None = None  # TLS 1.3: the secret of `cipher`
        self.broken = False
        self.decrypted = 0
        self.failed = 0


class TlsHandler(Handler):
    def __init__(
        self,
        ctx: ConnContext,
        keylog: KeyLog,
        make_inner: Callable[[ConnContext, bool], Handler],
        on_missing_keys: Callable[[], None],
    ) -> None:
        self.ctx = ctx
        ctx.protocol = "tls"
        ctx.scheme = "https"
        self.keylog = keylog
        self.make_inner = make_inner
        self.on_missing_keys = on_missing_keys
        self.client = _Direction()
        self.server = _Direction()
        self.client_hello: Hello | None = None
        self.version = 0
        self.suite: crypto.Suite | None = None
        self.inner: Handler | None = None

    # -- Handler protocol
    def data(self, from_client: bool, data: bytes, ts: float) -> None:
        d = self.client if from_client else self.server
        if d.broken:
            return
        buf = d.buf
        buf += data
        pos = 0
        end = len(buf)
        while end - pos >= 5:
            rtype = buf[pos]
            length = (buf[pos + 3] << 8) | buf[pos + 4]
            if not 20 <= rtype <= 24 or buf[pos + 1] != 3 or length > _MAX_RECORD:
                self._break(d, "not a TLS record")
                return
            if end - pos - 5 < length:
                break
            header = bytes(buf[pos : pos + 5])
            payload = bytes(buf[pos + 5 : pos + 5 + length])
            pos += 5 + length
            self._record(from_client, d, rtype, header, payload, ts)
            if d.broken:
                return
        if pos:
            del buf[:pos]

    def gap(self, from_client: bool, size: int) -> None:
        d = self.client if from_client else self.server
        if not d.broken:
            self._break(d, f"{size} byte(s) missing from the capture; rest not decryptable")
        if self.inner is not None:
            self.inner.gap(from_client, size)

    def close(self) -> None:
        for name, d in (("client", self.client), ("server", self.server)):
            if d.failed and d.cipher is not None:
                self.ctx.warn(f"TLS: {d.failed} {name} record(s) did not decrypt")
        if self.inner is not None:
            self.inner.close()

    # -- records
    def _break(self, d: _Direction, why: str) -> None:
        d.broken = True
        d.buf.clear()
        if d.encrypted and d.cipher is not None:
            self.ctx.warn(f"TLS: {why}")

    def _record(
        self, from_client: bool, d: _Direction, rtype: int, header: bytes, payload: bytes, ts: float
    ) -> None:
        if rtype == _CCS:
            if self.version and self.version < crypto.TLS13:
                d.encrypted = True
                if d.cipher is not None:
                    d.cipher.seq = 0
            return
        if not d.encrypted:
            if rtype == _HANDSHAKE:
                self._handshake(from_client, d, payload)
            return
        if d.cipher is None:
            return
        out = d.cipher.decrypt(rtype, header, payload)
        if out is None and d.epochs:
            out = self._try_next_epoch(d, rtype, header, payload)
        if out is None:
            d.failed += 1
            return
        d.decrypted += 1
        inner_type, plain = out
        if inner_type == _APPDATA:
            self._app_data(from_client, plain, ts)
        elif inner_type == _HANDSHAKE and self.version >= crypto.TLS13:
            self._tls13_handshake(d, plain)

    def _try_next_epoch(
        self, d: _Direction, rtype: int, header: bytes, payload: bytes
    ) -> tuple[int, bytes] | None:
        """TLS 1.3 without handshake secrets: the first record that authenticates
        under the next secret shows the switch happened."""
        previous = d.cipher, d.secret
        self._use_secret(d, d.epochs[0])
        out = d.cipher.decrypt(rtype, header, payload)  # type: ignore[union-attr]
        if out is None:
            d.cipher, d.secret = previous
        else:
            d.epochs.pop(0)
        return out

    def _use_secret(self, d: _Direction, secret: bytes) -> None:
        key, iv = crypto.tls13_keys(self.suite, secret)  # type: ignore[arg-type]
        d.cipher = crypto.RecordCipher(self.suite, self.version, key, iv)  # type: ignore[arg-type]
        d.secret = secret

    def _app_data(self, from_client: bool, plain: bytes, ts: float) -> None:
        if not plain:
            return
        if self.inner is None:
            h2 = (
                self.ctx.alpn == "h2"
                or (from_client and plain.startswith(PREFACE[:14]))
                or (not from_client and looks_like_server_start(plain))
            )
            self.inner = self.make_inner(self.ctx, h2)
            self.ctx.decrypted = True
        self.inner.data(from_client, plain, ts)

    # -- handshake in the clear
    def _handshake(self, from_client: bool, d: _Direction, payload: bytes) -> None:
        d.hs += payload
        if len(d.hs) > _MAX_HANDSHAKE:
            d.hs.clear()
            return
        messages, used = handshake_messages(bytes(d.hs))
        del d.hs[:used]
        for kind, body in messages:
            if kind == 1 and from_client and self.client_hello is None:
                self.client_hello = parse_client_hello(body)
                if self.client_hello is not None:
                    hello = self.client_hello
                    # With an ECH extension the visible name may be only the
                    # provider's public name (or real, if the ECH is GREASE).
                    self.ctx.sni = hello.sni
                    if hello.ech:
                        self.ctx.outer_sni = hello.sni
            elif kind == 2 and not from_client:
                hello = parse_server_hello(body)
                if hello is not None and hello.random != HRR_RANDOM:
                    self._server_hello(hello)

    def _server_hello(self, hello: Hello) -> None:
        self.version = hello.version
        self.ctx.tls_version = crypto.VERSION_NAMES.get(hello.version, hex(hello.version))
        if hello.alpn:
            self.ctx.alpn = hello.alpn[0]
        if self.version >= crypto.TLS13:
            self.client.encrypted = self.server.encrypted = True
        suite = crypto.suites().get(hello.suite or 0)
        client = self.client_hello
        secrets = self.keylog.get(client.random) if client is not None else None
        if suite is None:
            self.ctx.warn(f"TLS: cipher suite 0x{hello.suite:04x} is not supported")
            return
        if not secrets:
            self.on_missing_keys()
            return
        self.suite = suite
        if self.version >= crypto.TLS13:
            self._tls13_setup(suite, secrets)
        else:
            self._tls12_setup(suite, secrets, client.random, hello)  # type: ignore[union-attr]

    def _tls12_setup(
        self, suite: crypto.Suite, secrets: dict[str, bytes], client_random: bytes, hello: Hello
    ) -> None:
        master = secrets.get("CLIENT_RANDOM")
        if master is None:
            self.on_missing_keys()
            return
        (cm, ck, civ), (sm, sk, siv) = crypto.tls12_keys(
            suite, self.version, master, client_random, hello.random
        )
        self.client.cipher = crypto.RecordCipher(suite, self.version, ck, civ, cm, hello.etm)
        self.server.cipher = crypto.RecordCipher(suite, self.version, sk, siv, sm, hello.etm)

    def _tls13_setup(self, suite: crypto.Suite, secrets: dict[str, bytes]) -> None:
        for d, side in ((self.client, "CLIENT"), (self.server, "SERVER")):
            chain = [
                secrets[label]
                for label in (f"{side}_HANDSHAKE_TRAFFIC_SECRET", f"{side}_TRAFFIC_SECRET_0")
                if label in secrets
            ]
            if not chain:
                continue
            self._use_secret(d, chain[0])
            d.epochs = chain[1:]
        if self.client.cipher is None and self.server.cipher is None:
            self.on_missing_keys()

    def _tls13_handshake(self, d: _Direction, plain: bytes) -> None:
        messages, _ = handshake_messages(plain)
        for kind, body in messages:
            if kind == _ENCRYPTED_EXTENSIONS and d is self.server:
                alpn = parse_encrypted_extensions(body)
                if alpn:
                    self.ctx.alpn = alpn[0]
            elif kind == _FINISHED and d.epochs:
                self._use_secret(d, d.epochs.pop(0))
            elif kind == _KEY_UPDATE and d.secret is not None and not d.epochs:
                self._use_secret(d, crypto.tls13_next_secret(self.suite, d.secret))  # type: ignore[arg-type]
