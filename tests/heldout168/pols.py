"""Polslijn: a sports-watch companion (Garmin Connect-like), and the family car's
app (VW We Connect-like) with the telematics unit's modem IMEI and the VIN.

The watch syncs by serial and BLE MAC; heart rate, steps and routes are health
and location data but not the three categories. The car's trips and charging are
ordinary; a rental OV-fiets lock and the gym's treadmill are not the family's
devices.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rf, rid, ua

API = "https://connect.polslijn.example"
CAR = "https://auto.rijverbinding.example"
UA = ua("Polslijn", "5.4.1")
CAR_UA = ua("Rijverbinding", "3.12.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "polslijn", method, url)
    b.header("user-agent", UA)
    return b


def horloge_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sync/v2/upload")
    b.header("x-device-serial", b.id("watch_serial", where="header x-device-serial"))
    b.decoy("heart rate and step series: health data, none of the three categories")
    b.json(
        {
            "bleMac": b.id("watch_mac", where="json bleMac"),
            "hartslag": [c.rng.randint(55, 150) for _ in range(30)],
            "stappen": c.rng.randint(1000, 15000),
            "start": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def horloge_lijst(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/device/v1/list?user={b_user(c)}")
    ser = b.id("watch_serial", where="response json devices[].serialNumber", direction="response")
    b.ok_json(
        {"devices": [{"model": "Forerunner-like 265", "serialNumber": ser, "firmware": "19.18"}]}
    )
    return b.build()


def b_user(c: Context) -> str:
    return str(c.phone.pols_user)


def horloge_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/t")
    b.json(
        {"q": b.id("watch_mac", "sha256", "json q (sha256 of BLE MAC)", detectable=False), "v": 2}
    )
    b.no_content()
    return b.build()


def route(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/activity/v1/route")
    b.decoy("a run's GPS track: coordinates and times")
    b.json(
        {"punten": [[rf(c.rng, 52.08, 52.1, 5), rf(c.rng, 5.1, 5.13, 5), ms(c)] for _ in range(20)]}
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def auto_status(c: Context) -> Flow:
    b = FB(c, "rijverbinding", "GET", f"{CAR}/api/v2/voertuig/status")
    b.header("user-agent", CAR_UA)
    vin = b.id("car_vin", where="response json vin", direction="response")
    imei = b.id("car_imei", where="response json telematica.imei", direction="response")
    b.ok_json(
        {
            "vin": vin,
            "accu": c.rng.randint(20, 100),
            "actieradiusKm": c.rng.randint(80, 420),
            "telematica": {"imei": imei, "firmware": "0842"},
        }
    )
    return b.build()


def auto_rit(c: Context) -> Flow:
    b = FB(c, "rijverbinding", "POST", f"{CAR}/api/v2/ritten")
    b.header("user-agent", CAR_UA)
    b.header("x-vin", b.id("car_vin", where="header x-vin"))
    b.decoy("trip start/end coordinates and kWh used")
    van = [rf(c.rng, 51, 52.1), rf(c.rng, 3.7, 5.1)]
    naar = [rf(c.rng, 51, 52.1), rf(c.rng, 3.7, 5.1)]
    b.json({"van": van, "naar": naar, "kWh": rf(c.rng, 3, 40, 1)})
    b.ok_json({"ok": True})
    return b.build()


def auto_opaque(c: Context) -> Flow:
    b = FB(c, "rijverbinding", "POST", f"{CAR}/api/t/1")
    b.header("user-agent", CAR_UA)
    b.json({"d": b.id("car_imei", "b64", "json d (base64 of modem IMEI)", detectable=False)})
    b.no_content()
    return b.build()


def ovfiets(c: Context) -> Flow:
    b = FB(c, "ovfiets", "POST", "https://api.ovfiets-huur.example/v1/huur/start")
    b.header("user-agent", ua("OVfiets", "2.1.0"))
    b.decoy("rental bike's lock serial: a shared public bike, not the family's device")
    b.json({"slotSerienummer": "OVL" + new_hex(c.rng, 10).upper(), "station": "Utrecht Centraal"})
    b.ok_json({"ok": True})
    return b.build()


def sportschool(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/partner/v1/loopband-koppeling")
    b.decoy("the gym's treadmill serial and MAC: the gym's equipment, not the family's")
    b.json({"loopbandSerial": "TMX" + new_hex(c.rng, 8).upper(),
            "loopbandMac": ":".join(new_hex(c.rng, 2) for _ in range(6)),
            "sessie": b64(rid(c.rng))})  # fmt: skip
    b.ok_json({"ok": True})
    return b.build()
