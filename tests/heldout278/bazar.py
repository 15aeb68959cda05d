"""Uyghur Bazar: a diaspora marketplace on the Almaty phone (carpets, doppa caps,
dried fruit, atlas silk), with USY (Cyrillic) and ULY keys.

Sellers upload product photos (multipart, `мәһсулат_рәсими`), the app's visual
search sends a 256-float product-image embedding, orders carry order numbers
and idempotency keys, addresses are typed in. None of that is sensitive. The
app registers the phone (ANDROID_ID) and Adjust tracks sessions and events
with the advertising id.
"""

from __future__ import annotations

from tests.heldout.biometric import embedding
from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.uyghurbazar.example"
UA = ua("UyghurBazar", "2.6.0", "almaty")
MEHSULAT = [
    ("b101", "Хотән гилими", 185000),
    ("b102", "Доппа (Қәшқәр)", 12000),
    ("b103", "Атлас рәхт 5 м", 38000),
    ("b104", "Турпан үзүми 1 кг", 4500),
    ("b105", "Мис чайдан", 26000),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "uyghurbazar", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/qurilma")
    b.json(
        {
            "android_id": b.id("aid_bazar", where="json android_id"),
            "adjust_adid": b.id("bazar_adid", where="json adjust_adid"),
            "model": "SM-A346E",
            "til": "ug-Cyrl",
        }
    )
    b.ok_json({"ishletküchi": b.acct("bazar_user")})
    return b.build()


def listing(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/v1/mehsulatlar?kategoriya={c.rng.choice(['gilem', 'kiyim', 'yemish'])}"
    )
    b.ok_json(
        {
            "мәһсулатлар": [
                {
                    "id": i,
                    "нами": n,
                    "баһаси": p,
                    "рәсим": f"https://img.uyghurbazar.example/{i}.jpg",
                }
                for i, n, p in MEHSULAT
            ]
        }
    )
    return b.build()


def product_image(c: Context) -> Flow:
    b = FB(
        c, "uyghurbazar", "GET", f"https://img.uyghurbazar.example/{c.rng.choice(MEHSULAT)[0]}.jpg"
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 450))
    return b.build()


def photo_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/satquchi/mehsulat/resim")
    b.decoy("product photos uploaded by a seller (no face analysis)")
    boundary = "----" + new_hex(c.rng, 24)
    parts = [
        ("мәһсулат_id", None, "text/plain", c.rng.choice(MEHSULAT)[0].encode()),
        ("мәһсулат_рәсими", "gilem_1.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ("мәһсулат_рәсими", "gilem_2.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"resimler": [new_hex(c.rng, 16), new_hex(c.rng, 16)]}, 201)
    return b.build()


def visual_search(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/resim-bilen-izdesh")
    b.decoy("256-d unit-norm product image embedding (a carpet, no face)")
    b.json(
        {
            "рәсим_вектори": embedding(c, 256),
            "түри": "гилем",
            "top_k": 24,
        }
    )
    b.ok_json({"oxshash": [m[0] for m in MEHSULAT[:3]]})
    return b.build()


def order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/zakaz")
    b.decoy("order number, idempotency key, delivery address")
    b.header("idempotency-key", rid(c.rng))
    i, _n, p = c.rng.choice(MEHSULAT)
    b.json(
        {
            "заказ": {"мәһсулат": i, "сани": c.rng.randint(1, 3), "баһа": p, "пул": "KZT"},
            "адрес": "Алмута, Зарйақуп мәһәллиси, Наурызбай батур к. 12",
            "телефон_көрситилсун": False,
        }
    )
    b.ok_json({"заказ_номури": "UB-" + new_digits(c.rng, 9), "һалити": "қобул қилинди"}, 201)
    return b.build()


def seller_chat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sohbet")
    b.json({"satquchi": new_digits(c.rng, 6), "xet": "Йәткүзүш қачан болиду?", "waqit": iso(c)})
    b.ok_json({"ok": True})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/kurs")
    b.ok_json({"KZT_TRY": rf(c.rng, 0.06, 0.08, 5), "USD_KZT": rf(c.rng, 470, 520, 2)})
    return b.build()
