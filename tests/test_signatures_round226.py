"""Round 60 (sets 226 and 229): a vendor's licence key sent in a header named for the
device (FaceTec's `X-Device-Key`, the app's Device Key Identifier, the same on every
install) kept out of the session header reading, and an evidence export's or an
editor's cuts (`snitte[]`, `clips[].evidenceId`) kept out of viewing history. Positives
are written in other spellings than the sets'; the hard negatives live in
tests/fixtures/negatives/negatives_round226.jsonl."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.session_headers import SessionHeaders, vendor_key, vetoed
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine
from exfilwatch.model import Exchange, Request

_NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round226.jsonl"
_KEY = "5c0e2a7d9b1f43e8a6d4c2b0e9f7a5d3"
_FACETEC_UA = "facetec|sdk|android|za.example.bank|9.7.40|{}"


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {f.category for f in engine.analyse(example_exchange(example))}


def _session(engine: Engine, host: str, headers: list[list[tuple[str, str]]]) -> set[str]:
    """The header names the session reading reports over the given flows."""
    state = SessionHeaders()
    for i, sent in enumerate(headers):
        path = ("liveness-3d", "match-3d-3d", "enrollment-3d")[i % 3]
        exchange = Exchange(
            source="s.har", flow_id=f"f{i}", request=Request("POST", f"https://{host}/{path}", sent)
        )
        engine.analyse(exchange, None, i, headers=state)
    return {f.location for f in engine.header_findings(state.settle())}


def test_facetec_device_key_beside_its_user_agent_is_not_the_phone(engine: Engine) -> None:
    flows = [[("X-Device-Key", _KEY), ("X-User-Agent", _FACETEC_UA.format(i))] for i in range(4)]
    assert not _session(engine, "kyc.example-bank.co.za", flows)


def test_facetec_device_key_on_a_facetec_host_without_its_user_agent(engine: Engine) -> None:
    assert not _session(engine, "facetec.example-fintech.mx", [[("x-device-key", _KEY)]] * 3)


def test_an_unmarked_device_key_is_still_the_phone(engine: Engine) -> None:
    """Another app's `x-device-key`, with no vendor's mark, stays read."""
    found = _session(engine, "api.example-wallet.ng", [[("x-device-key", _KEY)]] * 3)
    assert found == {"header.x-device-key"}


@pytest.mark.parametrize(
    "name", ["x-device-license", "x-geraet-lizenz", "x-dispositivo-licencia", "x-devicelicense"]
)
def test_a_licence_word_vetoes_a_device_header(name: str) -> None:
    assert vetoed(name)


@pytest.mark.parametrize("name", ["x-device-key", "x-chiave-dispositivo", "x-device-serial"])
def test_device_names_without_a_licence_word_stand(name: str) -> None:
    assert not vetoed(name)


def test_vendor_key_needs_the_mark() -> None:
    assert vendor_key("X-Device-Key", "api.example.com", [("x-user-agent", "FaceTec|sdk|web")])
    assert not vendor_key("X-Device-Key", "api.example.com", [("user-agent", "okhttp/4.12")])
    assert not vendor_key("x-device-id", "facetec.example.com", [])


POSITIVES = [
    (
        "viewing_history",
        {
            "note": "a live match heartbeat with watched seconds (Afrikaans words)",
            "url": "https://api.example-rugby.co.za/v1/lewendig/hartklop",
            "method": "POST",
            "json": {"wedstrydId": "w-88", "wedstryd": "Bulls v Stormers", "sekondesGekyk": 45},
        },
    ),
    (
        "viewing_history",
        {
            "note": "a watch record of a film version: a position and a duration, no cut list",
            "url": "https://api.example-vod.com/v1/progress",
            "method": "POST",
            "json": {
                "videoId": "v-1",
                "title": "Blade Runner",
                "positionSec": 600,
                "durationSec": 7020,
            },
        },
    ),
]


@pytest.mark.parametrize(("category", "example"), POSITIVES, ids=[p[1]["note"] for p in POSITIVES])
def test_positive(engine: Engine, category: str, example: dict[str, Any]) -> None:
    assert category in _categories(engine, example)


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in _NEGATIVES.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative(engine: Engine, example: dict[str, Any]) -> None:
    assert not _categories(engine, example) & {"device_id", "viewing_history"}
