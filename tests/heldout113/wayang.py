"""Wayang Nusantara: a channel of wayang kulit (Javanese) and wayang golek
(Sundanese) performances, with gamelan and macapat recordings.

The app was written in Yogyakarta and its progress keys are Javanese:
`/api/lakon/tontonan` gets `lakon`, `dalang` and `wis_ditonton_detik`
("seconds already watched"); the Sundanese wayang golek section (built by a
Bandung contractor) posts `geus_lalajo` and `lila_lalajo_detik` ("already
watched", "how long watched"). "Pungkasan Ditonton" (last watched) comes back in
a response. Its install id goes in a header. A short resume ping uses bare
`l` / `w` keys (opaque). The gamelan tuning table (pelog / slendro frequencies),
the public performance schedule, viewer counts and aksara Jawa transliteration
(reading) are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, ua

API = "https://api.wayangnusantara.example"
UA = ua("WayangNusantara", "2.3.7")
LAKON = [
    ("Dewa Ruci", "Ki Seno Nugroho"),
    ("Semar Mbangun Kahyangan", "Ki Manteb Sudarsono"),
    ("Wahyu Makutharama", "Ki Anom Suroto"),
    ("Kresna Duta", "Ki Enthus Susmono"),
]
GOLEK = [("Cepot Rarabi", "Asep Sunandar Sunarya"), ("Arjuna Sastrabahu", "Dadan Sunandar")]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "wayang", method, url)
    b.header("user-agent", UA)
    return b


def tontonan_kulit(c: Context) -> Flow:
    lakon, dalang = c.rng.choice(LAKON)
    b = _b(c, "POST", f"{API}/api/lakon/tontonan")
    b.view("json lakon + wis_ditonton_detik (Javanese: seconds already watched)")
    b.json(
        {
            "id_lakon": f"wk-{c.rng.randint(100, 999)}",
            "lakon": lakon,
            "dalang": dalang,
            "wis_ditonton_detik": c.rng.randint(60, 21600),
            "dawane_detik": 25200,
            "wektu": iso(c),
        }
    )
    b.ok_json({"kasil": True})
    return b.build()


def lalajo_golek(c: Context) -> Flow:
    lakon, dalang = c.rng.choice(GOLEK)
    b = _b(c, "POST", f"{API}/api/golek/lalajo")
    b.view("json geus_lalajo + lila_lalajo_detik (Sundanese: watched, how long)")
    b.json(
        {
            "id_carita": f"wg-{c.rng.randint(100, 999)}",
            "carita": lakon,
            "dalang": dalang,
            "geus_lalajo": True,
            "lila_lalajo_detik": c.rng.randint(60, 14400),
            "waktos": iso(c),
        }
    )
    b.ok_json({"hasil": "ok"})
    return b.build()


def pungkasan_ditonton(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/aku/pungkasan-ditonton")
    b.view("response json pungkasan_ditonton[] (last watched)", direction="response")
    b.ok_json(
        {
            "pungkasan_ditonton": [
                {"lakon": lk, "dalang": d, "wis_ditonton_detik": c.rng.randint(60, 21600)}
                for lk, d in LAKON[: c.rng.randint(1, 4)]
            ]
        }
    )
    return b.build()


def ping_resume(c: Context) -> Flow:
    b = FB(
        c,
        "wayang",
        "GET",
        f"{API}/r",
        [
            ("l", f"wk-{c.rng.randint(100, 999)}"),
            ("w", str(c.rng.randint(60, 21600))),
            ("t", str(ms(c))),
        ],
    )
    b.header("user-agent", UA)
    b.view("query l / w (performance id and seconds, bare keys)", detectable=False)
    b.no_content()
    return b.build()


def laras_gamelan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/gamelan/laras?set=kyai-kanjeng")
    b.decoy("gamelan tuning table: float series of instrument frequencies")
    b.ok_json(
        {
            "pelog_hz": [rf(c.rng, 250, 600, 2) for _ in range(7)],
            "slendro_hz": [rf(c.rng, 250, 600, 2) for _ in range(5)],
        }
    )
    return b.build()


def jadwal_pagelaran(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/pagelaran?kutha=surakarta")
    b.decoy("public performance schedule with expected audience (aggregate)")
    b.ok_json(
        {
            "pagelaran": [
                {"lakon": lk, "dalang": d, "papan": "Alun-alun Kidul", "wiwit": iso(c)}
                for lk, d in LAKON
            ],
            "kathah_penonton_wingi": c.rng.randint(300, 5000),
        }
    )
    return b.build()


def aksara_jawa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/aksara/transliterasi")
    b.json({"teks": "Sugeng enjing, piye kabare?", "arah": "latin-ke-jawa"})
    b.ok_json({"hasil": "ꦱꦸꦒꦼꦁꦲꦼꦚ꧀ꦗꦶꦁ"})
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/lakon?kategori=wayang-kulit")
    b.decoy("performance catalogue with durations")
    b.ok_json({"data": [{"lakon": lk, "dalang": d, "dawane_detik": 25200} for lk, d in LAKON]})
    return b.build()


def daftar_piranti(c: Context) -> Flow:
    """Javanese keys: `piranti` is device, `pasang` is install."""
    b = FB(c, "wayang", "POST", f"{API}/api/piranti")
    b.header("user-agent", UA)
    b.json(
        {
            "id_pasang": b.id("wayang_install", where="json id_pasang (install id)"),
            "android_id": b.id("aid_wayang", where="json android_id"),
            "jinis_piranti": "hp",
            "basa": "jv",
        }
    )
    b.ok_json({"kasil": True})
    return b.build()


def playout_sanggar(c: Context) -> Flow:
    """The father runs the screen at a community sanggar's pagelaran through the app's
    public-screen mode: a business's playout log, not his own viewing."""
    b = FB(c, "wayang", "POST", f"{API}/api/layar-umum/playout")
    b.header("user-agent", UA)
    b.decoy(
        "public-screen playout log of a sanggar's screen (proof of play; the screen id is "
        "the sanggar's equipment, not the family's)"
    )
    b.json(
        {
            "id_layar": "SGR-SOLO-" + str(c.rng.randint(100, 999)),
            "sanggar": "Sanggar Ngesti Budaya",
            "playout": [
                {"lakon": lk, "wiwit": iso(c), "dawane_detik": c.rng.randint(600, 7200)}
                for lk, _ in LAKON[: c.rng.randint(1, 3)]
            ],
        }
    )
    b.ok_json({"ditampa": True})
    return b.build()
