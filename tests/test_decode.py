"""The decoder: every wrapping an app uses, the location paths, and the limits."""

from __future__ import annotations

import base64
import gzip
import json
import time
import tracemalloc
import zlib
from urllib.parse import quote, urlencode

import brotli
import msgpack
import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from exfilwatch.decode import decode_exchange
from exfilwatch.decode._codecs import printable_text
from exfilwatch.limits import Limits
from exfilwatch.model import Exchange, Request, Response


def exchange(url="https://x.example/p", body=b"", headers=(), method="POST", response=None):
    return Exchange("test", "1", Request(method, url, list(headers), body), response)


def paths(ex, limits=Limits()):
    return {n.path: n for n in decode_exchange(ex, limits).nodes}


def values_at(ex):
    return {n.path: n.value for n in decode_exchange(ex).nodes if isinstance(n.value, str)}


def test_documented_location_examples():
    inner = base64.b64encode(json.dumps({"$android_id": "9774d56d682e549c"}).encode()).decode()
    ex = exchange(
        "https://app.example/v1/track?gps_adid=abc-123",
        urlencode({"data": inner}).encode(),
        [("content-type", "application/x-www-form-urlencoded"), ("Cookie", "_gaid=zzz; b=1")],
    )
    got = values_at(ex)
    assert got["query.gps_adid"] == "abc-123"
    assert got["body.form.data|base64|json.$android_id"] == "9774d56d682e549c"
    assert got["header.cookie._gaid"] == "zzz"
    body = json.dumps({"header": {"google_aid": "g-1"}}).encode()
    assert values_at(exchange(body=body))["body.json.header.google_aid"] == "g-1"


@pytest.mark.parametrize(
    ("name", "compress"),
    [
        ("gzip", lambda b: gzip.compress(b)),
        ("deflate", lambda b: zlib.compress(b)),
        ("br", lambda b: brotli.compress(b)),
        ("zstd", lambda b: zstandard.ZstdCompressor().compress(b)),
    ],
)
def test_content_encodings(name, compress):
    body = compress(json.dumps({"idfa": "value-1"}).encode())
    nodes = paths(exchange(body=body, headers=[("Content-Encoding", name)]))
    node = nodes[f"body|{name}.json.idfa"]
    assert node.value == "value-1"
    assert node.encodings == (name,)


def test_raw_deflate_and_undeclared_gzip():
    raw = zlib.compressobj(wbits=-15)
    body = raw.compress(b'{"k": "v-raw"}') + raw.flush()
    assert (
        values_at(exchange(body=body, headers=[("content-encoding", "deflate")]))[
            "body|deflate.json.k"
        ]
        == "v-raw"
    )
    assert values_at(exchange(body=gzip.compress(b'{"k": "v2"}')))["body|gzip.json.k"] == "v2"


def test_har_style_body_already_decoded_is_still_read():
    ex = exchange(body=b'{"k": "plain"}', headers=[("content-encoding", "gzip")])
    assert values_at(ex)["body.json.k"] == "plain"


def test_json_in_json_and_url_encoded_json():
    body = json.dumps({"payload": json.dumps({"device": {"mac": "aa:bb"}})}).encode()
    assert values_at(exchange(body=body))["body.json.payload|json.device.mac"] == "aa:bb"
    url = "https://x.example/e?d=" + quote(json.dumps({"uid": "u-77"}), safe="")
    assert values_at(exchange(url))["query.d|json.uid"] == "u-77"


def test_jwt_payload():
    def part(obj):
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    token = f"{part({'alg': 'HS256'})}.{part({'sub': 'device-123456'})}.c2ln"
    ex = exchange(headers=[("Authorization", token)], method="GET")
    assert values_at(ex)["header.authorization|jwt.payload|json.sub"] == "device-123456"


def test_hex_wrapped_text():
    hexed = json.dumps({"imei": "356938035643809"}).encode().hex()
    assert values_at(exchange(body=f"x={hexed}&y=1".encode()))["body.form.x|hex|json.imei"] == (
        "356938035643809"
    )


def test_multipart_parts_and_media():
    boundary = "XyZ"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="meta"\r\n\r\n'
            '{"serial": "R58M12ABCDE"}\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="img"; filename="a.jpg"\r\n'
            "Content-Type: image/jpeg\r\n\r\n"
        ).encode()
        + b"\xff\xd8\xff\x00\x01"
        + f"\r\n--{boundary}--\r\n".encode()
    )
    nodes = paths(
        exchange(body=body, headers=[("content-type", f"multipart/form-data; boundary={boundary}")])
    )
    assert nodes["body.multipart.meta|json.serial"].value == "R58M12ABCDE"
    assert nodes["body.multipart.img"].media == "image/jpeg"


def _pb_field(number: int, payload: bytes) -> bytes:
    return bytes([number << 3 | 2, len(payload)]) + payload


def test_protobuf_without_schema_and_grpc():
    message = _pb_field(1, _pb_field(2, b"android-id-1234") + _pb_field(3, b"x"))
    nodes = values_at(exchange(body=message, headers=[("content-type", "application/x-protobuf")]))
    assert nodes["body|protobuf.1.2"] == "android-id-1234"
    grpc = b"\x00" + len(message).to_bytes(4, "big") + message
    nodes = values_at(exchange(body=grpc, headers=[("content-type", "application/grpc")]))
    assert nodes["body.grpc[0]|protobuf.1.2"] == "android-id-1234"


def test_declared_protobuf_of_text_fields_is_walked_as_protobuf():
    """A message of string fields only is valid UTF-8 with few control bytes;
    read as text (before the fix) its serial and MAC were one opaque string."""
    device = _pb_field(1, b"Living room television by the balcony door") + _pb_field(
        7, b"30832HFTB3EB5"
    )
    home = _pb_field(2, _pb_field(1, b"Papadaki family home in Limassol") + _pb_field(3, device))
    assert printable_text(home) is not None  # what made it look like text
    grpc = b"\x00" + len(home).to_bytes(4, "big") + home
    for ctype, body, path in [
        ("application/grpc", grpc, "body.grpc[0]|protobuf.2.3.7"),
        ("application/grpc+proto", grpc, "body.grpc[0]|protobuf.2.3.7"),
        ("application/x-protobuf", home, "body|protobuf.2.3.7"),
    ]:
        assert values_at(exchange(body=body, headers=[("content-type", ctype)]))[path] == (
            "30832HFTB3EB5"
        ), ctype
    as_json = b'{"serial": "30832HFTB3EB5"}'
    framed = b"\x00" + len(as_json).to_bytes(4, "big") + as_json
    nodes = values_at(exchange(body=framed, headers=[("content-type", "application/grpc+json")]))
    assert not any("protobuf" in path for path in nodes)


def test_msgpack():
    body = msgpack.packb({"events": [{"idfv": "vendor-id-42"}]})
    assert values_at(exchange(body=body))["body|msgpack.events[0].idfv"] == "vendor-id-42"


def test_url_path_segments_carry_previous_segment_as_key():
    nodes = paths(exchange("https://x.example/device/9774d56d682e549c/ping", method="GET"))
    assert nodes["path[1]"].value == "9774d56d682e549c"
    assert nodes["path[1]"].key == "device"


def test_response_is_decoded_with_its_direction():
    resp = Response(200, [("content-type", "application/json")], b'{"device_id": "d-1"}')
    nodes = paths(exchange(method="GET", response=resp))
    assert nodes["response.body.json.device_id"].direction == "response"


def test_gzip_bomb_is_bounded():
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
    tracemalloc.start()
    started = time.perf_counter()
    decoded = decode_exchange(
        exchange(body=bomb, headers=[("content-encoding", "gzip")]), Limits(max_body_bytes=1 << 20)
    )
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert any("truncated" in w for w in decoded.warnings)
    assert peak < 32 * 1024 * 1024
    assert elapsed < 30  # generous: a failure here means unbounded work, not a slow machine


@pytest.mark.parametrize("codec", ["br", "zstd"])
def test_other_bombs_are_bounded(codec):
    data = b"\0" * (32 * 1024 * 1024)
    bomb = brotli.compress(data) if codec == "br" else zstandard.ZstdCompressor().compress(data)
    decoded = decode_exchange(
        exchange(body=bomb, headers=[("content-encoding", codec)]), Limits(max_body_bytes=1 << 20)
    )
    assert any("truncated" in w for w in decoded.warnings)


def test_deep_json_is_a_warning_not_a_crash():
    deep = b"[" * 200_000 + b"]" * 200_000
    body = b'{"ok": "first-value", "deep": ' + deep + b"}"
    decoded = decode_exchange(exchange("https://x.example/?a=keep-me", body))
    assert decoded.warnings
    assert any(n.path == "query.a" for n in decoded.nodes)


def test_nesting_limit_inside_a_valid_document():
    doc: object = "leaf-value"
    for _ in range(500):
        doc = {"k": doc}
    decoded = decode_exchange(
        exchange(body=json.dumps(doc).encode()), Limits(max_structure_depth=32)
    )
    assert any("nesting deeper" in w for w in decoded.warnings)


def test_step_limit():
    body = json.dumps({f"k{i}": f"value-{i}" for i in range(5000)}).encode()
    decoded = decode_exchange(exchange(body=body), Limits(max_steps=1000))
    assert len(decoded.nodes) <= 1000
    assert any("step limit" in w for w in decoded.warnings)


def test_invalid_utf8_is_kept_as_bytes():
    decoded = decode_exchange(exchange(body=b"\xff\xfe\xfa" * 100))
    assert decoded.nodes


# --- property tests -------------------------------------------------------------

secret = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=10, max_size=40)


def _wrap(value: str, chain: list[str]) -> str:
    for step in chain:
        if step == "json":
            value = json.dumps({"inner": value})
        elif step == "base64":
            value = base64.b64encode(value.encode()).decode()
        elif step == "url":
            value = quote(json.dumps({"u": value}), safe="")
        elif step == "gzip64":
            value = base64.b64encode(gzip.compress(value.encode())).decode()
        elif step == "form":
            value = urlencode({"f": value, "other": "1"})
    return value


@settings(max_examples=150, deadline=None)
@given(secret, st.lists(st.sampled_from(["json", "base64", "url", "gzip64", "form"]), max_size=4))
def test_any_wrapping_round_trips(value, chain):
    body = json.dumps({"data": _wrap(value, chain)}).encode()
    found = [n.value for n in decode_exchange(exchange(body=body)).nodes]
    assert value in found


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048), st.sampled_from(["", "gzip", "br", "deflate", "zstd"]))
def test_garbage_never_raises(body, encoding):
    headers = [("content-encoding", encoding)] if encoding else []
    decode_exchange(exchange(body=body, headers=headers))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_garbage_text_never_raises(text):
    decode_exchange(
        exchange(
            f"https://x.example/{quote(text)}?q={quote(text)}",
            text.encode("utf-8", "surrogatepass"),
        )
    )
