"""Ordinary traffic between the apps: weather for Recife, a CEP lookup, map tiles,
crash envelopes with trace ids, chat, stock quotes, a food order, a news
article about facial recognition, a pet app's dog-face match and a workout
app's body pose. None of it carries biometric data, viewing history or an
identifier of the household's devices."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, floats, iso, ms, okua, rf, rid, sp_lat_lon


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", okua())
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def clima(c: Context) -> Flow:
    lat, lon = sp_lat_lon(c.rng)
    b = _b(
        c,
        "clima",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation",
    )
    b.decoy("coordinates and an hourly rain series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation": [rf(c.rng, 0, 12, 1) for _ in range(24)]},
        }
    )
    return b.build()


def cep(c: Context) -> Flow:
    b = _b(c, "viacep", "GET", f"https://viacep.com.br/ws/5{c.rng.randint(1000000, 2999999)}/json/")
    b.ok_json(
        {
            "logradouro": "Rua do Bom Jesus",
            "bairro": "Recife Antigo",
            "localidade": "Recife",
            "uf": "PE",
        }
    )
    return b.build()


def mapa(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o518832.ingest.sentry.io/api/5601128/envelope/")
    b.decoy("crash envelope: event and trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "device": {"family": "moto g84", "orientation": "portrait"},
        },
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def conversa(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://msg.zapzap-exemplo.example/v2/mensagens")
    b.json(
        {
            "conversa": rid(c.rng),
            "texto": c.rng.choice(
                ["já tô chegando", "bora pro culto?", "assistiu o capítulo de ontem?"]
            ),
            "enviado_em": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng), "status": "entregue"})
    return b.build()


def cotacoes(c: Context) -> Flow:
    b = _b(c, "b3", "GET", "https://api.cotacoes-exemplo.example/v1/acoes/PETR4/historico?dias=30")
    b.decoy("price series")
    b.ok_json({"ticker": "PETR4", "fechamentos": [rf(c.rng, 32, 40, 2) for _ in range(30)]})
    return b.build()


def pedido_comida(c: Context) -> Flow:
    b = _b(c, "delivery", "POST", "https://api.comidaja.example/v3/pedidos")
    b.decoy("food order number and address coordinates")
    lat, lon = sp_lat_lon(c.rng)
    b.json({"itens": [{"sku": "acaí-500", "qtd": 1}], "lat": lat, "lng": lon, "pagamento": "pix"})
    b.ok_json({"pedido": order_no(c.rng), "previsao_min": c.rng.randint(25, 60)})
    return b.build()


def noticia(c: Context) -> Flow:
    b = _b(
        c,
        "noticias",
        "GET",
        "https://noticias.exemplo.example/tecnologia/reconhecimento-facial-estadios",
    )
    b.decoy("news article about face recognition in stadiums (text about faces)")
    b.ok_json(
        {
            "titulo": "Estádios adotam reconhecimento facial na entrada",
            "corpo": (
                "A biometria facial passa a ser obrigatória em jogos "
                "com mais de 20 mil torcedores..."
            ),
            "tempo_leitura_min": 4,
        }
    )
    return b.build()


def pet_rosto(c: Context) -> Flow:
    b = _b(c, "petapp", "POST", "https://api.achapet.example/v1/caes/busca-por-foto")
    b.decoy("a lost dog's face embedding (an animal's face)")
    b.json({"especie": "cao", "embedding_focinho": floats(c.rng, 64), "cidade": "Olinda"})
    b.ok_json({"candidatos": [{"pet": rid(c.rng), "score": 0.81}]})
    return b.build()


def treino_pose(c: Context) -> Flow:
    b = _b(c, "treino", "POST", "https://api.treinoemcasa.example/v1/agachamento/pose")
    b.decoy("body pose keypoints (hips, knees, ankles; no face points)")
    joints = ["quadril_e", "quadril_d", "joelho_e", "joelho_d", "tornozelo_e", "tornozelo_d"]
    b.json(
        {
            "pontos": {j: [rf(c.rng, 0, 720, 1), rf(c.rng, 0, 1280, 1)] for j in joints},
            "repeticao": c.rng.randint(1, 20),
        }
    )
    b.ok_json({"forma": "boa"})
    return b.build()


def thumb_cdn(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.exemplo-cdn.example/{new_hex(c.rng, 32)}/w360.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def cadastro_loja(c: Context) -> Flow:
    b = _b(c, "loja", "POST", "https://api.lojaexemplo.example/v1/clientes")
    b.decoy("sign-up form with self-declared gender and birth date")
    b.json(
        {
            "nome": "Ana B. Souza",
            "genero": "feminino",
            "nascimento": "1991-04-12",
            "aceite_lgpd": True,
        }
    )
    b.ok_json({"cliente": rid(c.rng)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    clima,
    cep,
    mapa,
    sentry,
    conversa,
    cotacoes,
    pedido_comida,
    noticia,
    pet_rosto,
    treino_pose,
    thumb_cdn,
    cadastro_loja,
    mapa,
    thumb_cdn,
]
