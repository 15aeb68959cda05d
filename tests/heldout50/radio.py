"""Télé-Boréal, a public broadcaster's app (iPad and Apple TV) with Comscore
streaming measurement and its own "historique" sync.

Comscore Streaming Tag beacons: GET sb.scorecardresearch.com/p with c1/c2,
ns_st_ev (play/pause/hb/end), ns_st_pt (playhead), ns_st_ci (content id),
ns_st_pr/ns_st_ep (program/episode), ns_ap_* app labels, ns_ak (advertising
id) and c12 (the SDK's visitor id) -- param names as in comscore's streaming
tag docs and the test lists in grzegorzSpiewak/redux_qa (Comscore.js).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, pad_ua, rid

PROGRAMS = [
    ("TB-TJ-2024", "Le Téléjournal", "Édition du soir"),
    ("TB-ENQ-12", "Enquête boréale", "Épisode 12"),
    ("TB-KIDS-3", "Les Mini-Castors", "La tempête"),
    ("TB-DOC-7", "Fleuves du Canada", "Le Saint-Laurent"),
]


def comscore_event(c: Context, ev: str = "hb") -> Flow:
    ci, pr, ep = c.rng.choice(PROGRAMS)
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p")
    b.header("user-agent", pad_ua("TeleBoreal", "9.3.0"))
    params = [
        ("c1", "2"),
        ("c2", "3005002"),
        ("ns_ap_an", "Tele-Boreal"),
        ("ns_ap_pn", "ios"),
        ("ns_ap_device", "iPad13,16"),
        ("c12", b.id("comscore_cid", where="query:c12", detectable=False)),
        ("ns_ak", b.id("idfa_pad", where="query:ns_ak")),
        ("ns_type", "hidden"),
        ("ns_st_ev", ev),
        ("ns_st_ci", ci),
        ("ns_st_pr", pr),
        ("ns_st_ep", ep),
        ("ns_st_pt", str(c.rng.randint(0, 3_000_000))),
        ("ns_st_cl", "3600000"),
        ("ns_st_ty", "video"),
        ("ns_st_id", str(ms(c))),
        ("ns_ts", str(ms(c))),
    ]
    for k, v in params:
        b.param(k, v)
    b.view("query:ns_st_ci+ns_st_pt+ns_st_ev")
    b.no_content()
    return b.build()


def historique(c: Context) -> Flow:
    b = FB(c, "teleboreal", "POST", "https://services.teleboreal.ca/ott/v1/historique")
    b.header("user-agent", pad_ua("TeleBoreal", "9.3.0"))
    ci, pr, ep = c.rng.choice(PROGRAMS)
    b.form(
        [
            ("idMedia", ci),
            ("emission", pr),
            ("episode", ep),
            ("tempsEcoule", str(c.rng.randint(5, 3500))),
            ("termine", c.rng.choice(["0", "1"])),
            ("dateVisionnement", iso(c)),
        ]
    )
    b.view("form:idMedia+tempsEcoule+dateVisionnement")
    b.ok_json({"statut": "ok"})
    return b.build()


def live_radio(c: Context) -> Flow:
    b = FB(c, "teleboreal", "GET", "https://services.teleboreal.ca/ott/v1/direct/stations")
    b.header("user-agent", pad_ua("TeleBoreal", "9.3.0"))
    b.ok_json({"stations": [{"id": "ici-mtl", "nom": "Montréal", "frequence": "95,1"}]})
    b.decoy("station list")
    return b.build()


def program_guide(c: Context) -> Flow:
    b = FB(c, "teleboreal", "GET", "https://services.teleboreal.ca/ott/v1/horaire")
    b.param("date", iso(c)[:10])
    b.header("x-request-id", rid(c.rng))
    slots = [
        {"debut": f"{h:02d}:00", "idMedia": p[0], "titre": p[1]} for h, p in enumerate(PROGRAMS)
    ]
    b.ok_json({"grille": slots})
    b.decoy("programme guide (schedule, not personal history)")
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "teleboreal", "POST", "https://services.teleboreal.ca/ott/v1/appareils")
    b.header("user-agent", tv_like := pad_ua("TeleBoreal", "9.3.0"))
    b.header("x-client", tv_like.split(" ")[0])
    b.json({"identifiantFournisseur": b.id("idfv_radio", where="json:identifiantFournisseur")})
    b.ok_json({"ok": 1})
    return b.build()


def opaque_stats(c: Context) -> Flow:
    b = FB(c, "teleboreal", "POST", "https://stats.teleboreal.ca/c")
    b.set_body(bytes(c.rng.randrange(256) for _ in range(220)), "application/octet-stream")
    b.view("body (encrypted)", detectable=False)
    b.no_content()
    return b.build()
