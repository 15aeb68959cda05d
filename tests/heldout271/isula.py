"""Isula TV: a Sicilian regional channels' app (news, folk shows, Sicilian
sitcoms, live channels) on the mother's Pixel 8 in Catania.

The backend speaks Sicilian: `taliatu` (watched), `pusizzioni` (position),
`tempu` (time), `prugramma`, `puntata` (episode), `apparecchiu` (device),
`cuntinua a taliari` (continue watching), `chiddi taliati` (watch history).
The live player sends its own heartbeat (`battitu`) every minute; an
Auditel-like audience measurement (`misura`) gets JSON events with the
station code and programme, gzip-compressed; a newer build packs
`canale|prugramma|puntata|secunna|durata|ts` rows into base64 under `q`,
with a SHA-256 of the ANDROID_ID in a terse header. The schedule
(`palinsestu`), the catalogue, search, "chiù taliati" (aggregate counts over
all viewers) and HLS segments are content fetches, not viewing history.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.isulatv.example"
MIS = "https://misura.isulatv.example"
UA = ua("IsulaTV", "4.1.2", "matri")
PRUGRAMMI = [
    ("pg11", "Cuntu di Natali", 2700),
    ("pg17", "Catania Notti", 1800),
    ("pg23", "Sapuri di Sicilia", 1500),
    ("pg31", "U Tiggì Isulanu", 1200),
    ("pg38", "Li Pupi e i Paladini", 2400),
    ("pg44", "Vespri Siciliani – docu", 3300),
]
CANALI = ["Isula 1", "Isula 2", "Isula Sport", "Isula Cultura"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "isulatv", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.header("accept-language", "scn-IT,it;q=0.9")
    if device:
        b.header("x-apparecchiu", b.id("aid_isula", where="header x-apparecchiu"))
    return b


def _pg(c: Context) -> tuple[str, str, int, int]:
    pid, titulu, durata = c.rng.choice(PRUGRAMMI)
    return pid, titulu, c.rng.randint(1, 40), durata


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/apparecchi/arriggistra", device=False)
    b.json(
        {
            "apparecchiu": {
                "idAndroid": b.id("aid_isula", where="json apparecchiu.idAndroid"),
                "idInstallazzioni": b.id("isula_install", where="json idInstallazzioni"),
                "mudellu": "Pixel 8",
                "sistema": "Android 14",
            },
            "lingua": "scn",
            "utenti": b.acct("isula_user"),
        }
    )
    b.ok_json(
        {
            "arriggistratu": True,
            "idInstallazzioni": b.id(
                "isula_install", where="response json idInstallazzioni", direction="response"
            ),
        }
    )
    return b.build()


def taliatu(c: Context) -> Flow:
    """Progress of an on-demand episode, every 30 s."""
    pid, titulu, puntata, durata = _pg(c)
    b = _b(c, "PUT", f"{API}/v2/taliatu/{pid}")
    b.view("json prugramma/puntata/pusizzioni/tempu (Sicilian keys, watch progress)")
    b.json(
        {
            "prugramma": titulu,
            "puntata": puntata,
            "pusizzioni": c.rng.randint(20, durata),
            "durata": durata,
            "finutu": c.rng.random() < 0.15,
            "tempu": iso(c),
        }
    )
    b.no_content()
    return b.build()


def battitu(c: Context) -> Flow:
    """The live player's heartbeat."""
    b = _b(c, "POST", f"{API}/v2/diretta/battitu", device=False)
    b.view("json canali + secunni_taliati (live heartbeat)")
    b.json(
        {
            "apparecchiu": {"id": b.id("aid_isula", where="json apparecchiu.id")},
            "canali": c.rng.choice(CANALI),
            "prugramma": _pg(c)[1],
            "secunni_taliati": c.rng.choice([60, 60, 120, 300]),
            "accuminzatu": iso(c),
        }
    )
    b.ok_json({"prossimu": 60})
    return b.build()


def cuntinua(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/utenti/cuntinua-a-taliari?limiti=10")
    b.view("response json cuntinua[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        pid, titulu, puntata, durata = _pg(c)
        rows.append(
            {
                "prugrammaId": pid,
                "prugramma": titulu,
                "puntata": puntata,
                "pusizzioni": c.rng.randint(60, durata - 60),
                "durata": durata,
                "ultimaVota": iso(c),
            }
        )
    b.ok_json({"cuntinua": rows})
    return b.build()


def chiddi_taliati(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/utenti/chiddi-taliati?pagina=1")
    b.view("response json taliati[] (watch history)", direction="response")
    items = []
    for _ in range(7):
        pid, titulu, puntata, _ = _pg(c)
        items.append(
            {"prugrammaId": pid, "prugramma": titulu, "puntata": puntata, "quannu": iso(c)}
        )
    b.ok_json({"taliati": items, "pagina": 1})
    return b.build()


def misura(c: Context) -> Flow:
    """Auditel-like audience measurement: station code, programme, second, gzip JSON."""
    pid, titulu, puntata, durata = _pg(c)
    b = FB(c, "isula-misura", "POST", f"{MIS}/v3/eventi")
    b.header("user-agent", "MisuraSDK/2.7 (Android 14)")
    b.view("gzip json eventi[] evento=ascolto + emittente/programma/secondo")
    b.json(
        {
            "panel": "digitale",
            "emittente": "ISL" + str(c.rng.randint(1, 4)),
            "dispositivo": {
                "idPubblicita": b.id("gaid_matri", where="json dispositivo.idPubblicita"),
                "tipo": "smartphone",
            },
            "eventi": [
                {
                    "evento": c.rng.choice(["ascolto_inizio", "ascolto", "ascolto_fine"]),
                    "programma": titulu,
                    "contenutoId": f"{pid}-{puntata}",
                    "secondo": c.rng.randint(0, durata),
                    "durata": durata,
                    "ts": ms(c),
                }
            ],
            "sessione": rid(c.rng),
        },
        "gzip",
    )
    b.decoy("sessione (session uuid)")
    b.no_content()
    return b.build()


def misura_compact(c: Context) -> Flow:
    """Newer build: `canale|prugramma|puntata|secunna|durata|ts` rows, base64 under `q`."""
    b = FB(c, "isula-misura", "POST", f"{MIS}/m")
    b.header("user-agent", "mis/3")
    b.header("x-k", b.id("aid_isula", "sha256", "header x-k", detectable=False))
    b.view("form q (base64 of |-separated rows)", detectable=False)
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        pid, _, puntata, durata = _pg(c)
        rows.append(
            f"{c.rng.randint(1, 4)}|{pid[2:]}|{puntata}|{c.rng.randint(0, durata)}|{durata}|{ms(c)}"
        )
    b.form([("q", b64("\n".join(rows))), ("v", "3")])
    b.no_content()
    return b.build()


def palinsestu(c: Context) -> Flow:
    canali = c.rng.choice(CANALI)
    b = _b(
        c, "GET", f"{API}/v2/palinsestu?" + urlencode({"canali": canali, "jornu": "oggi"}), False
    )
    b.decoy("TV schedule (palinsestu): start times and durations")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "canali": canali,
            "palinsestu": [
                {"titulu": n, "accumenza": t0 + i * 3600, "durata": d}
                for i, (_, n, d) in enumerate(PRUGRAMMI[:5])
            ],
        }
    )
    return b.build()


def catalogu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/catalogu?genniri=serii", device=False)
    b.decoy("catalogue with durations (durata) and episode counts")
    b.ok_json(
        {
            "prugrammi": [
                {"id": p, "titulu": n, "puntati": 24, "durata": d, "mmaggini": f"/i/{p}.jpg"}
                for p, n, d in PRUGRAMMI
            ]
        }
    )
    return b.build()


def chiu_taliati(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/classifica/chiu-taliati?simana=1", device=False)
    b.decoy("aggregate view counts (taliati) over all viewers")
    b.ok_json(
        {
            "classifica": [
                {"prugramma": n, "taliati": c.rng.randint(10**4, 10**6), "postu": i + 1}
                for i, (_, n, _) in enumerate(PRUGRAMMI)
            ]
        }
    )
    return b.build()


def cerca(c: Context) -> Flow:
    q = c.rng.choice(["pupi", "catania", "sapuri", "tiggì"])
    b = _b(c, "GET", f"{API}/v2/cerca?" + urlencode({"q": q}), device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"risultati": [{"id": p, "titulu": n} for p, n, _ in PRUGRAMMI[:3]]})
    return b.build()


def hls_segment(c: Context) -> Flow:
    pid = c.rng.choice(PRUGRAMMI)[0]
    b = FB(
        c,
        "isulatv",
        "GET",
        f"https://vod.isulatv.example/{pid}/{new_hex(c.rng, 8)}/1080p/"
        f"seg_{c.rng.randint(1, 700)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", b"G" + c.rng.randbytes(400))
    return b.build()


def miniatura(c: Context) -> Flow:
    pid = c.rng.choice(PRUGRAMMI)[0]
    b = FB(c, "isulatv", "GET", f"https://img.isulatv.example/{pid}/anteprima_640.jpg")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("thumbnail fetch (anteprima)")
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + c.rng.randbytes(300) + b"\xff\xd9")
    return b.build()
