"""TLS decryption (1.0 CBC, 1.2, 1.3), key logs, HTTP/2 and QUIC names."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import h2.config
import h2.connection
import pytest
from _pcap_build import Conversation, ipv4, link, udp, write_pcap
from conftest import shared_path

from exfilwatch.sources import SourceError
from exfilwatch.sources.pcap import _quic
from exfilwatch.sources.pcap._context import ConnContext
from exfilwatch.sources.pcap._crypto import hkdf_expand_label, parse_suite
from exfilwatch.sources.pcap._http2 import Http2Handler
from exfilwatch.sources.pcap._keylog import KeyLog
from exfilwatch.sources.pcap_source import pcap_inventory, read_pcap

FIXTURES = Path(__file__).parent / "fixtures" / "pcap"
MIXED = FIXTURES / "mixed.pcap"


def _urls(exchanges: list) -> list[str]:
    return [e.request.url for e in exchanges]


def test_fixture_all_three_kinds_decrypted() -> None:
    exs = list(read_pcap(MIXED))  # key log found beside the capture
    assert len(exs) == 30
    hosts = {e.request.url.split("/")[2] for e in exs}
    assert hosts == {"app.adjust.com", "t.appsflyer.com", "graph.facebook.com"}
    assert all(e.request.url.startswith("https://") for e in exs if "adjust" not in e.request.url)
    assert all(e.response is not None and e.response.status == 200 for e in exs)
    gz = next(e for e in exs if "/collect/gz" in e.request.url and "facebook" in e.request.url)
    assert gz.request.header("content-encoding") == "gzip"
    assert gz.request.body[:2] == b"\x1f\x8b"  # left encoded for the engine
    form = next(e for e in exs if e.request.url.endswith("/form"))
    assert b"install_id=" in form.request.body  # chunked coding removed
    assert not any(e.warnings for e in exs)


def test_embedded_secrets_block() -> None:
    exs = list(read_pcap(FIXTURES / "mixed-dsb.pcapng"))
    assert len(exs) == 30
    assert sum(e.request.url.startswith("https://") for e in exs) == 20


def test_without_keys_only_plain_http_and_an_inventory(tmp_path: Path) -> None:
    capture = shutil.copy(MIXED, tmp_path / "nokeys.pcap")
    exs = list(read_pcap(Path(capture)))
    assert len(exs) == 10 and all(u.startswith("http://") for u in _urls(exs))
    rows = {(r["host"], r["protocol"]): r for r in pcap_inventory(capture)}
    tls12 = rows[("t.appsflyer.com", "tls")]
    assert tls12["connections"] == 2 and tls12["decrypted"] == 0
    assert tls12["tls_version"] == "TLS 1.2" and tls12["sni"] == "t.appsflyer.com"
    assert rows[("graph.facebook.com", "tls")]["tls_version"] == "TLS 1.3"
    plain = rows[("app.adjust.com", "http")]
    assert plain["requests"] == 10 and plain["bytes_sent"] > 1000 and plain["bytes_received"] > 500


def test_malformed_key_log_lines_cost_only_themselves(tmp_path: Path) -> None:
    lines = (FIXTURES / "mixed.pcap.keylog").read_text().splitlines()
    garbage = [
        "CLIENT_RANDOM zz",
        "NOT A LINE AT ALL",
        "CLIENT_TRAFFIC_SECRET_0 abcd 00",
        "\x00\x01",
    ]
    mixed = [x for pair in zip(lines, garbage * len(lines), strict=False) for x in pair]
    keylog = tmp_path / "keys.txt"
    keylog.write_text("\n".join(mixed) + "\n")
    exs = list(read_pcap(MIXED, str(keylog)))
    assert len(exs) == 30
    assert any("malformed line(s) skipped" in w for w in exs[-1].warnings)


def test_explicit_key_log_missing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="cannot read key log"):
        list(read_pcap(MIXED, str(tmp_path / "absent.keylog")))


def test_keylog_parser() -> None:
    log = KeyLog()
    log.add_text(
        "# comment\nCLIENT_RANDOM " + "ab" * 32 + " " + "cd" * 48 + "\nRSA 00 11\nbad\n", "t"
    )
    assert log.get(bytes.fromhex("ab" * 32)) == {"CLIENT_RANDOM": bytes.fromhex("cd" * 48)}
    assert log.bad_lines == 1


def test_suite_names_parse() -> None:
    s = parse_suite("TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384")
    assert s and (s.kind, s.key_len, s.mac, s.prf) == ("cbc", 32, "sha384", "sha384")
    s = parse_suite("TLS_AES_128_CCM_8_SHA256")
    assert s and (s.kind, s.tag_len, s.fixed_iv) == ("ccm", 8, 12)
    assert parse_suite("TLS_RSA_WITH_CAMELLIA_128_CBC_SHA") is None


# -- real captures from ../shared ----------------------------------------------------


def test_shared_tls10_cbc_with_key_log() -> None:
    capture = shared_path("corpus", "pcap", "pcap2har", "fhs_ssl.pcap")
    exs = list(read_pcap(capture))
    assert len(exs) == 9
    assert all(u.startswith("https://localhost/") for u in _urls(exs))
    assert len(exs[0].response.body) == 183005


def test_shared_tls12_gcm_fragmented() -> None:
    capture = shared_path("corpus", "pcap", "scapy", "tls_tcp_frag_withnss.pcap")
    (ex,) = read_pcap(capture)
    assert ex.request.url == "https://httpbin.org/uuid"
    assert b"5bad226d-504a-4416-a11a-8a5f8edbdbbd" in ex.response.body


@pytest.mark.parametrize(
    ("name", "count"), [("tls-1.2-stream-keylog", 16), ("tls12-decryption", 1)]
)
def test_shared_zeek_tls12(name: str, count: int) -> None:
    capture = shared_path("corpus", "pcap", "zeek-tls", f"{name}.pcap")
    exs = list(read_pcap(capture))
    assert len(exs) == count
    assert all("heise.de" in u for u in _urls(exs))


def test_shared_ech_outer_sni_and_pq_client_hello() -> None:
    ech = shared_path("corpus", "pcap", "zeek-tls", "tls13-ech.pcap")
    rows = pcap_inventory(ech)
    assert any(
        r["outer_sni"] == "cloudflare-ech.com" and r["host"] == "cloudflare-ech.com" for r in rows
    )
    kyber = shared_path("corpus", "pcap", "zeek-tls", "chrome-1250-tls-x25519-kyber.pcap")
    assert any(r["sni"] == "lh3.google.com" for r in pcap_inventory(kyber))


# -- HTTP/2 in decrypted streams ---------------------------------------------------------


def test_http2_streams_become_exchanges() -> None:
    out: list = []
    ctx = ConnContext(
        "t", 3, "10.0.0.2:1", "10.0.0.1", 443, out.append, lambda c: None, scheme="https"
    )
    handler = Http2Handler(ctx)
    client = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True))
    server = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False))
    client.initiate_connection()

    def pump() -> None:
        data = client.data_to_send()
        handler.data(True, data, 1.0)
        server.receive_data(data)
        data = server.data_to_send()
        handler.data(False, data, 2.0)
        client.receive_data(data)

    pump()
    ids = []
    for i in range(3):  # interleaved streams
        sid = client.get_next_available_stream_id()
        ids.append(sid)
        headers = [
            (":method", "POST"),
            (":path", f"/e{i}"),
            (":scheme", "https"),
            (":authority", "x.example"),
        ]
        client.send_headers(sid, [*headers, ("x-n", str(i))])
        client.send_data(sid, b'{"advertisingId": 1}', end_stream=True)
        pump()
    for sid in reversed(ids):
        server.send_headers(sid, [(":status", "200"), ("content-type", "text/plain")])
        server.send_data(sid, f"r{sid}".encode(), end_stream=True)
        pump()
    handler.close()
    assert [e.request.url for e in out] == [
        "https://x.example/e2",
        "https://x.example/e1",
        "https://x.example/e0",
    ]
    assert [e.flow_id for e in out] == ["3:0", "3:1", "3:2"]
    assert out[0].request.http_version == "HTTP/2.0"
    assert out[0].request.header("x-n") == "2" and out[0].response.body == b"r5"


# -- QUIC Initial --------------------------------------------------------------------------


def test_quic_initial_keys_match_rfc9001() -> None:
    initial = bytes.fromhex("7db5df06e7a69e432496adedb00851923595221596ae2ae9fb8115c1e9ed0a44")
    client = hkdf_expand_label("sha256", initial, b"client in", b"", 32)
    assert (
        hkdf_expand_label("sha256", client, b"quic key", b"", 16).hex()
        == "1f369613dd76d5467730efcbe3b1a22d"
    )
    assert (
        hkdf_expand_label("sha256", client, b"quic hp", b"", 16).hex()
        == "9f50449e04a0e810283a1e9933adedd2"
    )


def _quic_initial(sni: str) -> bytes:
    """A protected client Initial (RFC 9001 section 5), built the way a client would."""
    import hmac

    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    name = sni.encode()
    sni_ext = struct.pack("!HHHBH", 0, len(name) + 5, len(name) + 3, 0, len(name)) + name
    body = b"\x03\x03" + b"\x22" * 32 + b"\x00" + b"\x00\x02\x13\x01" + b"\x01\x00"
    body += struct.pack("!H", len(sni_ext)) + sni_ext
    hello = b"\x01" + len(body).to_bytes(3, "big") + body
    frames = b"\x06\x00" + bytes([0x40 | (len(hello) >> 8), len(hello) & 0xFF]) + hello
    frames += b"\x00" * (1100 - len(frames))
    dcid = bytes.fromhex("8394c8f03e515708")
    salt = bytes.fromhex("38762cf7f55934b34d179ae6a4c80cadccbb7f0a")
    secret = hkdf_expand_label("sha256", hmac.digest(salt, dcid, "sha256"), b"client in", b"", 32)
    key, iv, hp = (
        hkdf_expand_label("sha256", secret, lab, b"", n)
        for lab, n in ((b"quic key", 16), (b"quic iv", 12), (b"quic hp", 16))
    )
    pn = b"\x00\x00\x00\x02"
    length = len(pn) + len(frames) + 16
    header = b"\xc3\x00\x00\x00\x01" + bytes([len(dcid)]) + dcid + b"\x00" + b"\x00"
    header += bytes([0x40 | (length >> 8), length & 0xFF]) + pn
    nonce = (int.from_bytes(iv, "big") ^ 2).to_bytes(12, "big")
    sealed = AESGCM(key).encrypt(nonce, frames, header)
    sample = sealed[:16]  # pn is 4 bytes: the sample starts right after it
    enc = Cipher(algorithms.AES(hp), modes.ECB()).encryptor()
    mask = enc.update(sample) + enc.finalize()
    first = bytes([header[0] ^ (mask[0] & 0x0F)])
    protected_pn = bytes(a ^ b for a, b in zip(pn, mask[1:5], strict=True))
    return first + header[1:-4] + protected_pn + sealed


def test_quic_initial_sni(tmp_path: Path) -> None:
    packet = _quic_initial("quic.tracker.example")
    assert _quic.client_hello(packet).sni == "quic.tracker.example"
    linktype, frame = link("ethernet", ipv4("10.0.0.2", "142.250.1.1", 17, udp(50000, 443, packet)))
    capture = write_pcap(tmp_path / "q.pcap", linktype, [(1.0, frame)])
    (row,) = pcap_inventory(capture)
    assert (row["protocol"], row["sni"], row["server_port"]) == (
        "quic",
        "quic.tracker.example",
        443,
    )


def test_dns_answers_name_the_addresses(tmp_path: Path) -> None:
    def name(n: str) -> bytes:
        return b"".join(bytes([len(p)]) + p.encode() for p in n.split(".")) + b"\0"

    answer = (
        struct.pack("!HHHHHH", 1, 0x8180, 1, 1, 0, 0)
        + name("ads.example.net")
        + b"\x00\x01\x00\x01"
    )
    answer += b"\xc0\x0c" + struct.pack("!HHIH", 1, 1, 60, 4) + bytes([93, 184, 216, 34])
    linktype, dns = link("ethernet", ipv4("8.8.8.8", "10.0.0.2", 17, udp(53, 33333, answer)))
    _, conn_frames = Conversation().handshake().close().frames()
    capture = write_pcap(tmp_path / "d.pcap", linktype, [(0.5, dns), *conn_frames])
    rows = pcap_inventory(capture)
    tcp_row = next(r for r in rows if r["transport"] == "tcp")
    assert tcp_row["host"] == "ads.example.net" and tcp_row["dns_names"] == ["ads.example.net"]


def test_tls13_alpn_from_encrypted_extensions() -> None:
    """TLS 1.3 hides the chosen ALPN in EncryptedExtensions, not the ServerHello."""
    from exfilwatch.sources.pcap._hello import parse_encrypted_extensions

    alpn = struct.pack("!H", 3) + b"\x02h2"
    sni_ack = struct.pack("!HH", 0, 0)
    exts = sni_ack + struct.pack("!HH", 16, len(alpn)) + alpn
    body = struct.pack("!H", len(exts)) + exts
    assert parse_encrypted_extensions(body) == ["h2"]
    assert parse_encrypted_extensions(struct.pack("!H", 4) + sni_ack) is None
    assert parse_encrypted_extensions(b"") is None


def test_server_speaking_http2_first_is_recognised() -> None:
    """A server's SETTINGS can precede the client preface (TLS 1.3, hidden ALPN)."""
    from exfilwatch.sources.pcap._http2 import looks_like_server_start

    server = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False))
    server.initiate_connection()
    assert looks_like_server_start(server.data_to_send())
    client = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True))
    client.initiate_connection()
    assert not looks_like_server_start(client.data_to_send())
    assert not looks_like_server_start(b"HTTP/1.1 200 OK\r\n\r\n")
    assert not looks_like_server_start(b"\x00\x00\x00\x04\x01\x00\x00\x00\x00")  # an ACK
