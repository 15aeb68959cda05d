"""Такси Вайнах: a taxi app on the cousin's Honor (Nazran, Magas, trips to Grozny).

Russian key names: registration sends `ид_устройства` (ANDROID_ID),
`рекламный_ид` (advertising id) and the app's `ид_установки`; every order call
carries the install id in `X-Install`, and price estimates send an MD5 of the
ANDROID_ID in a header named `X-T`. AppMetrica inside. Pick-up and drop-off
coordinates, order numbers, fares, the driver's car plate and photo URL are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import order_no

from . import sdks
from .phone import FB, iso, rf, rid, ua

API = "https://api.taxi-vaynakh.example"
UA = ua("TaxiVaynakh", "5.6.1", "vasha")
PLACES = [(43.2257, 44.7645, "Магас"), (43.2167, 44.7686, "Назрань"), (43.3178, 45.6949, "Грозный")]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "taxivaynakh", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng))
    if install:
        b.header("x-install", b.id("taxi_install", where="header x-install"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/client/register", install=False)
    b.json(
        {
            "телефон": b.acct("taxi_phone"),
            "ид_устройства": b.id("aid_taxi", where="json ид_устройства"),
            "рекламный_ид": b.id("gaid_vasha", where="json рекламный_ид"),
            "ид_установки": b.id("taxi_install", where="json ид_установки"),
            "платформа": "android",
        }
    )
    b.ok_json({"ok": True, "sms_sent": True})
    return b.build()


def estimate(c: Context) -> Flow:
    a, z = c.rng.sample(PLACES, 2)
    b = _b(c, "POST", f"{API}/v1/price/estimate", install=False)
    b.header("x-t", b.id("aid_taxi", "md5", "header x-t", detectable=False))
    b.decoy("pick-up / drop-off coordinates")
    b.json(
        {
            "откуда": {"lat": a[0], "lon": a[1]},
            "куда": {"lat": z[0], "lon": z[1]},
            "тариф": "эконом",
        }
    )
    b.ok_json({"цена": rf(c.rng, 250, 2500, 0), "минут": c.rng.randint(8, 90)})
    return b.build()


def order(c: Context) -> Flow:
    a, z = c.rng.sample(PLACES, 2)
    b = _b(c, "POST", f"{API}/v1/order")
    b.decoy("order number, coordinates, driver plate")
    b.json({"откуда": a[2], "куда": z[2], "координаты": [a[0], a[1]], "оплата": "наличные"})
    b.ok_json(
        {
            "номер_заказа": order_no(c.rng),
            "водитель": {
                "имя": "Ибрагим",
                "авто": "Lada Vesta",
                "номер": f"А{c.rng.randint(100, 999)}ВЕ06",
            },
            "фото": f"https://cdn.taxi-vaynakh.example/d/{rid(c.rng)}.jpg",
        }
    )
    return b.build()


def order_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/order/current")
    b.ok_json(
        {
            "статус": c.rng.choice(["поиск", "едет", "на_месте"]),
            "lat": 43.2,
            "lon": 44.77,
            "t": iso(c),
        }
    )
    return b.build()


def metrica_start(c: Context) -> Flow:
    return sdks.appmetrica_startup(c, "taxi")


def metrica_report(c: Context) -> Flow:
    return sdks.appmetrica_report(c, "taxi")
