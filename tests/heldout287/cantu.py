"""Archiviu di u Cantu: a website archive of Corsican polyphonic song
(paghjella, lamentu, terzetti), read in the phone's browser.

Everything is ordinary: recordings' metadata with `durata`, byte-range audio
fetches, the lyrics (`testu`), a search, the "i più sentiti" chart (aggregate
plays across all visitors) and Piano Analytics page views in the "optout"
privacy mode (`idclient=OPT-OUT`, no visitor id). "Sente" (listen) appears in
button names and page names, never with a listener.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from . import sdk
from .phone import FB, rf

API = "https://archiviu-cantu.example"
UA = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"
)
SONGS = [
    ("c0412", "Paghjella di Rusiu", 212),
    ("c0419", "Lamentu à Ghjesù", 248),
    ("c0433", "Terzettu di Sermanu", 190),
    ("c0457", "Dio vi salvi Regina", 265),
    ("c0461", "Paghjella di Tagliu", 176),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "archiviu-cantu", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "co-FR,co;q=0.9,fr;q=0.8")
    return b


def recording(c: Context) -> Flow:
    sid, title, dur = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/api/registrazioni/{sid}")
    b.decoy("a recording's durata and singers (content fetch)")
    b.ok_json(
        {
            "id": sid,
            "titulu": title,
            "durata": dur,
            "paese": c.rng.choice(["Rusiu", "Sermanu"]),
            "annu": c.rng.randint(1955, 1990),
            "cantadori": 3,
            "sente": f"{API}/audio/{sid}.m4a",
        }
    )
    return b.build()


def audio(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    start = c.rng.randint(0, 40) * 65536
    b = _b(c, "GET", f"{API}/audio/{sid}.m4a")
    b.header("range", f"bytes={start}-{start + 65535}")
    b.respond(
        206, "audio/mp4", c.rng.randbytes(500), headers=[("content-range", f"bytes {start}-*/*")]
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, title, _ = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/api/registrazioni/{sid}/testu")
    b.ok_json({"titulu": title, "testu": "O chì bella serata\nChì face u lume di luna"})
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["paghjella", "lamentu", "terzettu", "sermanu"])
    b = _b(c, "GET", f"{API}/api/cerca?q={q}&sente=1")
    b.decoy("search results with durata (content fetch)")
    b.ok_json({"risultati": [{"id": i, "titulu": t, "durata": d} for i, t, d in SONGS[:3]]})
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/i-piu-sentiti?mese=10")
    b.decoy("aggregate plays per recording (not one listener)")
    b.ok_json(
        {
            "classifica": [
                {
                    "id": i,
                    "titulu": t,
                    "ascolti": c.rng.randint(200, 9000),
                    "durataMedia": rf(c.rng, 60, d, 0),
                }
                for i, t, d in SONGS
            ]
        }
    )
    return b.build()


def piano_page(c: Context) -> Flow:
    b = FB(c, "piano", "POST", sdk.piano_url("a31415.pa-cd.com", 639522, "OPT-OUT"))
    b.header("user-agent", UA)
    b.decoy("Piano page.display in optout mode (idclient OPT-OUT)")
    page = c.rng.choice(["sente::paghjella", "archiviu::lamentu", "accolta", "cerca"])
    b.json(
        sdk.piano_events(
            [
                (
                    "page.display",
                    {
                        "page": page,
                        "page_chapter1": page.split("::")[0],
                        "visitor_privacy_mode": "optout",
                    },
                )
            ],
            c,
        ),
        ctype="text/plain;charset=UTF-8",
    )
    b.no_content()
    return b.build()
