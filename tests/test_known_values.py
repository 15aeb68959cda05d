"""Known identifiers of the test phone, in every encoding an app may use."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
from urllib.parse import quote, urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exfilwatch.detect.known_values import KnownValues, KnownValuesError
from exfilwatch.engine import Engine
from exfilwatch.model import Exchange, Request

AAID = "38400000-8cf0-11bd-b23e-10b96e40000d"


def transforms(value: str) -> dict[str, tuple[str, list[str]]]:
    """encoded text -> expected encodings, for each variant the issue lists."""
    nosep = value.replace("-", "").replace(":", "")
    sha256 = hashlib.sha256(value.encode()).hexdigest()
    return {
        "plain": (value, []),
        "upper": (value.upper(), []),
        "nosep": (nosep, []),
        "url": (quote(value + "@x", safe=""), []),
        "base64": (base64.b64encode(value.encode()).decode(), ["base64"]),
        "base64url-nopad": (
            base64.urlsafe_b64encode(value.encode()).decode().rstrip("="),
            ["base64"],
        ),
        "hex": (value.encode().hex(), ["hex"]),
        "md5": (hashlib.md5(value.encode()).hexdigest(), ["md5"]),
        "sha1-upper": (hashlib.sha1(value.encode()).hexdigest().upper(), ["sha1"]),
        "sha256": (sha256, ["sha256"]),
        "sha512": (hashlib.sha512(value.encode()).hexdigest(), ["sha512"]),
        "sha256-of-upper": (hashlib.sha256(value.upper().encode()).hexdigest(), ["sha256"]),
        "md5-of-nosep": (hashlib.md5(nosep.encode()).hexdigest(), ["md5"]),
        "sha256-truncated": (sha256[:16], ["sha256"]),
        "md5-of-sha1": (
            hashlib.md5(hashlib.sha1(value.encode()).hexdigest().encode()).hexdigest(),
            ["sha1", "md5"],
        ),
    }


def engine_for(**values):
    return Engine(known=KnownValues({k: [v] for k, v in values.items()}))


def findings(engine, url="https://t.example/a", body=b"", headers=()):
    ex = Exchange("t", "1", Request("POST" if body else "GET", url, list(headers), body))
    return engine.analyse(ex)


@pytest.mark.parametrize("name", list(transforms(AAID)))
def test_each_variant_is_found_with_its_encodings(name):
    text, encodings = transforms(AAID)[name]
    engine = engine_for(email=AAID + "@x") if name == "url" else engine_for(advertising_id=AAID)
    got = findings(engine, "https://t.example/a?" + urlencode({"v": text}))
    assert got, name
    assert got[0].location.startswith("query.v")
    assert [e for e in got[0].encodings if e != "url"] == encodings


def test_layers_are_recorded_in_order():
    blob = base64.b64encode(gzip.compress(json.dumps({"aid": AAID}).encode())).decode()
    got = findings(engine_for(advertising_id=AAID), body=json.dumps({"d": blob}).encode())
    assert [f.encodings for f in got] == [["base64", "gzip"]]
    assert got[0].location == "body.json.d|base64|gzip|json.aid"
    assert got[0].category == "device_id" and got[0].signature == "known:advertising_id"


def test_evidence_is_redacted():
    got = findings(engine_for(advertising_id=AAID), "https://t.example/?id=" + AAID)
    assert AAID not in got[0].evidence
    assert got[0].evidence.startswith("id=3840")


def test_short_value_not_found_inside_a_longer_token():
    got = findings(engine_for(serial="R58M12AB"), "https://t.example/?x=aR58M12ABc&y=R58M12AB9")
    assert not got


def test_long_hex_found_inside_a_longer_hex_run():
    """A Bluetooth advertisement's manufacturer data packs the MAC without separators."""
    adv = "0201060dff5401" + "a4c1381f2e9d" + "a1030319c103"
    got = findings(engine_for(mac="A4:C1:38:1F:2E:9D"), "https://t.example/?adv=" + adv)
    assert [f.signature for f in got] == ["known:mac"]


def test_uuid_not_found_inside_a_longer_token():
    got = findings(engine_for(advertising_id=AAID), "https://t.example/?x=z" + AAID + "9")
    assert not got


def test_categories():
    engine = engine_for(email="jane.doe@example.org", loyalty="LX-99812345")
    got = findings(engine, "https://t.example/?e=jane.doe%40example.org&l=LX-99812345")
    assert {f.category for f in got} == {"contact", "custom"}


def test_raw_fallback_for_undecodable_bodies():
    body = b"\x00\x01\x02BINARY\x24" + AAID.encode() + b"\xff\xfe"
    got = findings(engine_for(advertising_id=AAID), body=body)
    assert got and got[0].location in ("body", "body.raw")


def test_file_errors_never_echo_values(tmp_path):
    bad = tmp_path / "known.yaml"
    bad.write_text("imei: [1]\n")
    with pytest.raises(KnownValuesError) as exc:
        KnownValues.from_file(bad)
    assert "shorter than 4" in str(exc.value)
    bad.write_text("just a string")
    with pytest.raises(KnownValuesError):
        KnownValues.from_file(bad)
    with pytest.raises(KnownValuesError):
        KnownValues.from_file(tmp_path / "missing.yaml")


ids = st.one_of(
    st.uuids().map(str),
    st.text(alphabet="0123456789abcdef", min_size=16, max_size=16),
    st.text(alphabet="0123456789", min_size=15, max_size=15),
)


@settings(max_examples=120, deadline=None)
@given(ids, st.sampled_from(sorted(transforms(AAID))))
def test_property_any_id_any_variant(value, name):
    text, _ = transforms(value)[name]
    kind = "email" if name == "url" else "device_id"
    engine = engine_for(**{kind: value + "@x" if name == "url" else value})
    body = json.dumps({"wrapped": {"k": text}}).encode()
    assert findings(engine, body=body)


@settings(max_examples=120, deadline=None)
@given(ids, ids)
def test_property_other_ids_are_not_found(value, other):
    if value.lower().replace("-", "") in other.lower().replace("-", "") or other in value:
        return
    engine = engine_for(device_id=value)
    assert not findings(engine, "https://t.example/?o=" + other)
