"""Lauschwerk: an audiobook app (phone and iPad).

Listening is listening: an audiobook's chapter and position with a timestamp
is labelled viewing history (the definition covers what a person listened to;
only reading is left out). The e-book sample the app also shows is reading, so
its page sync is a look-alike. The app makes its own install id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ipad_ua, iso, ms

API = "https://api.lauschwerk.example"
UA = ipad_ua("Lauschwerk", "4.18")
BUECHER = [
    ("bk_11873", "Der Process", 14),
    ("bk_20451", "Die Vermessung der Welt", 22),
    ("bk_33102", "Tschick", 19),
    ("bk_41277", "Kleine Hexe", 9),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lauschwerk", method, url)
    b.header("user-agent", UA)
    b.header("x-installation", b.id("hoer_install", where="header x-installation (app install id)"))
    return b


def hoerposition(c: Context) -> Flow:
    bid, titel, kapitel = c.rng.choice(BUECHER)
    b = _b(c, "POST", f"{API}/api/v4/hoerfortschritt")
    b.view("json hoerbuchId + kapitel + positionSekunden (audiobook position)")
    b.json(
        {
            "hoerbuchId": bid,
            "titel": titel,
            "kapitel": c.rng.randint(1, kapitel),
            "positionSekunden": c.rng.randint(0, 2400),
            "geschwindigkeit": c.rng.choice([1.0, 1.25, 1.5]),
            "geraet": "iPad",
            "zeit": iso(c),
        }
    )
    b.ok_json({"gespeichert": True})
    return b.build()


def bibliothek(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v4/bibliothek?sort=zuletzt_gehoert")
    b.view("response json zuletztGehoert with position per book", direction="response")
    b.ok_json(
        {
            "buecher": [
                {
                    "hoerbuchId": bid,
                    "titel": t,
                    "zuletztGehoert": iso(c),
                    "restSekunden": c.rng.randint(0, 40000),
                }
                for bid, t, _ in BUECHER
            ]
        }
    )
    return b.build()


def leseprobe_seite(c: Context) -> Flow:
    bid, _, _ = c.rng.choice(BUECHER)
    b = _b(c, "PUT", f"{API}/api/v4/ebook/{bid}/lesezeichen")
    b.decoy("e-book page bookmark (reading is not watching or listening)")
    b.json({"seite": c.rng.randint(1, 300), "prozentGelesen": c.rng.randint(1, 99), "ts": ms(c)})
    b.no_content()
    return b.build()


def shop(c: Context) -> Flow:
    b = FB(c, "lauschwerk", "GET", f"{API}/api/v4/shop/neuheiten?seite=1")
    b.header("user-agent", UA)
    b.decoy("catalogue with runtimes in minutes")
    b.ok_json(
        {
            "titel": [
                {"hoerbuchId": bid, "laufzeitMin": c.rng.randint(200, 900)} for bid, _, _ in BUECHER
            ]
        }
    )
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "lauschwerk", "GET", f"https://cdn.lauschwerk.example/cover/{new_hex(c.rng, 12)}.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(80))
    return b.build()
