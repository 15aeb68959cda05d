"""Podkiste: a podcast app from Vienna (Austrian in-house team).

Episode progress goes up as `abspielstand` with `gehoert_bis`; the sync of all
devices' positions uses a compact form: an encrypted-looking hex blob under
`s`. Feed fetches, the episode audio and the "Trending in Österreich" rail are
not listening history.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from .phone import FB, android_ua, iso, ms

API = "https://sync.podkiste.example"
UA = android_ua("Podkiste", "3.7.2")
FOLGEN = [
    ("ep-fm4-1203", "FM4 Projekt X", 2900),
    ("ep-oe1-5521", "Ö1 Betrifft: Geschichte", 1500),
    ("ep-ds-0441", "Dunkelblau ermittelt", 3600),
    ("ep-zg-0098", "Zeitgeist am Gürtel", 4100),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "podkiste", method, url)
    b.header("user-agent", UA)
    return b


def abspielstand(c: Context) -> Flow:
    fid, sendung, dauer = c.rng.choice(FOLGEN)
    b = _b(c, "POST", f"{API}/v2/abspielstand")
    b.view("json folgeId + gehoert_bis + fertig (episode progress)")
    b.json(
        {
            "folgeId": fid,
            "sendung": sendung,
            "gehoert_bis": c.rng.randint(0, dauer),
            "fertig": c.rng.random() < 0.2,
            "zeitpunkt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def sync_blob(c: Context) -> Flow:
    """All positions, XOR-scrambled with a keystream and hex-encoded under `s`."""
    b = _b(c, "POST", f"{API}/v2/s")
    b.view("json s: scrambled hex of [episode, position] rows", detectable=False)
    plain = jsb([[c.rng.choice(FOLGEN)[0], c.rng.randint(0, 4000)] for _ in range(3)])
    key = hashlib.sha256(str(c.rng.random()).encode()).digest()
    scrambled = bytes(p ^ key[i % len(key)] for i, p in enumerate(plain))
    b.json({"s": scrambled.hex(), "k": 2, "t": ms(c)})
    b.ok_json({"ok": 1})
    return b.build()


def feed(c: Context) -> Flow:
    b = _b(c, "GET", "https://feeds.podkiste.example/fm4-projekt-x.xml")
    b.decoy("RSS feed with itunes:duration per episode (catalogue)")
    items = "".join(
        f"<item><title>{s}</title><itunes:duration>{d}</itunes:duration></item>"
        for _, s, d in FOLGEN
    )
    b.respond(200, "application/rss+xml", f"<rss><channel>{items}</channel></rss>".encode())
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trending?land=AT")
    b.decoy("trending rail with listener counts (aggregate)")
    b.ok_json(
        {"trending": [{"folgeId": f, "hoerer": c.rng.randint(500, 90000)} for f, _, _ in FOLGEN]}
    )
    return b.build()


def audio(c: Context) -> Flow:
    fid = c.rng.choice(FOLGEN)[0]
    b = FB(c, "podkiste", "GET", f"https://media.podkiste.example/{fid}.mp3")
    b.header("user-agent", UA)
    b.header("range", f"bytes={c.rng.randint(0, 10**7)}-")
    b.respond(206, "audio/mpeg", b"ID3" + bytes(120))
    return b.build()
