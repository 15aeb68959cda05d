"""Shvydko: a food and parcel delivery app, used in Kyiv and to send things to the
grandmother in Warsaw (Polish addresses, a Polish-speaking backend team that
names its device header `identyfikator-urzadzenia`).

The ANDROID_ID is that header on signed-in calls; AppsFlyer reports launches
and purchases with the advertising id and its own `uid`. Courier tracking
returns the courier's coordinates and the courier's handheld terminal id (the
courier company's device, not the tester's); orders, restaurant lists and
coupons are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, dalvik, iso, kyiv_point, ms, rf, rid, ua

API = "https://api.shvydko.example"
UA = ua("Shvydko", "5.0.4")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "shvydko", method, url)
    b.header("user-agent", UA)
    b.header(
        "identyfikator-urzadzenia",
        b.id("aid_dostavka", where="header identyfikator-urzadzenia (Polish: device identifier)"),
    )
    b.header("accept-language", c.rng.choice(["uk-UA", "pl-PL"]))
    return b


def appsflyer(c: Context, purchase: bool = False) -> Flow:
    kind = "androidevent" if purchase else "launches"
    host = "inapps.appsflyer.com" if purchase else "launches.appsflyer.com"
    b = FB(c, "appsflyer", "POST", f"https://{host}/api/v6.13/{kind}", http_version="HTTP/1.1")
    b.params.extend([("app_id", "ua.shvydko.app"), ("buildnumber", "6.13.0")])
    b.header("user-agent", dalvik())
    body = {
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "uid": b.id("dostavka_af_uid", where="json uid"),
        "af_timestamp": str(ms(c)),
        "app_version_name": "5.0.4",
        "model": "SM-A546B",
        "country": c.rng.choice(["UA", "PL"]),
    }
    if purchase:
        b.decoy("af_revenue and order id")
        body["eventName"] = "af_purchase"
        body["eventValue"] = (
            f'{{"af_revenue":{rf(c.rng, 150, 900, 2)},"af_currency":"UAH",'
            f'"af_order_id":"{new_digits(c.rng, 9)}"}}'
        )
    b.json(body)
    b.respond(200, "text/plain", b"ok")
    return b.build()


def order(c: Context) -> Flow:
    warsaw = c.rng.random() < 0.35
    b = _b(c, "POST", f"{API}/v2/zamowienia" if warsaw else f"{API}/v2/zamovlennia")
    b.decoy("order number and address")
    if warsaw:
        b.json(
            {
                "adres_dostawy": {
                    "ulica": "ul. Grochowska 214",
                    "kod_pocztowy": "04-357",
                    "miasto": "Warszawa",
                },
                "odbiorca": "Halyna K.",
                "paczka": {"waga_kg": rf(c.rng, 0.5, 8, 1), "zawartosc": "dokumenty, ліки"},
                "numer_telefonu": "+48" + new_digits(c.rng, 9, "6"),
            }
        )
        b.ok_json({"numer_zamowienia": f"PL{new_digits(c.rng, 10)}", "status": "przyjete"})
    else:
        lat, lon = kyiv_point(c.rng)
        b.json(
            {
                "zaklad_id": c.rng.randint(100, 9000),
                "pozytsii": [{"id": c.rng.randint(1, 400), "k_st": c.rng.randint(1, 3)}],
                "adresa": {"lat": lat, "lon": lon, "kvartyra": str(c.rng.randint(1, 200))},
                "oplata": "karta",
            }
        )
        b.ok_json(
            {"nomer": f"SH-{new_digits(c.rng, 8)}", "chas_dostavky_khv": c.rng.randint(25, 70)}
        )
    return b.build()


def courier_track(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/zamovlennia/{new_digits(c.rng, 8)}/kurier")
    b.decoy("courier's coordinates and the courier's handheld id (the courier company's device)")
    path = [kyiv_point(c.rng) for _ in range(5)]
    b.ok_json(
        {
            "kurier": {"imia": "Андрій", "transport": "velo"},
            "terminal_kuriera": "ZEBRA-TC21-" + new_hex(c.rng, 8).upper(),
            "marshrut": [{"lat": p[0], "lon": p[1]} for p in path],
            "eta": iso(c),
        }
    )
    return b.build()


def restaurants(c: Context) -> Flow:
    lat, lon = kyiv_point(c.rng)
    b = FB(c, "shvydko", "GET", f"{API}/v2/zaklady?lat={lat}&lon={lon}")
    b.header("user-agent", UA)
    b.decoy("restaurant list with coordinates and ratings")
    b.ok_json(
        {
            "zaklady": [
                {"nazva": n, "reitynh": rf(c.rng, 3.5, 5, 1), "lat": lat + 0.01, "lon": lon - 0.01}
                for n in ("Пузата Хата", "Львівські круасани", "Sushi Master", "Мафія")
            ]
        }
    )
    return b.build()


def coupon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kupony/aktyvuvaty")
    b.json({"kod": "VESNA" + new_digits(c.rng, 3)})
    b.ok_json({"znyzhka_vidsotkiv": c.rng.choice([10, 15, 20]), "diisnyi_do": iso(c)})
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/auth/otp")
    b.decoy("phone number and one-time code request id")
    b.json({"telefon": b.acct("phone_no"), "kanal": "sms", "zapyt": rid(c.rng)})
    b.ok_json(
        {
            "korystuvach": b.acct("dostavka_user"),
            "email": b.id("email", where="response json email", direction="response"),
        }
    )
    return b.build()
