"""AvtoTrek: the family car's telematics app (a VW with a dealer-fitted module).

Binding the car sends the VIN and the telematics module's IMEI; the module's
heartbeat, relayed through the phone, carries the IMEI hex-encoded under `h`.
The car's head unit logs which radio station played and for how long (a
listening log, viewing history). Trips with coordinates, fuel prices, the
service booking and the dealer's diagnostic tester id are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, kyiv_point, ms, rf, ua

API = "https://api.avtotrek.example"
UA = ua("AvtoTrek", "3.0.11")
STATIONS = [("Хіт FM", "96.4"), ("Radio ROKS", "98.0"), ("Армія FM", "95.0"), ("Радіо НВ", "96.0")]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "avtotrek", method, url)
    b.header("user-agent", UA)
    b.header("x-client-android-id", b.id("aid_avto", where="header x-client-android-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/avto/pryviazka")
    b.json(
        {
            "vin": b.id("car_vin", where="json vin"),
            "imei_modulia": b.id("car_imei", where="json imei_modulia"),
            "marka": "Volkswagen",
            "model": "Passat B8",
            "rik": 2018,
        }
    )
    b.ok_json({"avto_id": c.rng.randint(10**5, 10**6), "korystuvach": b.acct("avto_user")})
    return b.build()


def telemetry(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/telemetriia")
    b.header("x-vin", b.id("car_vin", where="header x-vin"))
    b.json(
        {
            "probih_km": c.rng.randint(140000, 150000),
            "palyvo_vidsotkiv": c.rng.randint(5, 100),
            "akumuliator_v": rf(c.rng, 11.8, 14.4, 2),
            "chas": iso(c),
        }
    )
    b.no_content()
    return b.build()


def heartbeat_opaque(c: Context) -> Flow:
    b = FB(c, "avtotrek", "GET", f"{API}/hb")
    b.header("user-agent", "TCU/4.1")
    b.params.extend(
        [
            ("h", b.id("car_imei", "hex", "query h (hex of the IMEI)", detectable=False)),
            ("t", str(int(c.now))),
            ("s", str(c.rng.randint(0, 31))),
        ]
    )
    b.ok_json({"c": 0})
    return b.build()


def radio_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/media/istoriia")
    b.view("json radio[] stantsiia / pochatok / tryvalist_sek (head unit listening log)")
    rows = []
    for _ in range(c.rng.randint(1, 4)):
        name, freq = c.rng.choice(STATIONS)
        rows.append(
            {
                "stantsiia": name,
                "chastota": freq,
                "pochatok": iso(c),
                "tryvalist_sek": c.rng.randint(60, 2400),
            }
        )
    b.json({"radio": rows})
    b.no_content()
    return b.build()


def trip(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/poizdky")
    b.decoy("trip track with coordinates and speeds")
    pts = [kyiv_point(c.rng) for _ in range(8)]
    b.json(
        {
            "trek": [{"lat": p[0], "lon": p[1], "shvydkist": c.rng.randint(0, 90)} for p in pts],
            "pochatok": iso(c),
            "vidstan_km": rf(c.rng, 2, 40, 1),
        }
    )
    b.ok_json({"poizdka_id": c.rng.randint(10**6, 10**7)})
    return b.build()


def fuel_prices(c: Context) -> Flow:
    b = FB(c, "avtotrek", "GET", f"{API}/api/v1/tsiny-palyva?misto=kyiv")
    b.header("user-agent", UA)
    b.decoy("fuel price series")
    b.ok_json({k: [rf(c.rng, 50, 60, 2) for _ in range(14)] for k in ("A95", "DP", "LPG")})
    return b.build()


def service(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/servis/zapys")
    b.decoy("dealer's diagnostic tester id (the dealer's equipment)")
    b.json(
        {
            "dyler": "Автоцентр на Столичному",
            "data": iso(c)[:10],
            "robota": "TO-150000",
            "tester_sn": "VAS6154-" + new_hex(c.rng, 6).upper(),
        }
    )
    b.ok_json({"zapys": c.rng.randint(1000, 9999), "chas": ms(c)})
    return b.build()
