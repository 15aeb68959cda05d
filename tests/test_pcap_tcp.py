"""Link layers and TCP reassembly on synthetic captures (every edge case on demand)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from _pcap_build import (
    Conversation,
    http_request,
    http_response,
    write_pcap,
    write_pcapng,
)

from exfilwatch.sources.pcap._tcp import HalfStream, seq_diff
from exfilwatch.sources.pcap_source import read_pcap

BODY = b'{"gps_adid": "38400000-8cf0-11bd-b23e-10b96e40000d", "pad": "' + b"x" * 3000 + b'"}'


def _read(path: Path, **kw) -> list:
    return list(read_pcap(path, None, **kw))


def _simple(conv: Conversation | None = None) -> Conversation:
    conv = conv or Conversation()
    conv.handshake()
    conv.send(True, http_request("/v1/event?x=1", body=BODY))
    conv.send(False, http_response(b'{"ok": true}'))
    return conv.close()


@pytest.mark.parametrize("kind", ["ethernet", "vlan", "sll", "sll2", "null", "loop", "raw"])
@pytest.mark.parametrize("v6", [False, True])
def test_link_types(tmp_path: Path, kind: str, v6: bool) -> None:
    conv = (
        Conversation(client=("2001:db8::2", 40000), server=("2001:db8::1", 80))
        if v6
        else Conversation()
    )
    linktype, frames = _simple(conv).frames(kind, v6=v6)
    (ex,) = _read(write_pcap(tmp_path / "c.pcap", linktype, frames))
    assert ex.request.url == "http://api.example.com/v1/event?x=1"
    assert ex.request.body == BODY
    assert ex.response is not None and ex.response.body == b'{"ok": true}'
    assert ex.server_ip == ("2001:db8::1" if v6 else "93.184.216.34")
    assert ex.server_port == 80
    assert ex.started == pytest.approx(1_700_000_000.003, abs=1e-3)
    assert ex.flow_id == "0:0"


def test_pcapng(tmp_path: Path) -> None:
    linktype, frames = _simple().frames("ethernet")
    (ex,) = _read(write_pcapng(tmp_path / "c.pcapng", linktype, frames))
    assert ex.request.body == BODY


def _with_packets(tmp_path: Path, conv: Conversation, name: str = "c.pcap") -> list:
    linktype, frames = conv.frames()
    return _read(write_pcap(tmp_path / name, linktype, frames))


def test_out_of_order_and_retransmissions(tmp_path: Path) -> None:
    conv = _simple()
    hs, data, fin = conv.packets[:3], conv.packets[3:-2], conv.packets[-2:]
    shuffled = data + data[::2]  # every other segment twice
    random.Random(7).shuffle(shuffled)
    conv.packets = hs + shuffled + fin
    (ex,) = _with_packets(tmp_path, conv)
    assert ex.request.body == BODY
    assert ex.response.body == b'{"ok": true}'


def test_overlapping_segments(tmp_path: Path) -> None:
    conv = Conversation().handshake()
    payload = http_request("/o", body=BODY)
    base = conv.seq[True]
    # segments that overlap each other by 100 bytes, sent last-first
    for start in reversed(range(0, len(payload), 400)):
        conv.packets.append((True, 0x18, base + start, 0, payload[start : start + 500]))
    conv.packets.append((True, 0x18, base, 0, payload[:200]))
    conv.seq[True] = base + len(payload)
    conv.send(False, http_response()).close()
    (ex,) = _with_packets(tmp_path, conv)
    assert ex.request.body == BODY


def test_missing_segment_is_reported_and_next_request_parsed(tmp_path: Path) -> None:
    conv = Conversation().handshake()
    conv.send(True, http_request("/first", body=BODY), mss=500)
    lost = next(i for i, p in enumerate(conv.packets) if p[0] and b"xxxx" in p[4])
    del conv.packets[lost + 1]  # a segment in the middle of the body
    conv.send(False, http_response())
    conv.send(True, http_request("/second?gps_adid=38400000-8cf0-11bd-b23e-10b96e40000d"))
    conv.send(False, http_response()).close()
    first, second = _with_packets(tmp_path, conv)
    assert first.request.url.endswith("/first")
    assert any("not captured" in w for w in first.warnings)
    assert second.request.url.endswith("/second?gps_adid=38400000-8cf0-11bd-b23e-10b96e40000d")
    assert second.response is not None and second.response.status == 200


def test_lost_request_head_resyncs(tmp_path: Path) -> None:
    conv = Conversation().handshake()
    conv.send(True, http_request("/lost-head", extra="X-Pad: " + "y" * 1500 + "\r\n"), mss=700)
    del conv.packets[3]
    conv.send(True, http_request("/after"))
    conv.send(False, http_response() + http_response()).close()
    urls = [ex.request.url for ex in _with_packets(tmp_path, conv)]
    assert "http://api.example.com/after" in urls


def test_port_reuse_starts_a_new_connection(tmp_path: Path) -> None:
    a = _simple(Conversation(isn=(1000, 5000)))
    b = Conversation(isn=(900_000, 7000)).handshake()
    b.send(True, http_request("/again")).send(False, http_response()).close()
    a.packets += b.packets
    first, second = _with_packets(tmp_path, a)
    assert (first.flow_id, second.flow_id) == ("0:0", "1:0")
    assert second.request.url.endswith("/again")


def test_port_reuse_without_fin(tmp_path: Path) -> None:
    a = Conversation(isn=(1000, 5000)).handshake()
    a.send(True, http_request("/one")).send(False, http_response())
    b = Conversation(isn=(700_000, 7000)).handshake()
    b.send(True, http_request("/two")).send(False, http_response()).close()
    a.packets += b.packets
    assert [e.request.url[-4:] for e in _with_packets(tmp_path, a)] == ["/one", "/two"]


def test_capture_started_mid_connection(tmp_path: Path) -> None:
    conv = Conversation().handshake()
    conv.send(True, http_request("/early")).send(False, http_response())
    conv.send(True, http_request("/late")).send(False, http_response()).close()
    conv.packets = conv.packets[5:]  # no handshake, no first exchange
    (ex,) = _with_packets(tmp_path, conv)
    assert ex.request.url.endswith("/late")


def test_keep_alive_pipelining_chunked_head_and_continue(tmp_path: Path) -> None:
    conv = Conversation().handshake()
    chunked = (
        b"POST /chunked HTTP/1.1\r\nHost: h.example\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: 1\r\n\r\n"
    )
    conv.send(True, http_request("/a") + http_request("/b") + chunked)  # pipelined
    conv.send(True, b"HEAD /h HTTP/1.1\r\nHost: h.example\r\n\r\n")
    conv.send(
        True,
        b"POST /c HTTP/1.1\r\nHost: h.example\r\nExpect: 100-continue\r\n"
        b"Content-Length: 3\r\n\r\nabc",
    )
    conv.send(False, http_response(b"A") + http_response(b"B"))
    conv.send(False, b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nCCC\r\n0\r\n\r\n")
    conv.send(False, b"HTTP/1.1 200 OK\r\nContent-Length: 999\r\n\r\n")  # HEAD: no body
    conv.send(False, b"HTTP/1.1 100 Continue\r\n\r\n" + http_response(b"D")).close()
    exs = _with_packets(tmp_path, conv)
    got = [
        (e.request.method, e.request.url.rsplit("/", 1)[1], e.request.body, e.response.body)
        for e in exs
    ]
    assert got == [
        ("GET", "a", b"", b"A"),
        ("GET", "b", b"", b"B"),
        ("POST", "chunked", b"hello, world", b"CCC"),
        ("HEAD", "h", b"", b""),
        ("POST", "c", b"abc", b"D"),
    ]
    assert [e.flow_id for e in exs] == ["0:0", "0:1", "0:2", "0:3", "0:4"]


def test_response_until_close_and_unanswered_request(tmp_path: Path) -> None:
    conv = Conversation().handshake()
    conv.send(True, http_request("/stream")).send(
        False, b"HTTP/1.0 200 OK\r\n\r\nall of it"
    ).close()
    (ex,) = _with_packets(tmp_path, conv)
    assert ex.response.body == b"all of it"
    conv = Conversation().handshake().send(True, http_request("/nobody"))
    (ex,) = _with_packets(tmp_path, conv, "b.pcap")
    assert ex.response is None


def test_tls_on_port_80_is_not_http(tmp_path: Path) -> None:
    hello = (
        bytes.fromhex("160301002f0100002b0303")
        + b"\x11" * 32
        + b"\x00\x00\x02\x13\x01\x01\x00\x00\x00"
    )
    conv = Conversation().handshake().send(True, hello).close()
    assert _with_packets(tmp_path, conv) == []


def test_stream_limit_evicts_oldest_and_warns(tmp_path: Path) -> None:
    convs = [Conversation(client=("10.0.0.2", 41000 + i)).handshake() for i in range(5)]
    packets = []
    for conv in convs:
        packets += [(conv, p) for p in conv.packets]
    for i, conv in enumerate(convs):
        before = len(conv.packets)
        conv.send(True, http_request(f"/n{i}")).send(False, http_response()).close()
        packets += [(conv, p) for p in conv.packets[before:]]
    frames = []
    for n, (conv, p) in enumerate(packets):
        saved, conv.packets = conv.packets, [p]
        _, (frame,) = conv.frames(start=1_700_000_000 + n * 0.001)
        conv.packets = saved
        frames.append(frame)
    path = write_pcap(tmp_path / "many.pcap", 1, frames)
    exs = _read(path, max_streams=2)
    assert any("closed early" in w for w in exs[-1].warnings)
    assert len(list(read_pcap(path, None))) == 5


def test_half_stream_wraps_sequence_numbers() -> None:
    got: list[bytes] = []
    gaps: list[int] = []
    half = HalfStream(lambda d, ts: got.append(d), gaps.append, 1 << 20)
    top = (1 << 32) - 3
    half.syn(top - 1)
    half.add((top + 6) % (1 << 32), b"world", 0.0)  # out of order, after the wrap
    half.add(top, b"hello!", 0.0)
    assert b"".join(got) == b"hello!world"
    assert seq_diff(2, (1 << 32) - 2) == 4
    half.add(20, b"later", 0.0)
    half.flush()
    assert gaps == [20 - ((top + 11) % (1 << 32))]


def test_unknown_link_type_is_an_error(tmp_path: Path) -> None:
    from exfilwatch.sources import SourceError

    _, frames = _simple().frames()
    path = write_pcap(tmp_path / "odd.pcap", 147, frames)
    with pytest.raises(SourceError, match="link type 147"):
        _read(path)
