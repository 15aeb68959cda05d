"""Addis Zena: a news video app (Amharic and Afaan Oromo bulletins).

Its player reports play / pause / heartbeat events with `viidiyoo_id` and
`yeroo_ilaale` ("time watched", Afaan Oromo) or, for Amharic clips, `የታየበት`
("watched at"); a measurement tag sends `c2`/`c5`/`c12`-style numeric keys only.
Articles (one about face recognition at the airport), the most-viewed rail
(views over all readers) and editors' picks are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.addiszena.example"
UA = ua("AddisZena", "2.0.9")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "addiszena", method, url)
    b.header("user-agent", UA)
    b.header("x-device-uid", b.id("aid_zena", where="header x-device-uid"))
    return b


def _vid(c: Context) -> str:
    return f"v{c.rng.randint(100000, 999999)}"


def player_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/om/taateessa/taatee")
    ev = c.rng.choice(["taphachuu", "dhaabbachuu", "onnee"])  # play, pause, heartbeat
    b.view(f"json taatee={ev} with viidiyoo_id and yeroo_ilaale (Afaan Oromo player event)")
    b.json(
        {
            "taatee": ev,
            "viidiyoo_id": _vid(c),
            "yeroo_ilaale": c.rng.randint(0, 900),
            "yeroo": ms(c),
        }
    )
    b.no_content()
    return b.build()


def amharic_clip(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/am/ቪዲዮ/ክትትል")
    b.view("json የታየበት (watched-at seconds) with ቪዲዮ (Amharic player heartbeat)")
    b.json({"ቪዲዮ": _vid(c), "የታየበት": c.rng.randint(0, 600), "ጊዜ": iso(c)})
    b.no_content()
    return b.build()


def measurement_tag(c: Context) -> Flow:
    b = FB(c, "zena-tag", "GET", "https://m.addiszena.example/p")
    b.header("user-agent", UA)
    b.view("query c5=video id, c12=position, numeric keys only", detectable=False)
    for k, v in (
        ("c1", "2"),
        ("c2", "2018877"),
        ("c5", _vid(c)),
        ("c12", str(c.rng.randint(0, 900))),
        ("rn", str(ms(c))),
    ):
        b.param(k, v)
    b.no_content()
    return b.build()


def article(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/am/zena/{c.rng.randint(10000, 99999)}")
    b.decoy("news article about face recognition at Bole airport (an article, not biometric data)")
    b.ok_json(
        {
            "title": "ቦሌ አየር ማረፊያ የፊት መለያ ቴክኖሎጂ ጀመረ",
            "body": "The airport began face recognition at e-gates; facial landmarks"
            " are compared with passports...",
            "published": iso(c),
        }
    )
    return b.build()


def most_viewed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/am/videos/most-viewed")
    b.decoy("most-viewed rail: view counts and average watch time over all viewers (aggregate)")
    b.ok_json(
        {
            "items": [
                {
                    "viidiyoo_id": _vid(c),
                    "views": c.rng.randint(1000, 50000),
                    "avg_watch_sec": rf(c.rng, 20, 300, 1),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/om/oduu?page={c.rng.randint(1, 5)}")
    b.ok_json(
        {
            "oduu": [
                {"id": _vid(c), "mata_duree": "Oduu Ganamaa", "req": rid(c.rng)} for _ in range(5)
            ]
        }
    )
    return b.build()
