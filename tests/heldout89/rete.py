"""ReteUno Play: a public-service streaming app (RaiPlay-like), in-house backend.

Its watch log speaks Italian ("visione", "durata_visione", "puntata",
"stagione", "posizione", "già_visti"), sends the app's ANDROID_ID in an
`x-device-id` header, and embeds Firebase, comScore and Nielsen (see sdks.py,
measure.py). Key names are this set's own, in the style of Italian broadcasters'
public JSON APIs (programme / episode / season, seconds).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from . import measure, sdks
from .phone import FB, iso, ms, rid, ua

API = "https://api.reteuno-play.example.it"
PKG = "it.rete1.play"
SHOWS = [
    ("Il commissario Sarti", "Stagione 3"),
    ("Linea Verde", "Puntata del 14/03"),
    ("Don Rocco", "Stagione 13"),
    ("Techetechetè", "Estate"),
    ("Mare fuori", "Stagione 4"),
]


def _dev(b: FB, how: str = "plain") -> None:
    b.header("x-device-id", b.id("aid_rete", how, where="header:x-device-id"))
    b.header("user-agent", ua("ReteUnoPlay", "6.4.2"))


def visione(c: Context) -> Flow:
    b = FB(c, "rete_app", "POST", f"{API}/utente/v2/visione")
    _dev(b)
    show, season = c.rng.choice(SHOWS)
    dur = c.rng.choice([1500, 3000, 5400])
    b.view("json:visione")
    b.json(
        {
            "visione": {
                "programma": show,
                "stagione": season,
                "puntata": c.rng.randint(1, 12),
                "id_contenuto": "ContentItem-" + rid(c.rng),
                "durata_visione": c.rng.randint(60, dur),
                "durata_totale": dur,
                "inizio": iso(c),
            },
            "piattaforma": "android",
        }
    )
    b.no_content()
    return b.build()


def riprendi_put(c: Context) -> Flow:
    cid = "ContentItem-" + rid(c.rng)
    b = FB(c, "rete_app", "PUT", f"{API}/utente/{b_user(c)}/riprendi/{cid}")
    _dev(b)
    dur = c.rng.choice([1500, 3000])
    pos = c.rng.randint(30, dur)
    b.view("json:posizione,avanzamento")
    b.json({"posizione": pos, "durata": dur, "avanzamento": round(pos / dur, 3), "ts": ms(c)})
    b.ok_json({"esito": "ok"})
    return b.build()


def b_user(c: Context) -> str:
    return c.phone.rete_user


def riprendi_list(c: Context) -> Flow:
    """The continue-watching row, fetched: the server sends the history back."""
    b = FB(c, "rete_app", "GET", f"{API}/utente/{b_user(c)}/riprendi")
    _dev(b)
    items = [
        {
            "titolo": s,
            "sottotitolo": e,
            "posizione_sec": c.rng.randint(60, 2800),
            "percentuale_vista": c.rng.randint(5, 95),
            "ultima_visione": iso(c),
        }
        for s, e in c.rng.sample(SHOWS, 3)
    ]
    b.view("response:json:riprendi[]", direction="response")
    b.ok_json({"riprendi": items})
    return b.build()


def gia_visti(c: Context) -> Flow:
    b = FB(c, "rete_app", "POST", f"{API}/utente/v2/gia-visti/sync")
    _dev(b, "upper")
    b.view("json:già_visti[]")
    b.json(
        {
            "già_visti": [
                {"id": "ContentItem-" + rid(c.rng), "visto_il": iso(c), "completo": True}
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """A beacon the app enciphers itself: nothing readable says what it holds."""
    b = FB(c, "rete_app", "POST", f"{API}/s/q")
    b.view("body:cipher", detectable=False)
    b.set_body(bytes(c.rng.randrange(256) for _ in range(180)), "application/octet-stream")
    b.no_content()
    return b.build()


def palinsesto(c: Context) -> Flow:
    b = FB(c, "rete_app", "GET", f"{API}/palinsesto/rai1/2026-03-14.json")
    b.decoy("EPG schedule: programme titles, start times, durations")
    b.ok_json(
        {
            "eventi": [
                {"titolo": s, "ora": f"{h:02d}:00", "durata": "01:30", "puntata": e}
                for h, (s, e) in zip(range(18, 23), SHOWS, strict=False)
            ]
        }
    )
    return b.build()


def thumb(c: Context) -> Flow:
    b = FB(
        c,
        "rete_cdn",
        "GET",
        f"https://img.reteuno-play.example.it/{new_hex(c.rng, 12)}-640x360.jpg",
    )
    b.decoy("thumbnail fetch")
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.randrange(256) for _ in range(90))
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    seg = f"seg_{c.rng.randint(1, 600)}.ts"
    url = f"https://vod.reteuno-play.example.it/hls/{new_digits(c.rng, 8)}/1080p/{seg}"
    b = FB(c, "rete_cdn", "GET", url)
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", b"G@" + bytes(c.rng.randrange(256) for _ in range(120)))
    return b.build()


def ricerca(c: Context) -> Flow:
    b = FB(
        c,
        "rete_app",
        "GET",
        f"{API}/ricerca",
        [("q", c.rng.choice(["sarti", "montalbano", "meteo"]))],
    )
    _dev(b)
    b.decoy("search results")
    b.ok_json({"risultati": [{"titolo": s, "tipo": "programma"} for s, _ in SHOWS[:3]]})
    return b.build()


def config(c: Context) -> Flow:
    b = FB(c, "rete_app", "GET", f"{API}/config/android/6.4.2.json")
    _dev(b)
    b.ok_json({"cdn": "vod.reteuno-play.example.it", "ads": False})
    return b.build()


def comscore(c: Context) -> Flow:
    s, e = c.rng.choice(SHOWS)
    return measure.comscore_hb(c, s, e, "ReteUno Play", c.rng.choice(["hb", "hb", "play", "end"]))


def nielsen(c: Context) -> Flow:
    s, e = c.rng.choice(SHOWS)
    return measure.nielsen_dcr(c, s + " - " + e, s, PKG)


def firebase(c: Context) -> Flow:
    return sdks.firebase_installation(c, "reteuno-play", PKG, "fid_rete")


def census(c: Context) -> Flow:
    return measure.census_minutes(c, "Rai 1", PKG)


def ga4(c: Context) -> Flow:
    s, e = c.rng.choice(SHOWS)
    ev = c.rng.choice(["video_start", "video_progress", "video_progress", "video_complete"])
    return sdks.ga4_video(c, f"{s} - {e}", "1:48213877201:android:5f1c0e9d2a7b4c61", ev)
