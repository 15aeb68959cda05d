"""Round 184 (held-out sets 177-184), device ids: the families behind the set 180, 181,
182, 183 and 184 misses, in spellings and apps the sets never used.

- A device's "key" in languages that call an identifier a key (Azerbaijani `cihaz açarı`,
  Polish `klucz urządzenia`, Hungarian `eszköz kulcs`), with an id's shape, never a
  cryptographic key's: `device_key_word_multilingual`.
- A pay-TV decoder's number under the decoder noun (`décodeur`, `decodificador`,
  `dekoder`): `decoder_noun_id`.
- A TV's platform service id (PSID) posted to an ACR endpoint, whatever the matches are
  called: `tv_psid_acr_endpoint`.
- The IMEI of a car's telematics control unit in its owner's app, in a status answer too:
  `telematics_unit_imei`.
- A media player install's UUID under the machine-player noun of languages that keep it
  apart from a person who plays (`přehrávač`, `odtwarzacz`, `reproductor`):
  `media_player_noun_install_id`.
- A watch's printed serial under the bare watch noun (`óra`, `reloj`, `zegarek`):
  `wearable_bare_noun_serial`.
- A vendor SDK id read from its documentation: Insider's `insider_id`.

What stays quiet (negatives_round184_dev.jsonl): public keys and 64-hex secrets under a
device key name, PINs, English `device key` headers, software video decoders and decoder
settings, Messenger and payment PSIDs, rental and fleet cars' modems, a game's player id,
times under `ora` / `saat`, a shop's watch return, consent cookies.
"""

from __future__ import annotations

from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

KEY = "device_id.device_key_word_multilingual"
DECODER = "device_id.decoder_noun_id"
PSID = "device_id.tv_psid_acr_endpoint"
TCU = "device_id.telematics_unit_imei"
PLAYER = "device_id.media_player_noun_install_id"
WATCH = "device_id.wearable_bare_noun_serial"
INSIDER = "device_id.insider_id"

POSITIVES: list[tuple[dict[str, Any], str]] = [
    (
        {
            "note": "a Turkish bank app binds the phone by a device key header",
            "url": "https://api.example-banka.com.tr/v3/hesaplar",
            "headers": {"x-cihaz-anahtari": "b7e21c04-5d9a-4f63-8e10-3c6a2f9d7b45"},
        },
        KEY,
    ),
    (
        {
            "note": "a Czech app's device key, key word first with a connector-free compound",
            "url": "https://api.example-urad.cz/v1/prihlaseni",
            "method": "POST",
            "json": {"klic_zarizeni": "ZK-91C4E07A2B3D5F68", "jazyk": "cs"},
        },
        KEY,
    ),
    (
        {
            "note": "a German app's Geraeteschluessel as an id",
            "url": "https://api.example-amt.de/v2/anmeldung",
            "method": "POST",
            "form": {"geraete_schluessel": "4c8e1a0f6b2d93e5a7c1"},
        },
        KEY,
    ),
    (
        {
            "note": "a Portuguese satellite app's recordings under the decoder's number",
            "url": "https://api.example-satpt.pt/v1/gravacoes",
            "method": "POST",
            "json": {"numero_decodificador": "70913385120467", "canal": "SIC"},
        },
        DECODER,
    ),
    (
        {
            "note": "a French Caribbean operator's app pairs a decoder by UUID",
            "url": "https://api.example-antilles.fr/v2/decodeur/associer",
            "method": "POST",
            "json": {"decodeur_id": "e3a0c7b1-92d4-4f5e-8a61-0b7c9d2e4f13"},
        },
        DECODER,
    ),
    (
        {
            "note": "a TV's ACR upload to an /acr/ path with Spanish keys",
            "url": "https://tv.example-smart.mx/api/acr/v2/coincidencias",
            "method": "POST",
            "json": {"psid": "9c1e5a7b3d2f40618a7c9e1b3d5f7a9c", "coincidencias": [{"canal": "7"}]},
        },
        PSID,
    ),
    (
        {
            "note": "a Korean maker's app answer with the car's T-Box IMEI",
            "url": "https://api.example-motors.kr/v1/car/state",
            "response": {"json": {"tbox": {"imei": "352099001761481"}, "odometer": 1200}},
        },
        TCU,
    ),
    (
        {
            "note": "a Hungarian podcast app's player install with its id word",
            "url": "https://api.example-podcast.hu/v1/hallgatas",
            "method": "POST",
            "json": {"lejatszo_azonosito": "2f8d6c41-9b0e-4a37-85d2-c1e7a3f90b64", "pozicio": 90},
        },
        PLAYER,
    ),
    (
        {
            "note": "a Spanish radio app's player id",
            "url": "https://api.example-radio.es/v1/escucha",
            "method": "POST",
            "json": {"reproductor": "61c0e9a2-3b7d-4f58-9e14-a2d6c8b0f375", "emisora": "r-4"},
        },
        PLAYER,
    ),
    (
        {
            "note": "a Mexican watch app syncs steps naming the watch by its serial",
            "url": "https://api.example-reloj.mx/v1/sincronizar",
            "method": "POST",
            "json": {"reloj": "RJ22A80417735", "pasos": 6120, "ritmo": [70, 74]},
        },
        WATCH,
    ),
    (
        {
            "note": "the Insider SDK's session start",
            "url": "https://mobile.useinsider.com/api/v3/session/start",
            "method": "POST",
            "json": {"insider_id": "3D5F7A9C-0E2A-4C6E-8B0D-2F4A6C8E0B2D", "partner_name": "x"},
        },
        INSIDER,
    ),
]


def device_rules(engine: Engine, example: dict[str, Any]) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "device_id"]


@pytest.mark.parametrize(("example", "rule"), POSITIVES, ids=lambda p: str(p)[:60])
def test_positive_is_a_device_id(engine: Engine, example: dict[str, Any], rule: str) -> None:
    assert rule in device_rules(engine, example), (example["note"], device_rules(engine, example))


@pytest.mark.parametrize(
    "value",
    [
        "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE8xq3b0nVvBzm1pXkqT7aWc+Yh2dR9Ls",  # a public key
        "9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c0e2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e",  # a 256-bit secret
        "482913",  # a PIN
    ],
)
def test_a_key_that_is_a_credential_is_not_a_device_id(engine: Engine, value: str) -> None:
    example = {
        "url": "https://api.example-bank.pl/v2/urzadzenia",
        "json": {"klucz_urzadzenia": value},
    }
    assert KEY not in device_rules(engine, example)


@pytest.mark.parametrize(
    ("key", "value"),
    [("ora", "08:30"), ("saat", "14:05"), ("uhr", "12"), ("reloj", "Casio F-91W")],
)
def test_a_time_or_a_model_under_a_watch_word_is_not_a_serial(
    engine: Engine, key: str, value: str
) -> None:
    example = {"url": "https://api.example-agenda.test/v1/items", "json": {key: value}}
    assert WATCH not in device_rules(engine, example)
