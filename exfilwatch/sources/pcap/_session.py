"""One capture, packet by packet: connections, their handlers, and what comes out.

`Session.packet` is the hot path: it dissects link, IP and TCP/UDP headers by
hand, finds the connection, and lets the connection's `HalfStream`s put bytes in
order for its handler (sniffer -> TLS -> HTTP). Finished exchanges collect in
`Session.out` for the caller to take after each packet, so memory grows with
open connections, not with the file. Open connections are bounded: past
`max_streams` the least recently active one is closed early (its exchanges so
far are kept) and counted; a connection idle for `idle_timeout` seconds of
capture time is closed too.
"""

from __future__ import annotations

import socket
import struct
from collections import Counter, OrderedDict
from typing import Any

from ...model import Exchange
from ._context import ConnContext, Handler
from ._dns import parse_answers
from ._http1 import Http1Handler, looks_like_request, looks_like_response
from ._inventory import Inventory
from ._keylog import KeyLog
from ._links import SUPPORTED, parse_link
from ._quic import client_hello as quic_client_hello
from ._quic import is_long_header
from ._sniff import Sniffer
from ._tcp import HalfStream
from ._tls import TlsHandler, looks_like_tls

DEFAULT_MAX_STREAMS = 20_000
DEFAULT_MAX_PENDING = 4 * 1024 * 1024
DEFAULT_IDLE_TIMEOUT = 900.0
_TCP = struct.Struct("!HHIIBB")
_UDP = struct.Struct("!HH")
_SYN, _FIN, _RST, _ACK = 0x02, 0x01, 0x04, 0x10
_DNS_PORTS = (53, 5353)


def _ip_text(raw: bytes) -> str:
    return socket.inet_ntop(socket.AF_INET if len(raw) == 4 else socket.AF_INET6, raw)


class _Conn:
    """One TCP connection: two half-streams feeding one handler stack."""

    __slots__ = ("c2s", "client_isn", "ctx", "first", "handler", "index", "keys", "last", "s2c")

    def __init__(
        self, session: Session, index: int, client: tuple, server: tuple, ts: float
    ) -> None:
        self.index = index
        self.keys = (client + server, server + client)
        self.client_isn: int | None = None
        self.first = self.last = ts
        self.ctx = ConnContext(
            source=session.source,
            index=index,
            client_addr=f"{_ip_text(client[0])}:{client[1]}",
            server_ip=_ip_text(server[0]),
            server_port=server[1],
            emit=session.out.append,
            make_sniffer=session.make_sniffer,
        )
        self.handler: Handler = session.make_sniffer(self.ctx)
        handler = self.handler
        self.c2s = HalfStream(
            lambda data, ts: handler.data(True, data, ts),
            lambda size: handler.gap(True, size),
            session.max_pending,
        )
        self.s2c = HalfStream(
            lambda data, ts: handler.data(False, data, ts),
            lambda size: handler.gap(False, size),
            session.max_pending,
        )


class _UdpFlow:
    __slots__ = ("first", "hello_tries", "last", "outer_sni", "protocol", "received", "sent", "sni")

    def __init__(self, ts: float, protocol: str) -> None:
        self.first = self.last = ts
        self.protocol = protocol
        self.sent = self.received = 0
        self.sni: str | None = None
        self.outer_sni: str | None = None
        self.hello_tries = 0


class Session:
    def __init__(
        self,
        source: str,
        keylog: KeyLog,
        max_streams: int = DEFAULT_MAX_STREAMS,
        max_pending: int = DEFAULT_MAX_PENDING,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
    ) -> None:
        self.source = source
        self.keylog = keylog
        self.max_streams = max(1, max_streams)
        self.max_pending = max_pending
        self.idle_timeout = idle_timeout
        self.out: list[Exchange] = []
        self.inventory = Inventory()
        self.conns: dict[tuple, _Conn] = {}
        self.lru: OrderedDict[int, _Conn] = OrderedDict()
        self.udp: OrderedDict[tuple, _UdpFlow] = OrderedDict()
        self.next_index = 0
        self.packets = 0
        self.ip_packets = 0
        self.counts: Counter[str] = Counter()
        self.linktypes_unsupported: set[int] = set()

    # -- handler factories
    def make_sniffer(self, ctx: ConnContext) -> Handler:
        return Sniffer(ctx, self._choose)

    def _choose(self, ctx: ConnContext, kind: str) -> Handler:
        if kind == "tls":
            return TlsHandler(ctx, self.keylog, self._inner, self._missing_keys)
        return Http1Handler(ctx)

    def _inner(self, ctx: ConnContext, h2: bool) -> Handler:
        if h2:
            from ._http2 import Http2Handler

            return Http2Handler(ctx)
        return Http1Handler(ctx)

    def _missing_keys(self) -> None:
        self.counts["tls_without_keys"] += 1

    # -- packets
    def packet(self, ts: float, linktype: int, data: bytes) -> None:
        self.packets += 1
        ip = parse_link(linktype, data)
        if ip is None:
            if linktype not in SUPPORTED:
                self.linktypes_unsupported.add(linktype)
            return
        self.ip_packets += 1
        if ip.fragment:
            self.counts["fragments"] += 1
            return
        if ip.proto == 6:
            self._tcp(ts, ip.src, ip.dst, ip.payload)
        elif ip.proto == 17:
            self._udp(ts, ip.src, ip.dst, ip.payload)
        if not self.packets & 0xFFF:
            self._expire(ts)

    def _tcp(self, ts: float, src: bytes, dst: bytes, seg: bytes) -> None:
        if len(seg) < 20:
            return
        sport, dport, seq, _ack, offset, flags = _TCP.unpack_from(seg, 0)
        payload = seg[(offset >> 4) * 4 :]
        key = (src, sport, dst, dport)
        conn = self.conns.get(key)
        syn = flags & _SYN
        reused = conn is not None and key == conn.keys[0] and conn.client_isn != seq
        if reused and syn and not flags & _ACK:
            self._finish(conn)  # type: ignore[arg-type]  # the port pair is reused
            conn = None
        if conn is None:
            if not syn and not payload:
                return
            conn = self._open(ts, key, flags, payload)
        from_client = key == conn.keys[0]
        half = conn.c2s if from_client else conn.s2c
        if syn:
            half.syn(seq)
            if from_client and not flags & _ACK:
                conn.client_isn = seq
            seq = (seq + 1) & 0xFFFFFFFF
        if payload:
            half.add(seq, payload, ts)
        conn.last = ts
        self.lru.move_to_end(conn.index)
        if flags & _RST:
            self._finish(conn)
        elif flags & _FIN:
            half.fin = True
            if conn.c2s.fin and conn.s2c.fin:
                self._finish(conn)

    def _open(self, ts: float, key: tuple, flags: int, payload: bytes) -> _Conn:
        src, sport, dst, dport = key
        if flags & _SYN:
            sender_is_client = not flags & _ACK
        elif looks_like_tls(payload, True) or looks_like_request(payload):
            sender_is_client = True
        elif looks_like_tls(payload, False) or looks_like_response(payload):
            sender_is_client = False
        else:
            sender_is_client = dport <= sport
        client, server = (
            ((src, sport), (dst, dport)) if sender_is_client else ((dst, dport), (src, sport))
        )
        conn = _Conn(self, self.next_index, client, server, ts)
        self.next_index += 1
        for k in conn.keys:
            self.conns[k] = conn
        self.lru[conn.index] = conn
        if len(self.lru) > self.max_streams:
            _, oldest = self.lru.popitem(last=False)
            self.counts["evicted"] += 1
            self._finish(oldest)
        return conn

    def _finish(self, conn: _Conn) -> None:
        for k in conn.keys:
            if self.conns.get(k) is conn:
                del self.conns[k]
        self.lru.pop(conn.index, None)
        conn.c2s.flush()
        conn.s2c.flush()
        conn.handler.close()
        ctx = conn.ctx
        if conn.c2s.gaps or conn.s2c.gaps:
            self.counts["gaps"] += conn.c2s.gaps + conn.s2c.gaps
        self.inventory.add(
            server_ip=ctx.server_ip,
            server_port=ctx.server_port,
            transport="tcp",
            protocol=ctx.protocol,
            host=ctx.host,
            sni=ctx.sni,
            outer_sni=ctx.outer_sni,
            sent=conn.c2s.bytes,
            received=conn.s2c.bytes,
            first=conn.first,
            last=conn.last,
            decrypted=ctx.decrypted,
            requests=ctx.requests,
            tls_version=ctx.tls_version,
            alpn=ctx.alpn,
        )

    def _expire(self, now: float) -> None:
        """Close connections idle for longer than the timeout (capture time)."""
        while self.lru:
            conn = next(iter(self.lru.values()))
            if now - conn.last < self.idle_timeout:
                break
            self._finish(conn)

    # -- UDP: DNS answers and QUIC names
    def _udp(self, ts: float, src: bytes, dst: bytes, dgram: bytes) -> None:
        if len(dgram) < 8:
            return
        sport, dport = _UDP.unpack_from(dgram, 0)
        payload = dgram[8:]
        if sport in _DNS_PORTS:
            for name, address in parse_answers(payload):
                self.inventory.dns_answer(name, address)
        key = (src, sport, dst, dport)
        flow = self.udp.get(key)
        from_client = True
        if flow is None:
            flow = self.udp.get((dst, dport, src, sport))
            from_client = False
        if flow is None:
            from_client = True
            if sport in _DNS_PORTS or (sport < dport and dport not in _DNS_PORTS):
                from_client = False
                key = (dst, dport, src, sport)
            protocol = "dns" if (dport if from_client else sport) in _DNS_PORTS else "udp"
            flow = self.udp[key] = _UdpFlow(ts, protocol)
            if len(self.udp) > self.max_streams:
                self._finish_udp(*self.udp.popitem(last=False))
                self.counts["evicted"] += 1
        else:
            self.udp.move_to_end(key if from_client else (dst, dport, src, sport))
        flow.last = ts
        if from_client:
            flow.sent += len(payload)
            if flow.protocol in ("udp", "quic") and flow.sni is None and flow.hello_tries < 4:
                self._quic(flow, payload)
        else:
            flow.received += len(payload)

    def _quic(self, flow: _UdpFlow, payload: bytes) -> None:
        if not is_long_header(payload):
            return
        flow.hello_tries += 1
        flow.protocol = "quic"
        hello = quic_client_hello(payload)
        if hello is not None and hello.sni:
            flow.sni = hello.sni
            if hello.ech:
                flow.outer_sni = hello.sni
            flow.hello_tries = 99

    def _finish_udp(self, key: tuple, flow: _UdpFlow) -> None:
        _client_ip, _cport, server_ip, sport = key
        self.inventory.add(
            server_ip=_ip_text(server_ip),
            server_port=sport,
            transport="udp",
            protocol=flow.protocol,
            host=None,
            sni=flow.sni,
            outer_sni=flow.outer_sni,
            sent=flow.sent,
            received=flow.received,
            first=flow.first,
            last=flow.last,
            decrypted=False,
            requests=0,
        )

    # -- the end
    def close(self) -> None:
        """Finish every open connection, oldest first (stable flow order)."""
        for conn in sorted(set(self.conns.values()), key=lambda c: c.index):
            self._finish(conn)
        while self.udp:
            self._finish_udp(*self.udp.popitem(last=False))

    def summary(self) -> list[str]:
        """Capture-wide warnings, for the last exchange (there is nowhere else)."""
        out = []
        c = self.counts
        if c["evicted"]:
            limit = self.max_streams
            out.append(f"{c['evicted']} connection(s) closed early: more than {limit} open at once")
        if c["tls_without_keys"] and len(self.keylog):
            out.append(f"{c['tls_without_keys']} TLS connection(s) have no secrets in the key log")
        if c["fragments"]:
            out.append(f"{c['fragments']} IP fragment(s) skipped (not reassembled)")
        if c["gaps"]:
            out.append(f"{c['gaps']} gap(s) in TCP streams (segments missing from the capture)")
        if self.linktypes_unsupported:
            kinds = ", ".join(str(k) for k in sorted(self.linktypes_unsupported))
            out.append(f"link type(s) {kinds} not supported; those packets were skipped")
        warning = self.keylog.warning()
        if warning:
            out.append(warning)
        return out

    def stats(self) -> dict[str, Any]:
        return {"packets": self.packets, "ip_packets": self.ip_packets, **self.counts}
