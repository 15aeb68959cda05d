"""KongossaTV: Cameroonian series and comedy streaming (in-house backend, Camfranglais keys).

The in-house team logs playback under `regarder` events with `position_sec`,
`temps_wanda` (Camfranglais: time spent), and keeps a `continuer_a_regarder` list
(returned in responses). A compact resume beacon ships gzip+base64 (opaque).
Catalogue, trending rails (aggregates) and HLS segments are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.kongossatv.example"
UA = ua("KongossaTV", "3.4.1")
SERIES = [
    "Les Tontons du Mfoundi",
    "Ndolo na Ngando",
    "Bamenda Boys",
    "Kongossa pour rien",
    "Mbock na Mboa",
    "Ma belle-mère de Mvog-Ada",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kongossatv", method, url)
    b.header("user-agent", UA)
    b.header("x-appareil-id", b.id("aid_kongossa", where="header x-appareil-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int]:
    return f"ep{c.rng.randint(10000, 99999)}", c.rng.choice(SERIES), c.rng.randint(1200, 2900)


def regarder_event(c: Context) -> Flow:
    eid, serie, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v2/evenements/lecture")
    b.view("json evenement=regarder with episode_id, position_sec, temps_wanda")
    b.json(
        {
            "evenement": c.rng.choice(["regarder", "pause_lecture", "reprendre", "fin_episode"]),
            "episode_id": eid,
            "serie": serie,
            "position_sec": c.rng.randint(5, dur),
            "duree_sec": dur,
            "temps_wanda": c.rng.randint(30, 900),
            "horodatage": iso(c),
            "abonne": b.acct("kongossa_user"),
        }
    )
    b.no_content()
    return b.build()


def continuer(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/moi/continuer_a_regarder?limite=10")
    b.view("response continuer_a_regarder[] with progression", direction="response")
    rows = []
    for _ in range(4):
        eid, serie, _dur = _ep(c)
        rows.append(
            {
                "episode_id": eid,
                "serie": serie,
                "progression": round(c.rng.random(), 2),
                "vu_le": iso(c),
            }
        )
    b.ok_json({"continuer_a_regarder": rows})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    eid, _, dur = _ep(c)
    b = _b(c, "POST", f"{API}/b")
    b.view("form d= gzip+base64 of [episode, position, ts] rows", detectable=False)
    rows = js([[eid, c.rng.randint(5, dur), ms(c)] for _ in range(2)]).encode()
    b.form([("d", b64(gz(rows))), ("v", "3")])
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/catalogue?rayon=comedie&page=1")
    b.decoy("catalogue rail with episode ids and durations: content fetch")
    items = []
    for _ in range(8):
        eid, serie, dur = _ep(c)
        items.append({"episode_id": eid, "serie": serie, "duree_sec": dur})
    b.ok_json({"rayon": "comedie", "elements": items})
    return b.build()


def tendances(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tendances/cameroun")
    b.decoy("most watched in Cameroon: counts over all viewers (aggregate)")
    rows = [
        {
            "serie": s,
            "vues_total": c.rng.randint(1000, 90000),
            "temps_moyen_sec": c.rng.randint(300, 1500),
        }
        for s in SERIES[:5]
    ]
    b.ok_json({"top_regardes": rows})
    return b.build()


def segment(c: Context) -> Flow:
    b = FB(
        c,
        "kongossatv",
        "GET",
        f"https://cdn.kongossatv.example/hls/ep{c.rng.randint(10000, 99999)}/480p/"
        f"seg{c.rng.randint(1, 300)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.12/androidevent?app_id=cm.kongossa.tv",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; TECNO KI5q)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid"),
            "android_id": b.id("aid_kongossa", where="json android_id"),
            "eventName": "af_launch",
            "country": "CM",
            "lang": "fr",
            "operator": "MTN CAMEROON",
            "af_timestamp": str(ms(c)),
            "request_id": rid(c.rng),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()
