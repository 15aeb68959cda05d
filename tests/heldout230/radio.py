"""UndeRo: a Romanian radio, manele and podcast app on the mother's Redmi Note 13
in Cluj-Napoca.

Live radio sessions report the station and the seconds listened
(`postRadio`, `secundeAscultate`); podcasts report the episode position
(`episod`, `pozitie`); the "ascultate recent" list comes back from the server.
The ad SDK's config call carries the advertising id (`gaid`) and ANDROID_ID
(`androidId`); the app's own install id (`idInstalare`) rides on every backend
call. A batch uploader of the older build sends positional rows under `e`.
Now-playing metadata, the top-manele chart, podcast catalogues, audio chunks
and lyrics are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.undero.example"
UA = ua("UndeRo", "3.9.1", "mama")
POSTURI = [
    "Radio ZU",
    "Kiss FM",
    "Europa FM",
    "Radio România Actualități",
    "Radio Manele Hit",
    "Magic FM",
]
PIESE = [
    ("Florin Salam", "Cine iubește și lasă"),
    ("Nicolae Guță", "Vreau să fiu cu tine"),
    ("Inna", "Up"),
    ("Carla's Dreams", "Sub pielea mea"),
    ("Andra", "Inevitabil va fi bine"),
    ("Dani Mocanu", "Numai tu"),
]
PODCASTURI = [
    ("pd11", "Podcastul cu Mihai Morar", 3600),
    ("pd17", "Fain & Simplu", 5400),
    ("pd23", "Starea Nației Podcast", 2700),
    ("pd29", "Povești de la bunica", 1800),
]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "undero", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if install:
        b.header("x-id-instalare", b.id("radio_install", where="header x-id-instalare"))
    return b


def inregistrare(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dispozitiv", install=False)
    b.json(
        {
            "idInstalare": b.id("radio_install", where="json idInstalare"),
            "androidId": b.id("aid_radio", where="json androidId"),
            "model": "23124RA7EO",
            "producator": "Xiaomi",
            "limba": "ro",
        }
    )
    b.ok_json({"utilizator": b.acct("radio_user"), "ok": True})
    return b.build()


def ads_config(c: Context) -> Flow:
    b = FB(c, "undero-ads", "GET", "https://ads.undero.example/v1/config")
    b.header("user-agent", UA)
    b.param("gaid", b.id("gaid_mama", where="query gaid"))
    b.param("androidId", b.id("aid_radio", where="query androidId"))
    b.param("lat", "0")
    b.param("app", "ro.undero.radio")
    b.ok_json({"preroll": True, "frecventa": 4, "formate": ["audio_15s", "banner"]})
    return b.build()


def sesiune_radio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ascultari/radio")
    b.view("json postRadio + secundeAscultate (radio listening)")
    b.json(
        {
            "postRadio": c.rng.choice(POSTURI),
            "secundeAscultate": c.rng.randint(60, 3600),
            "inceput": iso(c),
            "calitate": c.rng.choice(["64k", "128k"]),
        }
    )
    b.no_content()
    return b.build()


def progres_podcast(c: Context) -> Flow:
    pid, titlu, dur = c.rng.choice(PODCASTURI)
    b = _b(c, "PUT", f"{API}/v2/podcasturi/{pid}/progres")
    b.view("json episod + pozitie (podcast progress)")
    b.json(
        {
            "podcast": titlu,
            "episod": c.rng.randint(1, 250),
            "pozitie": c.rng.randint(30, dur),
            "durata": dur,
            "terminat": c.rng.random() < 0.2,
        }
    )
    b.no_content()
    return b.build()


def piesa_ascultata(c: Context) -> Flow:
    artist, piesa = c.rng.choice(PIESE)
    b = _b(c, "POST", f"{API}/v2/ascultari/piese")
    b.view("json artist/piesa/secundeAscultate (track played)")
    b.json(
        {
            "artist": artist,
            "piesa": piesa,
            "secundeAscultate": c.rng.randint(30, 240),
            "sursa": c.rng.choice(["playlist", "radio", "cautare"]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def ascultate_recent(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/utilizator/ascultate-recent")
    b.view("response json ascultateRecent[] (listening history)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 7)):
        artist, piesa = c.rng.choice(PIESE)
        rows.append({"artist": artist, "piesa": piesa, "ascultatLa": iso(c)})
    b.ok_json({"ascultateRecent": rows})
    return b.build()


def lot_opac(c: Context) -> Flow:
    """The older build's batch uploader: rows [station index, seconds, ts] under 'e'."""
    b = _b(c, "POST", f"{API}/l/b", install=False)
    b.view("json e[] rows", detectable=False)
    rows = [
        [c.rng.randint(0, 5), c.rng.randint(30, 3600), ms(c)] for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"e": rows, "k": 7}, "gzip")
    b.no_content()
    return b.build()


def acum_ruleaza(c: Context) -> Flow:
    post = c.rng.choice(POSTURI)
    b = _b(c, "GET", f"{API}/v2/posturi/acum", install=False)
    b.param("post", post)
    artist, piesa = c.rng.choice(PIESE)
    b.decoy("now-playing metadata of a station (content fetch)")
    b.ok_json({"post": post, "artist": artist, "piesa": piesa, "inceput": iso(c)})
    return b.build()


def top_manele(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/topuri/manele?saptamana=curenta", install=False)
    b.decoy("weekly chart with play counts (aggregate)")
    b.ok_json(
        {
            "top": [
                {"loc": i + 1, "artist": a, "piesa": p, "ascultari": c.rng.randint(10**4, 10**6)}
                for i, (a, p) in enumerate(PIESE)
            ]
        }
    )
    return b.build()


def catalog_podcast(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/podcasturi?categorie=societate", install=False)
    b.decoy("podcast catalogue with durations (content fetch)")
    b.ok_json({"podcasturi": [{"id": p, "titlu": t, "durata": d} for p, t, d in PODCASTURI]})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "undero",
        "GET",
        f"https://stream.undero.example/live/{c.rng.randint(1, 6)}/"
        f"chunk-{c.rng.randint(1, 9999)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def versuri(c: Context) -> Flow:
    artist, piesa = c.rng.choice(PIESE)
    b = _b(c, "GET", f"{API}/v2/versuri?id={rid(c.rng)[:8]}", install=False)
    b.ok_json({"artist": artist, "piesa": piesa, "versuri": "La la la, inima mea..."})
    return b.build()
