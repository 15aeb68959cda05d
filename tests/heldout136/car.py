"""MojaSkoda-style connected-car app for the family's car in Warsaw.

The car's VIN and its telematics modem IMEI identify a household device. The
head unit reports which radio station was on and for how long (a live tuning
log: listening history). Trip coordinates, fuel price lists and the dealer's
service appointment are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, ua

API = "https://api.autopolaczenie.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "autopolaczenie", method, url)
    b.header("user-agent", ua("AutoPolaczenie", "4.7.1"))
    b.header("x-device", b.id("aid_car", where="header x-device"))
    return b


def vehicle_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/pojazdy/status")
    b.param("vin", b.id("car_vin", where="query vin (the family car)"))
    b.ok_json(
        {
            "modem": {
                "imei": b.id("car_imei", where="response json modem.imei", direction="response")
            },
            "paliwo_proc": c.rng.randint(5, 100),
            "zamkniety": True,
            "pozycja": {"lat": rf(c.rng, 52.1, 52.3), "lon": rf(c.rng, 20.9, 21.1)},
        }
    )
    return b.build()


def radio_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/multimedia/sluchane")
    b.param("vin", b.id("car_vin", where="query vin (the family car)"))
    b.view("json stacja + od + czas_s (radio listening log)")
    b.json(
        {
            "wpisy": [
                {
                    "stacja": c.rng.choice(["RMF FM", "Radio ZET", "Trójka", "TOK FM"]),
                    "od": ms(c) - i * 900_000,
                    "czas_s": c.rng.randint(60, 1800),
                }
                for i in range(c.rng.randint(1, 4))
            ]
        }
    )
    b.no_content()
    return b.build()


def trip(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trasy/ostatnia")
    b.decoy("trip coordinates and fuel use")
    b.ok_json(
        {
            "punkty": [[rf(c.rng, 52.1, 52.3), rf(c.rng, 20.9, 21.1)] for _ in range(12)],
            "spalanie": rf(c.rng, 5, 9, 1),
            "start": iso(c),
        }
    )
    return b.build()


def telemetry_hashed(c: Context) -> Flow:
    """The modem's keep-alive relayed by the app: SHA-256 of the IMEI under `u`."""
    b = _b(c, "POST", f"{API}/t")
    b.json(
        {
            "u": b.id(
                "car_imei", "sha256", where="json u (sha256 of modem IMEI)", detectable=False
            ),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def service_booking(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/serwis/wizyty")
    b.decoy("dealer service appointment (the dealer's workshop, a booking number)")
    b.json(
        {
            "dealer": "ASO Warszawa Wola",
            "data": iso(c),
            "nr_rezerwacji": f"R{c.rng.randint(10**5, 10**6)}",
        }
    )
    b.ok_json({"potwierdzono": True})
    return b.build()
