"""Mirante Play: a Portuguese streaming app on the manager's phone, with its SDKs.

The player reports progress in Portuguese (`posicao_seg`, `duracao_seg`,
`evento`), the home screen answers "continuar a ver" with positions (viewing
history in the response); its compact beacon ships the same events gzipped and
base64-encoded under `d` (with the ANDROID_ID inside: both opaque). AppsFlyer
and Firebase (app-measurement protobuf) carry the advertising id and their own
install ids. Catalogue rails, "mais vistos" charts, manifests and thumbnails are
ordinary content fetches.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, gz, jsb, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.mirante-play.example"
CDN = "https://cdn.mirante-play.example"
UA = ua("MirantePlay", "11.2.0")
SHOWS = ["O Crime do Padre Amaro", "Glória", "Rabo de Peixe", "Pôr do Sol", "Causa Própria"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mirante-play", method, url)
    b.header("user-agent", UA)
    b.header("x-conta", b.acct("play_account"))
    return b


def progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/reproducao/progresso")
    b.view("json episodio_id + posicao_seg + evento")
    dur = c.rng.randint(2400, 3300)
    b.json(
        {
            "episodio_id": f"ep{c.rng.randint(1000, 9999)}",
            "serie": c.rng.choice(SHOWS),
            "posicao_seg": c.rng.randint(10, dur),
            "duracao_seg": dur,
            "evento": c.rng.choice(["pausa", "batimento", "fim", "retomar"]),
            "instante": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/perfil/continuar-a-ver")
    b.view("response json continuar_a_ver[] (posicao_seg, visto_em)", direction="response")
    b.ok_json(
        {
            "continuar_a_ver": [
                {"serie": s, "episodio": c.rng.randint(1, 10),
                 "posicao_seg": c.rng.randint(60, 3000), "visto_em": iso(c)}
                for s in c.rng.sample(SHOWS, 3)
            ]
        }
    )  # fmt: skip
    return b.build()


def beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b")
    b.view("form d (gzip+base64 player events)", detectable=False)
    aid = b.id("aid_play", where="form d (json a inside gzip+base64)", detectable=False)
    events = {"a": aid, "e": [["hb", f"ep{c.rng.randint(1000, 9999)}", c.rng.randint(1, 3000)]]}
    b.form([("d", base64.b64encode(gz(jsb(events))).decode()), ("v", "3")])
    b.no_content()
    return b.build()


def rail(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/inicio/linhas?perfil=adulto")
    b.decoy("home rails incl. 'mais vistos' chart (catalogue and an aggregate)")
    b.ok_json(
        {
            "linhas": [
                {"titulo": "Mais vistos", "itens": [{"serie": s, "rank": i + 1}
                                                   for i, s in enumerate(SHOWS)]},
                {"titulo": "Novidades", "itens": [{"serie": s} for s in SHOWS[:3]]},
            ]
        }
    )  # fmt: skip
    return b.build()


def manifest(c: Context) -> Flow:
    ep = c.rng.randint(1000, 9999)
    b = _b(c, "GET", f"{CDN}/hls/ep{ep}/master.m3u8")
    b.decoy("stream manifest fetch (content, not a viewing report)")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2500000\n720p.m3u8\n",
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "GET", f"{CDN}/img/{new_hex(c.rng, 16)}_w400.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["glória", "policial", "comédia"])
    b = _b(c, "GET", f"{API}/v1/pesquisa?q={q}")
    b.decoy("search results with durations")
    b.ok_json({"resultados": [{"serie": s, "duracao_min": 50} for s in SHOWS[:4]]})
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=pt.mirante.play&buildnumber=6.14.0",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B)")
    b.other_id("af_uid", "json uid")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": c.phone.af_uid,
            "android_id": b.id("aid_play", where="json android_id"),
            "eventName": "af_app_opened",
            "timepassedsincelastlaunch": str(c.rng.randint(60, 90000)),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def firebase(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B)")
    b.other_id("app_instance", "protobuf field 22 (app instance id)", detectable=False)
    adid = b.id("gaid", "protobuf", "protobuf field 19 (advertising id)", detectable=False)
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            pb_msg(2, [pb_bytes(2, "screen_view"), pb_varint(3, ms(c))]),
            pb_bytes(14, "pt.mirante.play"),
            pb_bytes(19, adid),
            pb_bytes(22, c.phone.app_instance),
            pb_bytes(23, rid(c.rng)),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()
