"""Awaz: a Kurdish music app (dengbêj and pop), Kurmanji keys (`guhdarî` listen,
`stran` song, `amûr` device), played through the family's earbuds. Charts and
search are ordinary; listen logs and the recently-played list are history."""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow

from .phone import KB, iso, ms, rid, ua

API = "https://api.awaz-muzik.example"
UA = ua("Awaz", "2.4.7")
SONGS = [
    "Xalid Reşîd - Lê Lê",
    "Şivan Perwer - Kîne Em",
    "Hozan Dino - Zerê",
    "Zakaria - Bejn",
    "Dîlan Bayrak - Eman",
]


def _b(c: Context, method: str, url: str) -> KB:
    b = KB(c, "awaz", method, url)
    b.header("user-agent", UA)
    b.header("x-amur-id", b.id("awaz_install", where="header x-amur-id (install id)"))
    return b


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lîsteya-top?herêm=bashur")
    b.decoy("top chart with play counts over all listeners (aggregate)")
    b.ok_json({"stran": [{"nav": s, "guhdarîKirin": c.rng.randint(10**3, 10**6)} for s in SONGS]})
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lêgerîn?q=dengbej")
    b.decoy("search results (lêgerîn)")
    b.ok_json({"encam": [{"nav": s, "dem": 240} for s in SONGS[:3]]})
    return b.build()


def listen_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/guhdarî/tomar")
    b.view("json guhdarî[] {stran, demaGuhdariyê, temam, dest} listen log (Kurmanji keys)")
    b.json(
        {
            "guhdarî": [
                {
                    "stran": s,
                    "demaGuhdariyê": c.rng.randint(20, 320),
                    "temam": c.rng.random() < 0.5,
                    "dest": iso(c),
                }
                for s in c.rng.sample(SONGS, 2)
            ],
            "guhik": {
                "bt": b.id("buds_mac", where="json guhik.bt (earbuds MAC)"),
                "nav": "Redmi Buds 4",
            },
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/dawiya-guhdarî")
    b.view("response json dawî[] recently played with playedAt", direction="response")
    b.ok_json({"dawî": [{"stran": s, "playedAt": iso(c)} for s in SONGS[:4]]})
    return b.build()


def listen_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/e")
    b.view("json a[] rows [track number, seconds] under single letters", detectable=False)
    b.json({"a": [[c.rng.randint(1, 9999), c.rng.randint(5, 300)] for _ in range(3)], "z": 1})
    b.no_content()
    return b.build()


def buds_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/amûr")
    b.json(
        {
            "androidId": b.id("aid_awaz", where="json androidId"),
            "guhikMac": b.id("buds_mac", "nosep_upper", "json guhikMac"),
            "h": hashlib.sha256(rid(c.rng).encode()).hexdigest()[:16],
        }
    )
    b.decoy("h is a hash of a request nonce")
    b.ok_json({"ok": True, "at": ms(c)})
    return b.build()


def cover_art(c: Context) -> Flow:
    b = KB(c, "glide", "GET", f"https://img.awaz-muzik.example/cover/{c.rng.randint(1, 9999)}.webp")
    b.respond(200, "image/webp", b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(64))
    return b.build()
