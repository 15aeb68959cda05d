"""Ýol Taksi: a ride-hailing app on the father's Samsung, with AppsFlyer.

AppsFlyer's launch and in-app events (launches. / inapps.appsflyer.com,
`/api/v6.x/androidevent`, JSON with `advertiserId`, `uid`, `android_id`,
`eventValue` a JSON string) carry the GAID, the ANDROID_ID and AppsFlyer's uid.
The app's anti-fraud header carries a SHA-256 of the ANDROID_ID cut to 32 hex.
Pick-up and drop-off coordinates, fares, ride and order numbers, the driver's
photo download and the car's plate are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.yoltaksi.example"
UA = ua("YolTaksi", "2.8.4", "kaka")
SPOTS = [
    ("Türkmenbaşy şaýoly", 37.9487, 58.3792),
    ("Gülistan bazary", 37.9402, 58.3801),
    ("Aşgabat howa menzili", 37.9868, 58.3610),
    ("Älem medeni-dynç alyş merkezi", 37.9128, 58.3573),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "yoltaksi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _af(c: Context, host: str, event: str | None) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.13/androidevent?app_id=tm.yol.taksi&buildnumber=6.13.0",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A346E Build/UP1A.231005.007)")
    body = {
        "advertiserId": b.id("gaid_kaka", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("taksi_af_uid", where="json uid"),
        "android_id": b.id("aid_taksi", where="json android_id"),
        "appsflyerKey": "qW8mZ2xYtR4pLn6vB3sKjH",
        "af_timestamp": str(ms(c)),
        "brand": "samsung",
        "model": "SM-A346E",
        "lang": "Türkmen",
        "operator": "TM CELL",
        "counter": str(c.rng.randint(2, 80)),
        "isFirstCall": "false",
    }
    if event:
        body["eventName"] = event
        body["eventValue"] = js(
            {"af_revenue": rf(c.rng, 8, 60, 2), "af_currency": "TMT", "af_content_type": "ride"}
        )
    b.json(body)
    if event:
        b.ok_json({"status": "ok"})
    else:
        b.respond(200, "text/plain", b"ok")
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    return _af(c, "launches", None)


def appsflyer_ride(c: Context) -> Flow:
    return _af(c, "inapps", "af_ride_completed")


def fraud_header(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sapar/baha")
    b.header("x-dfp", b.id("aid_taksi", "sha256_trunc32", "header x-dfp", detectable=False))
    a, z = c.rng.sample(SPOTS, 2)
    b.decoy("pick-up / drop-off coordinates and fare estimate")
    b.json(
        {
            "nireden": {"lat": a[1], "lon": a[2]},
            "nirä": {"lat": z[1], "lon": z[2]},
            "klass": "ekonom",
        }
    )
    b.ok_json({"baha": rf(c.rng, 12, 70, 1), "pul": "TMT", "minut": c.rng.randint(4, 30)})
    return b.build()


def order_ride(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sapar/sargyt")
    b.decoy("ride order number, coordinates, plate")
    a, z = c.rng.sample(SPOTS, 2)
    b.json(
        {
            "nireden": {"ady": a[0], "lat": a[1], "lon": a[2]},
            "nirä": {"ady": z[0], "lat": z[1], "lon": z[2]},
            "tölegGörnüşi": "nagt",
            "wagt": iso(c),
        }
    )
    b.ok_json(
        {
            "saparBelgisi": f"YT-{c.rng.randint(10**7, 10**8)}",
            "sargyt": order_no(c.rng),
            "sürüji": {
                "ady": "Batyr",
                "awtoulag": "Toyota Camry",
                "belgi": f"{c.rng.randint(1000, 9999)} AG",
            },
        }
    )
    return b.build()


def driver_location(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sapar/{c.rng.randint(10**7, 10**8)}/surujı-ýeri")
    b.decoy("driver's car coordinates")
    s = c.rng.choice(SPOTS)
    b.ok_json(
        {
            "lat": round(s[1] + c.rng.uniform(-0.01, 0.01), 5),
            "lon": round(s[2] + c.rng.uniform(-0.01, 0.01), 5),
            "ugur": c.rng.randint(0, 359),
        }
    )
    return b.build()


def driver_photo(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.yoltaksi.example/suruji/{c.rng.randint(10**4, 10**5)}.jpg")
    b.decoy("driver photo download (display only)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()
