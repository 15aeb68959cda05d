"""Ondas: a podcast app (her own). Listening progress per episode
(`episodioId`, `posicaoSegundos`, `ouvidoAte`) goes to the app's backend, a
"recently played" list comes back, and an older sync path sends msgpack rows
with one-letter keys. The app registers its install with the ANDROID_ID.

Ordinary: feeds, charts, search and the audio downloads themselves.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import mpack

from .phone import LB, iso, ms, ua

API = "https://api.ondas-podcasts.example"
UA = ua("Ondas", "4.0.9")
PROGRAMAS = [
    ("p88", "Expresso da Manhã", 1500),
    ("p91", "Governo Sombra", 3300),
    ("p104", "Mixórdia de Temáticas", 600),
    ("p117", "A Beleza das Pequenas Coisas", 3600),
    ("p120", "Conversas à Quinta", 2400),
]


def _b(c: Context, method: str, url: str) -> LB:
    b = LB(c, "ondas", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    pid, nome, dur = c.rng.choice(PROGRAMAS)
    return pid, nome, c.rng.randint(100, 900), dur


def registar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/instalacoes")
    b.json(
        {
            "instalacaoId": b.id("ondas_install", where="json instalacaoId"),
            "androidId": b.id("aid_ondas", where="json androidId"),
            "plataforma": "android",
            "idioma": "pt-PT",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def progresso_escuta(c: Context) -> Flow:
    pid, nome, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v1/escuta/progresso")
    b.header("x-instalacao", b.id("ondas_install", where="header x-instalacao"))
    b.view("json programa/episodioId/posicaoSegundos (listening)")
    b.json(
        {
            "programa": nome,
            "episodioId": f"{pid}-{ep}",
            "posicaoSegundos": c.rng.randint(30, dur),
            "duracaoSegundos": dur,
            "velocidade": c.rng.choice([1.0, 1.0, 1.25, 1.5]),
            "data": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ouvidos_recentemente(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/perfil/ouvidos-recentemente")
    b.view("response json recentes[] (listening history)", direction="response")
    rows = []
    for _ in range(4):
        pid, nome, ep, dur = _ep(c)
        rows.append({"programa": nome, "episodioId": f"{pid}-{ep}", "ouvidoAte": dur // 2})
    b.ok_json({"recentes": rows})
    return b.build()


def sync_opaco(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s")
    b.view("msgpack rows with one-letter keys", detectable=False)
    rows = [
        {"e": c.rng.randint(100, 900), "p": c.rng.randint(30, 3000), "t": ms(c)} for _ in range(3)
    ]
    b.set_body(mpack({"r": rows}), "application/x-msgpack")
    b.no_content()
    return b.build()


def feed(c: Context) -> Flow:
    pid, nome, _ = c.rng.choice(PROGRAMAS)
    b = _b(c, "GET", f"{API}/v1/programas/{pid}/episodios?pagina=1")
    b.decoy("episode list with durations (content fetch)")
    b.ok_json(
        {
            "programa": nome,
            "episodios": [
                {"id": f"{pid}-{n}", "duracaoSegundos": c.rng.randint(600, 3600)}
                for n in range(900, 895, -1)
            ],
        }
    )
    return b.build()


def tops(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tops/portugal")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "top": [
                {"programa": n, "reproducoes": c.rng.randint(1000, 90000)} for _, n, _ in PROGRAMAS
            ]
        }
    )
    return b.build()


def audio(c: Context) -> Flow:
    pid = c.rng.choice(PROGRAMAS)[0]
    b = LB(
        c, "ondas", "GET", f"https://media.ondas-podcasts.example/{pid}/{new_hex(c.rng, 16)}.mp3"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def pesquisa(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/pesquisa?q={c.rng.choice(['futebol', 'historia', 'humor'])}")
    b.ok_json({"resultados": [n for _, n, _ in PROGRAMAS[:3]]})
    return b.build()
