"""Teleplay: the public broadcaster's streaming app (live channels, fiction, news).

The in-house team writes Italian keys: watch progress goes to `/utente/visione`
(`contenuto_id`, `posizione`, `durata_visione`), "Continua a guardare" comes
back as a list. The audience measurement tag is comScore's streaming beacon on
scorecardresearch.com (`ns_st_ev` play/pause/hb, `ns_st_pt` played time,
`ns_st_ci` content id): the event names say it is a player. The older TV-box
build batches its resume points as a gzip+base64 blob under `p`. Palinsesto
(EPG), the "I più visti" rail (counts over all viewers) and manifests are not
viewing history.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, jsb

from .phone import FB, bearer, iso, ms, rid, ua

API = "https://api.teleplay.example"
UA = ua("Teleplay", "7.4.1")
TITOLI = [
    "Il commissario Ricciardi 3x02",
    "Mare fuori 4x07",
    "Un posto al sole - puntata 6412",
    "TG1 ore 20",
    "Techetechetè",
    "L'amica geniale 4x05",
    "Sanremo 2024 - serata finale",
]


def _b(c: Context, method: str, url: str, dev: bool = True) -> FB:
    b = FB(c, "teleplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    if dev:
        b.header("x-id-dispositivo", b.id("aid_tele", where="header x-id-dispositivo"))
    return b


def _contenuto(c: Context) -> tuple[str, str, int]:
    return (
        f"ContentItem-{rid(c.rng)[:13]}",
        c.rng.choice(TITOLI),
        c.rng.choice([1500, 2700, 3000, 5400, 6600]),
    )


def visione(c: Context) -> Flow:
    cid, titolo, durata = _contenuto(c)
    pos = c.rng.randint(30, durata)
    b = _b(c, "POST", f"{API}/v2/utente/visione")
    b.view("json posizione / durata_visione")
    b.json(
        {
            "contenuto_id": cid,
            "titolo": titolo,
            "posizione": pos,
            "durata_visione": pos - c.rng.randint(0, 20),
            "durata_totale": durata,
            "percentuale": round(100 * pos / durata, 1),
            "aggiornato_il": iso(c),
            "piattaforma": "android",
        }
    )
    b.no_content()
    return b.build()


def continua_a_guardare(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/utente/continua-a-guardare?limite=10", dev=False)
    b.view("response json elementi[].posizione_sec", direction="response")
    elementi = []
    for _ in range(c.rng.randint(2, 5)):
        cid, titolo, durata = _contenuto(c)
        elementi.append(
            {
                "id": cid,
                "titolo": titolo,
                "posizione_sec": c.rng.randint(60, durata),
                "durata_sec": durata,
                "ultima_visione": iso(c),
            }
        )
    b.ok_json({"elementi": elementi})
    return b.build()


def comscore(c: Context, evento: str = "hb") -> Flow:
    cid, titolo, durata = _contenuto(c)
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p2")
    b.header("user-agent", UA)
    b.view(f"query ns_st_ev={evento} ns_st_pt (streaming tag)")
    for k, v in [
        ("c1", "2"),
        ("c2", "13259779"),
        ("ns_st_ev", evento),
        ("ns_st_ci", cid),
        ("ns_st_pr", titolo),
        ("ns_st_pt", str(c.rng.randint(1000, durata * 1000))),
        ("ns_st_cl", str(durata * 1000)),
        ("ns_st_pn", "1"),
        ("ns_ak", b.id("gaid", where="query ns_ak")),
        ("ns_ts", str(ms(c))),
    ]:
        b.param(k, v)
    b.respond(204, None)
    return b.build()


def punti_ripresa_opachi(c: Context) -> Flow:
    """TV-box build: [content, seconds, ts] rows gzipped and base64'd under `p`."""
    b = _b(c, "POST", f"{API}/rp", dev=False)
    b.view("form p (gzip+base64 rows)", detectable=False)
    righe = [
        [f"CI{c.rng.randint(10**5, 10**6)}", c.rng.randint(30, 6000), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    blob = b64(gzip.compress(jsb(righe), mtime=0))
    b.form([("p", blob), ("v", "3")])
    b.no_content()
    return b.build()


def palinsesto(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/palinsesto?canale=rai{c.rng.randint(1, 3)}&data=oggi", dev=False)
    b.decoy("palinsesto: programme guide with start times and durations (content fetch)")
    b.ok_json(
        {
            "eventi": [
                {"titolo": t, "ora_inizio": iso(c), "durata_min": c.rng.choice([30, 60, 110])}
                for t in TITOLI
            ]
        }
    )
    return b.build()


def piu_visti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/rail/i-piu-visti", dev=False)
    b.decoy("'I più visti': view counts and average watch time over all viewers (aggregate)")
    b.ok_json(
        {
            "elementi": [
                {
                    "titolo": t,
                    "visualizzazioni": c.rng.randint(10**4, 10**6),
                    "tempo_medio_visione_min": c.rng.randint(5, 50),
                }
                for t in TITOLI[:5]
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(
        c, "teleplay", "GET", f"https://mediapolis.teleplay.example/relinker/{rid(c.rng)[:8]}.m3u8"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3000000,RESOLUTION=1280x720\n720.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()
