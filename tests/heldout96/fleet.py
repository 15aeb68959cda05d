"""FlotaTrack: the EMPLOYER's van telematics, tool-tracking tags, multimeter and
thermal camera. The van's VIN, the tags' BLE MACs and the meters' serials belong
to the company fleet, shared by the crew, not to the tester: decoys. The
thermal frame is a float32 grid in base64 that looks like an embedding.

Sources: the telematics and tool-tag backends are the employer's own (fictional,
Polish keys); the thermal frame layout follows the 32x24 MLX90640 sensor that
cheap thermal cameras use (Melexis datasheet: 768 pixels, float temperatures);
the multimeter upload follows what Bluetooth-LE meter apps post (reading, unit,
function, range, timestamp).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete
from tests.heldout.wire import floats_b64

from .phone import FB, iso, mac, ms, new_digits, new_hex, rf, rid, ua

API = "https://api.flotatrack.pl"


def _vin(c: Context) -> str:
    return "WV1ZZZSY" + new_digits(c.rng, 1) + "P" + new_digits(c.rng, 6)


def van_track(c: Context) -> Flow:
    b = FB(c, "flotatrack", "POST", f"{API}/v3/pojazdy/trasa")
    b.header("user-agent", ua("FlotaTrack", "977"))
    lat, lon = rf(c.rng, 49.9, 50.1, 5), rf(c.rng, 19.8, 20.1, 5)
    pts = [
        [round(lat + i * 0.0007, 5), round(lon + i * 0.0011, 5), c.rng.randint(0, 70)]
        for i in range(20)
    ]
    b.json(
        {
            "vin": _vin(c),
            "nrRejestracyjny": "KR " + new_digits(c.rng, 4) + "W",
            "punkty": pts,
            "przebieg": c.rng.randint(40000, 180000),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("company van VIN, plate and a GPS track [lat, lon, speed] (employer's vehicle)")
    return b.build()


def van_obd(c: Context) -> Flow:
    b = FB(c, "flotatrack", "POST", f"{API}/v3/pojazdy/obd")
    b.json(
        {
            "vin": _vin(c),
            "imeiLokalizatora": luhn_complete("35" + new_digits(c.rng, 12)),
            "rpm": [c.rng.randint(700, 3000) for _ in range(16)],
            "paliwo": rf(c.rng, 10, 90, 1),
            "dtc": c.rng.choice([[], ["P0420"]]),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("the van tracker's modem IMEI (imeiLokalizatora) and rpm series: fleet hardware")
    return b.build()


def tool_tags(c: Context) -> Flow:
    b = FB(c, "flotatrack", "POST", f"{API}/v3/narzedzia/skan")
    tags = [
        {
            "tagMac": mac(c.rng, "E2:15:00"),
            "narzedzie": c.rng.choice(["wiertarka", "zaciskarka", "miernik", "drabina"]),
            "rssi": -c.rng.randint(45, 95),
            "bateria": c.rng.randint(10, 100),
        }
        for _ in range(c.rng.randint(2, 7))
    ]
    b.json({"skan": tags, "pojazd": "VAN-0" + str(c.rng.randint(1, 9)), "czas": iso(c)})
    b.ok_json({"zapisano": len(tags)})
    b.decoy("BLE MACs of the company's tool-tracking tags seen from the van (employer's tags)")
    return b.build()


def multimeter(c: Context) -> Flow:
    b = FB(c, "flotatrack", "POST", f"{API}/v3/pomiary")
    fn = c.rng.choice([("V AC", 230.0), ("Ohm", 0.4), ("MOhm", 550.0)])
    b.json(
        {
            "przyrzad": {
                "model": "MPI-540",
                "nrFabryczny": "AB" + new_digits(c.rng, 4),
                "bleAddr": mac(c.rng, "00:80:25"),
            },
            "funkcja": fn[0],
            "odczyty": [round(fn[1] * c.rng.uniform(0.97, 1.03), 3) for _ in range(10)],
            "protokol": f"PP/{c.rng.randint(1, 400)}/2026",
            "ts": iso(c),
        }
    )
    b.ok_json({"ok": True})
    b.decoy(
        "company multimeter serial and BLE address with insulation / voltage readings (employer's)"
    )
    return b.build()


def thermal_frame(c: Context) -> Flow:
    b = FB(c, "flotatrack", "POST", f"{API}/v3/termowizja/klatki")
    grid = [round(c.rng.uniform(18, 65), 2) for _ in range(768)]
    b.json(
        {
            "kamera": {"sn": "TC" + new_hex(c.rng, 8).upper(), "model": "TC002"},
            "szer": 32,
            "wys": 24,
            "ramka": floats_b64(grid),
            "emisyjnosc": 0.95,
            "hotspot": {"x": c.rng.randint(0, 31), "y": c.rng.randint(0, 23), "t": max(grid)},
            "obiekt": c.rng.choice(["rozdzielnica", "zabezpieczenie B16", "falownik"]),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    b.decoy("32x24 float32 thermal frame of a switchboard in base64, serial (employer's): no face")
    return b.build()


def geofence(c: Context) -> Flow:
    b = FB(c, "flotatrack", "GET", f"{API}/v3/strefy", [("bbox", "19.80,49.95,20.10,50.12")])
    zones = [
        {
            "id": new_hex(c.rng, 8),
            "nazwa": f"Budowa {i}",
            "wielokat": [[rf(c.rng, 49.9, 50.1, 5), rf(c.rng, 19.8, 20.1, 5)] for _ in range(6)],
        }
        for i in range(3)
    ]
    b.ok_json({"strefy": zones})
    b.decoy("geofence polygons: coordinate lists")
    return b.build()


DECOYS = [van_track, van_obd, tool_tags, multimeter, thermal_frame, geofence]
