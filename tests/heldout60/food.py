"""A food-delivery app ("Nälkä": restaurants, courier tracking) with AppsFlyer and
Firebase.

Real SDKs: AppsFlyer Android SDK 6.x launch event (POST launches.appsflyer.com/
api/v6.12/androidevent?app_id=...&buildnumber=..., JSON with advertiserId,
advertiserIdEnabled, uid, af_timestamp, installDate, counter, as in AppsFlyer's
SDK integration docs and published traffic captures); Firebase Installations
REST (POST firebaseinstallations.googleapis.com/v1/projects/{p}/installations,
{fid, appId, authVersion "FIS_v2", sdkVersion "a:17.2.0"}, header
x-goog-api-key, per the firebase-android-sdk / firebase-js-sdk sources). The
courier-tracking and "recently viewed restaurants" calls are the app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rf, rid, track, ua

API = "https://api.nalka-delivery.fi"
UA = ua("Nalka", "24.46.1")
PKG = "fi.nalka.consumer"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "nalka", method, API + path)
    b.header("user-agent", UA)
    b.header("x-nalka-user", b.acct("food_user"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.12/androidevent"
    b = FB(c, "appsflyer", "POST", url, [("app_id", PKG), ("buildnumber", "6.12.2")])
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/AP2A.240905.003)")
    body = {
        "advertiserId": b.id("gaid", where="body advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": c.phone.food_af_uid,
        "af_timestamp": str(ms(c)),
        "installDate": "2024-09-02_101512+0300",
        "counter": str(c.rng.randint(2, 90)),
        "model": "Pixel 7a",
        "brand": "google",
        "lang": "suomi",
        "platformextension": "android_native",
    }
    b.other_id("food_af_uid", "body uid")
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def firebase_install(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/nalka-prod/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.header("x-android-package", PKG)
    b.other_id("food_fid", "body fid")
    b.json(
        {
            "fid": c.phone.food_fid,
            "appId": "1:4417:android:" + new_hex(c.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/4417/installations/" + c.phone.food_fid,
            "fid": c.phone.food_fid,
            "refreshToken": "3_" + new_hex(c.rng, 60),
        }
    )
    return b.build()


def restaurants(c: Context) -> Flow:
    b = _b(c, "GET", f"/v4/ravintolat?lat={rf(c.rng, 60.15, 60.22)}&lon={rf(c.rng, 24.8, 25.0)}")
    items = [
        {
            "id": new_hex(c.rng, 24),
            "nimi": c.rng.choice(["Sushi Bar", "Pizzeria Roma", "Pho 88", "Burger Lab"]),
            "eta_min": c.rng.randint(15, 55),
            "rating": rf(c.rng, 3.5, 4.9, 1),
        }
        for _ in range(8)
    ]
    b.ok_json({"ravintolat": items})
    b.decoy("restaurant list with ETAs and ratings near a coordinate")
    return b.build()


def recently_viewed(c: Context) -> Flow:
    b = _b(c, "POST", "/v4/me/recently-viewed")
    b.json(
        {
            "venueId": new_hex(c.rng, 24),
            "viewedAt": iso(c),
            "dwellMs": c.rng.randint(800, 40000),
            "source": c.rng.choice(["search", "home_carousel", "deeplink"]),
        }
    )
    b.no_content()
    b.decoy("recently viewed restaurant with dwell time: a listing viewed, not media watched")
    return b.build()


def courier_eta(c: Context) -> Flow:
    b = _b(c, "GET", f"/v4/tilaukset/{new_digits(c.rng, 9)}/kuriiri")
    b.ok_json(
        {
            "courierId": "cr_" + new_hex(c.rng, 10),
            "vehicle": c.rng.choice(["bike", "car"]),
            "etaSeconds": c.rng.randint(120, 1500),
            "path": track(c.rng, 60.17, 24.94, 10),
            "heading": rf(c.rng, 0, 360, 1),
            "updatedAt": ms(c),
        }
    )
    b.decoy("courier position trail and ETA: someone else's coordinates, no id of the phone")
    return b.build()


def order(c: Context) -> Flow:
    b = _b(c, "POST", "/v4/tilaukset")
    b.json(
        {
            "venueId": new_hex(c.rng, 24),
            "rivit": [{"tuote": new_digits(c.rng, 6), "kpl": c.rng.randint(1, 3)}],
            "idempotencyKey": rid(c.rng),
            "maksutapa": "card",
            "tip": c.rng.choice([0, 1, 2]),
        }
    )
    b.ok_json({"tilausnumero": "NK-" + new_digits(c.rng, 8), "traceId": rid(c.rng)})
    b.decoy("order with idempotency key and trace id (request ids, not device ids)")
    return b.build()
