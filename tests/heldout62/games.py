"""Card games and bingo: "Scopa, Briscola & Tombola" (fictional) with AdMob ads.

The Google Mobile Ads SDK's ad request to googleads.g.doubleclick.net/mads/gma
carries the advertising id as `rdid` with `is_lat` (seen in published GMA
traffic analyses, e.g. the AppCensus and Exodus reports). Game replays, timers
and 3D table camera angles are the look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, digits, hexs, ms, rf, rid, ua

API = "https://play.tombolaclub.it/api"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "tombola", method, API + path)
    b.header("user-agent", ua("TombolaClub", "2.9.3"))
    return b


def estrazione(c: Context) -> Flow:
    b = _b(c, "POST", "/tombola/partita/" + digits(c.rng, 7) + "/cartella")
    b.json(
        {
            "numeriUsciti": c.rng.sample(range(1, 91), 18),
            "tempoMs": c.rng.randint(2000, 9000),
            "ambo": True,
            "terno": False,
            "ts": ms(c),
        }
    )
    b.ok_json({"premio": 0})
    b.decoy("bingo draw: numbers called, reaction time in ms")
    return b.build()


def replay(c: Context) -> Flow:
    """Upload of a card-game replay: moves with timestamps and a duration."""
    b = _b(c, "POST", "/scopa/replay")
    t = 0
    mosse = []
    for _ in range(10):
        t += c.rng.randint(1500, 9000)
        mosse.append({"t": t, "carta": c.rng.choice("1234567") + c.rng.choice("DCBS")})
    b.json({"replayId": rid(c.rng), "durataSec": t // 1000, "mosse": mosse, "punteggio": [7, 4]})
    b.ok_json({"salvato": True})
    b.decoy("game replay: move timestamps and a duration (not watching a video)")
    return b.build()


def tavolo3d(c: Context) -> Flow:
    b = _b(c, "POST", "/telemetria/tavolo")
    b.json(
        {
            "camera": {
                "yaw": rf(c.rng, -40, 40, 2),
                "pitch": rf(c.rng, -30, -5, 2),
                "zoom": rf(c.rng, 1, 2),
            },
            "fps": c.rng.randint(50, 60),
            "sessione": hexs(c.rng, 16),
        }
    )
    b.no_content()
    b.decoy("3D card table camera yaw/pitch/zoom: a game camera, not a head pose")
    return b.build()


def classifica(c: Context) -> Flow:
    b = _b(c, "GET", "/classifica?settimana=48")
    b.ok_json(
        {
            "top": [
                {"nick": n, "punti": c.rng.randint(200, 900)}
                for n in ["nonnaLina", "Peppe51", "Kostas_T", "avo_Rui"]
            ]
        }
    )
    b.decoy("leaderboard: nicknames and points")
    return b.build()


def admob(c: Context) -> Flow:
    """A GMA banner request: the GAID in rdid."""
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    for k, v in [
        ("preqs", str(c.rng.randint(0, 9))),
        ("u_sd", "2"),
        ("u_w", "1280"),
        ("u_h", "800"),
        ("format", "320x50_mb"),
        ("ms", hexs(c.rng, 24)),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query rdid"))
    b.param("is_lat", "false")
    b.param("idtype", "adid")
    b.param("app_name", "2.9.3.android.it.tombolaclub")
    b.header("user-agent", ua("TombolaClub", "2.9.3"))
    b.ok_json({"ad_networks": [{"ad": {"ad_html": "<html></html>"}}], "qdata": hexs(c.rng, 20)})
    return b.build()


def profilo(c: Context) -> Flow:
    """The game's own install ping: ANDROID_ID under android_id."""
    b = _b(c, "POST", "/avvio")
    b.json(
        {
            "android_id": b.id("aid_games", where="body android_id"),
            "versione": "2.9.3",
            "lingua": c.rng.choice(["it", "el", "pt"]),
            "avvii": c.rng.randint(10, 400),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def mediazione(c: Context) -> Flow:
    """Ad mediation: the GAID base64-wrapped under a meaningless key."""
    b = _b(c, "POST", "/adm/w")
    b.json({"z": b.id("gaid", "b64", "body z (base64)", False), "n": c.rng.randint(1, 5)})
    b.ok_json({"w": "admob"})
    return b.build()


DECOYS = [(0.7, estrazione), (0.4, replay), (0.4, tavolo3d), (0.2, classifica)]
SENSITIVE = [admob, profilo, admob, mediazione]
