"""A Hungarian streaming app (fictional "TéVé Most", in the style of RTL+ / MAX HU):
its own viewing log with Hungarian keys, with and without accents (megtekintés,
pozíció / megtekintes, pozicio), a resume list, a gemiusStream-measured player
(see sdks.gemius_stream) and decoys (ajánló rows, subtitles)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.tevemost.hu"
MŰSOROK = ["Barátok közt", "A mi kis falunk", "Híradó", "Survivor", "Mintaapák"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "tevemost", method, API + path)
    b.header("user-agent", ua("TeVeMost", "2.41.0"))
    b.header("x-eszkoz-azonosito", b.id("aid_hu", where="header:x-eszkoz-azonosito"))
    return b


def megtekintes(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/megtekintesek")
    accents = c.rng.random() < 0.5
    mk, pk = ("megtekintés", "pozíció") if accents else ("megtekintes", "pozicio")
    b.view(f"body:$.{mk}.{pk}")
    b.json(
        {
            mk: {
                "musor": c.rng.choice(MŰSOROK),
                "epizod_id": c.rng.randint(10000, 99999),
                pk: c.rng.randint(0, 2800),
                "idotartam": c.rng.randint(1500, 3000),
                "idopont": iso(c),
            },
            "felhasznalo": b.acct("hu_user"),
        }
    )
    b.no_content()
    return b.build()


def folytatas(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v1/profil/folytatas")
    b.view("response:$.folytatod[*].pozicio_mp", direction="response")
    b.ok_json(
        {
            "folytatod": [
                {
                    "musor": c.rng.choice(MŰSOROK),
                    "pozicio_mp": c.rng.randint(30, 2500),
                    "utoljara": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def ajanlo(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v1/ajanlo/kezdolap")
    b.decoy("recommendation rows")
    b.ok_json(
        {"sorok": [{"cim": "Népszerű most", "elemek": [rid(c.rng) for _ in range(5)]}], "ts": ms(c)}
    )
    return b.build()


def felirat(c: Context) -> Flow:
    b = FB(
        c,
        "tevemost",
        "GET",
        f"https://cdn.tevemost.hu/feliratok/{c.rng.randint(10000, 99999)}_hu.vtt",
    )
    b.decoy("subtitle file with timestamps")
    cues = "".join(f"00:0{i}:1{i}.000 --> 00:0{i}:1{i + 2}.500\nSzia!\n\n" for i in range(4))
    b.respond(200, "text/vtt", ("WEBVTT\n\n" + cues).encode())
    return b.build()
