"""PapoCast: a podcast app. It syncs the listening position per episode
(`posicao_seg`, `ouvido_ate`) and pulls the "Ouvindo agora" shelf back; the
Android Auto path sends a terse beacon with single-letter keys (opaque). RSS
feeds, episode lists with durations and audio downloads are not history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://sync.papocast.example"
UA = ua("PapoCast", "2.7.0")
EPISODIOS = [
    ("ep-7781", "Podpah #912"),
    ("ep-7790", "Café da Manhã: a seca no sertão"),
    ("ep-7802", "Mano a Mano com convidado"),
    ("ep-7815", "Flow Podcast #401"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "papocast", method, url)
    b.header("user-agent", UA)
    b.header("x-device", b.id("aid_cast", where="header x-device"))
    return b


def posicao(c: Context) -> Flow:
    eid, title = c.rng.choice(EPISODIOS)
    b = _b(c, "POST", f"{API}/api/episodios/{eid}/posicao")
    b.view("json posicao_seg / ouvido_ate (podcast listening position)")
    dur = c.rng.randint(1800, 9000)
    b.json(
        {
            "episodio": eid,
            "titulo": title,
            "posicao_seg": c.rng.randint(10, dur),
            "duracao_seg": dur,
            "velocidade": 1.25,
            "atualizado": iso(c),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def ouvindo_agora(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/me/ouvindo-agora")
    b.view("response episodios[] with posicao_seg (in progress)", direction="response")
    b.ok_json(
        {
            "episodios": [
                {
                    "episodio": e,
                    "titulo": t,
                    "posicao_seg": c.rng.randint(60, 4000),
                    "ultima_vez": iso(c),
                }
                for e, t in EPISODIOS[:3]
            ]
        }
    )
    return b.build()


def beacon_auto(c: Context) -> Flow:
    eid, _t = c.rng.choice(EPISODIOS)
    b = _b(c, "GET", f"{API}/b")
    b.view("query e / p / t (episode, position, time: single letters)", detectable=False)
    b.param("e", eid.split("-")[1])
    b.param("p", str(c.rng.randint(10, 5000)))
    b.param("t", str(ms(c) // 1000))
    b.param("s", "aa")
    b.no_content()
    return b.build()


def feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/programas/podpah/episodios?pagina=1")
    b.decoy("episode list with durations and publish dates (catalogue)")
    b.ok_json(
        {
            "episodios": [
                {
                    "episodio": e,
                    "titulo": t,
                    "duracao_seg": c.rng.randint(1800, 9000),
                    "publicado": iso(c),
                }
                for e, t in EPISODIOS
            ]
        }
    )
    return b.build()


def audio(c: Context) -> Flow:
    eid, _t = c.rng.choice(EPISODIOS)
    b = FB(c, "papocast", "GET", f"https://media.papocast.example/{eid}.mp3")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 10**7)}-")
    b.respond(206, "audio/mpeg", b"ID3\x04" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
