"""Aiseag: a ferry and island-bus app for the Hebrides and the Clyde, in Gaelic and English.

Timetables (`clàr-ama`), live vessel positions from AIS (the ship's MMSI: the
operator's equipment, not the household's), boarding QR tickets, bus arrival
predictions and the coach's on-board Wi-Fi portal (the bus router's MAC: the
operator's) are ordinary data. The app carries Adjust (`gps_adid`, answer
`adid`) and Google Analytics for Firebase.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import sdks
from .phone import FB, iso, rf, rid, ua

API = "https://api.aiseag.example"
UA = ua("Aiseag", "7.4.0")
ROUTES = [
    ("Ullapul", "Steòrnabhagh"),
    ("Uig", "Tairbeart"),
    ("An t-Òban", "Bàgh a' Chaisteil"),
    ("Ros Mhic Thriúin", "Cill Rónáin"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "aiseag", method, url)
    b.header("user-agent", UA)
    return b


def timetable(c: Context) -> Flow:
    a, z = c.rng.choice(ROUTES)
    b = _b(c, "GET", f"{API}/v2/clàr-ama?bho={a}&gu={z}")
    b.decoy("sailing times and durations")
    b.ok_json(
        {
            "seòlaidhean": [
                {
                    "fàgail": iso(c),
                    "ruighinn": iso(c),
                    "bàta": "MV Loch Seaforth",
                    "àiteachan_carbaid": c.rng.randint(0, 40),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def vessel_positions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/bàtaichean/àite")
    b.decoy("AIS vessel positions with MMSI: the operator's ships, not the household's devices")
    b.ok_json(
        {
            "bàtaichean": [
                {
                    "ainm": n,
                    "mmsi": str(c.rng.randint(232000000, 235999999)),
                    "lat": rf(c.rng, 56.3, 58.3, 5),
                    "lon": rf(c.rng, -7.5, -5.0, 5),
                    "astar_kn": rf(c.rng, 0, 19, 1),
                    "cùrsa": c.rng.randint(0, 359),
                }
                for n in ("MV Loch Seaforth", "MV Hebrides", "MV Isle of Mull")
            ]
        }
    )
    return b.build()


def ticket(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tiogaidean")
    b.decoy("booking reference and QR payload")
    b.json(
        {
            "slighe": "ULL-STN",
            "luchd-siubhail": 2,
            "carbad": {"clàradh": "CY21 ABC", "fad_m": 4.5},
            "seòladh": iso(c),
        }
    )
    b.ok_json({"iomradh": f"CM{c.rng.randint(10**6, 10**7)}", "qr": new_hex(c.rng, 48)})
    return b.build()


def bus_arrivals(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/bus/stad/{c.rng.randint(1000, 9999)}/ri-teachd")
    b.decoy("bus arrival predictions with vehicle ids (operator's fleet)")
    b.ok_json(
        {
            "busaichean": [
                {
                    "seirbheis": "W10",
                    "carbad": f"BUS{c.rng.randint(100, 999)}",
                    "mionaidean": c.rng.randint(1, 40),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def onboard_wifi(c: Context) -> Flow:
    mac = ":".join(new_hex(c.rng, 2) for _ in range(6))
    b = FB(c, "aiseag", "GET", f"http://wifi.aiseag.example/portal?ap_mac={mac}&ssid=Aiseag-WiFi")
    b.header("user-agent", UA)
    b.decoy("captive portal with the coach router's MAC (the operator's equipment)")
    b.respond(200, "text/html", b"<html><body>Failte air bord</body></html>")
    return b.build()


def weather_warning(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/rabhaidhean")
    b.ok_json(
        {
            "rabhaidhean": [
                {
                    "slighe": "ULL-STN",
                    "inbhe": c.rng.choice(["uaine", "òmar"]),
                    "teacsa": "Gaoth làidir an-diugh",
                }
            ]
        }
    )
    return b.build()


def adjust(c: Context) -> Flow:
    return sdks.adjust_session(c, "q8w2e4r6t8y0", "aid_fferi", "fferi_adid")


def measurement(c: Context) -> Flow:
    return sdks.app_measurement(
        c, "fferi_app_instance", c.rng.choice(["search_sailing", "purchase"])
    )


def booking_request_id(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/cunntas/{c.phone.fferi_user}/tiogaidean")
    b.header("x-request-id", rid(c.rng))
    b.decoy("account id and request id (not device ids)")
    b.ok_json({"tiogaidean": [{"iomradh": f"CM{c.rng.randint(10**6, 10**7)}", "seòladh": iso(c)}]})
    return b.build()
