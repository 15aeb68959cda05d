"""A Persian streaming app and a Persian music app, on their own backends
(Iranian services are served from domestic backends, no global SDKs).

Key names in Finglish (Persian in Latin letters): `tamasha` = watching,
`shenase` = id, `mogheiyat` = position, `modat` = duration, `dastgah` =
device, `tarikhche` = history, `pakhsh` = play, `ahang` = song, `khanande` =
singer, `shenidan` = listening. The music app's history sync is form-encoded.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, jsb

from .phone import FB, iso, ms, ua

FILM = "https://api.tamashakhaneh.example"
NAVA = "https://api.navaye-man.example"
SINGERS = ["Shajarian", "Googoosh", "Homayoun", "Ehsan Khajeamiri", "Aryana Sayeed"]


def _film(b: FB) -> None:
    b.header("user-agent", ua("Tamashakhaneh", "6.2.0"))
    b.header(
        "cookie",
        f"sess={new_hex(b.ctx.rng, 32)}; dastgah={b.id('fa_device', where='cookie dastgah')}",
    )


def tamasha_log(c: Context) -> Flow:
    b = FB(c, "tamashakhaneh", "POST", FILM + "/v1/tamasha/sabt")
    _film(b)
    modat = c.rng.randint(1500, 8000)
    b.json(
        {
            "shenase_film": c.rng.randint(10000, 400000),
            "mogheiyat": c.rng.randint(0, modat),
            "modat": modat,
            "karbar": b.acct("fa_user"),
            "zaman": ms(c),
        }
    )
    b.view("json shenase_film + mogheiyat (position)")
    b.ok_json({"movafagh": True})
    return b.build()


def tarikhche(c: Context) -> Flow:
    b = FB(c, "tamashakhaneh", "GET", FILM + "/v1/karbar/tarikhche")
    _film(b)
    rows = [
        {
            "shenase": c.rng.randint(10000, 400000),
            "onvan": f"serial-{c.rng.randint(1, 80)}",
            "ghesmat": c.rng.randint(1, 30),
            "akharin_tamasha": iso(c),
        }
        for _ in range(6)
    ]
    b.view("response tarikhche (history) of watched episodes", direction="response")
    b.ok_json({"dade": rows})
    return b.build()


def android_register(c: Context) -> Flow:
    b = FB(c, "tamashakhaneh", "POST", FILM + "/v1/dastgah/sabt")
    b.header("user-agent", ua("Tamashakhaneh", "6.2.0"))
    b.form(
        [
            ("androidId", b.id("aid_fa", where="form androidId")),
            ("dastgah", b.id("fa_device", where="form dastgah")),
            ("noe", "mobile"),
        ]
    )
    b.ok_json({"ok": 1})
    return b.build()


def film_page(c: Context) -> Flow:
    b = FB(c, "tamashakhaneh", "GET", FILM + f"/v1/film/{c.rng.randint(10000, 400000)}")
    b.ok_json(
        {
            "onvan": "film",
            "bazigaran": ["a", "b"],
            "emtiaz": round(c.rng.uniform(5, 9), 1),
            "pishnahad": [c.rng.randint(10000, 400000) for _ in range(8)],
        }
    )
    b.decoy("film page with recommendations")
    return b.build()


def tamasha_opaque(c: Context) -> Flow:
    b = FB(c, "tamashakhaneh", "POST", FILM + "/v1/e")
    b.header("user-agent", ua("Tamashakhaneh", "6.2.0"))
    b.view("encrypted payload q (watch event)", detectable=False)
    b.form([("q", b64(bytes(c.rng.getrandbits(8) for _ in range(96))))])
    b.no_content()
    return b.build()


def _nava(b: FB) -> None:
    b.header("user-agent", ua("NavayeMan", "4.0.7"))
    b.header("x-android-id", b.id("aid_music", where="header x-android-id"))


def shenidan_sync(c: Context) -> Flow:
    b = FB(c, "navaye-man", "POST", NAVA + "/api/shenidan/sync")
    _nava(b)
    pairs = []
    for i in range(c.rng.randint(2, 5)):
        pairs += [
            (f"ahang[{i}][id]", str(c.rng.randint(1, 900000))),
            (f"ahang[{i}][khanande]", c.rng.choice(SINGERS)),
            (f"ahang[{i}][shenide_sanie]", str(c.rng.randint(20, 300))),
            (f"ahang[{i}][zaman]", str(ms(c))),
        ]
    b.form(pairs)
    b.view("form ahang[i] id + khanande + seconds listened")
    b.ok_json({"ok": True})
    return b.build()


def now_playing(c: Context) -> Flow:
    b = FB(c, "navaye-man", "POST", NAVA + "/api/pakhsh/now")
    _nava(b)
    b.json(
        {
            "track": {"id": c.rng.randint(1, 900000), "artist": c.rng.choice(SINGERS)},
            "position_ms": c.rng.randint(0, 240000),
            "source": "playlist",
            "ts": iso(c),
        }
    )
    b.view("json now-playing track + position_ms")
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = FB(c, "navaye-man", "GET", NAVA + "/api/me/akharin-ahangha")
    _nava(b)
    rows = [
        {"id": c.rng.randint(1, 900000), "khanande": c.rng.choice(SINGERS), "played_at": iso(c)}
        for _ in range(8)
    ]
    b.view("response recently played songs", direction="response")
    b.ok_json({"items": rows})
    return b.build()


def charts(c: Context) -> Flow:
    b = FB(c, "navaye-man", "GET", NAVA + "/api/charts/top")
    rows = [
        {
            "rank": i + 1,
            "id": c.rng.randint(1, 900000),
            "khanande": s,
            "plays": c.rng.randint(10_000, 1_000_000),
        }
        for i, s in enumerate(SINGERS)
    ]
    b.ok_json({"top": rows})
    b.decoy("top chart: song ids and play counts of everyone")
    return b.build()


def lyrics(c: Context) -> Flow:
    b = FB(c, "navaye-man", "GET", NAVA + f"/api/ahang/{c.rng.randint(1, 900000)}/matn")
    b.respond(
        200,
        "application/json",
        jsb({"matn": "..." * 20, "lrc": [[i * 4.2, "line"] for i in range(8)]}),
    )
    b.decoy("lyrics with time offsets")
    return b.build()
