"""KhetMitra: the family's connected tractor in Ludhiana district, a farm
telematics unit (TCU: GNSS plus a 4G modem) and its companion app on the
father's Galaxy M34.

The TCU posts telemetry as JSON with its modem IMEI and its own serial under
named keys (`imei`, `tcuSerial`), engine hours, fuel, PTO state and a GPS
breadcrumb list. Its fall-back transport sends an AIS-140-style CSV packet
where the IMEI is one positional field among many. The companion app registers
with its ANDROID_ID and reads the tractor's status (the response repeats the
TCU serial). Field boundaries (coordinate lists), mandi prices, the dealer
workshop's diagnostic tool (the institution's equipment, not the family's),
spare-part order numbers and the soil-test report are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, iso, rf, rid, ua

TCU = "https://tcu.khetmitra.example"
API = "https://app.khetmitra.example"
UA = ua("KhetMitra", "2.3.0", "papa")
FIELD = (30.9, 75.85)


def _app(c: Context, method: str, url: str) -> FB:
    b = FB(c, "khetmitra", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _track(c: Context, n: int) -> list[list[float]]:
    lat, lon = FIELD
    return [[rf(c.rng, lat, lat + 0.01, 5), rf(c.rng, lon, lon + 0.01, 5)] for _ in range(n)]


def telemetry(c: Context) -> Flow:
    b = FB(c, "khetmitra-tcu", "POST", f"{TCU}/api/v1/tcu/telemetry", http_version="HTTP/1.1")
    b.header("user-agent", "KM-TCU/1.4 (EC200U)")
    b.json(
        {
            "imei": b.id("tcu_imei", where="json imei"),
            "tcuSerial": b.id("tcu_serial", where="json tcuSerial"),
            "ts": iso(c),
            "engineHours": rf(c.rng, 1200, 1900, 1),
            "fuelPct": c.rng.randint(5, 100),
            "rpm": c.rng.randint(0, 2200),
            "pto": c.rng.choice([True, False]),
            "track": _track(c, c.rng.randint(3, 8)),
        }
    )
    b.ok_json({"ack": True})
    return b.build()


def ais_packet(c: Context) -> Flow:
    b = FB(c, "khetmitra-tcu", "POST", f"{TCU}/p", http_version="HTTP/1.1")
    b.header("user-agent", "KM-TCU/1.4 (EC200U)")
    imei = b.id("tcu_imei", where="csv field 7 (positional packet)", detectable=False)
    lat, lon = _track(c, 1)[0]
    fields = [
        "$NRM", "KHETMITRA", "1.4.2", "NR", "01", "L", imei, "PB10XX0000",
        "1", iso(c)[:10].replace("-", ""), iso(c)[11:19].replace(":", ""),
        f"{lat}", "N", f"{lon}", "E", str(c.rng.randint(0, 25)), "0", "12", "231",
        "1", "0", "12.8", "4.1", "0", "*",
    ]  # fmt: skip
    b.set_body(",".join(fields).encode(), "text/plain")
    b.respond(200, "text/plain", b"OK")
    return b.build()


def app_register(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/v1/kisan/jantar")
    b.json(
        {
            "androidId": b.id("aid_tractor", where="json androidId"),
            "kisanId": b.acct("kisan_user"),
            "bhasha": "pa",
        }
    )
    b.ok_json({"theek": True})
    return b.build()


def tractor_status(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v1/tractor/haal")
    serial = b.id("tcu_serial", where="response json tcuSerial", direction="response")
    b.ok_json(
        {
            "tcuSerial": serial,
            "model": "575 DI XP Plus",
            "engineHours": rf(c.rng, 1200, 1900, 1),
            "fuelPct": c.rng.randint(5, 100),
            "location": {"lat": FIELD[0], "lon": FIELD[1]},
            "lastSeen": iso(c),
        }
    )
    return b.build()


def field_boundary(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v1/khet/{c.rng.randint(1, 9)}/had")
    b.decoy("field boundary coordinate list")
    b.ok_json({"khet": "Doaba wala khet", "killa": 6, "polygon": _track(c, 8)})
    return b.build()


def mandi_prices(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v1/mandi/bhaa?mandi=Khanna")
    b.ok_json(
        {
            "mandi": "Khanna",
            "bhaa": {
                "kanak": rf(c.rng, 2200, 2400, 0),
                "jhona": rf(c.rng, 2100, 2300, 0),
                "makki": rf(c.rng, 1800, 2100, 0),
            },
        }
    )
    return b.build()


def workshop_service(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v1/service/report?job={c.rng.randint(10**5, 10**6)}")
    b.decoy("dealer workshop's diagnostic tool serial and job number (not the family's device)")
    b.ok_json(
        {
            "dealer": "Sandhu Tractors, Khanna",
            "diagnosticTool": {"model": "KM-DX3", "serial": "DX3-" + new_digits(c.rng, 9, "5")},
            "jobCard": "JC" + new_digits(c.rng, 8),
            "kamm": ["engine oil", "hydraulic filter"],
        }
    )
    return b.build()


def spare_order(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/v1/parts/order")
    b.decoy("order number and part numbers")
    b.json({"parts": [{"partNo": "006" + new_digits(c.rng, 7), "qty": 1}], "idem": rid(c.rng)})
    b.ok_json({"orderNo": "KMP-" + new_digits(c.rng, 10), "status": "placed"})
    return b.build()


def soil_report(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v1/mitti/report")
    b.ok_json({"ph": rf(c.rng, 6.5, 8.2, 1), "N": "low", "P": "medium", "K": "high"})
    return b.build()
