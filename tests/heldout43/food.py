"""Food-delivery app "Comeja" (São Paulo, iFood / Rappi-like), Portuguese keys.

Look-alikes: carts, order-status steps with a progress fraction, courier
position and ETA minutes, menus, "carinha" emoji ratings, promo banners.
Sensitive: the AppsFlyer launch (AppsFlyer Android SDK 6.x: POST
launches.appsflyer.com/api/v6.x/androidevent?app_id=...; JSON with
advertiserId, uid, af_timestamp, counter, brand, model; see
support.appsflyer.com "Data collected by the SDK").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ms, near, rf, rid, ua

API = "https://api.comeja.com.br"
IMG = "https://img.comeja.com.br"
UA = ua("Comeja", "9.118.0")
PRATOS = [
    "Marmita de frango",
    "Açaí 500ml",
    "X-Tudo",
    "Pastel de queijo",
    "Poke de salmão",
    "Feijoada",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "comeja", method, url)
    b.header("user-agent", UA)
    b.header("x-comeja-trace", rid(c.rng))
    b.header("authorization", "Bearer " + b.acct("token")[8:40])
    return b


def _pedido(c: Context) -> str:
    return f"{c.rng.randint(1000, 9999)}-{c.rng.randint(100000, 999999)}"


def cart(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v4/carrinho")
    itens = [
        {
            "sku": f"R{c.rng.randint(10000, 99999)}",
            "nome": c.rng.choice(PRATOS),
            "qtd": c.rng.randint(1, 3),
            "preco": rf(c.rng, 9, 59, 2),
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json(
        {
            "restaurante_id": c.rng.randint(10000, 99999),
            "itens": itens,
            "cupom": c.rng.choice(["", "PRIMEIRA10"]),
        }
    )
    b.ok_json(
        {"subtotal": round(sum(i["preco"] * i["qtd"] for i in itens), 2), "taxa_entrega": 6.99}
    )
    b.decoy("shopping cart with SKUs and prices")
    return b.build()


def order_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/pedidos/{_pedido(c)}/status")
    etapa = c.rng.randint(1, 5)
    b.ok_json(
        {
            "etapa": etapa,
            "etapas": ["confirmado", "preparando", "saiu_para_entrega", "chegando", "entregue"],
            "progresso": round(etapa / 5, 2),
            "tempo_restante_min": c.rng.randint(0, 40),
            "assistido_por": "central",
            "ultima_atualizacao_ms": ms(c),
        }
    )
    b.decoy("order status step and progress; 'assistido_por' = support agent")
    return b.build()


def courier_position(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/pedidos/{_pedido(c)}/entregador")
    lat, lng = near(c.rng, "sp")
    b.ok_json(
        {
            "lat": lat,
            "lng": lng,
            "eta_min": c.rng.randint(2, 25),
            "veiculo": c.rng.choice(["moto", "bike"]),
            "rosto_entregador_url": f"{IMG}/avatar/{c.rng.randint(10**6, 10**7)}.jpg",
        }
    )
    b.decoy("courier position and ETA; a link to the courier's avatar picture")
    return b.build()


def menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/restaurantes/{c.rng.randint(10000, 99999)}/cardapio")
    b.ok_json(
        {
            "secoes": [
                {
                    "titulo": "Mais pedidos",
                    "itens": [
                        {
                            "nome": p,
                            "preco": rf(c.rng, 9, 60, 2),
                            "visualizacoes": c.rng.randint(100, 9000),
                        }
                        for p in c.rng.sample(PRATOS, 3)
                    ],
                }
            ]
        }
    )
    b.decoy("menu page with view counters")
    return b.build()


def rating(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/avaliacoes")
    b.json(
        {
            "pedido": _pedido(c),
            "carinha": c.rng.choice(["😍", "🙂", "😐", "😞"]),
            "nota": c.rng.randint(1, 5),
            "tags": c.rng.sample(
                ["quentinho", "bem_embalado", "atrasou", "entregador_simpatico"], 2
            ),
            "expressao": c.rng.choice(["feliz", "neutra", "triste"]),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("rating with an emoji face and an 'expression' word chosen by the user")
    return b.build()


def banners(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home/banners")
    b.param("lat", str(near(c.rng, "sp")[0]))
    b.ok_json(
        {
            "banners": [
                {
                    "id": c.rng.randint(1, 999),
                    "img": f"https://img.comeja.com.br/b/{c.rng.randint(1, 9999)}.webp",
                    "impressoes_max": 3,
                    "visto": c.rng.random() < 0.5,
                }
                for _ in range(4)
            ]
        }
    )
    b.decoy("promo banners with 'seen' flags")
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.13/androidevent"
    b = FB(c, "appsflyer", "POST", url, [("app_id", "br.com.comeja"), ("buildnumber", "6.13.0")])
    b.header("user-agent", UA)
    b.json(
        {
            "advertiserId": b.id("gaid", where="body advertiserId"),
            "isGaidWithGps": "true",
            "uid": b.id("af_uid", where="body uid"),
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(5, 200)),
            "iaecounter": "0",
            "brand": "samsung",
            "model": "SM-A546E",
            "sdk": "34",
            "lang": "português",
            "lang_code": "pt",
            "country": "BR",
            "app_version_name": "9.118.0",
            "af_events_api": "1",
            "deviceType": "user",
            "product": "a54xnseea",
            "carrier": "VIVO",
            "network": "WIFI",
        }
    )
    b.ok_json({"ok": True})
    return b.build()
