"""Round 170 (held-out sets 163-170), device ids: the families behind the set 163, 164, 165
and 168 misses.

- A request header the app adds to every call of its own API, named for the role the phone
  plays to the service rather than for the phone: a terminal (pay-TV and telecom apps), an
  app instance (identity and messaging apps), a device binding (banks), in any language's
  words for them and after the app's prefix: `header_client_role_noun`. The value is
  machine-made (a UUID, or hex with at most a short type tag), and, read once, it is learned
  for the session, so the same value elsewhere is found too.
- A device fingerprint in any language (`shebei_zhiwen`, pinyin of 设备指纹) holding a hash or
  a tagged hash, not only a UUID: `device_fingerprint_uuid`.

What stays quiet (negatives_round170_dev.jsonl): point-of-sale, payment, kiosk and parking
terminals; server, tenant, container and cloud instances named by their prefix; words,
dates and model names under the same headers; a SAML binding; the server's own response
header; a fleet's units; fingerprint switches, build fingerprints and a finger's template.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from exfilwatch.detect.session_values import SessionValues
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine
from exfilwatch.model import Exchange, Request

ROLE_HEADER = "device_id.header_client_role_noun"
FINGERPRINT = "device_id.device_fingerprint_uuid"

POSITIVES: list[tuple[dict[str, Any], str]] = [
    (
        {
            "note": "a West African satellite-TV app calls the phone its terminal",
            "url": "https://api.example-satbox.test/api/v1/lecture/pouls",
            "method": "POST",
            "headers": {"x-sb-terminal": "5e0c9a71d3b248f6"},
            "json": {"chaine": "Sport 1", "position": 42},
        },
        ROLE_HEADER,
    ),
    (
        {
            "note": "a Portuguese operator's app, terminal id first",
            "url": "https://app.example-operadora.pt/api/v3/fatura",
            "headers": {"x-id-terminal": "0b8e2f4d-6a13-47c9-9e25-c1d7f3a08b64"},
        },
        ROLE_HEADER,
    ),
    (
        {
            "note": "a Dutch identity app's install instance",
            "url": "https://api.example-digid.test/v2/aanvragen/open",
            "headers": {"x-dk-instantie": "a41f7c0e-2b9d-4e38-8c65-d0e7f21b9a36"},
        },
        ROLE_HEADER,
    ),
    (
        {
            "note": "an English instance header of a notes app",
            "url": "https://api.example-notes.io/v3/sync",
            "method": "POST",
            "headers": {"x-nt-instance": "9d2c4b7e1f0a3856c7e9d1b2a4f6c8e0"},
        },
        ROLE_HEADER,
    ),
    (
        {
            "note": "a German bank's binding, with a type tag before the hex",
            "url": "https://banking.example-sparkasse.test/api/konten/v1/umsaetze",
            "headers": {"x-sk-bindung": "GB-7e31a9c04d5b28f6e1a7"},
        },
        ROLE_HEADER,
    ),
    (
        {
            "note": "a Spanish bank's binding, id first, tag without a separator",
            "url": "https://movil.example-caja.es/api/tarjetas/v1/listado",
            "headers": {"x-id-vinculacion": "VNC2f8d1e6a9b3c40e7d5a1f8b2c6"},
        },
        ROLE_HEADER,
    ),
    (
        {
            "note": "a French bank's device pairing (appairage)",
            "url": "https://api.example-banque.fr/v2/comptes",
            "headers": {"x-bq-appairage": "3c7e9a1f-5b2d-4f80-a6c4-e8d0b2f9a713"},
        },
        ROLE_HEADER,
    ),
    (
        {
            "note": "a Chinese bank's liveness step names the phone by a tagged SHA-1",
            "url": "https://mbank.example-nongshang.cn/app/renlian/jiance",
            "method": "POST",
            "json": {"shebei_zhiwen": "QX7d1e3f9a0b2c4d6e8f1a3b5c7d9e0f2a4b6c8d0e", "fenshu": 0.91},
        },
        FINGERPRINT,
    ),
    (
        {
            "note": "a German bank's device fingerprint as a SHA-256",
            "url": "https://banking.example-bank.de/api/anmeldung",
            "method": "POST",
            "json": {
                "geraeteFingerabdruck": (
                    "5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592"
                )
            },
        },
        FINGERPRINT,
    ),
]


def device_rules(engine: Engine, example: dict[str, Any]) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "device_id"]


@pytest.mark.parametrize(("example", "rule"), POSITIVES, ids=lambda p: str(p)[:60])
def test_positive_is_a_device_id(engine: Engine, example: dict[str, Any], rule: str) -> None:
    assert rule in device_rules(engine, example), (example["note"], device_rules(engine, example))


@pytest.mark.parametrize(
    "header",
    ["x-pos-terminal", "x-server-instance", "x-tenant-instancia", "x-cluster-instanz"],
)
def test_a_prefix_that_names_the_business_or_the_server_is_not_the_phone(
    engine: Engine, header: str
) -> None:
    url = "https://api.example-erp.test/v1/sync"
    assert not device_rules(engine, {"url": url, "headers": {header: "7f3a9c2e51d04b86"}})


def _get(flow: str, url: str, headers: list[tuple[str, str]]) -> Exchange:
    return Exchange(source="s.har", flow_id=flow, request=Request("GET", url, headers, b""))


def test_a_role_header_read_once_is_learned_for_the_session(engine: Engine) -> None:
    """The header names the phone on every call; the same value in another request's body
    under a key no rule reads (`ref`) is then found as a learned device id."""
    value = "e2b7c94a-1d3f-4a60-b8e5-7c0d9f2a1b36"
    flows = [
        Exchange(
            source="s.har",
            flow_id="0",
            request=Request(
                "POST",
                "https://api.example-digid.test/v2/register",
                [("content-type", "application/json")],
                json.dumps({"ref": value, "pin": True}).encode(),
            ),
        ),
        _get("1", "https://api.example-digid.test/v2/aanvragen", [("x-dk-instantie", value)]),
    ]
    session = SessionValues()
    found = [f for i, x in enumerate(flows) for f in engine.analyse(x, session, i)]
    assert ("1", ROLE_HEADER) in {(f.flow, f.signature) for f in found}
    assert ("0", "learned:device_id") in {(f.flow, f.signature) for f in found}
