"""Sintonia: the analyst's personal music app, with her Bluetooth earbuds.

What she listens to goes back to the app as play reports (`faixaId`,
`ouvidoMs`, `terminouEm`) and comes back as "tocadas recentemente"; an older
offline-sync path ships listening rows gzip+base64 under `p`. AppsFlyer's
launch call (https://dev.appsflyer.com/hc/docs/android-sdk-reference) carries
the advertising id and the SDK's own `uid`. The charts ("mais ouvidas"), search
and editorial playlists are catalogue and aggregates.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.sintonia.example"
UA = ua("Sintonia", "8.3.1")
FAIXAS = [
    ("Canção do Mar", "Dulce Pontes"),
    ("Zanzibar", "Fausto"),
    ("Amor Maior", "Carminho"),
    ("Movimento", "Capicua"),
    ("Tempestade", "Ana Moura"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sintonia", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def _faixa(c: Context) -> tuple[str, str, str, int]:
    titulo, artista = c.rng.choice(FAIXAS)
    return f"fx{c.rng.randint(10**6, 10**7)}", titulo, artista, c.rng.randint(150_000, 330_000)


def play_report(c: Context) -> Flow:
    fid, titulo, artista, dur = _faixa(c)
    b = _b(c, "POST", f"{API}/v2/historico/reproducoes")
    b.view("json faixaId + ouvidoMs + terminouEm")
    b.json(
        {
            "faixaId": fid,
            "titulo": titulo,
            "artista": artista,
            "ouvidoMs": c.rng.randint(30_000, dur),
            "duracaoMs": dur,
            "origem": c.rng.choice(["playlist", "album", "radio"]),
            "terminouEm": iso(c),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/tocadas-recentemente?limite=20")
    b.view("response json itens[] (faixa + ouvidaEm)", direction="response")
    itens = []
    for _ in range(5):
        fid, titulo, artista, _dur = _faixa(c)
        itens.append({"faixaId": fid, "titulo": titulo, "artista": artista, "ouvidaEm": iso(c)})
    b.ok_json({"itens": itens})
    return b.build()


def offline_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s/o")
    b.view("json p = base64(gzip(rows track|ms|ts))", detectable=False)
    rows = "\n".join(
        f"{c.rng.randint(10**6, 10**7)}|{c.rng.randint(30_000, 300_000)}|{ms(c)}"
        for _ in range(c.rng.randint(2, 6))
    )
    b.json({"v": 3, "p": b64(gz(rows.encode()))})
    b.no_content()
    return b.build()


def earbuds_pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dispositivos/audio")
    b.json(
        {
            "tipo": "auscultadores",
            "nome": "Galaxy Buds2 Pro",
            "enderecoBluetooth": b.id("earbuds_mac", where="json enderecoBluetooth"),
            "codec": "SSC",
        }
    )
    b.ok_json({"perfilAudio": "eq_vocal"})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent?app_id=pt.sintonia.app&buildnumber=6.13.0",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("som_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "8.3.1",
            "brand": "samsung",
            "model": "SM-S911B",
            "lang_code": "pt",
            "country": "PT",
            "counter": str(c.rng.randint(2, 300)),
            "launch_counter": str(c.rng.randint(2, 300)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tops/portugal/semana")
    b.decoy("national chart: most played tracks with play counts (aggregate)")
    itens = []
    for pos in range(1, 11):
        fid, titulo, artista, _dur = _faixa(c)
        itens.append(
            {
                "posicao": pos,
                "faixaId": fid,
                "titulo": titulo,
                "artista": artista,
                "reproducoes": c.rng.randint(50_000, 900_000),
            }
        )
    b.ok_json({"itens": itens})
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["fado", "carminho", "hip hop tuga", "concentração"])
    b = _b(c, "GET", f"{API}/v2/pesquisa?q={q}")
    b.decoy("search results with durations")
    res = []
    for _ in range(5):
        fid, titulo, artista, dur = _faixa(c)
        res.append({"faixaId": fid, "titulo": titulo, "artista": artista, "duracaoMs": dur})
    b.ok_json({"resultados": res})
    return b.build()


def cover_art(c: Context) -> Flow:
    b = FB(c, "sintonia", "GET", f"https://img.sintonia.example/capas/{new_hex(c.rng, 24)}/300.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "sintonia",
        "GET",
        f"https://audio.sintonia.example/a/{new_hex(c.rng, 32)}/160k/{c.rng.randint(0, 40)}",
    )
    b.header("user-agent", UA)
    b.respond(200, "audio/ogg", b"OggS" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def lyrics(c: Context) -> Flow:
    fid, titulo, _art, _dur = _faixa(c)
    b = _b(c, "GET", f"{API}/v2/letras/{fid}")
    b.decoy("synced lyrics with millisecond offsets (content, not listening)")
    b.ok_json(
        {
            "titulo": titulo,
            "linhas": [{"inicioMs": i * 4200, "texto": "…"} for i in range(6)],
            "pedido": rid(c.rng),
        }
    )
    return b.build()


def playlist_edit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/playlists/{new_hex(c.rng, 10)}/faixas")
    b.json({"adicionar": [_faixa(c)[0] for _ in range(2)], "em": iso(c)})
    b.ok_json({"snapshot": js({"n": c.rng.randint(5, 90)})})
    return b.build()
