"""A regional music / podcast app and a radio app. Listen logs are in-house
("lsvats" = listened in Armenian, "mosmenili" = listened in Georgian); the radio
app reports listening sessions to its streaming host as query parameters.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, ms, rid, ua

API = "https://api.ritmi-music.ge"
RADIO = "https://stream.radioera-yerevan.am"
TRACKS = ["Suliko", "Tbiliso", "Dle Lusna", "Sari Aghjik", "Chakrulo", "Krunk"]
PODS = ["Saubari Mecnierebaze", "Biznesis Saati", "Hay Patmutyun"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "music", method, API + path)
    b.header("user-agent", ua("Ritmi", "2.9.0"))
    return b


def mosmenili(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/mosmenili")
    b.json(
        {
            "tracks": [
                {
                    "simghera": c.rng.choice(TRACKS),
                    "wamebi": c.rng.randint(20, 240),
                    "dasrulda": c.rng.random() < 0.6,
                }
                for _ in range(c.rng.randint(1, 4))
            ],
            "mowyobiloba_id": b.id("aid_music", where="body.mowyobiloba_id"),
        }
    )
    b.view("body tracks[] (mosmenili)")
    b.no_content()
    return b.build()


def podcast_progress(c: Context) -> Flow:
    b = _b(
        c, "PUT", f"/v1/podcasts/{c.rng.randint(10, 99)}/episodes/{c.rng.randint(1, 300)}/progress"
    )
    b.json({"positionSec": c.rng.randint(0, 4000), "playbackRate": 1.0, "updatedAt": ms(c)})
    b.view("path podcasts/episodes/progress + positionSec")
    b.no_content()
    return b.build()


def lsvats(c: Context) -> Flow:
    """Armenian-speaking users' history endpoint, its own key names."""
    b = _b(c, "POST", "/v1/hy/lsvats")
    b.json(
        {
            "podkast": c.rng.choice(PODS),
            "drvag": c.rng.randint(1, 200),
            "lsvats_vayrkyan": c.rng.randint(30, 3600),
        }
    )
    b.view("body lsvats_vayrkyan")
    b.no_content()
    return b.build()


def radio_listen(c: Context) -> Flow:
    b = FB(c, "radio", "GET", RADIO + "/listen/session")
    b.param("station", c.rng.choice(["era", "van", "jan", "imedi-fm"]))
    b.param("listened_sec", str(c.rng.randint(60, 5400)))
    b.param("did", b.id("aid_music", how="md5", where="query did"))
    b.view("query station+listened_sec")
    b.no_content()
    return b.build()


def radio_now(c: Context) -> Flow:
    b = FB(c, "radio", "GET", RADIO + "/nowplaying.json")
    b.ok_json(
        {"artist": "Various", "title": c.rng.choice(TRACKS), "listeners": c.rng.randint(10, 900)}
    )
    b.decoy("now-playing metadata")
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "music", "GET", f"https://img.ritmi-music.ge/cover/{rid(c.rng)[:8]}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 500))
    b.decoy("album cover")
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/charts/top")
    b.ok_json(
        {
            "chart": [
                {"pos": i + 1, "title": t, "plays": c.rng.randint(10**3, 10**6)}
                for i, t in enumerate(TRACKS)
            ]
        }
    )
    b.decoy("public chart with play counts")
    return b.build()
