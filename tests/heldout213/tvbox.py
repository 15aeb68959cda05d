"""The living room in Recife: a Claro-box-like IPTV set-top box ("TV Casa Box",
an Android TV box on the operator's middleware) and a smart TV with automatic
content recognition (ACR).

The box authenticates with its Ethernet MAC and serial, fetches the EPG
(`programacao`, with start times and durations: a schedule, not viewing) and
the channel list, and logs every zap (`canal`, `inicio`, `duracao_seg`). A QoS
probe packs 'canal|segundos' in base64 under 'q'. The TV sends ACR matches
(`conteudo`, `canal`, `offset_ms`, `assistido_em`) with its ACR id, sends raw
audio/video fingerprints to a short path, reports its Wi-Fi MAC and serial in
a status call, and fetches home rails and the app store (ordinary).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, pb_bytes, pb_varint

from .phone import FB, iso, ms, rid

BOX = "https://middleware.tvcasa.example"
TV = "https://acr.vistatv.example"
TVAPI = "https://api.vistatv.example"
BOX_UA = "TVCasaBox/5.2.7 (Linux; Android 9; ZXV10 B866V2)"
TV_UA = "VistaTV/2024 (Linux; VistaOS 7.1; 55UQ80)"
CANAIS = [
    "Globo Recife",
    "SBT",
    "Record TV",
    "Band",
    "GloboNews",
    "SporTV",
    "TV Jornal",
    "Multishow",
]
PROGRAMAS = [
    "Jornal Nacional",
    "Novela das Nove",
    "Domingão",
    "Futebol Ao Vivo",
    "Globo Repórter",
    "Programa do Ratinho",
]


def _box(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tvcasa", method, url, http_version="HTTP/1.1")
    b.header("user-agent", BOX_UA)
    return b


def _tv(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vistatv", method, url)
    b.header("user-agent", TV_UA)
    return b


def box_login(c: Context) -> Flow:
    b = _box(c, "POST", f"{BOX}/stb/v1/autenticar")
    b.form(
        [
            ("mac", b.id("box_mac", where="form mac")),
            ("serial", b.id("box_serial", where="form serial")),
            ("contrato", b.acct("box_contrato")),
            ("firmware", "5.2.7"),
        ]
    )
    b.ok_json({"token": new_hex(c.rng, 40), "expira": 86400})
    return b.build()


def box_zap(c: Context) -> Flow:
    canal = c.rng.choice(CANAIS)
    b = _box(c, "POST", f"{BOX}/stb/v1/audiencia/zap")
    b.header("x-stb-mac", b.id("box_mac", "nosep_upper", "header x-stb-mac"))
    b.view("json canal/programa/inicio/duracao_seg")
    b.json(
        {
            "canal": canal,
            "programa": c.rng.choice(PROGRAMAS),
            "inicio": iso(c),
            "duracao_seg": c.rng.randint(5, 3600),
        }
    )
    b.no_content()
    return b.build()


def box_qos(c: Context) -> Flow:
    q = b64(f"{c.rng.randint(1, 120)}|{c.rng.randint(5, 3600)}|{ms(c) // 1000}")
    b = _box(
        c,
        "GET",
        f"{BOX}/stb/v1/q?q={q}",
    )
    b.view("query q (base64 channel|seconds|ts)", detectable=False)
    b.no_content()
    return b.build()


def box_epg(c: Context) -> Flow:
    canal = c.rng.choice(CANAIS)
    b = _box(c, "GET", f"{BOX}/stb/v1/epg?canal={canal.replace(' ', '+')}&dia=hoje")
    b.decoy("EPG: programme start times and durations (schedule)")
    b.ok_json(
        {
            "programacao": [
                {"programa": p, "inicio": iso(c), "duracao": 3600}
                for p in c.rng.sample(PROGRAMAS, 3)
            ]
        }
    )
    return b.build()


def box_canais(c: Context) -> Flow:
    b = _box(c, "GET", f"{BOX}/stb/v1/canais")
    b.ok_json({"canais": [{"numero": i + 1, "nome": n, "hd": True} for i, n in enumerate(CANAIS)]})
    return b.build()


def tv_acr(c: Context) -> Flow:
    b = _tv(c, "POST", f"{TV}/v2/acr/matches")
    b.view("json matches[] conteudo/canal/offset_ms/assistido_em")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "matches": [
                {
                    "conteudo": c.rng.choice(PROGRAMAS),
                    "canal": c.rng.choice(CANAIS),
                    "offset_ms": c.rng.randint(0, 3600000),
                    "assistido_em": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
            "entrada": "HDMI1",
        }
    )
    b.no_content()
    return b.build()


def tv_fingerprint(c: Context) -> Flow:
    b = _tv(c, "POST", f"{TV}/f")
    b.view("protobuf fingerprints (raw ACR samples)", detectable=False)
    body = b"".join(
        pb_bytes(1, bytes(c.rng.randrange(256) for _ in range(48))) for _ in range(4)
    ) + pb_varint(2, ms(c))
    b.set_body(body, "application/octet-stream")
    b.no_content()
    return b.build()


def tv_status(c: Context) -> Flow:
    b = _tv(c, "POST", f"{TVAPI}/v1/device/status")
    b.json(
        {
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "firmware": "7.1.0.44",
            "pais": "BR",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def tv_home(c: Context) -> Flow:
    b = _tv(c, "GET", f"{TVAPI}/v1/home/rails?regiao=BR")
    b.header("x-account", b.acct("tv_conta"))
    b.ok_json({"rails": [{"titulo": "Em alta", "itens": c.rng.sample(PROGRAMAS, 3)}]})
    return b.build()


def tv_loja(c: Context) -> Flow:
    b = _tv(c, "GET", f"{TVAPI}/v1/apps?categoria=video")
    b.decoy("TV app store: app serial numbers in a catalogue")
    b.ok_json(
        {
            "apps": [
                {"nome": n, "serial": "APP-" + new_hex(c.rng, 6).upper(), "versao": "1.0"}
                for n in ("Globoplay", "Netflix", "YouTube")
            ]
        }
    )
    return b.build()


def tv_controle(c: Context) -> Flow:
    b = _tv(c, "POST", f"{TVAPI}/v1/remote/key")
    b.json({"tecla": c.rng.choice(["VOL_UP", "OK", "HOME", "CH_DOWN"]), "req": rid(c.rng)})
    b.no_content()
    return b.build()
