"""Rosaryo kag Misa: a Catholic mass and rosary audio app on the iPhone 13,
made in Iloilo, keys in Hiligaynon.

The player reports `ginpamatian` (listened to) with `misa_id` / `misteryo` and
`segundo`; the home screen returns `ginpamatian_sang_una` (listening history).
The app sends its IDFV and, with tracking allowed, the IDFA. The daily gospel
reading (reading is not listening), mass schedules of parishes and a donation
form are ordinary. One progress sync is an AES-like blob under `p` (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, ios_ua, iso, ms, rf, rid

API = "https://api.rosaryokagmisa.example"
MISA = [
    "misa-jaro-0600",
    "misa-molo-1730",
    "rosaryo-hapon-malipayon",
    "rosaryo-sorrowful",
    "novena-sto-nino",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rosaryo", method, url)
    b.header("user-agent", ios_ua("RosaryoKagMisa", "2.3"))
    return b


def ginpamatian(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ginpamatian")
    b.view("json misa_id + segundo + natapos (Hiligaynon 'listened to')")
    b.json(
        {
            "misa_id": c.rng.choice(MISA),
            "segundo": c.rng.randint(30, 3600),
            "natapos": c.rng.random() < 0.3,
            "petsa": iso(c),
            "idfv": b.id("idfv_rosary", where="json idfv"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ginpamatian-sang-una")
    b.view("response ginpamatian_sang_una[] misa_id + petsa", direction="response")
    b.ok_json(
        {"ginpamatian_sang_una": [{"misa_id": m, "petsa": iso(c)} for m in c.rng.sample(MISA, 3)]}
    )
    return b.build()


def progress_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/s")
    b.view("json p = encrypted progress blob", detectable=False)
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(96))), "k": 2})
    b.no_content()
    return b.build()


def ads_idfa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/gamit/bukas")
    b.json(
        {
            "idfa": b.id("idfa", where="json idfa"),
            "idfv": b.id("idfv_rosary", how="lower", where="json idfv (lower-case)"),
            "att": "authorized",
            "bersyon": "2.3",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ebanghelyo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ebanghelyo/adlaw?petsa={iso(c)[:10]}")
    b.decoy("daily gospel text (reading, not watching or listening)")
    b.ok_json({"basahon": "Lucas 21:5-11", "teksto": "Sang ginahambal sang iban..."})
    return b.build()


def iskedyul(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/v1/parokya/misa?lat={rf(c.rng, 10.6, 10.8, 4)}&lon={rf(c.rng, 122.5, 122.6, 4)}",
    )
    b.decoy("parish mass schedule near coordinates")
    b.ok_json({"parokya": [{"ngalan": "Jaro Cathedral", "oras": ["06:00", "17:30"]}]})
    return b.build()


def donasyon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/donasyon")
    b.decoy("donation with an order id")
    b.json({"kantidad": c.rng.choice([50, 100, 500]), "order_id": rid(c.rng), "ts": ms(c)})
    b.ok_json({"salamat": "Salamat gid!"})
    return b.build()
