"""'Som', a Portuguese music and podcast app.

Its own listening log (faixa, ms ouvidos, fonte), podcast resume positions,
Firebase Installations (POST firebaseinstallations.googleapis.com/v1/projects/
P/installations with fid, appId, authVersion FIS_v2, sdkVersion: the
firebase-android-sdk FirebaseInstallationServiceClient) and AppsFlyer launches
(POST launches.appsflyer.com/api/v6.x/androidevent?app_id=&buildnumber= with
advertiserId, uid, af_timestamp, counter, model, brand: AppsFlyer
AppsFlyerAndroidSDK public payload dumps and docs).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rid, ua

HOST = "https://api.som.pt"
UA = ua("Som", "4.0.7")
ARTISTS = [
    "Mariza",
    "Ana Moura",
    "Carminho",
    "Dino d'Santiago",
    "Xutos & Pontapés",
    "Bárbara Tinoco",
]
PODS = ["Fala Só", "Conversas à Quinta", "Expresso da Manhã", "Perguntar Não Ofende"]


def listen_log(c: Context) -> Flow:
    b = FB(c, "som", "POST", f"{HOST}/v1/historico/ouvido")
    b.header("user-agent", UA)
    b.header("x-som-instalacao", b.id("aid_som", where="header.x-som-instalacao"))
    plays = [
        {
            "faixa_id": f"trk{c.rng.randint(10**6, 10**7)}",
            "artista": c.rng.choice(ARTISTS),
            "ms_ouvidos": c.rng.randint(5000, 320000),
            "fonte": c.rng.choice(["playlist", "album", "radio_artista"]),
            "terminou": c.rng.random() < 0.6,
            "quando": ms(c) - c.rng.randint(0, 3600000),
        }
        for _ in range(c.rng.randint(1, 6))
    ]
    b.json({"reproducoes": plays})
    b.view("body reproducoes[].ms_ouvidos of faixa_id")
    b.no_content()
    return b.build()


def podcast_position(c: Context) -> Flow:
    ep = c.rng.randint(1, 400)
    b = FB(c, "som", "PATCH", f"{HOST}/v1/podcasts/episodios/{ep}/posicao")
    b.header("user-agent", UA)
    b.json(
        {
            "podcast": c.rng.choice(PODS),
            "posicao_seg": c.rng.randint(10, 5400),
            "concluído": False,
            "velocidade": c.rng.choice([1.0, 1.25, 1.5]),
            "atualizado": iso(c),
        }
    )
    b.view("body posicao_seg of podcast episode")
    b.ok_json({"ok": 1})
    return b.build()


def firebase_install(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/som-pt-prod/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIzaSyB" + "q" * 8 + "SomPt" + "x" * 19)
    b.header("x-android-package", "pt.som.app")
    b.json(
        {
            "fid": c.phone.som_fid,
            "appId": "1:448810337215:android:5b1e2c77d0f3a9c4",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.other_id("som_fid", "body.fid")
    b.ok_json(
        {"name": "projects/448810337215/installations/" + c.phone.som_fid, "fid": c.phone.som_fid},
        200,
    )
    b.other_id("som_fid", "response.fid", direction="response")
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.13/androidevent"
    b = FB(c, "appsflyer", "POST", url, [("app_id", "pt.som.app"), ("buildnumber", "6.13.1")])
    b.header("user-agent", UA)
    b.json(
        {
            "advertiserId": b.id("gaid", where="body.advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": c.phone.af_uid,
            "af_timestamp": str(ms(c)),
            "appsflyerKey": "kZpR2x7QmN4vB8sLcD1",
            "counter": str(c.rng.randint(2, 300)),
            "brand": "google",
            "model": "Pixel 8a",
            "sdk": "34",
            "lang_code": "pt",
            "country": "PT",
            "platformextension": "android_native",
        }
    )
    b.other_id("af_uid", "body.uid")
    b.ok_json({"ok": True})
    return b.build()


def cover_art(c: Context) -> Flow:
    b = FB(c, "som", "GET", f"https://img.som.pt/capas/{rid(c.rng)[:8]}/300x300.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 500))
    b.decoy("album cover fetch")
    return b.build()


def lyrics(c: Context) -> Flow:
    b = FB(c, "som", "GET", f"{HOST}/v1/letras/trk{c.rng.randint(10**6, 10**7)}")
    b.header("user-agent", UA)
    lines = [{"t": i * 4100, "l": "Ó gente da minha terra"} for i in range(8)]
    b.ok_json({"linhas": lines, "sincronizado": True})
    b.decoy("timed lyrics (a numeric time series), not a listen")
    return b.build()
