"""Казан Транспорты (fictional city transport app) on the son's Pixel.

Live bus positions come from the transit agency's GPS trackers: each vehicle's
garage number, its tracker's IMEI, position, speed and heading. Those trackers
are the agency's own equipment, not a passenger's device. Stop forecasts, the
route shapes, the phone's own coordinates for nearest stops and the travel
card top-up are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex

from .phone import FB, iso, ms, rf, rid, ua, url

API = "https://api.transport-kzn.example"
UA = ua("KazanTransport", "3.6.1", "ulim")
ROUTES = ["2", "10а", "22", "37", "46", "63", "74", "89"]


def _b(c: Context, method: str, target: str) -> FB:
    b = FB(c, "kzn-transport", method, url(target))
    b.header("user-agent", UA)
    return b


def vehicles(c: Context) -> Flow:
    r = c.rng.choice(ROUTES)
    b = _b(c, "GET", f"{API}/v2/маршрут/{r}/автобуслар")
    b.decoy("bus GPS: garage numbers and tracker IMEIs (the agency's own equipment), coordinates")
    b.ok_json(
        {
            "маршрут": r,
            "автобуслар": [
                {
                    "гараж_номеры": str(c.rng.randint(1000, 9999)),
                    "tracker_imei": luhn_complete("86" + new_digits(c.rng, 12)),
                    "lat": rf(c.rng, 55.72, 55.87, 5),
                    "lon": rf(c.rng, 49.0, 49.3, 5),
                    "tizlek": c.rng.randint(0, 60),
                    "yünäleş": c.rng.randint(0, 359),
                    "t": iso(c),
                }
                for _ in range(c.rng.randint(3, 7))
            ],
        }
    )
    return b.build()


def forecast(c: Context) -> Flow:
    stop = c.rng.randint(100, 2000)
    b = _b(c, "GET", f"{API}/v2/тукталыш/{stop}/прогноз")
    b.ok_json(
        {
            "tuqtalış": stop,
            "kilä": [
                {"маршрут": r, "минут": c.rng.randint(1, 25)} for r in c.rng.sample(ROUTES, 3)
            ],
        }
    )
    return b.build()


def nearest(c: Context) -> Flow:
    lat, lon = rf(c.rng, 55.74, 55.85, 5), rf(c.rng, 49.05, 49.25, 5)
    b = _b(c, "GET", f"{API}/v2/якындагы-тукталышлар?lat={lat}&lon={lon}&r=500")
    b.decoy("the phone's coordinates for nearby stops")
    b.ok_json(
        {
            "tuqtalışlar": [
                {"id": c.rng.randint(100, 2000), "isem": n}
                for n in ("Кремль", "Бауман урамы", "Тукай мәйданы")
            ]
        }
    )
    return b.build()


def route_shape(c: Context) -> Flow:
    r = c.rng.choice(ROUTES)
    b = _b(c, "GET", f"{API}/v2/маршрут/{r}/shape")
    b.ok_json(
        {"points": [[rf(c.rng, 55.72, 55.87, 5), rf(c.rng, 49.0, 49.3, 5)] for _ in range(20)]}
    )
    return b.build()


def topup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/транспорт-картасы/тулыландыру")
    b.decoy("travel card number (a card) and payment reference")
    b.json(
        {"karta": b.acct("transport_card"), "summa": c.rng.choice([200, 500]), "ref": rid(c.rng)}
    )
    b.ok_json({"status": "ok", "chek": new_hex(c.rng, 16)})
    return b.build()


def qr_validate(c: Context) -> Flow:
    b = FB(c, "kzn-validator", "POST", f"{API}/v1/validator/scan", http_version="HTTP/1.1")
    b.header("user-agent", "Validator/2.2")
    b.decoy("on-board validator (the agency's own) reporting a QR ticket scan")
    b.json(
        {
            "validator_serial": "VL" + new_digits(c.rng, 8),
            "bort_nomer": str(c.rng.randint(1000, 9999)),
            "qr": new_hex(c.rng, 32),
            "t": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
