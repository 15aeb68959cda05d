"""Cinéflux, a Québec streaming app on the Apple TV: its own backend (key names
in English and Québécois French, the developers' own), plus the catalogue,
artwork and HLS fetches that carry no viewing history (decoys).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, iso, ms, rid, tv_ua

API = "https://api.cineflux.ca"
TITLES = [
    ("s-bye-bye-boys", "Les Gars du Plateau", 2741),
    ("m-nord-lumiere", "Lumière du Nord", 6120),
    ("s-hockey-nuit", "Hockey de nuit", 2650),
    ("s-cabane", "La Cabane à sucre", 1840),
    ("m-fleuve", "Le Fleuve", 5530),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "cineflux", method, API + path)
    b.header("user-agent", tv_ua("Cineflux", "5.8.2"))
    b.header("authorization", "Bearer " + b64(js({"sub": b.acct("flix_user")}))[:40])
    return b


def _title(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(TITLES)


def journal_visionnement(c: Context) -> Flow:
    """A French-keyed watch log batch."""
    b = _b(c, "POST", "/v2/journal/visionnement")
    tid, name, dur = _title(c)
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "appareil": {"idfv": b.id("idfv_flix", where="json:appareil.idfv"), "type": "tvOS"},
            "evenements": [
                {
                    "contenuId": tid,
                    "titre": name,
                    "positionSec": pos,
                    "dureeSec": dur,
                    "horodatage": iso(c),
                    "type": "lecture_en_cours",
                }
            ],
        }
    )
    b.view("json:evenements[].contenuId+positionSec")
    b.no_content()
    return b.build()


def watch_progress(c: Context) -> Flow:
    b = _b(c, "PUT", "/v2/me/progress")
    tid, _, dur = _title(c)
    pos = c.rng.randint(10, dur)
    b.json({"itemId": tid, "resumePointMs": pos * 1000, "totalMs": dur * 1000, "ts": ms(c)})
    b.view("json:itemId+resumePointMs")
    b.ok_json({"ok": True})
    return b.build()


def continuer_a_regarder(c: Context) -> Flow:
    """The response lists what the household watched (continue-watching row)."""
    b = _b(c, "GET", "/v2/me/rangees/continuer-a-regarder")
    rows = [
        {"contenuId": t, "titre": n, "pctVu": round(c.rng.uniform(0.05, 0.95), 2), "vuLe": iso(c)}
        for t, n, _ in c.rng.sample(TITLES, 3)
    ]
    b.ok_json({"rangee": "continuer", "elements": rows})
    b.view("response json:elements[].contenuId+pctVu+vuLe", direction="response")
    return b.build()


def opaque_beat(c: Context) -> Flow:
    """A beacon whose payload is encrypted: viewing history no reader can see."""
    b = _b(c, "POST", "/t/b")
    blob = bytes(c.rng.randrange(256) for _ in range(180))
    b.json({"v": 3, "p": b64(blob), "k": rid(c.rng)[:8]})
    b.view("json:p (encrypted)", detectable=False)
    b.no_content()
    return b.build()


def install_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/devices")
    b.json(
        {
            "installationId": b.id("flix_install", where="json:installationId"),
            "vendorId": b.id("idfv_flix", where="json:vendorId"),
            "platform": "tvos",
            "lang": "fr-CA",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/catalogue/accueil")
    b.param("langue", c.rng.choice(["fr-CA", "en-CA"]))
    b.ok_json({"rangees": [{"id": t, "titre": n, "duree": d} for t, n, d in TITLES]})
    b.decoy("catalogue page listing titles (no personal viewing)")
    return b.build()


def artwork(c: Context) -> Flow:
    tid, _, _ = _title(c)
    b = FB(c, "cineflux", "GET", f"https://img.cineflux.ca/art/{tid}/1920x1080.jpg")
    b.header("user-agent", tv_ua("Cineflux", "5.8.2"))
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randrange(10**6), 700))
    b.decoy("title artwork fetch")
    return b.build()


def hls_segment(c: Context) -> Flow:
    tid, _, _ = _title(c)
    n = c.rng.randint(1, 900)
    url = f"https://vod.cineflux.ca/{tid}/hls/1080p/seg_{n:05d}.ts"
    b = FB(c, "cineflux", "GET", url, http_version="HTTP/1.1")
    b.header("user-agent", "AppleCoreMedia/1.0.0.21K69 (Apple TV; U; CPU OS 17_2 like Mac OS X)")
    b.respond(200, "video/mp2t", bytes(c.rng.randrange(256) for _ in range(400)))
    b.decoy("video segment fetch")
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/recherche")
    b.param("q", c.rng.choice(["hockey", "fleuve", "comédie", "série policière"]))
    b.ok_json({"resultats": [{"id": t, "titre": n} for t, n, _ in TITLES[:3]]})
    b.decoy("search query and results")
    return b.build()
