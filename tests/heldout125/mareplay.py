"""Maré Play: her own streaming app (Portuguese series, football, a few Spanish
and English titles), with AppsFlyer and Firebase Analytics inside.

Watch progress, the continue-watching row and the player heartbeat are her
viewing history; the heartbeat of the newer player is a gzip+base64 blob under
`d` (opaque). Catalogue rails, "mais vistos" (a count over all viewers),
search, manifests and thumbnails are ordinary. The SDKs send the phone's
advertising id, the app's ANDROID_ID and their own install ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz, js, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.mareplay.example"
CDN = "https://cdn.mareplay.example"
UA = ua("MarePlay", "6.14.0")
TITLES = [
    ("MP4410", "Marés Vivas"), ("MP2093", "Causa Própria"), ("MP7781", "La Casa de Papel"),
    ("MP1205", "Liga Portugal: Benfica x Sporting"), ("MP3317", "Slow Horses"),
    ("MP9002", "Rabo de Peixe"),
]  # fmt: skip


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mareplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def profile_of(c: Context) -> str:
    return str(c.phone.mare_profile)


def watch_progress(c: Context) -> Flow:
    cid, title = c.rng.choice(TITLES)
    b = _b(c, "PUT", f"{API}/v3/perfis/{profile_of(c)}/progresso/{cid}")
    b.view("json posicao_seg / duracao_seg of a content id")
    dur = c.rng.randint(1500, 3600)
    b.json(
        {
            "conteudo_id": cid,
            "titulo": title,
            "episodio": c.rng.randint(1, 10),
            "posicao_seg": c.rng.randint(30, dur),
            "duracao_seg": dur,
            "estado": c.rng.choice(["pausa", "a_ver", "terminado"]),
            "atualizado_em": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/perfis/{profile_of(c)}/continuar-a-ver")
    b.view("response json continuar_a_ver[] with progresso", direction="response")
    b.ok_json(
        {
            "continuar_a_ver": [
                {"conteudo_id": cid, "titulo": t, "progresso": rf(c.rng, 0.05, 0.95, 2)}
                for cid, t in c.rng.sample(TITLES, 3)
            ]
        }
    )
    return b.build()


def heartbeat_blob(c: Context) -> Flow:
    cid, _ = c.rng.choice(TITLES)
    b = _b(c, "POST", f"{API}/t/v2")
    b.view("json d: base64 of gzip of the player's heartbeat rows", detectable=False)
    rows = {"c": cid, "p": c.rng.randint(0, 3000), "e": c.rng.choice([1, 2, 3]), "t": ms(c)}
    b.json({"d": b64(gz(js(rows).encode())), "v": 2})
    b.no_content()
    return b.build()


def firebase_video(c: Context) -> Flow:
    cid, title = c.rng.choice(TITLES)
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    b.view("protobuf event video_progress with content_id and video_percent")
    event = pb_msg(
        2,
        [
            pb_msg(1, [pb_bytes(1, "content_id"), pb_bytes(2, cid)]),
            pb_msg(1, [pb_bytes(1, "content_title"), pb_bytes(2, title)]),
            pb_msg(1, [pb_bytes(1, "video_percent"), pb_varint(4, c.rng.choice([25, 50, 75]))]),
            pb_bytes(2, "video_progress"),
            pb_varint(3, ms(c)),
        ],
    )
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(14, "pt.mareplay.android"),
            pb_bytes(21, b.id("mare_app_instance", "protobuf", "protobuf app_instance_id")),
            pb_bytes(19, b.id("gaid", "protobuf", "protobuf resettable_device_id")),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=pt.mareplay.android"
    b = FB(c, "appsflyer", "POST", url + "&buildnumber=6.14.0")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("mare_af_uid", where="json uid"),
            "android_id": b.id("aid_mare", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "lang": "português",
            "country": "PT",
            "model": "SM-A546B",
            "launch_counter": str(c.rng.randint(2, 400)),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def own_beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b")
    b.form(
        [
            ("k1", b.id("gaid", "sha1", "form k1 (sha1 of the advertising id)", False)),
            ("k2", str(c.rng.randint(1, 9))),
            ("ts", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/dispositivos")
    b.json(
        {
            "id_dispositivo": b.id("aid_mare", where="json id_dispositivo"),
            "tipo": "android",
            "modelo": "SM-A546B",
            "utilizador": b.acct("mare_user"),
        }
    )
    b.ok_json({"registado": True, "limite_dispositivos": 4})
    return b.build()


def catalogue_rail(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/paginas/inicio?rail={c.rng.choice(['novidades', 'series'])}")
    b.decoy("catalogue rail with durations and ratings (content, not viewing)")
    b.ok_json(
        {
            "itens": [
                {"conteudo_id": cid, "titulo": t, "duracao_seg": c.rng.randint(1500, 6000)}
                for cid, t in TITLES
            ]
        }
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/paginas/mais-vistos")
    b.decoy("'mais vistos' rail: view counts over all users (aggregate, not hers)")
    b.ok_json(
        {
            "mais_vistos": [
                {"conteudo_id": cid, "titulo": t, "visualizacoes": c.rng.randint(10**4, 10**6)}
                for cid, t in c.rng.sample(TITLES, 5)
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["marés", "futebol", "casa de papel", "documentário"])
    b = _b(c, "GET", f"{API}/v3/pesquisa?q={q}")
    b.decoy("search results")
    b.ok_json({"resultados": [{"conteudo_id": cid, "titulo": t} for cid, t in TITLES[:3]]})
    return b.build()


def manifest(c: Context) -> Flow:
    cid, _ = c.rng.choice(TITLES)
    b = _b(c, "GET", f"{CDN}/vod/{cid}/master.m3u8?token={new_hex(c.rng, 24)}")
    text = "#EXTM3U\n#EXT-X-VERSION:6\n" + "".join(
        f"#EXT-X-STREAM-INF:BANDWIDTH={bw},RESOLUTION={res}\n{res}/index.m3u8\n"
        for bw, res in ((1200000, "640x360"), (3500000, "1280x720"), (6500000, "1920x1080"))
    )
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def thumbnail(c: Context) -> Flow:
    cid, _ = c.rng.choice(TITLES)
    b = _b(c, "GET", f"{CDN}/img/{cid}/16x9/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def recommendations(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/recomendacoes?contexto=inicio")
    b.decoy("recommendations with scores (not a watch report)")
    b.ok_json(
        {
            "recomendacoes": [
                {"conteudo_id": cid, "score": rf(c.rng, 0.1, 0.99, 3), "motivo": "popular"}
                for cid, _ in TITLES[:4]
            ],
            "request_id": rid(c.rng),
        }
    )
    return b.build()
