""" "Ngoma": a Boomplay-style African music and podcast app with a live radio
tab (Radio One Uganda, Clouds FM, Radio Rwanda streams). In-house backend;
key names are our own: English abbreviations in the play reports, Swahili in
the listening history ("sikiliza" = listen, "nyimbo" = songs, "dakika" =
minutes) and Luganda in the radio log ("okuwuliriza" = listening).

Decoys: search, charts, lyrics, cover art, the radio station directory.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, gz, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.ngomamusic.africa"
ARTISTS = ["Diamond Platnumz", "Zuchu", "Eddy Kenzo", "Azawi", "Bruce Melodie", "Harmonize"]
STATIONS = ["Clouds FM", "Radio One 90.0", "CBS FM Buganda", "Radio Rwanda", "Wasafi FM"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "ngoma", method, API + path)
    b.header("user-agent", ua("Ngoma", "7.4.1"))
    b.header("devid", b.id("ngoma_devid", where="header:devid"))
    return b


def _song(c: Context) -> dict[str, object]:
    return {"songId": c.rng.randint(10**7, 10**8), "artist": c.rng.choice(ARTISTS)}


def play_report(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/stat/play")
    evs = [
        dict(
            _song(c),
            playMs=c.rng.randint(8, 240) * 1000,
            src=c.rng.choice(["chart", "search", "fy"]),
            endType=c.rng.choice(["complete", "skip"]),
            ts=ms(c),
        )
        for _ in range(c.rng.randint(1, 5))
    ]
    b.view("json:plays[] (gzip)")
    b.set_body(
        gz(jsb({"plays": evs, "aid": b.id("aid_ngoma", where="json:aid", detectable=False)})),
        "application/json",
        None,
    )
    b.header("x-body-gzip", "1")
    b.ok_json({"code": 0})
    return b.build()


def sikiliza_history(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/historia/sikiliza")
    items = [
        {
            "wimbo": _song(c),
            "dakika_zilizosikilizwa": round(c.rng.uniform(0.2, 4.5), 1),
            "saa": iso(c),
        }
        for _ in range(c.rng.randint(2, 6))
    ]
    b.view("json:nyimbo_zilizosikilizwa[]")
    b.json({"nyimbo_zilizosikilizwa": items, "mtumiaji": b.acct("ngoma_user")})
    b.ok_json({"hali": 1})
    return b.build()


def podcast_progress(c: Context) -> Flow:
    b = _b(c, "PUT", f"/v3/podcast/episode/{c.rng.randint(10**5, 10**6)}/progress")
    b.view("json:listenedSeconds")
    b.json(
        {
            "listenedSeconds": c.rng.randint(30, 3600),
            "durationSeconds": 3700,
            "show": c.rng.choice(["Mazungumzo ya Biashara", "Kampala Tech Talk"]),
            "speed": 1.0,
        }
    )
    b.no_content()
    return b.build()


def radio_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/radio/okuwuliriza")
    b.view("form:station+seconds")
    b.form(
        [
            ("station", c.rng.choice(STATIONS)),
            ("seconds_listened", str(c.rng.randint(60, 7200))),
            ("started", iso(c)),
            ("ssid", rid(c.rng)),
        ]
    )
    b.ok_json({"ok": True})
    return b.build()


def device_report(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/device/report")
    b.json(
        {
            "androidId": b.id("aid_ngoma", where="json:androidId"),
            "gaid": b.id("gaid", how="upper", where="json:gaid"),
            "brand": "TECNO",
            "os": "14",
            "hios": "14.0.0",
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/search")
    b.param("q", c.rng.choice(ARTISTS))
    b.decoy("music search results")
    b.ok_json({"songs": [_song(c) for _ in range(6)], "trace": rid(c.rng)})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/charts/top100")
    b.param("country", c.rng.choice(["TZ", "UG", "RW"]))
    b.decoy("chart with play counts")
    b.ok_json({"rows": [dict(_song(c), plays=c.rng.randint(10**4, 10**7)) for _ in range(10)]})
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(
        c,
        "ngoma",
        "GET",
        f"https://img.ngomamusic.africa/cover/{c.rng.randint(10**6, 10**7)}_320.jpg",
    )
    b.decoy("cover art")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 300))
    return b.build()


def stations(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/radio/stations")
    b.decoy("radio station directory")
    b.ok_json({"stations": [{"name": s, "listeners": c.rng.randint(100, 9000)} for s in STATIONS]})
    return b.build()


__all__ = ["charts", "cover", "device_report", "play_report", "podcast_progress", "radio_log"]
__all__ += ["search", "sikiliza_history", "stations"]
