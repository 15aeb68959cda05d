"""Talabna: a food-delivery app used in Arabic (keys and texts in Arabic where
the in-house team added them), with the AppsFlyer SDK (Israeli) for attribution.
Restaurant lists, orders, courier positions and ratings are ordinary traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.talabna-delivery.example"
UA = ua("Talabna", "9.7.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "talabna", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "ar-IL,he;q=0.8")
    return b


def appsflyer_launch(c: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=com.talabna.app&buildnumber=6.14.2"
    b = FB(c, "appsflyer", "POST", url)
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B)")
    b.json(
        {
            "uid": b.id("deliv_af_uid", where="json uid (AppsFlyer id)"),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id("aid_deliv", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(2, 60)),
            "lang": "العربية",
            "deviceType": "user",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_opaque(c: Context) -> Flow:
    b = FB(c, "appsflyer", "POST", "https://conversions.appsflyer.com/api/v6.14/androidevent")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B)")
    b.json(
        {
            "e": b.id("gaid", "sha1", "json e (SHA-1 of the advertising id)", detectable=False),
            "ts": ms(c),
        }
    )
    b.ok_json({})
    return b.build()


def restaurants(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/v3/مطاعم?lat={rf(c.rng, 32.7, 32.83, 4)}&lon={rf(c.rng, 34.95, 35.05, 4)}"
    )
    b.decoy("restaurants near coordinates, delivery minutes and ratings")
    b.ok_json(
        {
            "مطاعم": [
                {"الاسم": n, "وقت_التوصيل": c.rng.randint(20, 60), "تقييم": rf(c.rng, 3, 5, 1)}
                for n in ("فلافل الأمير", "حمص سعيد", "شاورما أبو جورج")
            ]
        }
    )
    return b.build()


def order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/orders")
    b.decoy("order with phone number (an account contact, not a device id)")
    b.json(
        {
            "items": [{"sku": c.rng.randint(1000, 9999), "qty": 1}],
            "phone": b.acct("phone_number"),
            "العنوان": "شارع الجبل 24، حيفا",
            "idempotency": rid(c.rng),
        }
    )
    b.ok_json({"orderId": f"TL-{c.rng.randint(10**6, 10**7)}", "eta": iso(c)})
    return b.build()


def courier(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/orders/TL-{c.rng.randint(10**6, 10**7)}/courier")
    b.decoy("courier position track")
    b.ok_json(
        {"track": [[rf(c.rng, 32.7, 32.83, 5), rf(c.rng, 34.95, 35.05, 5)] for _ in range(6)]}
    )
    return b.build()


def dish_photo(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.talabna-delivery.example/dish/{c.rng.randint(10**5, 10**6)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 350))
    return b.build()
