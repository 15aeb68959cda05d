"""Cinéflux: a French streaming app on the receptionist's phone, with AppsFlyer.

Its player reports progress (`position_s`, `evenement`) and the "Reprendre"
(continue-watching) rail answers with positions: viewing history, readable.
The app's compact telemetry beacon batches [programme, position, event] rows,
gzips and base64s them under `p`: viewing history nothing readable names. The
app sends its ANDROID_ID in `x-cf-appareil`; AppsFlyer sends the advertising id
and its own uid. The catalogue, "Top 10 en France" and DRM licences are not
watching.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.cineflux.example/v1"
UA = ua("Cineflux", "5.3.0")
PROGRAMMES = [
    ("cfx-19022", "Les Gardiens du Rhône", 1), ("cfx-20541", "Montréal Nord", 3),
    ("cfx-17733", "La Brigade des bêtes", 2), ("cfx-21090", "Été indien", 0),
]  # fmt: skip


def _b(c: Context, method: str, path: str, device: bool = False) -> FB:
    b = FB(c, "cineflux", method, f"{API}{path}")
    b.header("user-agent", UA)
    b.header("x-cf-profil", b.acct("cine_user") + "-p1")
    if device:
        b.header("x-cf-appareil", b.id("aid_cine", where="header x-cf-appareil"))
    return b


def progression(c: Context) -> Flow:
    prog = c.rng.choice(PROGRAMMES)
    b = _b(c, "POST", "/lecture/progression", device=True)
    b.view("json programme_id with position_s / evenement")
    duree = c.rng.randint(2400, 3300)
    b.json(
        {
            "programme_id": prog[0],
            "saison": prog[2],
            "episode": c.rng.randint(1, 10),
            "position_s": c.rng.randint(0, duree),
            "duree_s": duree,
            "evenement": c.rng.choice(["lecture", "pause", "battement", "fin"]),
            "horodatage": iso(c),
        }
    )
    b.no_content()
    return b.build()


def reprendre(c: Context) -> Flow:
    b = _b(c, "GET", "/profils/p1/reprendre")
    b.view("response items[] programme_id with position_s / pourcentage_vu", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "programme_id": p[0],
                    "titre": p[1],
                    "position_s": c.rng.randint(60, 3000),
                    "pourcentage_vu": c.rng.randint(3, 97),
                    "vu_le": iso(c),
                }
                for p in c.rng.sample(PROGRAMMES, 3)
            ]
        }
    )
    return b.build()


def balise_compacte(c: Context) -> Flow:
    rows = [
        [c.rng.choice(PROGRAMMES)[0], c.rng.randint(0, 3000), c.rng.randint(0, 3), ms(c)]
        for _ in range(3)
    ]
    b = FB(c, "cineflux", "POST", "https://t.cineflux.example/c")
    b.header("user-agent", UA)
    b.view("form p = base64(gzip(rows of [programme, seconds, event, ts]))", detectable=False)
    b.form([("v", "2"), ("p", b64(gz(jsb(rows))))])
    b.no_content()
    return b.build()


def appsflyer_lancement(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.12/androidevent?app_id=fr.cineflux.android&buildnumber=6.12.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("cine_af_uid", where="json uid (AppsFlyer id)"),
            "app_id": "fr.cineflux.android",
            "counter": str(c.rng.randint(2, 80)),
            "model": "SM-A546B",
            "lang": "français",
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def firebase_analytics(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("cine_app_instance", where="json app_instance_id"),
            "events": [{"name": "screen_view", "params": {"screen": "accueil"}, "ts": ms(c)}],
        }
    )
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/accueil?region=FR")
    b.decoy("catalogue rails with durations and a Top 10 with view counts (aggregate)")
    b.ok_json(
        {
            "rails": [
                {
                    "titre": "Nouveautés",
                    "items": [
                        {"id": p[0], "duree_s": c.rng.randint(2400, 3300)} for p in PROGRAMMES
                    ],
                },
                {
                    "titre": "Top 10 en France",
                    "items": [
                        {"id": p[0], "rang": i + 1, "vues_7j": c.rng.randint(10**4, 10**6)}
                        for i, p in enumerate(PROGRAMMES)
                    ],
                },
            ]
        }
    )
    return b.build()


def vignette(c: Context) -> Flow:
    b = FB(
        c,
        "cineflux",
        "GET",
        f"https://img.cineflux.example/{c.rng.choice(PROGRAMMES)[0]}/16x9_w640.webp",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/webp", b"RIFF" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def licence_drm(c: Context) -> Flow:
    b = FB(c, "cineflux", "POST", "https://drm.cineflux.example/widevine/licence")
    b.header("user-agent", UA)
    b.decoy("Widevine licence challenge (opaque bytes; no device id readable)")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(220)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(180)))
    return b.build()


def recherche(c: Context) -> Flow:
    b = _b(c, "GET", f"/recherche?q={c.rng.choice(['chien', 'montreal', 'polar'])}")
    b.decoy("search results with durations and ratings")
    b.ok_json(
        {"resultats": [{"id": p[0], "titre": p[1], "note": rf(c.rng, 2, 5, 1)} for p in PROGRAMMES]}
    )
    return b.build()


def manifeste(c: Context) -> Flow:
    b = FB(
        c,
        "cineflux",
        "GET",
        f"https://v.cineflux.example/{c.rng.choice(PROGRAMMES)[0]}/{rid(c.rng)[:8]}/manifest.mpd",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "application/dash+xml", b'<?xml version="1.0"?><MPD type="static"></MPD>')
    return b.build()
