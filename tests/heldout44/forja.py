"""Forja: a Moroccan streaming app (films, series, football replays).

In-house backend written by a Casablanca team: French key names for the
"suivi de lecture" (playback progress) and "reprendre la lecture" (continue
watching) lists, Moroccan Arabic (Darija, Arabizi with 9 for qaf and 7 for
ha) in the older watch log: tfrrej (watch), l7al9a (the episode), fin_wselti
(where you got to). Player QoE goes to NPAW Youbora: /start carries the title
and resource, /ping the playhead (Youbora open REST API v2, as the Kaltura
mwEmbed and playkit plugins fill it: title, resource, duration, accountCode).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua

HOST = "https://api.forja.example"
NPAW = "https://infinity-c12.youboranqs01.com"
TITLES = [
    ("mv-3301", "Rjal El Blad"),
    ("sr-0420", "Dar Lhbal"),
    ("sr-0777", "Lalla Zineb"),
    ("fb-1203", "Derby Casablanca 2-1"),
    ("mv-5110", "Tanja Nights"),
]


def _b(c: Context, method: str, path: str, host: str = HOST) -> FB:
    b = FB(c, "forja", method, host + path)
    b.header("user-agent", ua("Forja", "3.4.0"))
    return b


def progression(c: Context) -> Flow:
    cid, _ = c.rng.choice(TITLES)
    b = _b(c, "POST", "/v1/lecture/progression")
    b.header("x-id-appareil", b.id("forja_install", where="header x-id-appareil"))
    b.json(
        {
            "idContenu": cid,
            "saison": 1,
            "episode": c.rng.randint(1, 24),
            "positionSecondes": c.rng.randint(10, 3000),
            "dureeTotale": 3120,
            "horodatage": iso(c),
        }
    )
    b.view("json idContenu / positionSecondes at /lecture/progression")
    b.no_content()
    return b.build()


def reprendre(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/profil/reprendre-la-lecture")
    rows = [
        {"id": t, "pourcentage": c.rng.randint(5, 95), "vuLe": ms(c) - c.rng.randint(0, 9**8)}
        for t, _ in c.rng.sample(TITLES, 3)
    ]
    b.json({"profil": b.acct("forja_user"), "liste": rows})
    b.view("json liste[] id / pourcentage / vuLe at /reprendre-la-lecture")
    b.ok_json({"ok": 1})
    return b.build()


def tfrrej_log(c: Context) -> Flow:
    cid, title = c.rng.choice(TITLES)
    b = _b(c, "POST", "/api/tfrrej/sjjel")
    b.form(
        [
            ("lmousalsal", cid),
            ("smiya", title),
            ("l7al9a", str(c.rng.randint(1, 24))),
            ("fin_wselti", str(c.rng.randint(10, 3000))),
            ("w9t", str(ms(c))),
            ("android_id", b.id("aid_forja", where="form android_id")),
        ]
    )
    b.view("form lmousalsal / l7al9a / fin_wselti at /tfrrej/sjjel (Darija watch log)")
    b.ok_json({"status": "mzyan"})
    return b.build()


def npaw_start(c: Context) -> Flow:
    cid, title = c.rng.choice(TITLES)
    params = [
        ("system", "forjama"),
        ("code", "U_" + rid(c.rng)[:18]),
        ("title", title),
        ("mediaResource", f"https://vod.forja-cdn.example/{cid}/master.m3u8"),
        ("mediaDuration", "3120"),
        ("live", "false"),
        ("player", "ExoPlayer2"),
        ("deviceCode", "ANDROID"),
        ("username", b_user(c)),
    ]
    b = _b(c, "GET", "/start", NPAW)
    for k, v in params:
        b.param(k, v)
    b.view("query title / mediaResource at Youbora /start (playback start)")
    b.ok_json({"q": {"h": "infinity-c12.youboranqs01.com", "pt": "5"}})
    return b.build()


def b_user(c: Context) -> str:
    return str(c.phone.forja_user)


def npaw_ping(c: Context) -> Flow:
    b = _b(c, "GET", "/ping", NPAW)
    for k, v in [
        ("code", "U_" + rid(c.rng)[:18]),
        ("pingTime", "5"),
        ("playhead", str(rf(c.rng, 10, 3000, 3))),
        ("bitrate", str(c.rng.randint(800, 4500) * 1000)),
        ("throughput", str(c.rng.randint(2, 40) * 10**6)),
    ]:
        b.param(k, v)
    # Relabelled by the lead after scoring: the writer counted this ping a decoy, but
    # it is the heartbeat of a watch session (its code ties it to /start's title),
    # and the issue counts player heartbeats as viewing history (set 40's writer
    # labelled the same ping so).
    b.view("query code + playhead at Youbora /ping (heartbeat of the watch session)")
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/catalogue/accueil?pays=MA&langue=fr")
    b.ok_json(
        {"sections": [{"titre": "Les plus vus au Maroc", "contenus": [t for t, _ in TITLES]}]}
    )
    b.decoy("catalogue section 'most viewed in Morocco' (not the user's)")
    return b.build()


def vignette(c: Context) -> Flow:
    cid, _ = c.rng.choice(TITLES)
    b = FB(c, "forja", "GET", f"https://img.forja-cdn.example/vignettes/{cid}_16x9.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 500))
    b.decoy("thumbnail fetch")
    return b.build()


def drm_licence(c: Context) -> Flow:
    b = _b(c, "POST", "/drm/widevine/licence", "https://drm.forja.example")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(200)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(120)))
    b.decoy("DRM licence challenge (binary)")
    return b.build()
