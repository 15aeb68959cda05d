"""Vorführwagen: the dealership's demo-car portal (telematics and head units).

Every value here belongs to the dealership's cars: VINs, the telematics
modem's IMEI (`tcuImei`), the head unit's serial and Wi-Fi MAC. The saleswoman
reads them and unlocks cars for test drives; none of it is a device of hers.
The head unit's "zuletzt gespielt" list is the demo media loop the dealership
installs (a business's playout, no person's listening).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, other_imei, other_mac, plate, rf, rid, ua, vin

API = "https://fleet.autohaus-berger.example"
UA = ua("BergerFleet", "2.4.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "berger-fleet", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def vehicle_status(c: Context) -> Flow:
    v = vin(c.rng)
    b = _b(c, "GET", f"{API}/api/fahrzeuge/{v}/status")
    b.decoy("demo car status: the dealership's VIN, TCU IMEI and position")
    b.ok_json(
        {
            "vin": v,
            "kennzeichen": plate(c.rng),
            "tcuImei": other_imei(c.rng),
            "kmStand": c.rng.randint(200, 14000),
            "ladezustandProzent": c.rng.randint(20, 100),
            "position": {"lat": rf(c.rng, 48.17, 48.19, 5), "lon": rf(c.rng, 11.58, 11.62, 5)},
            "verriegelt": True,
            "stand": iso(c),
        }
    )
    return b.build()


def remote_unlock(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/fahrzeuge/{vin(c.rng)}/befehle")
    b.decoy("remote unlock of a demo car (command id)")
    b.json({"befehl": "ENTRIEGELN", "grund": "Probefahrt", "befehlId": rid(c.rng)})
    b.ok_json({"status": "AUSGEFUEHRT", "dauerMs": c.rng.randint(900, 4000)})
    return b.build()


def headunit_inventory(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/headunits?filiale=FRM")
    b.decoy("the demo cars' head-unit serials, Wi-Fi MACs and modem IMEIs (the business's)")
    b.ok_json(
        {
            "headunits": [
                {
                    "vin": vin(c.rng),
                    "huSeriennummer": f"HU{c.rng.randint(10**9, 10**10)}",
                    "wlanMac": other_mac(c.rng),
                    "modemImei": other_imei(c.rng),
                    "swStand": c.rng.choice(["23-07-540", "24-03-530", "24-07-550"]),
                }
                for _ in range(c.rng.randint(3, 7))
            ]
        }
    )
    return b.build()


def headunit_update(c: Context) -> Flow:
    b = FB(c, "berger-fleet", "POST", "https://ota.autohaus-berger.example/hu/v2/check")
    b.header("user-agent", "HU-OTA/5.1")
    b.decoy("a demo car's head unit asking for updates (its own serial and MAC, not the tester's)")
    b.json(
        {
            "serial": f"HU{c.rng.randint(10**9, 10**10)}",
            "mac": other_mac(c.rng),
            "vin": vin(c.rng),
            "sw": "24-03-530",
            "region": "ECE",
        }
    )
    b.ok_json({"update": c.rng.random() < 0.2, "paket": "24-07-550", "groesseMb": 2140})
    return b.build()


def demo_media_loop(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/headunits/medien/demo-loop?vin={vin(c.rng)}")
    b.decoy("demo media loop of a showroom car: the dealer's playlist, nobody's listening")
    b.ok_json(
        {
            "zuletztGespielt": [
                {"titel": t, "dauerSek": c.rng.randint(120, 300), "abgespieltUm": iso(c)}
                for t in ("Surround Demo 7.1", "Bowers Soundcheck", "Klassik Teaser")
            ],
            "schleife": True,
        }
    )
    return b.build()


def telematics_trip(c: Context) -> Flow:
    b = FB(c, "berger-fleet", "POST", "https://tcu.autohaus-berger.example/t/v1/fahrt")
    b.header("user-agent", "TCU-Gateway/1.9")
    b.decoy("a demo car's modem reporting a trip: its IMEI and GPS, the dealership's car")
    b.json(
        {
            "imei": other_imei(c.rng),
            "vin": vin(c.rng),
            "ts": ms(c),
            "punkte": [[rf(c.rng, 48.1, 48.2, 5), rf(c.rng, 11.5, 11.7, 5)] for _ in range(25)],
            "verbrauch": rf(c.rng, 14, 22, 1),
        },
        "gzip",
    )
    b.no_content()
    return b.build()
