"""Kukátko (fictional Czech streaming app): in-house watch log with Czech keys
(sledovani, pozice, delka, dil, porad), a protobuf progress sync, and the
install id under a bland header.

In-house backend (no public source); key names are the developers' own Czech.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.kukatko.cz"
PORADY = [
    ("Ulice", "ul-5001"),
    ("Most!", "mo-0201"),
    ("Vyprávěj", "vy-0777"),
    ("Přístav", "pr-0310"),
]
UA = ua("Kukatko", "4.12", "41200")


def _b(c: Context, method: str, path: str, params: list | None = None) -> FB:
    b = FB(c, "kino", method, API + path, params)
    b.header("user-agent", UA)
    b.header("accept-language", "cs-CZ,cs;q=0.9")
    return b


def sledovani(c: Context) -> Flow:
    nazev, pid = c.rng.choice(PORADY)
    delka = c.rng.randint(1500, 3000)
    b = _b(c, "POST", "/api/v2/sledovani")
    b.json(
        {
            "porad": pid,
            "nazev": nazev,
            "dil": c.rng.randint(1, 4000),
            "pozice": c.rng.randint(0, delka),
            "delka": delka,
            "cas": iso(c),
        }
    )
    b.view("body.pozice/dil")
    b.no_content()
    return b.build()


def sledovani_gzip_batch(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/sledovani/davka")
    b.header("x-instalace", b.id("kino_install", where="header.x-instalace"))
    zaznamy = []
    for _ in range(c.rng.randint(2, 6)):
        _nazev, pid = c.rng.choice(PORADY)
        zaznamy.append(
            {"porad": pid, "dil": c.rng.randint(1, 4000), "pozice": c.rng.randint(0, 2800)}
        )
    b.json({"zaznamy": zaznamy, "odeslano": ms(c)}, encoding="gzip")
    b.view("body(gzip).zaznamy[].pozice")
    b.no_content()
    return b.build()


def progress_protobuf(c: Context) -> Flow:
    """Protobuf sync: field names are gone, only numbers remain (not detectable by keys)."""
    _, pid = c.rng.choice(PORADY)
    body = pb_msg(
        1,
        [
            pb_bytes(1, pid),
            pb_varint(2, c.rng.randint(1, 4000)),
            pb_varint(3, c.rng.randint(0, 2800)),
        ],
    ) + pb_varint(4, ms(c))
    b = _b(c, "POST", "/rpc/kukatko.progress.v1.Progress/Sync")
    b.set_body(body, "application/x-protobuf")
    b.view("body.protobuf field 1 (no names)", detectable=False)
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def zarizeni(c: Context) -> Flow:
    b = _b(c, "PUT", "/api/v2/zarizeni")
    b.json(
        {
            "idZarizeni": b.id("idfv_kino", where="body.idZarizeni"),
            "typ": "iphone",
            "nazevZarizeni": "iPhone (Noa)",
            "verzeOs": "17.4.1",
            "uzivatel": b.acct("kino_user"),
        }
    )
    b.ok_json({"stav": "ok"})
    return b.build()


def ident_cookie(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v2/nastaveni")
    b.header("cookie", f"kk_did={b.id('idfv_kino', where='cookie.kk_did')}; kk_lang=cs")
    b.ok_json({"rodicovskyZamek": False, "kvalita": "auto"})
    return b.build()


def sledovani_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/t")
    b.form([("p", b64(gz(c.rng.randbytes(80)))), ("k", "2")])
    b.view("body.p (encrypted)", detectable=False)
    b.no_content()
    return b.build()


def program_guide(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v2/program", [("den", "dnes"), ("kanal", "ct1")])
    b.ok_json(
        {
            "porady": [{"id": p, "nazev": n, "zacatek": "20:00"} for n, p in PORADY],
            "traceId": rid(c.rng),
        }
    )
    b.decoy("TV programme guide")
    return b.build()
