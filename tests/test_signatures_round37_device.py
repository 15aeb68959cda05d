"""Round 37: device ids that no fixed spelling names. Device nouns romanised by
ear (read by their skeleton inside rule patterns), native-script id and number
words, MSA VAIDs, Bluetooth LE addresses stripped of colons, device ids in
name/value tag lists, and hardware serials heading a usage log.

Every example is written for this test, in the shapes the rules' references
describe; none is copied from held-out traffic."""

from __future__ import annotations

import re

import pytest

from exfilwatch.detect.lexicon.patterns import expand
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.device_lists import device_tag_list, serial_with_usage_log
from exfilwatch.detect.validators import is_mac_keyed
from exfilwatch.engine import Engine

UUID = "3f2a9c1e-7b4d-4e8a-9c21-5d6e7f8a9b0c"
HEX = "9774d56d682e549c"
URL = "https://api.example.org/v1/x"


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


def test_a_fuzzy_placeholder_matches_other_romanisations_only_of_long_words() -> None:
    loose = re.compile("^" + expand("(?#lex~:device.device)") + "$")
    exact = re.compile("^" + expand("(?#lex:device.device)") + "$")
    for word in ("prystrii", "prystriy", "mesaria", "perangkat"):
        assert loose.match(word), word
    assert not exact.match("prystrii")
    for word in ("preset", "present", "mesh", "device_type", "kifa"):
        assert not loose.match(word), word


@pytest.mark.parametrize(
    ("where", "key"),
    [("headers", "x-prystrii-id"), ("headers", "x-sitbei"), ("json", "mesaria_id"),
     ("json", "mesaria"), ("json", "設備編號"), ("json", "기기_아이디"), ("json", "معرف_الجهاز"),
     ("json", "מספר_מכשיר")],
)  # fmt: skip
def test_device_nouns_spelled_by_ear_or_in_native_script(
    engine: Engine, where: str, key: str
) -> None:
    assert _device(engine, {"url": URL, where: {key: UUID}}), key


@pytest.mark.parametrize(
    ("where", "key", "value"),
    [("json", "prystrii", "moto g 2024"), ("headers", "x-sitbei", "iPhone15,2"),
     ("json", "mesaria", "itel S665L"), ("json", "رقم_الجهاز", "2")],
)  # fmt: skip
def test_device_nouns_without_a_machine_id_are_quiet(
    engine: Engine, where: str, key: str, value: str
) -> None:
    assert not _device(engine, {"url": URL, where: {key: value}})


def test_msa_vaid_in_a_play_log(engine: Engine) -> None:
    example = {"url": URL, "json": {"vaid": "011dfa72f93ea424b282fa6a6cb266d5", "plays": []}}
    assert "device_id.msa_vaid" in _device(engine, example)
    assert not _device(engine, {"url": URL, "json": {"vaid": "V12"}})


def test_keyed_mac_allows_ble_random_addresses_but_not_group_or_hmac_values() -> None:
    assert is_mac_keyed("4142D3C46A85")  # resolvable private, colons stripped
    assert is_mac_keyed("C1:42:D3:C4:6A:85")
    assert is_mac_keyed("3c5ab4129e7f")
    assert not is_mac_keyed("9f86d081884c")  # lower-case, group bit: likely an HMAC
    assert not is_mac_keyed("33:33:00:00:00:fb")
    assert not is_mac_keyed("01:00:5E:00:00:FB")
    assert not is_mac_keyed("02:00:00:00:00:00")
    assert not is_mac_keyed("9F86D081884C1A2B")


def test_ble_address_without_colons_in_a_query(engine: Engine) -> None:
    example = {"url": "https://api.example-ktv.com/iot/v1/mic/status?mac=4142D3C46A85&battery=47"}
    assert "device_id.mac" in _device(engine, example)


TAGS = [
    {"name": "MOBILE", "value": "919812345678"},
    {"name": "TYPE", "value": "MOB"},
    {"name": "ID", "value": HEX},
    {"name": "OS", "value": "Android14"},
]


def test_device_tag_list_reads_npci_style_tags() -> None:
    assert device_tag_list(TAGS)
    assert device_tag_list([{"key": "android_id", "value": HEX}, {"key": "lang", "value": "en"}])
    short = [dict(t, value="7") if t["name"] == "ID" else t for t in TAGS]
    assert not device_tag_list(short)
    no_device = [{"name": "type", "value": "order"}, {"name": "id", "value": UUID}]
    assert not device_tag_list(no_device)
    invoice = [{"name": "serial", "value": "INV2024000123"}, {"name": "date", "value": "x"}]
    assert not device_tag_list(invoice)


def test_device_tag_list_in_a_bind_request(engine: Engine) -> None:
    example = {
        "url": "https://api.example-upi.in/upi/v2/device/bind",
        "json": {"device": {"tags": TAGS}},
    }
    assert "device_id.device_tag_list" in _device(engine, example)


LOG = [{"start": "2024-11-06T08:00:20Z", "durationSec": 416}, {"start": 1731567697039}]


def test_serial_with_usage_log_shape() -> None:
    assert serial_with_usage_log({"serialNumber": "066RMAB424427", "viewingSessions": LOG})
    assert serial_with_usage_log({"numero_serie": "066RMAB424427", "eventos": LOG})
    assert not serial_with_usage_log(
        {"serialNumber": "066RMAB424427", "apps": [{"n": 1}, {"n": 2}]}
    )
    assert not serial_with_usage_log({"serialNumber": "066RMAB424427", "viewingSessions": LOG[:1]})
    assert not serial_with_usage_log({"seq_sn": "JOB2024X0012", "steps": LOG})


def test_serial_with_usage_log_rule_keeps_out_orders(engine: Engine) -> None:
    report = {"url": URL, "json": {"serialNumber": "066RMAB424427", "viewingSessions": LOG}}
    assert "device_id.serial_with_usage_log" in _device(engine, report)
    order = {"url": URL, "json": {"order_id": "A1", "serialNumber": "INV2024000123", "lines": LOG}}
    assert not _device(engine, order)
