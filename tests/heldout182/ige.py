"""Igehirdetés: a Catholic and Reformed sermon app (Budapest parishes, the Debrecen
Great Church), on the phone and on the iPad.

Sermon videos and live masses watched are viewing history; the daily Bible
reading plan is reading (not watching or listening); mass times with church
coordinates and donations are ordinary.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ios_ua, iso, ms, near, ua

API = "https://api.igehirdetes.example"
UA = ua("Igehirdetes", "2.6.3")
IOS_UA = ios_ua("Igehirdetes", "2.6.1")
SERMONS = [
    ("pr_4410", "Advent második vasárnapja", "reformatus", 1980),
    ("pr_4417", "A tékozló fiú", "katolikus", 1560),
    ("pr_4502", "Hit és cselekedet – Jakab levele", "reformatus", 2310),
    ("pr_4533", "Szent István ünnepe", "katolikus", 1740),
]


def _b(c: Context, method: str, url: str, ipad: bool) -> FB:
    b = FB(c, "igehirdetes-ios" if ipad else "igehirdetes", method, url)
    b.header("user-agent", IOS_UA if ipad else UA)
    if ipad:
        b.header("x-geraet-id", b.id("idfv_ige", where="header x-geraet-id (IDFV)"))
    else:
        b.header("x-keszulek", b.id("aid_ige", where="header x-keszulek"))
    return b


def predikacio_nezes(c: Context) -> Flow:
    sid, title, church, dur = c.rng.choice(SERMONS)
    ipad = c.rng.random() < 0.5
    b = _b(c, "POST", f"{API}/api/predikaciok/{sid}/nezes", ipad)
    b.view("json nézett_másodperc (sermon video watched)")
    b.json(
        {
            "prédikáció": sid,
            "cím": title,
            "felekezet": church,
            "nézett_másodperc": c.rng.randint(30, dur),
            "összhossz": dur,
            "időpont": iso(c),
        }
    )
    b.no_content()
    return b.build()


def elo_mise(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/elo/szivveres", ipad=False)
    b.view("json elo_adas + figyelt_perc (live mass heartbeat)")
    b.json(
        {
            "elo_adas": c.rng.choice(["bazilika-1000", "nagytemplom-1030"]),
            "figyelt_perc": c.rng.randint(1, 70),
            "allapot": c.rng.choice(["lejatszas", "szunet"]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_resume(c: Context) -> Flow:
    """The iPad's resume point, `sermon:seconds` base64'd under a single key."""
    sid, _, _, dur = c.rng.choice(SERMONS)
    b = FB(c, "igehirdetes-ios", "POST", f"{API}/api/r")
    b.header("user-agent", IOS_UA)
    b.view("json p (base64 sermon:seconds)", detectable=False)
    b.json({"p": base64.b64encode(f"{sid}:{c.rng.randint(10, dur)}".encode()).decode()})
    b.no_content()
    return b.build()


def bibliaolvasas(c: Context) -> Flow:
    b = FB(c, "igehirdetes", "PUT", f"{API}/api/olvasasi-terv/haladas")
    b.header("user-agent", UA)
    b.decoy("Bible reading-plan progress: reading, not watching or listening")
    b.json(
        {
            "konyv": c.rng.choice(["Máté", "Zsoltárok", "Róma"]),
            "fejezet": c.rng.randint(1, 28),
            "olvasott_versek": c.rng.randint(1, 30),
            "haladas_szazalek": c.rng.randint(1, 100),
        }
    )
    b.no_content()
    return b.build()


def miserend(c: Context) -> Flow:
    city = c.rng.choice(["Budapest", "Debrecen", "Szeged"])
    b = FB(c, "igehirdetes", "GET", f"{API}/api/miserend?varos={city}")
    b.header("user-agent", UA)
    b.decoy("mass times with church coordinates (public places)")
    rows = []
    for name in ("Szent Anna", "Nagytemplom", "Fogadalmi templom"):
        lat, lon = near(c.rng, city)
        rows.append({"templom": name, "lat": lat, "lng": lon, "kezdes": ["08:00", "10:30"]})
    b.ok_json({"miserend": rows})
    return b.build()


def adomany(c: Context) -> Flow:
    b = FB(c, "igehirdetes", "POST", f"{API}/api/adomany")
    b.header("user-agent", UA)
    b.decoy("donation transaction id (payment, not a device)")
    b.json({"osszeg_huf": c.rng.choice([2000, 5000, 10000]), "cel": "templomfelujitas"})
    b.ok_json({"tranzakcio": "TX" + new_hex(c.rng, 16).upper(), "allapot": "fuggo"})
    return b.build()


def predikacio_lista(c: Context) -> Flow:
    b = FB(c, "igehirdetes", "GET", f"{API}/api/predikaciok?oldal=1")
    b.header("user-agent", UA)
    b.decoy("sermon catalogue with durations and view counts (aggregate)")
    b.ok_json(
        {
            "elemek": [
                {"id": s, "cim": t, "hossz": d, "megtekintesek": c.rng.randint(50, 9000)}
                for s, t, _, d in SERMONS
            ]
        }
    )
    return b.build()


def kivetito_naplo(c: Context) -> Flow:
    """The parish projector's playout log: a church's own public screen, not a viewer."""
    b = FB(c, "igehirdetes", "POST", f"{API}/api/gyulekezet/kivetito/naplo")
    b.header("user-agent", UA)
    b.decoy("the parish projector's playout log (a public screen's proof of play)")
    b.json(
        {
            "gyulekezet": "debrecen-nagytemplom",
            "kivetito": "KIV-" + str(c.rng.randint(100, 999)),
            "lejatszva": [
                {"dia": "Ének 42", "kezdet": ms(c), "hossz_mp": c.rng.randint(60, 300)}
                for _ in range(3)
            ],
        }
    )
    b.no_content()
    return b.build()
