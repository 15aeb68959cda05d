"""A French TV streaming app ("Canal Vingt", TF1+/france.tv-like): live and replay.

Sources: Médiamétrie eStat page tags go to `prof.estat.com/m/web/<serial>` with
level1..4 (`c`, `p`, `l3`, `l4`), `n`, `tn`, `v`, screen size (AMP's
mediametrie vendor config, ampproject/amphtml
extensions/amp-analytics/0.1/vendors/mediametrie); the eStat streaming tagger
adds the player state, position and media label (`ms_event`, `ms_pos`,
`ml_name`, `ml_genre`, `ml_dur`: field names modelled on eStat's streaming
MediaInfo, not verified byte for byte). Google IMA VAST requests use
`pubads.g.doubleclick.net/gampad/ads` with `iu`, `vid`, `cmsid`, `rdid`, `idtype`,
`is_lat`, `cust_params` (IMA SDK docs, "VAST ad tag parameters"). Firebase
Installations: POST v1/projects/<p>/installations with fid/appId/authVersion
(firebase-android-sdk FirebaseInstallationServiceClient). The reprise /
visionnage backend is the app's own, in French.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, okua, rid
from .util import PROGRAMMES, content_id, firebase_installation, sealed_b64

API = "https://api.canalvingt.fr"
UA = okua("CanalVingt", "8.14.2")


def _prog(c: Context) -> tuple[str, str, int, str]:
    title, genre, dur = c.rng.choice(PROGRAMMES)
    return title, genre, dur, content_id(c.rng, "P")


def _app(b: FB, c: Context) -> None:
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(b.acct("tv_user") + ":" + rid(c.rng))[:40])


def estat_stream(c: Context) -> Flow:
    title, genre, dur, pid = _prog(c)
    ev = c.rng.choice(["play", "position", "position", "pause", "stop"])
    b = FB(c, "estat", "GET", "https://prof.estat.com/m/web/251234567890")
    b.view("query: ml_name + ms_event + ms_pos (eStat streaming tag)")
    for k, v in [
        ("c", "replay"),
        ("p", genre),
        ("l3", title),
        ("l4", pid),
        ("n", str(c.rng.randint(1, 99999999))),
        ("tn", "android"),
        ("v", "1"),
        ("sch", "2340"),
        ("scw", "1080"),
        ("ms_event", ev),
        ("ms_pos", str(c.rng.randint(0, dur))),
        ("ml_name", title),
        ("ml_genre", genre),
        ("ml_dur", str(dur)),
        ("ms_diff", "replay"),
    ]:
        b.param(k, v)
    b.header("user-agent", UA)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def estat_page(c: Context) -> Flow:
    """A page tag with no media in it: which screen of the catalogue is open."""
    b = FB(c, "estat", "GET", "https://prof.estat.com/m/web/251234567890")
    for k, v in [
        ("c", "accueil"),
        ("p", c.rng.choice(["series", "direct", "info"])),
        ("n", str(c.rng.randint(1, 99999999))),
        ("tn", "android"),
        ("v", "1"),
    ]:
        b.param(k, v)
    b.decoy("audience page tag: catalogue rubric only, no programme or position")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def reprise_sync(c: Context) -> Flow:
    title, _, dur, pid = _prog(c)
    b = FB(c, "canalvingt", "PUT", f"{API}/v3/reprise/{pid}")
    _app(b, c)
    b.header("x-appareil-id", b.id("aid_tv", where="header x-appareil-id"))
    b.view("json: position / duree / titre of the programme (reprise)")
    pos = c.rng.randint(30, dur - 10)
    b.json(
        {
            "idContenu": pid,
            "titre": title,
            "position": pos,
            "duree": dur,
            "horodatage": iso(c),
            "termine": False,
        }
    )
    b.no_content()
    return b.build()


def visionnage_batch(c: Context) -> Flow:
    b = FB(c, "canalvingt", "POST", f"{API}/v3/historique/visionnage")
    _app(b, c)
    items = []
    for _ in range(c.rng.randint(1, 4)):
        title, genre, dur, pid = _prog(c)
        pct = round(c.rng.uniform(0.05, 1.0), 2)
        items.append(
            {
                "contenu": pid,
                "titre": title,
                "genre": genre,
                "vuPourcentage": pct,
                "debut": ms(c) - c.rng.randint(600, 9000) * 1000,
                "dureeVue": int(dur * pct),
            }
        )
    b.view("json: visionnages[] with titre, vuPourcentage, dureeVue")
    b.json(
        {
            "appareil": {
                "id": b.id("aid_tv", "sha1", where="json appareil.id"),
                "modele": "SM-A546B",
            },
            "visionnages": items,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ima_ad(c: Context) -> Flow:
    title, genre, _, pid = _prog(c)
    b = FB(c, "ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    for k, v in [
        ("iu", "/21812345/canalvingt/replay/" + genre),
        ("sz", "640x360"),
        ("gdfp_req", "1"),
        ("env", "vp"),
        ("output", "vast"),
        ("unviewed_position_start", "1"),
        ("vid", pid),
        ("cmsid", "2494"),
        ("cust_params", f"programme={title}&genre={genre}"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query rdid"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.view("query vid + cust_params programme: the replay being watched", detectable=False)
    b.respond(200, "application/xml", b'<?xml version="1.0"?><VAST version="4.0"/>')
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = FB(c, "canalvingt", "POST", f"{API}/t/b")
    _app(b, c)
    b.view("json d: sealed player beacon (AES)", detectable=False)
    b.json({"v": 3, "d": sealed_b64(c.rng, 240)})
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "canalvingt", "POST", f"{API}/v3/appareils")
    _app(b, c)
    aid = b.id("aid_tv", where="json appareil.androidId")
    b.json(
        {
            "appareil": {
                "androidId": aid,
                "fabricant": "samsung",
                "modele": "SM-A546B",
                "os": "Android 14",
                "pushToken": b.acct("push_token"),
            }
        }
    )
    b.ok_json({"appareilEnregistre": True, "maxAppareils": 4})
    return b.build()


def firebase_install(c: Context) -> Flow:
    return firebase_installation(c, "tv_fid", "canalvingt-prod", "fr.canalvingt.player")


def grille(c: Context) -> Flow:
    b = FB(
        c,
        "canalvingt",
        "GET",
        f"{API}/v3/programmes/grille",
        [("date", "2025-03-1" + str(c.rng.randint(0, 9)))],
    )
    _app(b, c)
    rows = [
        {"chaine": ch, "debut": f"{h:02d}:00", "titre": c.rng.choice(PROGRAMMES)[0], "duree": 60}
        for ch in ("C20", "C20 Info")
        for h in range(18, 23)
    ]
    b.decoy("TV guide response: programme schedule, nobody's viewing")
    b.ok_json({"grille": rows})
    return b.build()


def vignette(c: Context) -> Flow:
    pid = content_id(c.rng, "P")
    b = FB(c, "cdn", "GET", f"https://img.canalvingt-cdn.fr/vignettes/{pid}/16x9/640.jpg")
    b.decoy("programme thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def segment(c: Context) -> Flow:
    pid = content_id(c.rng, "P")
    n = c.rng.randint(1, 900)
    b = FB(c, "cdn", "GET", f"https://vod.canalvingt-cdn.fr/hls/{pid}/720p/seg_{n:05d}.ts")
    b.decoy("video segment fetch (a CDN necessarily sees what it serves)")
    b.respond(200, "video/mp2t", b"G@\x11\x10" + bytes(400))
    return b.build()


def recherche(c: Context) -> Flow:
    q = c.rng.choice(["enquetes", "meteo", "cuisine", "foot"])
    b = FB(c, "canalvingt", "GET", f"{API}/v3/recherche", [("q", q), ("limite", "20")])
    _app(b, c)
    b.decoy("catalogue search")
    b.ok_json(
        {"resultats": [{"id": content_id(c.rng, "P"), "titre": t} for t, _, _ in PROGRAMMES[:3]]}
    )
    return b.build()
