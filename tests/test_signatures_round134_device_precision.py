"""Round 45, device-id precision (sets 132 and 133): whose unit is it.

A dentist's apps post the clinic's autoclave cycles, list the clinic's intra-oral
scanners at a site and drive an MDM console; a passenger's taxi app is told the driver
and the taxi's tablet. Each carries identifiers with the shapes of the tester's phone's
own, and none is hers. Four principles carry to the next trade and language:
- a clinic's, a lab's or a workshop's apparatus (an autoclave or steriliser, a
  washer-disinfector, an intra-oral scanner, a dental chair, an X-ray unit, a lab
  analyser or centrifuge) is the business's, named in keys, kind values or URL paths;
- a console asked for the units at a site or branch (`?site=`, `?sede=`, `?Standort=`,
  `?sube=`, a practice named in the query) is told of the site's inventory;
- a caller signing in as an administrator (`x-admin`, `x-yonetici`, `x-verwalter`)
  acts on the managed units by their ids;
- a ride's or an order's driver or courier (`/trips/<id>/driver`, a `captain` record,
  a vehicle's tablet beside a named driver) is another person with the fleet's kit.
What must stay found: a household's devices, a connected-car app's own car, the
passenger's and the administrator's own phone ids in request headers, an MDM agent
polling its own commands, a driver's own app, a header saying `x-admin: false`.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = (
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round134_device_precision.jsonl"
)
UA = "okhttp/4.12.0"
MAC = "00:50:C2:4B:19:7E"
MAC2 = "00:1B:C5:62:A0:3F"
U1 = "3f2a9c1e-7b4d-4e8a-9c21-5d6e7f8a9b0c"


def dev_list(n: int = 2) -> list[dict[str, str]]:
    return [
        {
            "model": f"U-{i}",
            "serialNumber": f"SN-U{i}-4418270{i}",
            "macAddress": f"00:1B:C5:62:A0:{10 + i:02X}",
        }
        for i in range(n)
    ]


CLINIC = [
    (
        "es autoclave cycle",
        {
            "url": "https://api.example-esteril.es/v1/ciclos",
            "method": "POST",
            "headers": {"user-agent": UA},
            "json": {
                "esterilizador": {"mac": MAC, "programa": "134C"},
                "ciclo": 4471,
                "resultado": "APTO",
            },
        },
    ),
    (
        "de autoclave",
        {
            "url": "https://api.example-praxis.de/v2/zyklen",
            "method": "POST",
            "headers": {"user-agent": UA},
            "json": {"autoklav": {"macAdresse": MAC}, "zyklus": 88, "temperatur": 134},
        },
    ),
    (
        "tr autoclave",
        {
            "url": "https://api.example-dis.com.tr/v1/cevrimler",
            "method": "POST",
            "headers": {"user-agent": UA},
            "json": {"otoklav": {"mac": MAC}, "cevrim_no": 301, "sicaklik": 134},
        },
    ),
    (
        "fr dental chair",
        {
            "url": "https://api.example-cabinet.fr/v1/maintenance",
            "method": "POST",
            "headers": {"user-agent": UA},
            "json": {"fauteuil_dentaire": {"adresse_mac": MAC}, "heures": 1200},
        },
    ),
    (
        "ja autoclave",
        {
            "url": "https://api.example-shika.jp/v1/cycles",
            "method": "POST",
            "headers": {"user-agent": UA},
            "json": {"オートクレーブ": {"mac": MAC}, "サイクル": 12},
        },
    ),
    (
        "ar sterilizer",
        {
            "url": "https://api.example-eyada.eg/v1/cycles",
            "method": "POST",
            "headers": {"user-agent": UA},
            "json": {"جهاز_التعقيم": {"mac": MAC}, "cycle": 7},
        },
    ),
    (
        "pl url autoclave",
        {
            "url": "https://api.example-gabinet.pl/v1/autoklawy/AK-3/cykle",
            "method": "POST",
            "headers": {"user-agent": UA},
            "json": {"mac": MAC, "cykl": 19},
        },
    ),
    (
        "en intraoral scanner",
        {
            "url": "https://api.example-dental.com/v1/scans",
            "method": "POST",
            "headers": {"user-agent": UA},
            "json": {
                "intraoralScanner": {"macAddress": MAC, "firmware": "2.4.1"},
                "scanId": "S-991",
            },
        },
    ),
    (
        "it x-ray",
        {
            "url": "https://api.example-studio.it/v1/stato",
            "method": "POST",
            "headers": {"user-agent": UA},
            "json": {"ortopantomografo": {"mac": MAC}, "esposizioni": 40},
        },
    ),
]
SITE = [
    (
        "en site",
        {
            "url": "https://api.example-lab.com/v2/devices/status?site=NYC",
            "method": "GET",
            "headers": {"user-agent": UA},
            "response": {"json": {"devices": dev_list()}},
        },
    ),
    (
        "es sede",
        {
            "url": "https://api.example-dental.es/v1/equipos/estado?sede=VLC",
            "method": "GET",
            "headers": {"user-agent": UA},
            "response": {"json": {"equipos": dev_list()}},
        },
    ),
    (
        "de standort",
        {
            "url": "https://api.example-labor.de/v1/geraete?standort=HH-2",
            "method": "GET",
            "headers": {"user-agent": UA},
            "response": {"json": {"geraete": dev_list()}},
        },
    ),
    (
        "tr sube",
        {
            "url": "https://api.example-dis.com.tr/v1/cihazlar?sube=KADIKOY",
            "method": "GET",
            "headers": {"user-agent": UA},
            "response": {"json": {"devices": dev_list()}},
        },
    ),
    (
        "fr clinique",
        {
            "url": "https://api.example-dentaire.fr/v1/appareils?cabinet=LYON-3",
            "method": "GET",
            "headers": {"user-agent": UA},
            "response": {"json": {"devices": dev_list()}},
        },
    ),
]
ADMIN = [
    (
        "en admin command",
        {
            "url": f"https://console.example-mdm.com/api/v1/devices/{U1}/commands",
            "method": "POST",
            "headers": {"user-agent": UA, "x-admin": "ADM-4471"},
            "json": {"type": "LOCK"},
        },
    ),
    (
        "tr yonetici location",
        {
            "url": f"https://panel.example-cihaz.com.tr/api/devices/{U1}/location",
            "method": "GET",
            "headers": {"user-agent": UA, "x-yonetici-id": "Y-12"},
            "response": {"json": {"lat": 41.0, "lng": 29.0}},
        },
    ),
    (
        "es administrador wipe",
        {
            "url": f"https://consola.example-mdm.es/api/dispositivos/{U1}/borrar",
            "method": "POST",
            "headers": {"user-agent": UA, "x-administrador": "ana.p"},
            "json": {"confirmar": True},
        },
    ),
    (
        "ja kanrisha list",
        {
            "url": "https://kanri.example-mdm.jp/api/devices",
            "method": "GET",
            "headers": {"user-agent": UA, "x-kanrisha": "K-88"},
            "response": {"json": {"devices": dev_list()}},
        },
    ),
]
RIDE = [
    (
        "en trip driver path",
        {
            "url": f"https://api.example-cabs.com/v2/trips/{U1}/driver",
            "method": "GET",
            "headers": {"user-agent": UA},
            "response": {
                "json": {
                    "name": "Sam R.",
                    "plate": "KX21 ABC",
                    "rating": 4.8,
                    "vehicleTabletMac": MAC,
                }
            },
        },
    ),
    (
        "es viaje conductor path",
        {
            "url": f"https://api.example-taxi.es/v1/viajes/{U1}/conductor",
            "method": "GET",
            "headers": {"user-agent": UA},
            "response": {"json": {"nombre": "Luis M.", "matricula": "1234 KLM", "tabletMac": MAC}},
        },
    ),
    (
        "de fahrt fahrer path",
        {
            "url": f"https://api.example-taxi.de/v1/fahrten/{U1}/fahrer",
            "method": "GET",
            "headers": {"user-agent": UA},
            "response": {
                "json": {"name": "Jonas B.", "kennzeichen": "B-TX 4410", "tabletMac": MAC}
            },
        },
    ),
    (
        "ar captain key",
        {
            "url": "https://api.example-ride.ae/v1/booking/current",
            "method": "GET",
            "headers": {"user-agent": UA},
            "response": {"json": {"captain": {"name": "Omar", "deviceMac": MAC2}, "eta_min": 4}},
        },
    ),
    (
        "pl kierowca + pojazd",
        {
            "url": "https://api.example-taxi.pl/v1/przejazd/aktualny",
            "method": "GET",
            "headers": {"user-agent": UA},
            "response": {
                "json": {
                    "kierowca": {"imie": "Marek"},
                    "pojazd": {"taksometrMac": MAC, "rejestracja": "WA 12345"},
                }
            },
        },
    ),
    (
        "fr livreur",
        {
            "url": f"https://api.example-livraison.fr/v1/commandes/{U1}/livreur",
            "method": "GET",
            "headers": {"user-agent": UA},
            "response": {"json": {"prenom": "Karim", "deviceMac": MAC2}},
        },
    ),
]
STAY = [
    (
        "household devices",
        {
            "url": "https://api.example-home.com/v1/homes/me/devices",
            "method": "GET",
            "headers": {"user-agent": UA},
            "response": {"json": {"devices": dev_list(3)}},
        },
    ),
    (
        "connected car own",
        {
            "url": "https://api.example-auto.de/v1/fahrzeuge/mein",
            "method": "GET",
            "headers": {"user-agent": UA},
            "response": {"json": {"fahrzeug": {"tabletMac": MAC, "kennzeichen": "M-AB 123"}}},
        },
    ),
    (
        "ride request own id",
        {
            "url": "https://api.example-cabs.com/v2/trips/request",
            "method": "POST",
            "headers": {"user-agent": UA, "x-device-id": "a3f9c2e1b7d40586"},
            "json": {"pickup": [41.0, 29.0]},
        },
    ),
    (
        "mdm agent own commands",
        {
            "url": f"https://mdm.example-corp.com/api/v1/devices/{U1}/commands",
            "method": "GET",
            "headers": {"user-agent": UA},
        },
    ),
    (
        "admin console own header id",
        {
            "url": "https://console.example-mdm.com/api/v1/session",
            "method": "POST",
            "headers": {"user-agent": UA, "x-admin": "ADM-4471", "x-device-id": "a3f9c2e1b7d40586"},
            "json": {"ok": True},
        },
    ),
    (
        "driver app own id",
        {
            "url": "https://api.example-cabs.com/v2/driver/shift",
            "method": "POST",
            "headers": {"user-agent": UA},
            "json": {"androidId": "a3f9c2e1b7d40586", "status": "online"},
        },
    ),
    (
        "home x-admin false",
        {
            "url": "https://api.example-home.com/v1/devices/register",
            "method": "POST",
            "headers": {"user-agent": UA, "x-admin": "false"},
            "json": {"macAddress": MAC},
        },
    ),
    (
        "driver app own profile under an API version",
        {
            "url": "https://api.example-cabs.com/v2/driver",
            "method": "GET",
            "headers": {"user-agent": UA},
            "response": {"json": {"name": "me", "macAddress": MAC}},
        },
    ),
]


def _device_findings(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


def _ids(cases: list[tuple[str, dict]]) -> list[str]:
    return [label for label, _ in cases]


@pytest.mark.parametrize(("label", "example"), CLINIC, ids=_ids(CLINIC))
def test_a_clinics_apparatus_is_the_clinics(engine: Engine, label: str, example: dict) -> None:
    assert not _device_findings(engine, example), label


@pytest.mark.parametrize(("label", "example"), SITE, ids=_ids(SITE))
def test_units_asked_for_by_site_are_the_sites(engine: Engine, label: str, example: dict) -> None:
    assert not _device_findings(engine, example), label


@pytest.mark.parametrize(("label", "example"), ADMIN, ids=_ids(ADMIN))
def test_an_administrators_console_acts_on_managed_units(
    engine: Engine, label: str, example: dict
) -> None:
    assert not _device_findings(engine, example), label


@pytest.mark.parametrize(("label", "example"), RIDE, ids=_ids(RIDE))
def test_a_rides_driver_and_vehicle_are_not_the_passengers(
    engine: Engine, label: str, example: dict
) -> None:
    assert not _device_findings(engine, example), label


@pytest.mark.parametrize(("label", "example"), STAY, ids=_ids(STAY))
def test_the_testers_own_devices_stay_found(engine: Engine, label: str, example: dict) -> None:
    assert _device_findings(engine, example), label


def test_the_negatives_file_covers_every_principle_in_several_languages(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 20
    for line in lines:
        example = json.loads(line)
        assert not engine.analyse(example_exchange(example)), example["note"]
