"""Teranga Xool: a West African streaming app (Senegalese series, laamb wrestling,
Ligue 1 Sénégal and Lions matches live), written by a Dakar team in French with
Wolof words (`xool` watch, `waxtu` time, `jeex` finished).

Progress, play / pause events and the "reprendre" rail are viewing history.
An older player build packs its resume events into gzip + base64 under `d`
(opaque). The catalogue, live-score minutes, the most-watched rail (counts over
every viewer) and HLS segments are not. Firebase Installations and the Firebase
Analytics measurement endpoint carry the SDK-made ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.terangaxool.example"
CDN = "https://vod.terangaxool.example"
UA = ua("TerangaXool", "3.8.2")
SERIES = [
    ("srs_maitresse", "Maîtresse d'un homme marié", 2400),
    ("srs_golden", "Golden", 1900),
    ("srs_pod", "Pod et Marichou", 1500),
    ("srs_karma", "Karma", 2200),
    ("srs_infideles", "Infidèles", 2100),
]
LAAMB = ["Modou Lô vs Ama Baldé", "Balla Gaye 2 vs Eumeu Sène", "Boy Niang 2 vs Lac de Guiers 2"]
MATCHES = ["Jaraaf vs Teungueth FC", "Génération Foot vs Casa Sports", "Sénégal vs Cameroun"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "teranga-xool", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "fr-SN,fr;q=0.9,wo;q=0.8")
    return b


def _episode(c: Context) -> tuple[str, str, int]:
    sid, title, dur = c.rng.choice(SERIES)
    return f"{sid}_s{c.rng.randint(1, 4)}e{c.rng.randint(1, 40):02d}", title, dur


def xool_progress(c: Context) -> Flow:
    ep, title, dur = _episode(c)
    b = _b(c, "POST", f"{API}/v2/xool/progression")
    b.header("x-appareil-id", b.id("aid_teranga", where="header x-appareil-id"))
    b.view("json contenu_id + position_sec + xool_waxtu (series episode)")
    b.json(
        {
            "contenu_id": ep,
            "titre": title,
            "position_sec": c.rng.randint(30, dur),
            "duree_sec": dur,
            "xool_waxtu": iso(c),
            "qualite": c.rng.choice(["240p", "360p", "480p"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def player_event(c: Context) -> Flow:
    ep, _, dur = _episode(c)
    live = c.rng.random() < 0.5
    b = _b(c, "POST", f"{API}/v2/lecteur/evenements")
    b.view("json evenements[] lecture/pause with tete_lecture (player events)")
    content = c.rng.choice(LAAMB + MATCHES) if live else ep
    b.json(
        {
            "session_lecture": rid(c.rng),
            "evenements": [
                {
                    "type": t,
                    "contenu": content,
                    "direct": live,
                    "tete_lecture": c.rng.randint(0, dur),
                    "horodatage": ms(c),
                }
                for t in ("lecture", c.rng.choice(["pause", "reprise", "fin"]))
            ],
        }
    )
    b.no_content()
    return b.build()


def reprendre(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/profil/reprendre?limite=10")
    b.view("response json reprendre_la_lecture[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        ep, title, _ = _episode(c)
        rows.append(
            {
                "contenu_id": ep,
                "titre": title,
                "pourcentage_vu": c.rng.randint(5, 95),
                "dernier_xool": iso(c),
            }
        )
    b.ok_json({"reprendre_la_lecture": rows})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """Player 2.x build: events [content, pos, ts] gzip + base64 under d."""
    b = _b(c, "POST", f"{API}/b")
    b.view("form d = base64(gzip(json rows))", detectable=False)
    rows = [[_episode(c)[0], c.rng.randint(10, 2400), ms(c)] for _ in range(c.rng.randint(1, 3))]
    b.form([("d", b64(gz(js(rows).encode()))), ("v", "2")])
    b.no_content()
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/teranga-xool-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSyB3k" + "Qw7TzL1pXv9aR2mN0dC5eF8gH4jK6sU")
    b.header("x-android-package", "sn.terangaxool.app")
    fid = b.id("teranga_fid", where="json fid")
    b.json({"fid": fid, "appId": "1:448211093774:android:7c1e0b2f9d", "authVersion": "FIS_v2"})
    b.ok_json({"name": f"projects/448211093774/installations/{fid}", "fid": fid})
    return b.build()


def measurement(c: Context) -> Flow:
    """Firebase Analytics batch: app instance id and the screen views of the catalogue."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; TECNO CK7n)")
    body = {
        "app_instance_id": b.id("teranga_app_instance", where="json app_instance_id"),
        "adid": b.id("gaid", where="json adid"),
        "events": [{"name": "screen_view", "params": {"screen": "accueil"}}],
    }
    b.json(body)
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/catalogue?rubrique=series&page={c.rng.randint(1, 5)}")
    b.decoy("catalogue of episodes with durations (content fetch)")
    items = []
    for _ in range(8):
        ep, title, dur = _episode(c)
        items.append(
            {"contenu_id": ep, "titre": title, "duree_sec": dur, "vignette": f"{CDN}/img/{ep}.jpg"}
        )
    b.ok_json({"elements": items})
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/rails/les-plus-regardes?pays=SN")
    b.decoy("most-watched rail: view counts over every viewer (aggregate)")
    b.ok_json(
        {
            "titre_rail": "Les plus regardés au Sénégal",
            "elements": [
                {"contenu_id": _episode(c)[0], "nb_vues": c.rng.randint(10**4, 10**6), "rang": i}
                for i in range(1, 11)
            ],
        }
    )
    return b.build()


def live_score(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/direct/score?match={c.rng.randint(1000, 9999)}")
    b.decoy("live match minute and score (sports data, not what the user watched)")
    b.ok_json(
        {
            "match": c.rng.choice(MATCHES),
            "minute": c.rng.randint(1, 94),
            "score": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "spectateurs_en_ligne": c.rng.randint(2000, 90000),
        }
    )
    return b.build()


def laamb_programme(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/laamb/programme?saison=2024-2025")
    b.decoy("wrestling fight card with dates (schedule)")
    b.ok_json(
        {
            "combats": [
                {"affiche": a, "date": iso(c), "lieu": "Arène nationale, Pikine"} for a in LAAMB
            ]
        }
    )
    return b.build()


def segment(c: Context) -> Flow:
    ep = _episode(c)[0]
    b = FB(c, "teranga-xool", "GET", f"{CDN}/hls/{ep}/360p/seg-{c.rng.randint(1, 600):04d}.ts")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def li_ma_xool(c: Context) -> Flow:
    """The "Li ma xool" (what I watched) screen, answered in the Dakar team's Wolof keys."""
    b = _b(c, "GET", f"{API}/v2/man/li-ma-xool?xaaj=series")
    b.view(
        "response json li_ma_xool[] with xool_ba + waxtu_xool (watch history)", direction="response"
    )
    rows = []
    for _ in range(c.rng.randint(3, 8)):
        ep, title, dur = _episode(c)
        rows.append(
            {
                "contenu_id": ep,
                "tur": title,
                "xool_ba": c.rng.randint(60, dur),
                "waxtu_xool": iso(c),
            }
        )
    b.ok_json({"li_ma_xool": rows})
    return b.build()
