"""Kaamil: lectures (wa'az), Quran recitations and khassaïdes of Serigne Touba and
of the Tidjane masters, with prayer times. Listening progress goes to the app's
backend with French keys; a resume token packs `kind|id|ms` in base64url under
`r` (opaque). Reading a khassida's text (PDF pages), prayer times (coordinates),
the qibla bearing and the most-listened list are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64url

from .phone import FB, iso, ms, rf, ua

API = "https://api.kaamil.example"
UA = ua("Kaamil", "5.1.3")
KHASSAIDES = [
    "Mawahibou Nafih",
    "Matlabul Fawzayni",
    "Jazbul Qulub",
    "Mafatihul Bishri",
    "Djawartu",
]
LECTURES = ["Tafsir Ramadan - Oustaz Alioune Sall", "Causerie Gamou Tivaouane", "Wa'az Magal Touba"]
RECITERS = ["Kourel Hizbut Tarqiyyah", "Serigne Moustapha Gueye", "Imam Ndao"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kaamil", method, url)
    b.header("user-agent", UA)
    return b


def ecoute_khassida(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/ecoutes/khassida")
    b.header("x-device-id", b.id("aid_khassida", where="header x-device-id"))
    b.view("json khassida + position_ms + etat_lecteur (listening progress)")
    b.json(
        {
            "khassida": c.rng.choice(KHASSAIDES),
            "interprete": c.rng.choice(RECITERS),
            "position_ms": c.rng.randint(1000, 1800000),
            "etat_lecteur": c.rng.choice(["lecture", "pause"]),
            "date_ecoute": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ecoute_coran(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/coran/progression")
    b.view("json sourate + verset + secondes_ecoutees (recitation listened)")
    b.json(
        {
            "sourate": c.rng.randint(1, 114),
            "verset": c.rng.randint(1, 60),
            "recitateur": "mishary_alafasy",
            "secondes_ecoutees": c.rng.randint(30, 1200),
            "termine": c.rng.random() < 0.3,
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def historique(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/moi/historique-ecoute")
    b.view("response json historique[] (lectures listened)", direction="response")
    b.ok_json(
        {
            "historique": [
                {
                    "titre": c.rng.choice(LECTURES),
                    "ecoute_le": iso(c),
                    "progression": rf(c.rng, 0, 1, 2),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def resume_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/r")
    token = f"k|{c.rng.randint(100, 999)}|{c.rng.randint(1000, 1800000)}"
    b.view("query r = base64url('k|id|ms')", detectable=False)
    b.params.append(("r", b64url(token)))
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/installations")
    b.json(
        {
            "installation": b.id("khassida_install", where="json installation"),
            "android_id": b.id("aid_khassida", where="json android_id"),
            "langue": "fr",
            "tariqa": c.rng.choice(["mouride", "tidjane", "layene", "qadiriyya"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def khassida_pdf(c: Context) -> Flow:
    text, page = c.rng.randint(1, 300), c.rng.randint(1, 20)
    b = _b(c, "GET", f"https://cdn.kaamil.example/textes/{text}/page-{page}.pdf")
    b.decoy("khassida text page (reading, not listening)")
    b.respond(
        200, "application/pdf", b"%PDF-1.4\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def lecture_page(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/lecture/marque-page")
    b.decoy("reading bookmark in a khassida text (reading is not watching or listening)")
    b.json({"texte": c.rng.choice(KHASSAIDES), "page": c.rng.randint(1, 40), "maj": iso(c)})
    b.no_content()
    return b.build()


def prayer_times(c: Context) -> Flow:
    city = c.rng.choice(
        [("Dakar", 14.69, -17.44), ("Thies", 14.79, -16.93), ("Saint-Louis", 16.03, -16.49)]
    )
    b = FB(
        c,
        "aladhan",
        "GET",
        f"https://api.aladhan.com/v1/timings?latitude={city[1]}&longitude={city[2]}&method=3",
    )
    b.header("user-agent", "okhttp/4.11.0")
    b.decoy("prayer times for a city's coordinates")
    b.ok_json(
        {
            "data": {
                "timings": {
                    "Fajr": "05:58",
                    "Dhuhr": "13:41",
                    "Asr": "16:58",
                    "Maghrib": "19:22",
                    "Isha": "20:36",
                }
            }
        }
    )
    return b.build()


def qibla(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/qibla?lat={rf(c.rng, 14, 16.5, 3)}&lon={rf(c.rng, -17.5, -16, 3)}")
    b.decoy("qibla bearing from coordinates (compass yaw, not a face)")
    b.ok_json({"direction_deg": rf(c.rng, 60, 75, 2), "distance_km": c.rng.randint(6400, 6700)})
    return b.build()


def most_listened(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/populaires?periode=semaine")
    b.decoy("most listened lectures with counts (aggregate)")
    b.ok_json(
        {"populaires": [{"titre": t, "ecoutes": c.rng.randint(100, 90000)} for t in LECTURES]}
    )
    return b.build()
