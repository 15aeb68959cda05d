"""Xote: a forró / sertanejo music and podcast app (the mother's Motorola in BH).

Plays are reported to the backend (`faixa_id`, `tocou_segundos`, `ouvido_em`),
podcast episodes save their position (`episodioId`, `posicaoMs`), and the
"ouvidas recentemente" rail comes back in a response. A batch endpoint sends
msgpack-free compact rows 'e' that say nothing in their keys. Meta app events go
to the Graph API `/{app-id}/activities` form-encoded (`event=CUSTOM_APP_EVENTS`,
`advertiser_id`, `anon_id`, `custom_events` JSON with `_eventName`
fb_mobile_content_view; developers.facebook.com/docs/marketing-api/app-event-api).
Charts, lyrics, the shop's "visualizar" of a T-shirt, and audio chunks are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rid, ua

API = "https://api.xote.example"
UA = ua("Xote", "2.18.3", "mae")
FAIXAS = [
    ("f1001", "Asa Branca", "Luiz Gonzaga", 189),
    ("f1045", "Xote das Meninas", "Luiz Gonzaga", 176),
    ("f2310", "Evidências", "Chitãozinho & Xororó", 281),
    ("f2388", "Largado às Traças", "Zé Neto & Cristiano", 199),
    ("f3120", "Pagode em Brasília", "Tião Carreiro & Pardinho", 164),
    ("f4002", "Chamego Só", "Elba Ramalho", 205),
]
PODCASTS = [("p77", "Prosa de Viola", 3400), ("p81", "Forró de Raiz Cast", 2700)]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "xote", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-xote-device", b.id("aid_musica", where="header x-xote-device"))
    return b


def tocou(c: Context) -> Flow:
    fid, nome, artista, dur = c.rng.choice(FAIXAS)
    b = _b(c, "POST", f"{API}/v2/reproducoes")
    b.view("json faixa_id/tocou_segundos/ouvido_em")
    b.json(
        {
            "faixa_id": fid,
            "nome": nome,
            "artista": artista,
            "tocou_segundos": c.rng.randint(15, dur),
            "ouvido_em": iso(c),
            "origem": "playlist",
        }
    )
    b.no_content()
    return b.build()


def podcast_posicao(c: Context) -> Flow:
    pid, nome, dur = c.rng.choice(PODCASTS)
    b = _b(c, "PATCH", f"{API}/v2/podcasts/{pid}/episodios/{c.rng.randint(1, 120)}/posicao")
    b.view("json episodioId/posicaoMs")
    b.json(
        {
            "episodioId": f"{pid}-{c.rng.randint(1, 120)}",
            "programa": nome,
            "posicaoMs": c.rng.randint(1, dur) * 1000,
            "velocidade": 1.0,
        }
    )
    b.no_content()
    return b.build()


def recentes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/eu/ouvidas-recentemente")
    b.view("response json recentes[] (recently played)", direction="response")
    rows = [
        {"faixa_id": f, "nome": n, "ouvidoEm": iso(c)} for f, n, _a, _d in c.rng.sample(FAIXAS, 3)
    ]
    b.ok_json({"recentes": rows})
    return b.build()


def lote_opaco(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/c", device=False)
    b.view("json e[] rows", detectable=False)
    rows = [
        [c.rng.choice(FAIXAS)[0], c.rng.randint(5, 280), ms(c) // 1000]
        for _ in range(c.rng.randint(2, 4))
    ]
    b.json({"e": rows}, "gzip")
    b.no_content()
    return b.build()


def meta_activities(c: Context) -> Flow:
    fid, _nome, _a, _d = c.rng.choice(FAIXAS)
    b = FB(c, "facebook", "POST", "https://graph.facebook.com/v19.0/402718836214590/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_mae", where="form advertiser_id")),
            ("anon_id", b.id("musica_anon_id", "plain", "form anon_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            (
                "custom_events",
                js(
                    [
                        {
                            "_eventName": "fb_mobile_content_view",
                            "fb_content_type": "faixa",
                            "fb_content_id": fid,
                            "_logTime": ms(c) // 1000,
                        }
                    ]
                ),
            ),
            (
                "extinfo",
                js(
                    [
                        "a2",
                        "br.com.xote",
                        "2183",
                        "2.18.3",
                        "14",
                        "motorola edge 40 neo",
                        "pt_BR",
                        "BRT",
                    ]
                ),
            ),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def meta_install(c: Context) -> Flow:
    b = FB(c, "facebook", "POST", "https://graph.facebook.com/v19.0/402718836214590/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.form(
        [
            ("event", "MOBILE_APP_INSTALL"),
            ("advertiser_id", b.id("gaid_mae", where="form advertiser_id")),
            ("anon_id", b.id("musica_anon_id", "plain", "form anon_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def registro(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dispositivo", device=False)
    b.json(
        {
            "android_id": b.id("aid_musica", where="json android_id"),
            "usuario": b.acct("musica_user"),
            "modelo": "motorola edge 40 neo",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def sync_opaco(c: Context) -> Flow:
    """Sync call; a header 'x-s' holds sha1 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v2/biblioteca/sync?desde={ms(c) - 86400000}", device=False)
    b.header("x-s", b.id("aid_musica", "sha1", "header x-s", detectable=False))
    b.ok_json({"playlists": [{"id": new_hex(c.rng, 8), "nome": "Forró pé-de-serra"}]})
    return b.build()


def paradas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/paradas/sertanejo", device=False)
    b.decoy("public chart with play counts")
    b.ok_json(
        {
            "top": [
                {"faixa_id": f, "nome": n, "reproducoes": c.rng.randint(10**5, 10**8)}
                for f, n, _a, _d in FAIXAS
            ]
        }
    )
    return b.build()


def letra(c: Context) -> Flow:
    fid, nome, _a, _d = c.rng.choice(FAIXAS)
    b = _b(c, "GET", f"{API}/v2/letras/{fid}", device=False)
    b.ok_json({"faixa": nome, "letra": "Quando olhei a terra ardendo..."})
    return b.build()


def loja_visualizar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/loja/eventos", device=False)
    b.decoy("merch shop: visualizar (product view) event")
    b.json({"acao": "visualizar", "produtoId": "camiseta-" + new_hex(c.rng, 4), "tamanho": "M"})
    b.no_content()
    return b.build()


def audio_chunk(c: Context) -> Flow:
    fid = c.rng.choice(FAIXAS)[0]
    b = FB(c, "xote-cdn", "GET", f"https://cdn.xote.example/a/{fid}/{c.rng.randint(0, 40)}.m4s")
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    b.respond(200, "audio/mp4", new_hex(c.rng, 160).encode())
    return b.build()
