"""Kinoteka: a Polish VOD service the mechanic watches on his phone in the evening.

Its player reports the episode and the position every 30 s (`pozycja`, `czas_ogladania`);
the home screen's continue-watching rail (`kontynuuj`) comes back in responses.
A compact beacon of the older player packs content, position and state into a
dot-separated string under `q`. Catalogue, manifests and the "most watched in
Poland" rail are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, ms, rid, ua

API = "https://api.kinoteka.example"
UA = ua("Kinoteka", "4.2.0")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kinoteka", method, API + path)
    b.header("user-agent", UA)
    b.header("x-kt-user", b.acct("vod_user"))
    return b


def _episode(c: Context) -> str:
    return f"s{c.rng.randint(1, 4)}e{c.rng.randint(1, 10)}-" + new_digits(c.rng, 6)


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/player/v2/postep")
    b.view("json materialId + pozycja + czas_ogladania")
    b.json(
        {
            "materialId": _episode(c),
            "pozycja": c.rng.randint(30, 3000),
            "czas_ogladania": c.rng.randint(30, 900),
            "stan": c.rng.choice(["odtwarzanie", "pauza"]),
            "urzadzenie": b.id("vod_device", where="json urzadzenie"),
            "androidId": b.id("aid_vod", where="json androidId"),
        }
    )
    b.no_content()
    return b.build()


def continue_rail(c: Context) -> Flow:
    b = _b(c, "GET", "/home/v2/kontynuuj-ogladanie")
    b.view("response kontynuujOgladanie[] materialId + procent", direction="response")
    b.ok_json(
        {
            "kontynuujOgladanie": [
                {"materialId": _episode(c), "procent": c.rng.randint(5, 95), "ostatnio": ms(c)}
                for _ in range(4)
            ]
        }
    )
    return b.build()


def beacon_packed(c: Context) -> Flow:
    b = _b(c, "GET", "/b.gif")
    b.view("query q (content.position.state packed, no key names)", detectable=False)
    b.param("q", f"{new_digits(c.rng, 6)}.{c.rng.randint(30, 3000)}.{c.rng.randint(1, 3)}")
    b.param("r", rid(c.rng)[:8])
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/katalog/v2/polki?strona=" + str(c.rng.randint(1, 5)))
    b.decoy("catalogue and 'najczęściej oglądane w Polsce' rail: aggregates, not history")
    b.ok_json(
        {
            "polki": [
                {"tytul": "Najczęściej oglądane", "materialy": [_episode(c) for _ in range(8)]},
                {"tytul": "Nowości", "materialy": [_episode(c) for _ in range(8)]},
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = _b(c, "GET", f"/vod/{new_hex(c.rng, 16)}/master.m3u8")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-VERSION:6\n")
    return b.build()
