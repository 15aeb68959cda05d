"""Oorwurm: a Flemish podcast app.

Listening progress syncs as "afleveringVoortgang" (episode guid, positie_sec,
voltooid); the widget's compact sync uses single-letter keys. Episode downloads go
through a Podtrac measurement prefix: a media fetch (an ordinary download count),
not a listening report.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_uuid

from .phone import FB, iso, ms, ua

API = "https://sync.oorwurm.example"
UA = ua("Oorwurm", "3.9.0")
AFL = [
    ("Kiespijn", 3120), ("De Rode Lantaarn", 2700), ("Damn, Honey", 2400),
    ("NRC Vandaag", 1500), ("Vlaamse Filmkes", 3600),
]  # fmt: skip


def _guid(c: Context) -> str:
    return new_uuid(c.rng)


def voortgang(c: Context) -> Flow:
    show, duur = c.rng.choice(AFL)
    b = FB(c, "oorwurm", "POST", f"{API}/v2/afleveringVoortgang")
    b.header("user-agent", UA)
    b.view("json afleveringGuid + positie_sec + voltooid")
    pos = c.rng.randint(0, duur)
    b.json(
        {
            "podcast": show,
            "afleveringGuid": _guid(c),
            "positie_sec": pos,
            "voltooid": pos > duur - 30,
            "snelheid": c.rng.choice([1.0, 1.25, 1.5]),
            "installatie": b.id("oor_install", where="json installatie"),
            "bijgewerkt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def widget_sync(c: Context) -> Flow:
    _, duur = c.rng.choice(AFL)
    b = FB(c, "oorwurm", "POST", f"{API}/w")
    b.header("user-agent", UA)
    b.view("json {g, p, t} single-letter keys", detectable=False)
    b.json({"g": _guid(c), "p": c.rng.randint(0, duur), "t": ms(c)})
    b.no_content()
    return b.build()


def podtrac_download(c: Context) -> Flow:
    url = f"https://dts.podtrac.com/redirect.mp3/media.oorwurm.example/afl/{_guid(c)}.mp3"
    b = FB(c, "oorwurm", "GET", url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.decoy("episode download via a measurement prefix: a media fetch, not listening history")
    b.respond(302, None, headers=[("location", "https://media.oorwurm.example/afl/x.mp3")])
    return b.build()


def feed(c: Context) -> Flow:
    show, duur = c.rng.choice(AFL)
    b = FB(c, "oorwurm", "GET", f"{API}/v2/feeds?podcast={show.replace(' ', '+')}")
    b.header("user-agent", UA)
    b.decoy("episode list with durations and publication dates (catalogue)")
    b.ok_json({"afleveringen": [{"guid": _guid(c), "duur": duur, "gepubliceerd": iso(c)}]})
    return b.build()


def account(c: Context) -> Flow:
    b = FB(c, "oorwurm", "POST", f"{API}/v2/account/aanmelden")
    b.header("user-agent", UA)
    b.decoy("sign-up form: e-mail and a self-declared birth year")
    b.json({"gebruiker": b.acct("oor_user"), "email": b.id("email", where="json email"),
            "geboortejaar": 1986})  # fmt: skip
    b.ok_json({"ok": True})
    return b.build()
