"""Parts: the TecAlliance catalogue (TecDoc) and a Polish wholesaler's ordering API.

Article numbers, OE cross-references, part serials of warranty returns and
stock levels: catalogue data and the garage's purchases, nothing personal.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, rf, rid, ua, vin

TECDOC = "https://webservice.tecalliance.net/pegasus-3-0/services/TecdocToCatDLB.jsonEndpoint"
HURT = "https://b2b.hurtownia-czesci.example/api"
UA = ua("Katalog", "2.9.0")


def tecdoc_articles(c: Context) -> Flow:
    b = FB(c, "tecdoc", "POST", TECDOC)
    b.header("user-agent", UA)
    b.header("x-api-key", new_hex(c.rng, 32))
    b.decoy("catalogue search by a customer's VIN: article numbers, not history")
    b.json(
        {
            "getArticles": {
                "articleCountry": "PL",
                "lang": "pl",
                "provider": 22610,
                "searchQuery": vin(c.rng),
                "searchType": 10,
                "assemblyGroupNodeIds": c.rng.randint(100000, 100999),
                "perPage": 25,
            }
        }
    )
    b.ok_json(
        {
            "articles": [
                {
                    "articleNumber": c.rng.choice(["0 986", "BP", "GDB"]) + new_digits(c.rng, 4),
                    "mfrName": c.rng.choice(["BOSCH", "TRW", "ATE", "FEBI"]),
                    "genericArticleDescription": "Klocki hamulcowe",
                }
                for _ in range(8)
            ],
            "totalMatchingArticles": c.rng.randint(8, 200),
        }
    )
    return b.build()


def order(c: Context) -> Flow:
    b = FB(c, "hurtownia", "POST", f"{HURT}/zamowienia")
    b.header("user-agent", UA)
    b.decoy("parts order: SKUs, prices, delivery slot")
    b.json(
        {
            "pozycje": [
                {"indeks": f"{new_digits(c.rng, 6)}", "ilosc": c.rng.randint(1, 4)}
                for _ in range(c.rng.randint(1, 5))
            ],
            "dostawa": c.rng.choice(["10:30", "13:00", "16:30"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json(
        {"nrZamowienia": f"ZAM{new_digits(c.rng, 8)}", "wartoscBrutto": rf(c.rng, 40, 2500, 2)}
    )
    return b.build()


def warranty_return(c: Context) -> Flow:
    b = FB(c, "hurtownia", "POST", f"{HURT}/reklamacje")
    b.header("user-agent", UA)
    b.decoy("serial numbers of returned parts (alternator, injector): parts, not devices")
    b.json(
        {
            "czesc": {
                "indeks": new_digits(c.rng, 6),
                "numerSeryjny": c.rng.choice(["0124", "0445", "F00M"]) + new_digits(c.rng, 9),
                "dataMontazu": "2024-0" + str(c.rng.randint(1, 9)) + "-15",
            },
            "vinPojazdu": vin(c.rng),
            "opis": "Не заряджає / nie ładuje",
        }
    )
    b.ok_json({"rma": f"RMA-{new_digits(c.rng, 7)}"})
    return b.build()


def stock_prices(c: Context) -> Flow:
    b = FB(
        c,
        "hurtownia",
        "GET",
        f"{HURT}/ceny?indeksy={','.join(new_digits(c.rng, 6) for _ in range(5))}",
    )
    b.header("user-agent", UA)
    b.decoy("price series per SKU")
    b.ok_json(
        {"ceny": [{"netto": rf(c.rng, 10, 900, 2), "stan": c.rng.randint(0, 40)} for _ in range(5)]}
    )
    return b.build()


def part_image(c: Context) -> Flow:
    b = FB(
        c, "tecdoc", "GET", f"https://digital-assets.tecalliance.net/{new_hex(c.rng, 16)}/400.jpg"
    )
    b.header("user-agent", UA)
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()
