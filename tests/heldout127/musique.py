"""Mélodie: a French music streaming app (its Paris team writes franglais).

Every track played past 30 s is logged to `/ecoutes` (`titreId`, `dureeEcouteeMs`,
`source`); the app sends its own install id (`deviceUid`, made at first launch)
and the ANDROID_ID on registration. The "Flow" radio answer is recommendations,
the charts carry play counts over all listeners, lyrics are content: ordinary.
Offline plays sync as a msgpack batch under `x` when the phone reconnects.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, mpack

from . import mesure
from .phone import FB, iso, ms, rid, ua

API = "https://api.melodie.example"
UA = ua("Melodie", "9.31.0")
ARTISTES = ["Aya Nakamura", "Jul", "Angèle", "Stromae", "PNL", "Soprano", "Clara Luciani"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "melodie", method, url)
    b.header("user-agent", UA)
    if install:
        b.header("x-device-uid", b.id("musique_install", where="header x-device-uid"))
    return b


def _titre(c: Context) -> int:
    return c.rng.randint(10**8, 3 * 10**9)


def ecoutes(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/1.0/user/{b_user(c)}/ecoutes")
    b.view("json ecoutes[] titreId/dureeEcouteeMs")
    b.json(
        {
            "ecoutes": [
                {
                    "titreId": _titre(c),
                    "artiste": c.rng.choice(ARTISTES),
                    "dureeEcouteeMs": c.rng.randint(30000, 240000),
                    "debutEcoute": iso(c),
                    "source": c.rng.choice(["playlist", "album", "flow", "recherche"]),
                    "horsLigne": False,
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def b_user(c: Context) -> str:
    return str(c.phone.musique_user)


def ecoutes_hors_ligne(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/1.0/sync/o")
    b.view("msgpack rows under x (offline plays)", detectable=False)
    rows = [[_titre(c), c.rng.randint(30, 240), ms(c) // 1000] for _ in range(c.rng.randint(3, 9))]
    b.json({"x": b64(mpack(rows)), "n": len(rows)})
    b.no_content()
    return b.build()


def enregistrement(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/1.0/device/register")
    b.json(
        {
            "deviceUid": b.id("musique_install", where="json deviceUid"),
            "androidId": b.id("aid_musique", where="json androidId"),
            "modele": "Xiaomi 23078PND5G",
            "pushToken": "f"
            + rid(c.rng).replace("-", "")
            + ":APA91b"
            + rid(c.rng).replace("-", ""),
        }
    )
    b.ok_json({"enregistre": True})
    return b.build()


def flow_reco(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/1.0/flow?ambiance=chill", install=False)
    b.decoy("recommended tracks (what the service suggests, not what was played)")
    b.ok_json(
        {
            "titres": [
                {"titreId": _titre(c), "artiste": a, "duree": c.rng.randint(150, 260)}
                for a in ARTISTES[:5]
            ]
        }
    )
    return b.build()


def classement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/1.0/charts/FR/top50", install=False)
    b.decoy("charts: play counts summed over all listeners (aggregate)")
    b.ok_json(
        {
            "top": [
                {"rang": i + 1, "artiste": a, "nbEcoutes": c.rng.randint(10**5, 10**7)}
                for i, a in enumerate(ARTISTES)
            ]
        }
    )
    return b.build()


def paroles(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/1.0/lyrics/{_titre(c)}", install=False)
    b.decoy("synchronised lyrics with timestamps (content, not a play report)")
    b.ok_json({"lignes": [{"debutMs": i * 4200, "texte": "la la la"} for i in range(6)]})
    return b.build()


def firebase_ecoute(c: Context) -> Flow:
    return mesure.firebase_event(
        c,
        "Melodie",
        "titre_ecoute",
        {
            "titre_id": str(_titre(c)),
            "duree_ecoute_s": c.rng.randint(30, 240),
            "contexte": "playlist",
        },
        "json events[].params titre_id/duree_ecoute_s",
    )
