"""The coach (bus) fleet tracker the guide follows (fictional backend): the
coach's live position and breadcrumbs, ETA, and the tracker box's own status.

Hard negatives: the tracker's IMEI and SIM ICCID identify the operator's
vehicle, not the tester's phone; breadcrumbs are a coordinate list.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, fleet_imei, iso, ms, rf, ua

API = "https://fleet.nilecoach-track.com"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "coach-track", method, API + path)
    b.header("user-agent", ua("CoachTrack", "1.19.3"))
    return b


def position(c: Context) -> Flow:
    bus = f"EGT-{c.rng.randint(10, 60)}"
    b = _b(c, "GET", f"/api/v3/vehicles/{bus}/live")
    b.decoy("coach GPS tracker IMEI (Luhn-valid) and breadcrumb coordinates: operator's vehicle")
    lat, lon = rf(c.rng, 25.6, 25.8), rf(c.rng, 32.5, 32.7)
    b.ok_json(
        {
            "vehicle": bus,
            "tracker": {"imei": fleet_imei(c.rng), "model": "FMB920"},
            "breadcrumbs": [
                [round(lat + k * 0.001, 5), round(lon + k * 0.0012, 5), ms(c) - k * 30000]
                for k in range(12)
            ],
            "speedKmh": c.rng.randint(0, 90),
        }
    )
    return b.build()


def eta(c: Context) -> Flow:
    b = _b(c, "GET", f"/api/v3/eta?to=pickup&group=HT-{c.rng.randint(2400, 2499)}")
    b.ok_json({"etaMin": c.rng.randint(2, 40), "driver": "Mahmoud", "at": iso(c)})
    return b.build()


def tracker_health(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v3/vehicles/health?depot=luxor")
    b.decoy("tracker IMEIs and SIM ICCIDs of the coach fleet")
    b.ok_json(
        {
            "units": [
                {
                    "plate": f"ق ط {c.rng.randint(100, 999)}",
                    "imei": fleet_imei(c.rng),
                    "iccid": "8920" + new_digits(c.rng, 15),
                    "lastSeen": iso(c),
                }
                for _ in range(c.rng.randint(3, 7))
            ]
        }
    )
    return b.build()
