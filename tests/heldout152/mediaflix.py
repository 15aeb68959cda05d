"""Mediaflix: the commercial broadcaster's app (reality shows, fiction, film).

Its player reports `evento` play / pausa / fine with `secondi_visti`; AppsFlyer
(`appsflyer_id`, `advertiserId`) carries an `af_content_view` event with the
programme and seconds watched. A few player events go through the ad server's
compact pixel `/px?e=..&c=..&t=..` with one-letter keys (not readable).
The catalogue, the countdown for a live show and the vote in a reality show
are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, bearer, iso, ms, rid, ua

API = "https://api.mediaflix.example"
UA = ua("Mediaflix", "5.31.0")
PROGRAMMI = [
    "Grande Fratello - diretta",
    "Terra Amara ep. 212",
    "Striscia la notizia",
    "Uomini e donne",
    "Le Iene",
    "Amici di Maria",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mediaflix", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    return b


def evento_player(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/player/v1/eventi")
    ev = c.rng.choice(["play", "pausa", "ripresa", "fine"])
    b.view(f"json evento={ev} secondi_visti")
    b.json(
        {
            "evento": ev,
            "programma": c.rng.choice(PROGRAMMI),
            "id_video": f"F{c.rng.randint(10**9, 10**10)}",
            "secondi_visti": c.rng.randint(5, 3600),
            "posizione_ms": c.rng.randint(0, 3_600_000),
            "id_installazione": b.id("aid_media", where="json id_installazione"),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def appsflyer_view(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.12/androidevent?app_id=it.mediaflix.play&buildnumber=6.12.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; 23129RAA4G)")
    b.view("json eventValue af_content_view seconds_watched")
    b.json(
        {
            "appsflyer_id": b.id("media_af_uid", where="json appsflyer_id"),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "eventName": "af_content_view",
            "eventValue": js(
                {
                    "af_content_id": f"F{c.rng.randint(10**9, 10**10)}",
                    "af_content_type": "episodio",
                    "programma": c.rng.choice(PROGRAMMI),
                    "seconds_watched": c.rng.randint(30, 3000),
                }
            ),
            "timestamp": str(ms(c)),
            "lang": "italiano",
            "deviceType": "user",
        }
    )
    b.respond(200, "text/plain", b"ok")
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.12/androidevent?app_id=it.mediaflix.play&buildnumber=6.12.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; 23129RAA4G)")
    b.json(
        {
            "appsflyer_id": b.id("media_af_uid", where="json appsflyer_id"),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id("aid_media", where="json android_id"),
            "brand": "Redmi",
            "model": "23129RAA4G",
            "counter": str(c.rng.randint(2, 90)),
            "isFirstCall": "false",
        }
    )
    b.respond(200, "text/plain", b"ok")
    return b.build()


def pixel_opaco(c: Context) -> Flow:
    b = FB(c, "mediaflix-ads", "GET", "https://px.mediaflix.example/px")
    b.header("user-agent", UA)
    b.view("query e / c / t one-letter keys", detectable=False)
    for k, v in [
        ("e", str(c.rng.choice([1, 2, 3]))),
        ("c", str(c.rng.randint(10**9, 10**10))),
        ("t", str(c.rng.randint(5, 3600))),
        ("r", str(c.rng.randint(10**6, 10**7))),
    ]:
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/catalogo/v3/home?sezione=fiction")
    b.decoy("catalogue rails with durations and episode numbers (content fetch)")
    b.ok_json(
        {
            "righe": [
                {
                    "titolo": p,
                    "id_video": f"F{c.rng.randint(10**9, 10**10)}",
                    "durata": c.rng.randint(1200, 6000),
                    "immagine": f"https://img.mediaflix.example/{c.rng.randint(1000, 9999)}.jpg",
                }
                for p in PROGRAMMI
            ]
        }
    )
    return b.build()


def televoto(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/interattivita/v1/televoto")
    b.decoy("reality-show vote: a choice, no viewing record")
    b.json(
        {
            "sondaggio": f"gf-{c.rng.randint(10, 99)}",
            "scelta": c.rng.randint(1, 4),
            "richiesta": rid(c.rng),
        }
    )
    b.ok_json({"esito": "registrato"})
    return b.build()


def diretta_stato(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/live/v1/canale5/stato")
    b.ok_json(
        {
            "in_onda": c.rng.choice(PROGRAMMI),
            "inizio": iso(c),
            "spettatori": c.rng.randint(10**5, 4 * 10**6),
        }
    )
    return b.build()
