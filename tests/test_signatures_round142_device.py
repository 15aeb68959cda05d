"""Round 46 (held-out sets 135-142 as development sets), device id recall: the families
behind the misses of sets 135, 136, 137, 139, 140 and 141, tested in apps, languages and
spellings the sets never used, with look-alikes in negatives_round142_device.jsonl.

Families: a Latin key written with its accents or tones read as its plain spelling (key
patterns, as `keys` already were); the lexicon's generated romanisations (Kunrei-shiki
`tanmatu`) inside key patterns; a receiver (receptor, récepteur, Empfänger, odbiornik) as
the TV's or dongle's noun, unless a sender, message, amount or address makes it a party;
device nouns cut short in other languages (ustr, urz, grt); an initial glued onto
device_id; a wearable's serial in its own language; a fingerprint digest inside a device
object; a bare binding id presented at login or verification; serials on ACR hosts;
Gemius' user cookie and PushPushGo's subscriber id."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.signatures import latin_folded

DEVICE = {"device_id"}

POSITIVES: list[tuple[str, dict[str, Any]]] = [
    (
        "device_id_multilingual",
        {
            "note": "a Vietnamese film app's device code written with its tones (mã thiết bị)",
            "url": "https://api.example-phim.vn/v1/xem",
            "method": "POST",
            "json": {"mã_thiết_bị": "6b0e2f91c4d7a358", "phim": "P-8812"},
        },
    ),
    (
        "device_id_multilingual",
        {
            "note": "a Vietnamese music app's device identifier (định danh thiết bị)",
            "url": "https://api.example-nhac.vn/v2/nghe",
            "method": "POST",
            "json": {"định_danh_thiết_bị": "0e5b7c2a-91d3-4f68-b2a4-7c1e9d03f5a6"},
        },
    ),
    (
        "device_id_multilingual",
        {
            "note": "a radio app's terminal id in Kunrei-shiki romaji (tanmatu, Hepburn tanmatsu)",
            "url": "https://api.example-radio.jp/v3/log",
            "method": "POST",
            "json": {"tanmatu_id": "9d3e1a7c5b2f0846", "kyoku": "FM-X"},
        },
    ),
    (
        "device_id_multilingual",
        {
            "note": "a manga app's header in Kunrei-shiki",
            "url": "https://api.example-manga.jp/v1/sync",
            "headers": {"x-tanmatu-id": "2c7f9a1e-4b3d-4e58-a6c1-9f0d2e7b3a54"},
        },
    ),
    (
        "gemius_user_cookie",
        {
            "note": "a news app's page hit carries Gemius' user cookie (nc)",
            "url": "https://pro.hit.gemius.pl/_1700000000000/redot.gif?l=30&id=AbCdEfGh.ijKlMnOp&nc=fa.71c2e9d04b8a3f5e66cd&fr=1",
        },
    ),
    (
        "pushpushgo_subscriber_id",
        {
            "note": "PushPushGo answers a push registration with the install's subscriber id",
            "url": "https://api.pushpushgo.com/v1/mobile/subscribers",
            "method": "POST",
            "json": {"project": "61bb", "token": "x:APA91b", "platform": "ios"},
            "response": {"json": {"subscriberId": "6612ab34cd56ef7890ab12cd"}},
        },
    ),
    (
        "acr_host_device_serial",
        {
            "note": "a TV's state call to a regional ACR host with its serial",
            "url": "https://acr-eu.example-tv.test/v1/state?serial=LG77A0912BC4411",
        },
    ),
    (
        "receiver_noun_id",
        {
            "note": "a Polish cable app names the decoder (odbiornik) by its id",
            "url": "https://api.example-kablowka.test/v2/ogladanie",
            "method": "POST",
            "json": {"odbiornik_id": "3f9e2c71a0b84d56", "kanal": "TVN24"},
        },
    ),
    (
        "receiver_noun_id",
        {
            "note": "a German satellite app names its receiver (Empfänger) by serial",
            "url": "https://api.example-sat.test/v1/empfang",
            "method": "POST",
            "json": {"empfaenger_sn": "HD4410A7723B9", "sender_liste": [1, 2]},
        },
    ),
    (
        "receiver_object_serial",
        {
            "note": "a French box app describes its récepteur with a serial",
            "url": "https://api.example-box.test/v1/lecture",
            "method": "POST",
            "json": {
                "recepteur": {"numero_de_serie": "FBX7A2210934C", "nom": "Salon"},
                "chaine": 2,
            },
        },
    ),
    (
        "device_noun_abbreviation",
        {
            "note": "a Polish cartoon app cuts urządzenie to urz",
            "url": "https://api.example-bajki.pl/v1/obejrzane",
            "method": "POST",
            "json": {"urz": "5c2e8a1f0b7d4936", "odc": 4},
        },
    ),
    (
        "device_noun_abbreviation",
        {
            "note": "a German media library cuts Gerät to its skeleton grt",
            "url": "https://api.example-mediathek.de/v1/merkliste",
            "method": "POST",
            "json": {"grt": "7a1c9e3f-2b4d-4f60-8e15-3d9c0b7a2e41"},
        },
    ),
    (
        "glued_initial_device_id",
        {
            "note": "a payment SDK's initial glued onto device_id",
            "url": "https://api.example-pay.test/v2/token",
            "method": "POST",
            "form": {"pdevice_id": "8a1f2c3d4e5f60718293a4b5c6d7e8f9", "grant": "code"},
        },
    ),
    (
        "wearable_serial_multilingual",
        {
            "note": "a Polish band app's watch (zegarek) serial",
            "url": "https://api.example-opaska.pl/v1/synchronizacja",
            "method": "POST",
            "json": {"zegarek_seria": "ZG33C90417XK", "kroki": 9120},
        },
    ),
    (
        "wearable_serial_multilingual",
        {
            "note": "a Turkish watch (saat) app's header serial",
            "url": "https://api.example-saat.test/v1/esitle",
            "headers": {"x-saat-seri-no": "ST4410B8872QX"},
        },
    ),
    (
        "device_object_fingerprint",
        {
            "note": "a French bank login names the phone's fingerprint (empreinte) inside appareil",
            "url": "https://api.example-banque.test/v1/connexion",
            "method": "POST",
            "json": {
                "identifiant": "ana",
                "appareil": {"empreinte": "3f786850e387550fdab836ed7e6dc881de23001b"},
            },
        },
    ),
    (
        "binding_id_at_verification",
        {
            "note": "a Turkish bank's login presents the handset binding (bağlama)",
            "url": "https://api.example-banka.test/v1/giris",
            "method": "POST",
            "json": {"musteri": "8812", "baglama_id": "1b7e4c2a-9d3f-4e60-a8b5-2c0f7e9d1a34"},
        },
    ),
    (
        "binding_id_at_verification",
        {
            "note": "a Russian bank's OTP check presents the binding (privyazka)",
            "url": "https://api.example-bank.test/v2/verify/otp",
            "method": "POST",
            "json": {"kod": "4411", "privyazka": "c9a1e7f3-2b5d-4c80-9e6a-7f1d3b0c5e28"},
        },
    ),
    (
        "header_unit_id",
        {
            "note": "a car navigation unit's serial under a bare x-unit header",
            "url": "https://maps.example-carnavi.test/v3/update?region=tohoku",
            "headers": {"x-unit": "CN52071B44AF"},
        },
    ),
]


@pytest.mark.parametrize(("rule", "example"), POSITIVES, ids=[p[1]["note"] for p in POSITIVES])
def test_family_is_found(engine: Any, rule: str, example: dict[str, Any]) -> None:
    assert f"device_id.{rule}" in signatures_found(engine, example, DEVICE)


@pytest.mark.parametrize(
    ("key", "folded"),
    [
        ("thiết_bị", "thiet_bi"),
        ("urządzenie_id", "urzadzenie_id"),
        ("cihaz_kimliği", "cihaz_kimligi"),
        ("device_id", None),  # plain ASCII: nothing to fold
        ("устройство", None),  # another script is listed as written
        ("端末ID", None),
    ],
)
def test_latin_keys_lose_their_marks_only(key: str, folded: str | None) -> None:
    assert latin_folded(key) == folded
