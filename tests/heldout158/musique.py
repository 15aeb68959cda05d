"""Deezer on the receptionist's phone: the mobile gateway API (`gateway.php?method=`).

`log.listen` reports each track listened to with listening time and the
listen timestamp (listening history, a kind of viewing history here); the
recently-played answer lists them back. Search, covers, charts and the "Flow"
recommendations are ordinary. The mobile auth call sends the app's ANDROID_ID
as `uniq_id` next to the model and OS.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid

GW = "https://api.deezer.com/1.0/gateway.php"
COVERS = "https://e-cdns-images.dzcdn.net/images/cover"
UA = "Deezer/7.1.24.2 (Android; 14; Mobile; fr) samsung SM-A546B"
TITRES = [
    ("3135556", "Tout va bien", "Orelsan"),
    ("1109731", "Papaoutai", "Stromae"),
    ("2461553", "Dernière danse", "Indila"),
    ("9183744", "Bella ciao", "Naestro"),
    ("7750312", "Les Champs-Élysées", "Joe Dassin"),
]


def _gw(c: Context, method: str, session: bool = True) -> FB:
    b = FB(c, "deezer", "POST", GW)
    b.param("api_key", "4VCYIJUCDLOUELGD1V8WBVYBNVDYOXEWSLLZDONGBBDFVXTZJRXPR29JRLQFO6ZE")
    b.param("method", method)
    b.param("output", "3")
    b.param("input", "3")
    if session:
        b.param("sid", b.acct("deezer_sid"))
    b.header("user-agent", UA)
    return b


def mobile_auth(c: Context) -> Flow:
    b = _gw(c, "mobile_auth", session=False)
    b.json(
        {
            "uniq_id": b.id("aid_deezer", where="json uniq_id (mobile_auth)"),
            "device_type": "android",
            "device_model": "SM-A546B",
            "device_os": "Android 14",
            "lang": "fr",
        }
    )
    b.ok_json({"results": {"TOKEN": rid(c.rng).replace("-", ""), "USER_ID": b.acct("deezer_user")}})
    return b.build()


def log_listen(c: Context) -> Flow:
    b = _gw(c, "log.listen")
    b.view("json params.media.id with lt and ts_listen (method=log.listen)")
    track = c.rng.choice(TITRES)
    b.json(
        {
            "params": {
                "media": {"id": track[0], "type": "song", "format": "MP3_128"},
                "type": 0,
                "stat": {"seek": c.rng.randint(0, 2), "pause": c.rng.randint(0, 3), "sync": 1},
                "lt": c.rng.randint(20, 240),
                "ctxt": {
                    "t": c.rng.choice(["playlist_page", "album_page", "flow"]),
                    "id": rid(c.rng)[:8],
                },
                "dev": {"v": "7.1.24.2", "t": 0},
                "ls": [],
                "ts_listen": int(c.now),
            }
        }
    )
    b.ok_json({"error": [], "results": True})
    return b.build()


def recemment_ecoute(c: Context) -> Flow:
    b = _gw(c, "user.getRecentlyPlayed")
    b.view("response results.data[] SNG_ID with TS_LISTEN", direction="response")
    b.json({"user_id": b.acct("deezer_user"), "nb": 10})
    b.ok_json(
        {
            "results": {
                "data": [
                    {
                        "SNG_ID": t[0],
                        "SNG_TITLE": t[1],
                        "ART_NAME": t[2],
                        "TS_LISTEN": int(c.now) - i * 211,
                    }
                    for i, t in enumerate(c.rng.sample(TITRES, 4))
                ]
            }
        }
    )
    return b.build()


def recherche(c: Context) -> Flow:
    b = _gw(c, "deezer.pageSearch")
    b.decoy("search results with track ids and durations (catalogue)")
    b.json({"query": c.rng.choice(["stromae", "angèle", "la femme", "zaz"]), "start": 0, "nb": 20})
    b.ok_json(
        {
            "results": {
                "TRACK": {
                    "data": [{"SNG_ID": t[0], "DURATION": c.rng.randint(150, 300)} for t in TITRES]
                }
            }
        }
    )
    return b.build()


def classement(c: Context) -> Flow:
    b = _gw(c, "deezer.getChart")
    b.decoy("top-50 France chart with play counts (aggregate over all listeners)")
    b.ok_json(
        {
            "results": {
                "data": [
                    {"SNG_ID": t[0], "RANK": i + 1, "nb_ecoutes": c.rng.randint(10**5, 10**7)}
                    for i, t in enumerate(TITRES)
                ]
            }
        }
    )
    return b.build()


def flow_reco(c: Context) -> Flow:
    b = _gw(c, "radio.getUserRadio")
    b.decoy("Flow recommendations: the next tracks to play (recommendations, not history)")
    b.ok_json(
        {"results": {"data": [{"SNG_ID": t[0], "score": rf(c.rng, 0, 1, 3)} for t in TITRES]}}
    )
    return b.build()


def pochette(c: Context) -> Flow:
    b = FB(
        c,
        "deezer",
        "GET",
        f"{COVERS}/{rid(c.rng).replace('-', '')}/500x500-000000-80-0-0.jpg",
    )
    b.header("user-agent", UA)
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def parametres(c: Context) -> Flow:
    b = _gw(c, "user.getSettings")
    b.ok_json({"results": {"audio_quality": "standard", "crossfade": 0, "updated": iso(c)}})
    return b.build()
