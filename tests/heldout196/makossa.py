"""MakossaBeat: makossa and bikutsi streaming, Douala team (French keys, some Duala).

Plays are reported as `ecoute` scrobbles (`titre_id`, `duree_ecoutee`); the Duala
`bo_ma_sesa` (what we listened to) history comes back in responses. A msgpack
beacon with single-letter keys is opaque. Charts (play counts over everyone) and
lyrics are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import mpack

from .phone import FB, iso, ms, ua

API = "https://api.makossabeat.example"
UA = ua("MakossaBeat", "2.1.0")
ARTISTS = [
    "Petit Pays",
    "Ben Decca",
    "Les Têtes Brûlées",
    "Lady Ponce",
    "K-Tino",
    "Charlotte Dipanda",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "makossabeat", method, url)
    b.header("user-agent", UA)
    b.header("x-device", b.id("aid_makossa", where="header x-device"))
    return b


def _track(c: Context) -> tuple[str, str]:
    return f"trk{c.rng.randint(100000, 999999)}", c.rng.choice(ARTISTS)


def ecoute(c: Context) -> Flow:
    tid, artiste = _track(c)
    b = _b(c, "POST", f"{API}/v1/ecoutes")
    b.view("json type=ecoute with titre_id, duree_ecoutee, ecoute_le")
    b.json(
        {
            "type": "ecoute",
            "titre_id": tid,
            "artiste": artiste,
            "genre": c.rng.choice(["makossa", "bikutsi", "assiko"]),
            "duree_ecoutee": c.rng.randint(20, 320),
            "terminee": c.rng.random() < 0.5,
            "ecoute_le": iso(c),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def historique_duala(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/moi/bo_ma_sesa")
    b.view(
        "response bo_ma_sesa[] (Duala: what we listened to) with titre_id and date",
        direction="response",
    )
    rows = []
    for _ in range(5):
        tid, artiste = _track(c)
        rows.append({"titre_id": tid, "artiste": artiste, "ecoute_le": iso(c)})
    b.ok_json({"bo_ma_sesa": rows})
    return b.build()


def beacon_msgpack(c: Context) -> Flow:
    tid, _ = _track(c)
    b = _b(c, "POST", f"{API}/m")
    b.view("msgpack {t, p, s} rows: track, seconds played, ts", detectable=False)
    b.set_body(mpack({"t": tid, "p": c.rng.randint(5, 300), "s": ms(c)}), "application/x-msgpack")
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/classement/hebdo?pays=CM")
    b.decoy("weekly chart: total plays over all listeners (aggregate)")
    rows = []
    for i in range(10):
        tid, artiste = _track(c)
        rows.append(
            {
                "rang": i + 1,
                "titre_id": tid,
                "artiste": artiste,
                "ecoutes": c.rng.randint(5000, 900000),
            }
        )
    b.ok_json({"classement": rows})
    return b.build()


def paroles(c: Context) -> Flow:
    tid, artiste = _track(c)
    b = _b(c, "GET", f"{API}/v1/titres/{tid}/paroles")
    b.ok_json(
        {"titre_id": tid, "artiste": artiste, "lignes": [{"t": 12.5, "texte": "Na tondi oa..."}]}
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "makossabeat",
        "GET",
        f"https://media.makossabeat.example/a/{c.rng.randint(100000, 999999)}/128k.mp3",
    )
    b.header("range", "bytes=0-65535")
    b.respond(206, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()
