"""Round 39 (device, sets 101-102): the everyday words for the handset (`equipo_id`,
`celular`, `cellulare`, `id_terminal`) with a machine id's shape, Comscore's app visitor
id (`c12` on its own hosts), and the equipment of a clinic, a farm or a kennel and the
devices an animal wears (collars, ear tags): the business's or the animal's, not the
tester's phone.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

ANDROID_ID = "3d9f0a7c1e5b2846"
NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round102_device.jsonl"


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


@pytest.mark.parametrize(
    "key",
    ["equipo_id", "equipo", "equipoId", "id_equipo", "celular_id", "id_celular", "cellulare",
     "telemovel_id", "handy_id", "x-app-celular"],
)  # fmt: skip
def test_handset_words_with_an_android_id(engine: Engine, key: str) -> None:
    example = {"url": "https://api.example.mx/v2/sesion", "json": {key: ANDROID_ID}}
    assert "device_id.handset_noun_id_multilingual" in _device(engine, example), key


def test_handset_word_with_an_idfv_in_a_form(engine: Engine) -> None:
    example = {
        "url": "https://api.example-banco.com.br/v1/onboarding",
        "method": "POST",
        "form": {"modelo": "iPhone15,2", "celular": "8C1F6E3A-2B4D-4E5F-9A0B-1C2D3E4F5A6B"},
    }
    assert "device_id.handset_noun_id_multilingual" in _device(engine, example)


@pytest.mark.parametrize("key", ["id_terminal", "identificador_del_terminal", "id_terminale"])
def test_terminal_id_first(engine: Engine, key: str) -> None:
    example = {"url": "https://api.example-tv.es/v1/latido", "json": {key: ANDROID_ID}}
    assert "device_id.terminal_id" in _device(engine, example), key


def test_terminal_id_first_in_a_payment_is_the_shops(engine: Engine) -> None:
    example = {
        "url": "https://api.example-pagos.es/v1/cobro",
        "method": "POST",
        "json": {"id_terminal": "a8242e61e6d94975", "merchant_id": "M1", "amount": 900},
    }
    assert not _device(engine, example)


@pytest.mark.parametrize(
    "value",
    ["0b9d1e7a44c35f2e8a61d07c92b3fe45", "0b9d1e7a44c35f2e8a61d07c92b3fe45-cs32"],
)
def test_comscore_visitor_id(engine: Engine, value: str) -> None:
    url = f"https://sb.scorecardresearch.com/p2?c1=19&c2=1000009&ns_st_ev=hb&c12={value}"
    assert "device_id.comscore_visitor_id" in _device(engine, {"url": url})


def test_c12_elsewhere_is_not_read(engine: Engine) -> None:
    url = "https://secure-mx.imrworldwide.com/cgi-bin/gn?prd=dcr&ci=mx-1&c12=0b9d1e7a44c35f2e"
    assert "device_id.comscore_visitor_id" not in _device(engine, {"url": url})


def test_own_earbuds_on_a_neutral_host_stay_found(engine: Engine) -> None:
    """The vet's own earbuds and watch: no business or animal word, still her devices."""
    example = {
        "url": "https://api.example-audio.ie/v1/devices/register",
        "method": "POST",
        "json": {"earbudsBtAddress": "4C:87:5D:12:A3:0F", "watch": {"serialNumber": "WXR81Q22AB7"}},
    }
    assert _device(engine, example)


def test_hard_negatives(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _device(engine, example), example["note"]


def test_words() -> None:
    lex = load("device")
    assert lex.word("equipo") == "phone"
    for word in ("clinic", "herd", "cattle", "kennels", "mandria", "tréad"):
        assert lex.word(word) == "fleet", word
    # A collar alone is no business's: a family's GPS collar on its own dog is the
    # household's device (round 13); a herd's collars are vetoed by the herd words.
    assert lex.word("collar") != "fleet"
    # The round-36 work-order words of Swedish, Danish and Finnish sat under a second
    # YAML key of the same language and were dropped; merged, they are read again.
    for word in ("arbetsorder", "arbejdsordre", "tyomaarays"):
        assert lex.word(word) == "fleet" or lex.stem_rest(word), word
