"""Citybike and e-scooter sharing (fictional operator "Zipp") with a public GBFS feed.

GBFS free_bike_status.json (MobilityData/gbfs spec: last_updated, ttl,
data.bikes[{bike_id, lat, lon, is_reserved, is_disabled, vehicle_type_id,
current_range_meters}]). Hard device-id decoys: SHARED vehicles' ids, their
smart locks' BLE MACs and IoT modem IMEIs (rented, not the tourist's, per the
conventions); ride telemetry is speed and position series; the end-of-ride
photo shows the parked scooter.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import CITIES, FB, iso, points, rf, rid, ua

API = "https://api.zipp-mobility.com/v3"


def _lock_mac(c: Context) -> str:
    return "E4:5F:01:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3))


def gbfs(c: Context) -> Flow:
    city = c.rng.choice(CITIES)
    b = FB(
        c,
        "gbfs",
        "GET",
        f"https://gbfs.zipp-mobility.com/{city[0].lower().replace(' ', '')}/free_bike_status.json",
    )
    b.header("user-agent", ua("Zipp", "7.1.0"))
    bikes = [
        {
            "bike_id": new_hex(c.rng, 12),
            "lat": rf(c.rng, city[1] - 0.01, city[1] + 0.01, 6),
            "lon": rf(c.rng, city[2] - 0.01, city[2] + 0.01, 6),
            "is_reserved": False,
            "is_disabled": False,
            "vehicle_type_id": c.rng.choice(["scooter_std", "ebike"]),
            "current_range_meters": c.rng.randint(2000, 40000),
        }
        for _ in range(c.rng.randint(5, 12))
    ]
    b.decoy("GBFS free_bike_status: rotating ids of shared vehicles (public feed)")
    b.ok_json({"last_updated": int(c.now), "ttl": 60, "version": "2.3", "data": {"bikes": bikes}})
    return b.build()


def unlock(c: Context) -> Flow:
    code = new_digits(c.rng, 6)
    b = FB(c, "zipp", "POST", f"{API}/vehicles/{code}/unlock")
    b.header("user-agent", ua("Zipp", "7.1.0"))
    b.header("x-request-id", rid(c.rng))
    b.json(
        {
            "qr": f"https://zipp.link/v/{code}",
            "lat": rf(c.rng, 40.40, 40.44, 6),
            "lon": rf(c.rng, -3.72, -3.68, 6),
        }
    )
    b.decoy(
        "shared scooter unlock: the scooter's code, lock BLE MAC and IoT IMEI (a rental, not hers)"
    )
    b.ok_json(
        {
            "vehiculo": {
                "id": code,
                "lockMac": _lock_mac(c),
                "iotImei": luhn_complete(new_digits(c.rng, 14, "86")),
                "bateria": c.rng.randint(30, 100),
            },
            "rideId": "ride_" + new_hex(c.rng, 10),
        }
    )
    return b.build()


def ride_telemetry(c: Context) -> Flow:
    b = FB(c, "zipp", "POST", f"{API}/rides/ride_{new_hex(c.rng, 10)}/telemetry")
    b.header("user-agent", ua("Zipp", "7.1.0"))
    city = c.rng.choice(CITIES)
    b.json(
        {
            "track": points(c.rng, c.rng.randint(10, 25), city[1], city[2]),
            "speedKmh": [rf(c.rng, 0, 25, 1) for _ in range(12)],
            "lockMac": _lock_mac(c),
            "ts": iso(c),
        }
    )
    b.decoy("ride track and speed series with the shared scooter's lock MAC")
    b.no_content()
    return b.build()


def end_ride(c: Context) -> Flow:
    b = FB(c, "zipp", "POST", f"{API}/rides/ride_{new_hex(c.rng, 10)}/end")
    b.header("user-agent", ua("Zipp", "7.1.0"))
    bd = "zipp" + new_hex(c.rng, 14)
    parts = [
        ("parking_photo", "parking.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32))),
        ("lat", None, None, str(rf(c.rng, 40.40, 40.44, 6)).encode()),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.decoy("end-of-ride parking photo of the scooter (an image, no face API)")
    b.ok_json({"importe": rf(c.rng, 2, 9, 2), "moneda": "EUR", "minutos": c.rng.randint(4, 30)})
    return b.build()
