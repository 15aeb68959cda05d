"""Two shops on the son's Pixel: Kitap Kibete (fictional bookshop) and the
Barslar hockey club's shop and match centre.

The bookshop's catalogue has titles with "йөз" (hundred: "Йөз ел ялгызлык")
and "экран"; e-readers are sold with SKUs; searches, the cart and the loyalty
card are ordinary. The hockey app sells jerseys, scarves and a club
wrist-watch (`сәгать`), shows the match centre (scores, face-offs won, shot
coordinates on the rink), player photos and a mini-game whose AR camera pose
is sent with the score; AppsFlyer gets the app's launches (advertising id,
the SDK's uid, sometimes the ANDROID_ID).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg

from .phone import FB, dalvik, iso, ms, rf, rid, ua, url

BOOK = "https://kitapkibete.example"
HOCKEY = "https://api.barslar-hockey.example"
UA_H = ua("Barslar", "2.3.0", "ulim")
WEBUA = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 7a) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Mobile Safari/537.36"
)
BOOKS = [
    ("9785298041234", "Йөз ел ялгызлык", 690),
    ("9785298039871", "Зөләйха күзләрен ача", 820),
    ("9785298040002", "Экран артында: кино тарихы", 540),
    ("9785298045555", "Шүрәле", 350),
    ("9785298047770", "Yöz yıl yalğızlıq (latin)", 650),
]
GOODS = [
    ("J-HOME-24", "Уен формасы (өй)", 7990),
    ("SCARF-01", "Шарф «Barslar»", 1290),
    ("WATCH-7", "Клуб сәгате", 4990),
    ("PUCK-5", "Шайба (автограф)", 2500),
    ("CAP-11", "Бейсболка", 1590),
]


def _book(c: Context, method: str, target: str) -> FB:
    b = FB(c, "kitapkibete", method, url(target))
    b.header("user-agent", WEBUA)
    return b


def _h(c: Context, method: str, target: str) -> FB:
    b = FB(c, "barslar", method, url(target))
    b.header("user-agent", UA_H)
    return b


def book_catalogue(c: Context) -> Flow:
    b = _book(c, "GET", f"{BOOK}/api/katalog?bülek=näfis&bit={c.rng.randint(1, 9)}")
    b.decoy("book titles with 'йөз' (hundred) and 'экран' words")
    b.ok_json({"kitaplar": [{"isbn": i, "isem": t, "bäyä": p} for i, t, p in BOOKS]})
    return b.build()


def book_search(c: Context) -> Flow:
    q = c.rng.choice(["йөз", "Тукай", "экран", "Yöz", "фантастика"])
    b = _book(c, "GET", f"{BOOK}/api/ezläw?q={q}")
    b.decoy("search query 'йөз' / 'экран'")
    b.ok_json({"q": q, "tabıldı": [{"isbn": i, "isem": t} for i, t, _ in BOOKS[:2]]})
    return b.build()


def ereader(c: Context) -> Flow:
    b = _book(c, "GET", f"{BOOK}/api/tovar/ebook-reader-6")
    b.decoy("e-reader product page: screen size, SKU (a product, not the buyer's device)")
    b.ok_json(
        {
            "sku": "EBR-6-2025",
            "isem": "Электрон китап укыгыч",
            "ekran_düym": 6,
            "ekran": "E-Ink Carta 1200",
            "bäyä": 12990,
        }
    )
    return b.build()


def book_cart(c: Context) -> Flow:
    b = _book(c, "POST", f"{BOOK}/api/kärzinä")
    b.decoy("cart and order number")
    isbn = c.rng.choice(BOOKS)[0]
    b.json({"isbn": isbn, "san": 1, "bonus_karta": "KK" + str(c.rng.randint(10**7, 10**8))})
    b.ok_json({"zakaz": order_no(c.rng), "cämğe": rf(c.rng, 300, 3000, 0)})
    return b.build()


def book_cover(c: Context) -> Flow:
    b = _book(c, "GET", f"{BOOK}/img/{c.rng.choice(BOOKS)[0]}_300.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def shop(c: Context) -> Flow:
    b = _h(
        c, "GET", f"{HOCKEY}/v1/kibet/tovarlar?kat={c.rng.choice(['forma', 'suvenir', 'säğat'])}"
    )
    b.decoy("club shop: a wrist-watch (сәгать) product, sizes, prices")
    b.ok_json(
        {
            "tovarlar": [
                {"sku": s, "isem": n, "bäyä": p, "razmerlar": ["S", "M", "L"]} for s, n, p in GOODS
            ]
        }
    )
    return b.build()


def shop_order(c: Context) -> Flow:
    sku = c.rng.choice(GOODS)[0]
    b = _h(c, "POST", f"{HOCKEY}/v1/kibet/zakaz")
    b.decoy("order number, delivery address")
    b.json(
        {
            "sku": sku,
            "razmer": "M",
            "adres": "Казан, Бауман ур., 12",
            "qullanuçı": b.acct("barslar_user"),
            "idem": rid(c.rng),
        }
    )
    b.ok_json({"zakaz_nomer": order_no(c.rng), "status": "qabul itelde"})
    return b.build()


def match_centre(c: Context) -> Flow:
    b = _h(c, "GET", f"{HOCKEY}/v1/match/{c.rng.randint(1000, 9999)}/live")
    b.decoy("match centre: score, face-offs won, shot coordinates (no person watching)")
    b.ok_json(
        {
            "hisap": [c.rng.randint(0, 5), c.rng.randint(0, 5)],
            "period": c.rng.randint(1, 3),
            "faceoffs_won": [c.rng.randint(5, 30), c.rng.randint(5, 30)],
            "atışlar": [
                {
                    "x": rf(c.rng, -100, 100, 1),
                    "y": rf(c.rng, -42, 42, 1),
                    "t": c.rng.randint(0, 3600),
                }
                for _ in range(5)
            ],
            "translyaciya": "https://video.barslar-hockey.example/live/master.m3u8",
        }
    )
    return b.build()


def player_photo(c: Context) -> Flow:
    b = _h(c, "GET", f"{HOCKEY}/img/uyınçılar/{c.rng.randint(1, 99)}_face_512.jpg")
    b.decoy("player headshot fetched for display (no face analysis)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def minigame_score(c: Context) -> Flow:
    b = _h(c, "POST", f"{HOCKEY}/v1/uyın/şayba-atu/nätiçä")
    b.decoy("AR mini-game: camera pose and score (no face)")
    b.json(
        {
            "oçko": c.rng.randint(0, 5000),
            "kamera_poza": {
                "pos": [rf(c.rng, -1, 1) for _ in range(3)],
                "quat": [rf(c.rng, -1, 1) for _ in range(4)],
            },
            "trek_sifat": rf(c.rng, 0.5, 1.0, 2),
            "t": ms(c),
        }
    )
    b.ok_json({"reyting": c.rng.randint(1, 20000)})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent",
        [("app_id", "ru.barslar.app"), ("buildnumber", "6.14.0")],
    )
    b.header("user-agent", dalvik("ulim"))
    b.decoy("cksm_v1 checksum hex")
    body = {
        "advertiserId": b.id("gaid_ulim", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("barslar_af_uid", where="json uid"),
        "af_timestamp": str(ms(c)),
        "app_version_name": "2.3.0",
        "brand": "google",
        "model": "Pixel 7a",
        "lang_code": "ru",
        "country": "RU",
        "cksm_v1": new_hex(c.rng, 34),
    }
    if c.rng.random() < 0.5:
        body["android_id"] = b.id("aid_barslar", where="json android_id")
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def ticket_push(c: Context) -> Flow:
    b = _h(c, "GET", f"{HOCKEY}/v1/kalendar?ay={c.rng.randint(1, 12)}")
    b.ok_json(
        {"uyınnar": [{"qarşı": t, "başı": iso(c)} for t in ("ЦСКА", "Салават Юлаев", "Трактор")]}
    )
    return b.build()
