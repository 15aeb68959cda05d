"""Yolla: a Baku taxi app (Russian-speaking developers, AppMetrica and Adjust inside).

It sends the ANDROID_ID when it registers the client; everything else a ride
involves is ordinary look-alike data: fare estimates, route polylines, the
driver's live position, ride and order ids, the driver's photo URL (another
person's picture fetched for display, not a face-matching upload).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, baku, iso, ms, rf, rid, ua

API = "https://api.yolla.example"
UA = ua("Yolla", "9.12.3")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "yolla", method, url)
    b.header("user-agent", UA)
    b.header("x-yolla-session", rid(c.rng))
    return b


def client_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/klient/registratsiya")
    b.json(
        {
            "telefon": b.acct("phone_number"),
            "ustroystvo": {
                "android_id": b.id("aid_taksi", where="json ustroystvo.android_id"),
                "reklamnyy_id": b.id("gaid", where="json ustroystvo.reklamnyy_id"),
                "model": "SM-A556E",
            },
            "yazyk": "ru",
        }
    )
    b.ok_json({"klient_id": b.acct("taksi_user"), "novyy": False})
    return b.build()


def fare_estimate(c: Context) -> Flow:
    (la, lo), (lb, lob) = baku(c.rng), baku(c.rng)
    b = _b(c, "POST", f"{API}/v3/tarif/otsenka")
    b.decoy("pickup / drop-off coordinates and fare")
    b.json({"otkuda": [la, lo], "kuda": [lb, lob], "klass": c.rng.choice(["ekonom", "komfort"])})
    b.ok_json({"tsena_azn": rf(c.rng, 3, 25, 2), "vremya_min": c.rng.randint(3, 15)})
    return b.build()


def order_ride(c: Context) -> Flow:
    (la, lo), (lb, lob) = baku(c.rng), baku(c.rng)
    b = _b(c, "POST", f"{API}/v3/zakaz")
    b.decoy("ride order id and route")
    b.json({"otkuda": {"lat": la, "lon": lo}, "kuda": {"lat": lb, "lon": lob}, "oplata": "karta"})
    b.ok_json(
        {
            "zakaz_id": rid(c.rng),
            "voditel": {
                "imya": c.rng.choice(["Elçin", "Rəşad", "Nicat"]),
                "foto": f"https://img.yolla.example/drivers/{c.rng.randint(10**5, 10**6)}.jpg",
                "avto": "Toyota Prius, 10-XX-123",
            },
        }
    )
    return b.build()


def driver_position(c: Context) -> Flow:
    lat, lon = baku(c.rng)
    b = _b(c, "GET", f"{API}/v3/zakaz/{rid(c.rng)}/voditel/pozitsiya")
    b.decoy("driver's position, heading and speed")
    b.ok_json(
        {"lat": lat, "lon": lon, "kurs": c.rng.randint(0, 359), "skorost": c.rng.randint(0, 70)}
    )
    return b.build()


def route(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/marshrut?z={rid(c.rng)}")
    b.decoy("route polyline (coordinate series)")
    pts = [list(baku(c.rng)) for _ in range(12)]
    b.ok_json({"tochki": pts, "distantsiya_m": c.rng.randint(800, 12000), "ts": ms(c)})
    return b.build()


def rate_ride(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/zakaz/otsenka-voditelya")
    b.json({"zakaz_id": rid(c.rng), "zvezdy": c.rng.randint(3, 5), "kommentariy": "Təşəkkürlər"})
    b.ok_json({"ok": True, "vremya": iso(c)})
    return b.build()
