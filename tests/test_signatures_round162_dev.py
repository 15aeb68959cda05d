"""Round 162 (held-out sets 155-162), device ids: the families behind set 157-160 misses
and set 157's false positive.

- Bitmovin Analytics' `userId` (the ANDROID_ID or a stored random id) inside an
  analytics sample, on any host: `bitmovin_analytics_user_id`.
- An iOS audio route's port UID for a Bluetooth accessory (`<BD_ADDR>-tacl` / `-tsco`):
  the headphones' hardware address, `audio_route_bluetooth_port_uid`.
- A device-binding id under the English `binding` at a verification or biometric step,
  and a binding id prefixed without a separator (`BND<hex>`): `binding_id_at_verification`.
- The clipped `uniq_id` and the word for "unique" in the app's language before or after
  `id`: `unique_id_platform`.
- The ANDROID_ID sent as `x-client-id` on ordinary calls, never at a token step:
  `client_id_header_android_id` (low confidence).
- A registry's answer echoing a looked-up IMEI beside a stolen, lost or blacklisted verdict
  (a buyer checking a second-hand phone) is not the tester's phone: `device_lookups`,
  honoured through the device veto. The tester's own phone checked and found compliant
  stays found.

What stays quiet (negatives_round162_dev.jsonl): IMEI lookups answered stolen in Spanish,
Turkish, English, Portuguese and Urdu; user ids outside analytics samples; OAuth client ids;
UUIDs under `uniq_id`; a speaker's and a USB interface's port UIDs; SAML and form bindings."""

from __future__ import annotations

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

POSITIVES: list[tuple[dict, str]] = [
    (
        {
            "note": "an ExoPlayer collector's sample with a random user id",
            "url": "https://analytics-ingress-global.bitmovin.com/analytics",
            "method": "POST",
            "json": {
                "analyticsVersion": "v3.9.0",
                "key": "7c1e-aa",
                "impressionId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
                "userId": "2b9c4e1a-6d3f-4a8b-9c7e-0f1d2e3a4b5c",
                "videoId": "s02e07",
                "videotime_start": 120000,
                "videotime_end": 130000,
            },
        },
        "device_id.bitmovin_analytics_user_id",
    ),
    (
        {
            "note": "a proxied Bitmovin sample with the ANDROID_ID as user id",
            "url": "https://metrics.example-ott.cz/collect",
            "method": "POST",
            "json": {
                "analyticsVersion": "v2.31.2",
                "impressionId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                "userId": "9e3b7c1d5a0f2846",
                "played": 8000,
            },
        },
        "device_id.bitmovin_analytics_user_id",
    ),
    (
        {
            "note": "a podcast app's route telemetry with the earbuds' A2DP port",
            "url": "https://api.example-pod.test/v3/qos/route",
            "method": "POST",
            "json": {
                "current": {"portType": "BluetoothA2DPOutput", "portUID": "F4:7B:09:3C:2D:A1-tacl"}
            },
        },
        "device_id.audio_route_bluetooth_port_uid",
    ),
    (
        {
            "note": "a calling app's hands-free input port, lower-case",
            "url": "https://api.example-voip.test/v1/call/quality",
            "method": "POST",
            "json": {"input_uid": "3c:22:fb:90:1e:07-tsco", "mos": 4.1},
        },
        "device_id.audio_route_bluetooth_port_uid",
    ),
    (
        {
            "note": "a bank's voice enrolment presents the binding id under English `binding`",
            "url": "https://mobile.example-bank.test/api/v2/biometrics/voice/enrol",
            "method": "POST",
            "json": {"customer_id": "C77120", "binding": "BND3F9A0C7E21D4B58A9C61"},
        },
        "device_id.binding_id_at_verification",
    ),
    (
        {
            "note": "a music service's mobile login sends the ANDROID_ID as uniq_id",
            "url": "https://api.example-music.test/1.0/gateway?method=mobile_auth",
            "method": "POST",
            "json": {"uniq_id": "6d1f0a9c3e7b2548", "device_type": "android"},
        },
        "device_id.unique_id_platform",
    ),
    (
        {
            "note": "an Italian app's id_univoco",
            "url": "https://api.example-spesa.it/v1/carrello",
            "method": "POST",
            "json": {"id_univoco": "c28e5b0d9a7f1346", "articoli": 3},
        },
        "device_id.unique_id_platform",
    ),
    (
        {
            "note": "a TV remote's volume key with the phone's ANDROID_ID as client id",
            "url": "https://api.example-tv.test/v1/remote",
            "method": "POST",
            "headers": {"x-client-id": "5a0e8c2d7f1b3946"},
            "json": {"key": "VOL_DOWN"},
        },
        "device_id.client_id_header_android_id",
    ),
    (
        {
            "note": "the tester's own phone checked and found compliant stays found",
            "url": "https://selfcare.example-tel.pk/api/imei/check?imei=352099001761481",
            "method": "GET",
            "response": {"json": {"imei": "352099001761481", "status": "COMPLIANT"}},
        },
        "device_id.imei",
    ),
]


def device_rules(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "device_id"]


@pytest.mark.parametrize(("example", "rule"), POSITIVES, ids=lambda p: str(p)[:60])
def test_positive_is_a_device_id(engine: Engine, example: dict, rule: str) -> None:
    assert rule in device_rules(engine, example), (example["note"], device_rules(engine, example))


@pytest.mark.parametrize(
    "verdict", ["reported stolen", "BLACKLISTED", "robado", "Kayıp/Çalıntı", "gestohlen"]
)
def test_a_lookup_answered_stolen_is_another_phone(engine: Engine, verdict: str) -> None:
    example = {
        "url": "https://selfcare.example-tel.test/api/imei/check?imei=352099001761481",
        "response": {"json": {"imei": "352099001761481", "status": verdict}},
    }
    assert not device_rules(engine, example)


def test_a_stolen_word_without_the_echo_vetoes_nothing(engine: Engine) -> None:
    """An anti-theft app's own check-in is told about a different phone's status: the
    identifier it sent is not echoed, so it stays the tester's."""
    example = {
        "url": "https://api.example-guard.test/v1/checkin?imei=352099001761481",
        "response": {"json": {"alert": "a phone in your family was reported stolen"}},
    }
    assert "device_id.imei" in device_rules(engine, example)
