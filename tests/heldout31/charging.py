"""An EV charging app (in-house, fictional "Laddpunkt", Nordic roaming network).

Device ids: the car's VIN sent when a session starts (Plug & Charge style
"autocharge" binds the car by VIN), the app's installation id, its ANDROID_ID.
Decoys: charger map with coordinates, a price series, the contract EMAID
(a contract, not a device), the EVSE id (the charger's, not ours).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, iso, rf, rid, ua

API = "https://api.laddpunkt.eu"


def _h(b: FB) -> None:
    b.header("user-agent", ua("Laddpunkt", "3.11.0"))
    b.header("x-installation-id", b.id("charge_install", where="header x-installation-id"))


def _evse(ctx: Context) -> str:
    return f"SE*LPT*E{new_digits(ctx.rng, 6)}*{ctx.rng.randint(1, 4)}"


def start_session(ctx: Context) -> Flow:
    b = FB(ctx, "laddpunkt", "POST", f"{API}/v1/sessions")
    _h(b)
    b.json(
        {
            "evseId": _evse(ctx),
            "vehicle": {"vin": b.id("vin", where="body vehicle.vin"), "model": "Polestar 2"},
            "contract": {"emaid": f"SE-LPT-C{new_digits(ctx.rng, 8)}-{ctx.rng.randint(0, 9)}"},
            "startedAt": iso(ctx),
        }
    )
    b.ok_json({"sessionId": rid(ctx.rng), "status": "CHARGING"})
    return b.build()


def autocharge(ctx: Context) -> Flow:
    """Autocharge enrolment: the VIN in the path, the app's ANDROID_ID in the body."""
    vin = ctx.phone.vin
    b = FB(ctx, "laddpunkt", "PUT", f"{API}/v1/autocharge/fordon/{vin}")
    b.id("vin", where="url path /autocharge/fordon/{vin}")
    _h(b)
    b.json(
        {"aktiv": True, "enhet": {"android_id": b.id("aid_charge", where="body enhet.android_id")}}
    )
    b.ok_json({"aktiv": True})
    return b.build()


def chargers_near(ctx: Context) -> Flow:
    rng = ctx.rng
    lat, lon = rf(rng, 58.9, 60.5, 4), rf(rng, 10.5, 18.2, 4)
    b = FB(ctx, "laddpunkt", "GET", f"{API}/v1/chargers", [("lat", str(lat)), ("lon", str(lon))])
    b.header("user-agent", ua("Laddpunkt", "3.11.0"))
    b.decoy("charger list: coordinates and EVSE ids")
    rows = [
        {"evseId": _evse(ctx), "lat": rf(rng, lat - 0.1, lat + 0.1, 5),
         "lon": rf(rng, lon - 0.1, lon + 0.1, 5), "kW": rng.choice([50, 150, 300])}
        for _ in range(6)
    ]  # fmt: skip
    b.ok_json({"chargers": rows})
    return b.build()


def prices(ctx: Context) -> Flow:
    b = FB(ctx, "laddpunkt", "GET", f"{API}/v1/prices/SE3")
    b.header("user-agent", ua("Laddpunkt", "3.11.0"))
    b.decoy("hourly price series")
    b.ok_json({"currency": "SEK", "perKWh": [rf(ctx.rng, 1.2, 6.9, 2) for _ in range(24)]})
    return b.build()


def session_status(ctx: Context) -> Flow:
    b = FB(ctx, "laddpunkt", "GET", f"{API}/v1/sessions/{rid(ctx.rng)}")
    _h(b)
    b.ok_json({"kWh": rf(ctx.rng, 1, 60, 2), "costSek": rf(ctx.rng, 10, 400, 2)})
    return b.build()
