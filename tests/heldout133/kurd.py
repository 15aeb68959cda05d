"""Dengê Amed: a Kurdish (Kurmanji, Latin script) music and radio app from Diyarbakır.

Its developers write Kurmanji keys with the Hawar letters (ê î û ç ş) in JSON and
ASCII in paths: `dema_guhdariyê_sn` (listening time), `stran` (song), `bûyer`
(event: `lêxistin` play, `rawestandin` stop), `dîroka_guhdariyê` (listening
history), `nasnameya_amûrê` (the device's identity: its ANDROID_ID). Station
lists, the most-listened chart (a count over all listeners) and lyrics
(`gotinên_stranê`) are not viewing history; an older build packs listening rows
under one-letter keys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.dengeamed.example"
UA = ua("DengeAmed", "2.7.5")
RADYO = ["denge-amed-fm", "radyo-dicle", "stranen-gel", "dengbej-24"]
STRAN = [
    ("Şivan Perwer", "Kîne Em"),
    ("Aynur Doğan", "Rewend"),
    ("Ciwan Haco", "Ez Kurdistan im"),
    ("Mehmet Atlı", "Şevbêrk"),
    ("Dengbêj Şakiro", "Lawikê Metîn"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dengeamed", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "ku-TR, tr;q=0.8, en;q=0.5")
    return b


def _stran(c: Context) -> dict[str, object]:
    stranbej, nav = c.rng.choice(STRAN)
    return {"stran_id": c.rng.randint(10**5, 10**6), "stranbêj": stranbej, "navê_stranê": nav}


def guhdari_radyo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/guhdari/radyo")
    b.view("json radyo + dest_pê_kir + dema_guhdariyê_sn (radio listening log)")
    b.json(
        {
            "nasnameya_amûrê": b.id("aid_kurd", where="json nasnameya_amûrê"),
            "radyo": c.rng.choice(RADYO),
            "dest_pê_kir": iso(c),
            "dema_guhdariyê_sn": c.rng.randint(30, 5400),
        }
    )
    b.no_content()
    return b.build()


def stran_buyer(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/buyer")
    b.view("query stran + bûyer + cih_sn (player event)")
    b.param("stran", str(c.rng.randint(10**5, 10**6)))
    b.param("bûyer", c.rng.choice(["lêxistin", "rawestandin", "domandin", "qediya"]))
    b.param("cih_sn", str(c.rng.randint(0, 320)))
    b.param("dem", str(ms(c)))
    b.no_content()
    return b.build()


def diroka_guhdariye(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/bikarhener/diroka-guhdariye")
    b.view("response json dîroka_guhdariyê[] (listening history)", direction="response")
    b.ok_json({"dîroka_guhdariyê": [{**_stran(c), "guhdarîkirin": iso(c)} for _ in range(6)]})
    return b.build()


def kevn_opaque(c: Context) -> Flow:
    """The 1.x build: rows under `r`, station index and seconds under single letters."""
    b = _b(c, "POST", f"{API}/s")
    b.view("json r[] {k, s, t} (one-letter keys)", detectable=False)
    b.json(
        {
            "r": [
                {"k": c.rng.randint(0, 3), "s": c.rng.randint(30, 5400), "t": ms(c)}
                for _ in range(c.rng.randint(1, 4))
            ],
            "v": 1,
        }
    )
    b.no_content()
    return b.build()


def radyo_liste(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/radyo")
    b.decoy("station list with stream URLs")
    b.ok_json(
        {
            "radyo": [
                {"nav": r, "stream": f"https://stream.dengeamed.example/{r}.aac"} for r in RADYO
            ]
        }
    )
    return b.build()


def heri_populer(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/stranen-heri-populer")
    b.decoy("most-listened songs: hejmara_guhdariyê over all listeners (aggregate)")
    b.ok_json(
        {
            "stran": [
                {**_stran(c), "hejmara_guhdariyê": c.rng.randint(1000, 900000)} for _ in range(10)
            ]
        }
    )
    return b.build()


def gotin(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/gotin/{c.rng.randint(10**5, 10**6)}")
    b.decoy("lyrics (gotinên stranê)")
    b.ok_json({"gotinên_stranê": "Kîne em? Kîne em? Em şoreşvan in...", "ziman": "ku"})
    return b.build()


def wesan(c: Context) -> Flow:
    b = _b(
        c, "GET", f"https://stream.dengeamed.example/{c.rng.choice(RADYO)}.aac?r={rid(c.rng)[:8]}"
    )
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
