"""Ti Bara Lokorn: a bakery chain's order-ahead app (Yann's Galaxy A54 in Brest).

The app (French, product names in Breton) uses Adjust (`/session` and
`/event` forms with `gps_adid` and the SDK's `android_uuid`,
https://github.com/adjust/android_sdk) and CleverTap (`/a1` with a JSON
array whose first element is the meta record: `g` the CleverTap device id,
`af.GoogleAdID`). Its own backend gets the ANDROID_ID base64-encoded in an
`x-benveg` header (`benveg` = tool / device). Menus, orders and their numbers,
pickup slots, loyalty points, a semantic search sending a text embedding (a
vector, no face) and the "photograph your cake" feature that sends a pastry
photo to AWS Rekognition DetectLabels (object labels, no face) are ordinary.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.tibara-lokorn.example"
UA = ua("TiBara", "2.9.3", "yann")
PRODUCTS = [
    ("KA-01", "Kouign-amann", 3.2),
    ("FB-02", "Far breton", 2.8),
    ("GB-03", "Gwastell Breizh", 6.5),
    ("BA-04", "Bara segal", 3.9),
    ("KR-05", "Krampouezh x6", 5.0),
]


def _b(c: Context, method: str, url: str, benveg: bool = False) -> FB:
    b = FB(c, "tibara", method, url)
    b.header("user-agent", UA)
    if benveg:
        b.header("x-benveg", b.id("aid_bara", "b64", "header x-benveg"))
    return b


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", "Ti Bara/2.9.3 (Android 14; SM-A546B)")
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "9xq2kq7m3h1c"),
            ("gps_adid", b.id("gaid_yann", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("bara_adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c).replace("Z", "+0100")),
            ("environment", "production"),
            ("session_count", str(c.rng.randint(2, 40))),
            ("tracking_enabled", "1"),
            ("language", "fr"),
            ("country", "FR"),
        ]
    )
    b.ok_json({"app_token": "9xq2kq7m3h1c", "adid": new_hex(c.rng, 32), "timestamp": iso(c)})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event", http_version="HTTP/1.1")
    b.header("user-agent", "Ti Bara/2.9.3 (Android 14; SM-A546B)")
    b.form(
        [
            ("app_token", "9xq2kq7m3h1c"),
            ("event_token", "k3b7ze"),
            ("gps_adid", b.id("gaid_yann", where="form gps_adid")),
            ("revenue", str(rf(c.rng, 3, 25, 2))),
            ("currency", "EUR"),
            ("created_at", iso(c).replace("Z", "+0100")),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def clevertap(c: Context) -> Flow:
    url = f"https://eu1.clevertap-prod.com/a1?os=Android&t=60200&z=W88-4ZR-6K7Z&ts={int(c.now)}"
    b = FB(c, "clevertap", "POST", url)
    b.header("user-agent", UA)
    meta = {
        "type": "meta",
        "g": b.id("bara_ct_id", where="json [0].g"),
        "af": {
            "Build": "29",
            "Version": "2.9.3",
            "OS Version": "14",
            "Make": "samsung",
            "Model": "SM-A546B",
            "GoogleAdID": b.id("gaid_yann", where="json [0].af.GoogleAdID"),
            "useIP": False,
        },
        "id": "W88-4ZR-6K7Z",
        "tk": new_hex(c.rng, 8),
        "l_ts": int(c.now) - 3600,
        "f_ts": int(c.now) - 86400 * 30,
    }
    ev = {
        "type": "event",
        "evtName": "Product Viewed",
        "evtData": {"produit": c.rng.choice(PRODUCTS)[1]},
        "s": int(c.now),
        "pg": 3,
    }
    b.set_body(js([meta, ev]).encode(), "application/json; charset=utf-8")
    b.ok_json({"g": "", "arp": {"j": c.rng.randint(1, 9)}})
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kont/kevreañ", benveg=True)
    b.json({"pellgomz": "+33698" + str(c.rng.randint(100000, 999999)), "kod": "****"})
    b.ok_json({"implijer": b.acct("bara_user"), "token": new_hex(c.rng, 32)})
    return b.build()


def menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/stal/{c.rng.randint(1, 14)}/roll")
    b.ok_json(
        {
            "produioù": [
                {"sku": s, "anv": n, "priz": p, "skeudenn": f"{API}/img/{s}.jpg"}
                for s, n, p in PRODUCTS
            ]
        }
    )
    return b.build()


def order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/urzhioù")
    b.decoy("order number and pickup slot")
    items = c.rng.sample(PRODUCTS, 2)
    b.json(
        {
            "elfennoù": [{"sku": s, "niver": c.rng.randint(1, 4)} for s, _, _ in items],
            "stal": "Lambezelleg",
            "eur_dastum": f"{c.rng.randint(7, 18):02d}:{c.rng.choice(['00', '15', '30', '45'])}",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"niverenn_urzh": order_no(c.rng), "priz_hollek": rf(c.rng, 5, 40, 2)})
    return b.build()


def loyalty(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fiziañs/poentoù")
    b.decoy("loyalty points and barcode")
    b.ok_json(
        {"poentoù": c.rng.randint(0, 400), "kod_barrennoù": str(c.rng.randint(10**12, 10**13))}
    )
    return b.build()


def semantic_search(c: Context) -> Flow:
    q = c.rng.choice(["kouign amann aozet gant amanenn", "gâteau sans gluten", "bara segal"])
    b = _b(c, "POST", f"{API}/v2/klask/vektor")
    b.decoy("text embedding for product search (a vector, no face)")
    b.json({"g": q, "vektor": floats(c.rng, 64), "model": "txt-embed-small", "k": 5})
    b.ok_json({"disoc'hoù": [s for s, _, _ in c.rng.sample(PRODUCTS, 3)]})
    return b.build()


def pastry_labels(c: Context) -> Flow:
    b = FB(c, "rekognition", "POST", "https://rekognition.eu-west-1.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.DetectLabels")
    b.header("authorization", "AWS4-HMAC-SHA256 Credential=AKIA" + new_hex(c.rng, 16).upper())
    b.decoy("pastry photo to DetectLabels (object labels, no face)")
    b.set_body(
        js(
            {"Image": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**9), 500))}, "MaxLabels": 5}
        ).encode(),
        "application/x-amz-json-1.1",
    )
    b.respond(
        200,
        "application/x-amz-json-1.1",
        js(
            {
                "Labels": [
                    {"Name": "Bread", "Confidence": rf(c.rng, 80, 99, 2)},
                    {"Name": "Pastry", "Confidence": rf(c.rng, 70, 99, 2)},
                ],
                "LabelModelVersion": "3.0",
            }
        ).encode(),
    )
    return b.build()


def store_hours(c: Context) -> Flow:
    city = c.rng.choice(["Brest", "Landerne", "Montroulez", "Kemper"])
    b = _b(c, "GET", f"{API}/v1/stalioù?kêr={quote(city)}&t={ms(c)}")
    b.decoy("shop coordinates and opening hours")
    b.ok_json(
        {
            "stalioù": [
                {
                    "anv": f"Ti Bara {city}",
                    "lat": rf(c.rng, 47.9, 48.6, 5),
                    "lon": rf(c.rng, -4.6, -3.8, 5),
                    "digor": "07:00-19:30",
                }
            ],
            "hizivaet": iso(c),
        }
    )
    return b.build()
