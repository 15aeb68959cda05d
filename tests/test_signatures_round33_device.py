"""Round 33: device ids in headers named in other languages, in vendors'
`key=value` device headers, VINs in headers, IMEIs in service URLs, vendor ids
at device endpoints, Firebase installation ids in other shapes, appliance UUIDs
and Tencent-style client guids.

Every example is written for this test, in the shapes the rules' references
describe; none is copied from held-out traffic."""

from __future__ import annotations

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.validators import is_kv_list_device_id, is_vin_shape
from exfilwatch.engine import Engine

UUID = "3f2a9c1e-7b4d-4e8a-9c21-5d6e7f8a9b0c"
HEX = "9774d56d682e549c1a2b3c4d"


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


@pytest.mark.parametrize(
    "header",
    ["x-installasjon", "x-instalace", "x-asennus", "x-kurulum", "x-zarizeni", "x-app-telepites",
     "X-Instalacja", "x-ustanovka-id", "x-laite-id"],
)  # fmt: skip
def test_a_header_named_by_an_install_or_device_noun_in_any_language(
    engine: Engine, header: str
) -> None:
    example = {"url": "https://api.example.org/v1/x", "headers": {header: UUID}}
    assert _device(engine, example), header


@pytest.mark.parametrize(
    ("header", "value"),
    [("x-installasjon", "2025-03-14"), ("x-laite", "Xiaomi 2306EPN60G"), ("x-request-id", UUID),
     ("x-session", HEX)],
)  # fmt: skip
def test_headers_without_a_machine_id_or_install_noun_are_quiet(
    engine: Engine, header: str, value: str
) -> None:
    example = {"url": "https://api.example.org/v1/x", "headers": {header: value}}
    assert not _device(engine, example)


def test_the_kv_list_validator_reads_only_device_named_pairs() -> None:
    assert is_kv_list_device_id(f"os=Android; model=SM-S911B; device_id={HEX}")
    assert is_kv_list_device_id(f"platform=ios,install_id={UUID}")
    assert is_kv_list_device_id(f"app=1&android_id={HEX[:16]}")
    assert not is_kv_list_device_id(f"os=Android; uuid={HEX}")
    assert not is_kv_list_device_id("os=Android; device_id=42")
    assert not is_kv_list_device_id(HEX)


def test_a_device_header_with_key_value_pairs(engine: Engine) -> None:
    value = f"os=Android; os_version=14; manufacturer=samsung; did={HEX}"
    example = {"url": "https://api.example.org/v1/x", "headers": {"X-Acme-Device": value}}
    assert "device_id.header_device_profile_list" in _device(engine, example)


def test_vin_shape_and_vin_headers(engine: Engine) -> None:
    assert is_vin_shape("YV1DZ8256C2271234")
    assert not is_vin_shape("ABCDEFGHJKLMNPRST")
    assert not is_vin_shape("12345678901234567")
    assert not is_vin_shape("YV1DZ8256C227123O")  # O is not in the VIN alphabet
    example = {
        "url": "https://api.example-car.se/v1/e",
        "headers": {"X-Car-Vin": "YV1DZ8256C2271234"},
    }
    assert "device_id.vin_header" in _device(engine, example)


@pytest.mark.parametrize(
    ("url", "found"),
    [("https://api.example-svc.net/v1/warranty/356101886424122", True),
     ("https://api.example-svc.net/v1/imei/490154203237518/status", True),
     ("https://api.example-svc.net/v1/orders/356101886424122", False),
     ("https://api.example-svc.net/v1/warranty/356101886424123", False),
     ("https://graph.example.com/users/100004123456789", False)],
)  # fmt: skip
def test_imei_in_a_service_url_path(engine: Engine, url: str, found: bool) -> None:
    assert ("device_id.imei_url_path" in _device(engine, {"url": url})) is found


def test_vendor_id_needs_a_device_sibling_or_a_device_endpoint(engine: Engine) -> None:
    push = {"url": "https://api.example.app/v1/p", "method": "POST",
            "json": {"vendorId": UUID, "pushToken": HEX}}  # fmt: skip
    endpoint = {"url": "https://api.example.app/users/v1/device", "method": "PUT",
                "json": {"vendorId": UUID}}  # fmt: skip
    product = {"url": "https://api.example.app/v2/products", "method": "POST",
               "json": {"vendorId": UUID, "sku": "A-1", "os": "n/a", "model": "X"}}  # fmt: skip
    assert _device(engine, push)
    assert _device(engine, endpoint)
    assert not _device(engine, product)


def test_firebase_installations_fid_in_hex_only_on_its_host(engine: Engine) -> None:
    fis = "https://firebaseinstallations.googleapis.com/v1/projects/p/installations"
    body = {"fid": HEX, "appId": "1:1:ios:ab"}
    assert _device(engine, {"url": fis, "method": "POST", "json": body})
    assert not _device(
        engine, {"url": "https://api.example.com/v1/form", "method": "POST", "json": body}
    )


def test_appliance_uuid_and_tencent_guid(engine: Engine) -> None:
    assert _device(engine, {"url": f"https://api.example-tv.fi/v1/status?tv_uuid={UUID}"})
    assert not _device(engine, {"url": f"https://api.example-tv.fi/v1/status?show_uuid={UUID}"})
    guid = {
        "url": "https://api.example.com/r",
        "method": "POST",
        "json": {"guid": HEX, "uin": "345814918"},
    }
    rss = {
        "url": "https://api.example.com/r",
        "method": "POST",
        "json": {"guid": HEX, "title": "x"},
    }
    assert _device(engine, guid)
    assert not _device(engine, rss)


def test_underscored_duid_cookie_and_tv_uuid_header(engine: Engine) -> None:
    cookie = {"url": "https://www.example.com/a", "headers": {"cookie": f"_duid={HEX}; lang=fi"}}
    header = {"url": "https://api.example-tv.fi/v1/key", "headers": {"x-tv-uuid": UUID}}
    assert _device(engine, cookie)
    assert _device(engine, header)
