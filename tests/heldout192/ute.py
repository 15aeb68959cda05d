"""UteLink: the connected-car app for Uncle Sione's ute in Brisbane, on Mere's
iPhone (she is a named driver and books its service).

The app talks to the maker's telematics cloud: the vehicle is addressed by its
VIN and its telematics control unit by the modem IMEI, both identifiers of the
family's own vehicle. A legacy status call sends the IMEI base64'd under `t`
(nothing says what it is). Trip logs with coordinates, fuel prices, service
bookings and remote-lock commands are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import WB, ios_ua, iso, rf, rid

API = "https://connect.utelink.example"
UA = ios_ua("UteLink", "3.1.7")


def _b(c: Context, method: str, url: str) -> WB:
    b = WB(c, "utelink", method, url)
    b.header("user-agent", UA)
    b.header("x-driver", b.acct("ute_user"))
    return b


def vehicle_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/vehicles/")
    vin = b.id("ute_vin", where="path vehicles/<VIN>/status")
    b.base += f"{vin}/status"
    b.ok_json(
        {
            "vin": b.id("ute_vin", where="response json vin", direction="response"),
            "fuelPct": c.rng.randint(5, 100),
            "odometerKm": c.rng.randint(40000, 180000),
            "locked": c.rng.random() < 0.7,
            "tcu": {"imei": b.id("ute_imei", where="response json tcu.imei", direction="response")},
        }
    )
    return b.build()


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/pairing")
    b.json(
        {
            "vin": b.id("ute_vin", where="json vin"),
            "tcuImei": b.id("ute_imei", where="json tcuImei"),
            "phoneVendorId": b.id("idfv_ute", where="json phoneVendorId"),
            "role": "secondary_driver",
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def legacy_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/q")
    b.form([("t", b.id("ute_imei", "b64", "form t = base64(IMEI)", detectable=False)), ("s", "1")])
    b.no_content()
    return b.build()


def trips(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trips?days=7")
    b.decoy("trip log with coordinates and distances (location, not a category here)")
    b.ok_json(
        {
            "trips": [
                {
                    "start": [rf(c.rng, -27.6, -27.3, 5), rf(c.rng, 152.9, 153.2, 5)],
                    "end": [rf(c.rng, -27.6, -27.3, 5), rf(c.rng, 152.9, 153.2, 5)],
                    "km": rf(c.rng, 2, 80, 1),
                    "at": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def fuel_prices(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/fuel?near=brisbane")
    b.ok_json(
        {
            "stations": [
                {"name": n, "diesel": rf(c.rng, 1.8, 2.3, 3)}
                for n in ("Ampol Logan", "BP Sunnybank")
            ]
        }
    )
    return b.build()


def lock(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/commands")
    b.json({"command": "LOCK", "requestId": rid(c.rng)})
    b.ok_json({"status": "QUEUED", "commandId": rid(c.rng)})
    return b.build()
