"""The family member's Galaxy A15, in Luanda and Maputo (African Portuguese).

- Kanda Play, an Angolan streaming app (novelas, kizomba concerts, Girabola):
  its backend keeps a `registoVisualizacao` (European/African Portuguese
  spelling: registo, ecrã, visionado) with `tempoVisionado` and `posicao`, and a
  "continuar a ver" list. The Mozambican edge answers under .co.mz.
- Carteira Txuna, a mobile wallet used in both countries, verifies the holder
  with Smile ID SmartSelfie authentication: the SDK posts the selfie and
  liveness frames as `images` with `image_type_id` (Smile ID REST API v1,
  docs.usesmileid.com "image types": 0/2 selfie, 4 liveness).
- Both apps carry AppsFlyer and AdMob with this phone's GAID (see ads.py); the
  apps' device registration carries their ANDROID_IDs.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, rf, rid, ua

KANDA = ["https://api.kandaplay.ao", "https://edge.kandaplay.co.mz"]
UA = ua("KandaPlay", "2.8.0", family=True)
UA_W = ua("CarteiraTxuna", "1.19.2", family=True)
TITULOS = [("kp_1021", "Jikulumessu Ep. 88"), ("kp_2210", "Girabola: 1º de Agosto x Petro")]
TITULOS += [("kp_3002", "Concerto Kizomba ao Vivo"), ("kp_4090", "Mulheres de Moçambique T2E4")]


def _k(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kandaplay", method, c.rng.choice(KANDA) + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def registo_visualizacao(c: Context) -> Flow:
    cid, nome = c.rng.choice(TITULOS)
    b = _k(c, "POST", "/v1/utilizador/registo-visualizacao")
    b.view("json conteudo/tempoVisionado/posicao")
    b.json(
        {
            "conteudo": cid,
            "titulo": nome,
            "tempoVisionado": c.rng.randint(30, 2400),
            "posicao": c.rng.randint(30, 2600),
            "ecra": "telemovel",
            "data": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continuar_a_ver(c: Context) -> Flow:
    b = _k(c, "POST", "/v1/utilizador/continuar-a-ver")
    b.view("json lista[] conteudo/percentagem")
    b.json(
        {
            "lista": [
                {"conteudo": cid, "percentagem": rf(c.rng, 5, 95, 1)}
                for cid, _ in c.rng.sample(TITULOS, 2)
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def kanda_dispositivo(c: Context) -> Flow:
    b = _k(c, "POST", "/v1/dispositivos/registar")
    b.json(
        {
            "idAndroid": b.id("fam_aid_kanda", where="json idAndroid"),
            "pais": c.rng.choice(["AO", "MZ"]),
        }
    )
    b.ok_json({"registado": True})
    return b.build()


def kanda_grelha(c: Context) -> Flow:
    b = _k(c, "GET", "/v1/grelha?pagina=1")
    b.decoy("catalogue grid")
    b.ok_json({"itens": [{"id": cid, "titulo": t} for cid, t in TITULOS]})
    return b.build()


def smile_selfie(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", "https://api.smileidentity.com/v1/upload")
    b.header("user-agent", UA_W)
    b.bio("face_image", "json images[image_type_id=2/4].image (selfie, liveness)")
    imgs = [{"image_type_id": 2, "image": b64(fake_jpeg(c.rng.randint(0, 10**9), 500))}]
    imgs += [
        {"image_type_id": 4, "image": b64(fake_jpeg(c.rng.randint(0, 10**9), 300))}
        for _ in range(2)
    ]
    b.json(
        {
            "partner_params": {"job_id": rid(c.rng), "user_id": b.acct("fam_user"), "job_type": 2},
            "images": imgs,
            "source_sdk": "android",
            "source_sdk_version": "10.1.2",
        }
    )
    b.ok_json({"upload_url": "https://smile-uploads.example/" + rid(c.rng)})
    return b.build()


def carteira_dispositivo(c: Context) -> Flow:
    b = FB(c, "txuna", "POST", "https://api.txuna.co.mz/v2/dispositivo")
    b.header("user-agent", UA_W)
    b.json(
        {"android_id": b.id("fam_aid_carteira", where="json android_id"), "operadora": "Vodacom MZ"}
    )
    b.ok_json({"ok": True})
    return b.build()


def carteira_saldo(c: Context) -> Flow:
    b = FB(c, "txuna", "GET", "https://api.txuna.co.mz/v2/saldo")
    b.header("user-agent", UA_W)
    b.decoy("balance with transaction references")
    b.ok_json({"saldoMZN": rf(c.rng, 100, 9000, 2), "ref": "TXN" + rid(c.rng)[:12].upper()})
    return b.build()
