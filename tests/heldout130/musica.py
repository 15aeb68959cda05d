"""Som+: a music streaming app (sertanejo, piseiro, funk). Each play is reported
to `/v1/reproducoes` (`faixa_id`, `ms_ouvidos`, `pulou`), the Galaxy Watch's
offline plays are synced in a batch naming the watch (its serial and Bluetooth
MAC, read by the companion), and a compact protobuf scrobble with numeric field
tags goes out from the background service (opaque). Charts (`mais_tocadas`,
play counts over everyone), lyrics and cover art are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, ua

API = "https://api.sommais.example"
UA = ua("SomMais", "8.3.2")
FAIXAS = [
    ("t_55120", "Liberdade Provisória", "Henrique & Juliano"),
    ("t_55301", "Erro Gostoso", "Simone Mendes"),
    ("t_55417", "Descer pra BC", "Brino"),
    ("t_55522", "Leão", "Marília Mendonça"),
    ("t_55610", "Pisadinha do Amor", "Zé Vaqueiro"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sommais", method, url)
    b.header("user-agent", UA)
    b.header("x-som-install", b.id("som_install", where="header x-som-install"))
    return b


def reproducao(c: Context) -> Flow:
    fid, nome, artista = c.rng.choice(FAIXAS)
    b = _b(c, "POST", f"{API}/v1/reproducoes")
    b.view("json faixa_id / ms_ouvidos (a play)")
    b.json(
        {
            "faixa_id": fid,
            "faixa": nome,
            "artista": artista,
            "ms_ouvidos": c.rng.randint(5000, 240000),
            "pulou": c.rng.random() < 0.3,
            "contexto": c.rng.choice(["playlist:pd_0091", "radio:artista", "busca"]),
            "tocado_em": iso(c),
            "aparelho": "celular",
        }
    )
    b.no_content()
    return b.build()


def sync_relogio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/relogio/sync-offline")
    b.view("json reproducoes_offline[] (plays on the watch)")
    plays = [
        {"faixa_id": f, "ms_ouvidos": c.rng.randint(20000, 200000), "tocado_em": iso(c)}
        for f, _n, _a in c.rng.sample(FAIXAS, 3)
    ]
    b.json(
        {
            "relogio": {
                "modelo": "SM-R930 Galaxy Watch6",
                "num_serie": b.id("watch_serial", where="json relogio.num_serie"),
                "bt_mac": b.id("watch_bt_mac", where="json relogio.bt_mac"),
            },
            "reproducoes_offline": plays,
        }
    )
    b.ok_json({"sincronizadas": 3})
    return b.build()


def scrobble_pb(c: Context) -> Flow:
    fid, _n, _a = c.rng.choice(FAIXAS)
    b = _b(c, "POST", f"{API}/e/1")
    b.view("protobuf fields 1-4 (track, ms listened, ts): numeric tags only", detectable=False)
    body = pb_msg(
        1,
        [
            pb_bytes(1, fid),
            pb_varint(2, c.rng.randint(5000, 240000)),
            pb_varint(3, ms(c)),
            pb_varint(4, 1),
        ],
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def mais_tocadas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/paradas/mais-tocadas?regiao=nordeste")
    b.decoy("chart: play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "parada": [
                {"pos": i + 1, "faixa_id": f, "faixa": n, "reproducoes": 10**6 - i * 9}
                for i, (f, n, _a) in enumerate(FAIXAS)
            ]
        }
    )
    return b.build()


def letra(c: Context) -> Flow:
    fid, nome, _a = c.rng.choice(FAIXAS)
    b = _b(c, "GET", f"{API}/v1/faixas/{fid}/letra")
    b.decoy("synced lyrics with line timestamps (content, not a playhead)")
    b.ok_json(
        {"faixa": nome, "linhas": [{"t_ms": i * 4200, "txt": "ô saudade..."} for i in range(6)]}
    )
    return b.build()


def capa(c: Context) -> Flow:
    b = FB(
        c,
        "sommais",
        "GET",
        f"https://img.sommais.example/capas/{c.rng.randint(10**5, 10**6)}_300.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()
