"""Зарæг: an Ossetian music streaming app (Zarina's Galaxy A34).

Keys are Iron, romanised (`zaræg` = song, `zarægæj` = singer, `qusgæ` =
listened, `bynat` = position in the track). The app reports each listened
track with its position and duration, returns the recently-played list in a
response, and a newer build posts play rows without names, gzipped. AppMetrica
reports a `track_listened` event with the track in its JSON value; Adjust's
`listen_30s` event carries the track in `callback_params`.

Ordinary: search, playlists with positions in the list (track order), lyrics
with timestamps, the charts with play counts, audio chunks, cover art, the
"now playing on Радио Ир" title (a station's on-air text).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import sdks
from .phone import FB, iso, ms, rid, ua

API = "https://api.zaraeg.example"
UA = ua("Zaraeg", "5.2.0", "zarina")
TRACKS = [
    ("z301", "Æхсар Цæгæраты", "Мæ Ирыстон", 212),
    ("z302", "Зæринæ Гуыриаты", "Зæрдæйы зарæг", 187),
    ("z303", "Дигорон ансамбль", "Симд", 240),
    ("z304", "Залина Æлборты", "Ирон чызг", 199),
    ("z305", "Кæфтисар", "Фæндыры мыр", 260),
    ("z306", "Таймураз", "Хохы уад", 174),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "zaraeg", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/device")
    b.json(
        {
            "androidId": b.id("aid_music", where="json androidId"),
            "adjustAdid": b.id("adj_adid_music", where="json adjustAdid"),
            "appmetricaDeviceId": b.id("am_devid_music", where="json appmetricaDeviceId"),
            "model": "SM-A346E",
        }
    )
    b.ok_json({"user": b.acct("music_user"), "premium": False})
    return b.build()


def listened(c: Context) -> Flow:
    tid, artist, title, dur = c.rng.choice(TRACKS)
    b = _b(c, "POST", f"{API}/v3/qusgæ".replace("æ", "ae"))
    b.view("json zaræg + bynat/duration (track listened)")
    b.json(
        {
            "zaræg": tid,
            "zarægæj": artist,
            "nom": title,
            "bynat": c.rng.randint(30, dur),
            "duration": dur,
            "kæronmæ": c.rng.random() < 0.5,
            "ræstæg": iso(c),
        }
    )
    b.no_content()
    return b.build()


def recent(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/me/faestag")
    b.view("response json qusgætæ[] (recently played)", direction="response")
    b.ok_json(
        {
            "qusgætæ": [
                {"zaræg": t, "zarægæj": a, "nom": n, "qusgæ": iso(c)}
                for t, a, n, _d in c.rng.sample(TRACKS, 4)
            ]
        }
    )
    return b.build()


def rows_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/p")
    b.view("gzip json x[] rows [track, sec, ts]", detectable=False)
    b.json(
        {"x": [[int(t[0][1:]), c.rng.randint(10, t[3]), ms(c)] for t in c.rng.sample(TRACKS, 3)]},
        "gzip",
    )
    b.no_content()
    return b.build()


def metrica_listen(c: Context) -> Flow:
    tid, artist, title, dur = c.rng.choice(TRACKS)
    return sdks.appmetrica_report(
        c,
        "music",
        "track_listened",
        {"track_id": tid, "artist": artist, "title": title, "listened_sec": c.rng.randint(30, dur)},
        viewing="protobuf event value JSON track_id/listened_sec",
    )


def metrica_ui(c: Context) -> Flow:
    return sdks.appmetrica_report(
        c, "music", "search_open", {"tab": c.rng.choice(["search", "library", "home"])}
    )


def adjust_listen(c: Context) -> Flow:
    tid, _a, title, _d = c.rng.choice(TRACKS)
    return sdks.adjust_event(
        c,
        "q8w3nd",
        {"track_id": tid, "track": title, "listened": "30"},
        viewing="form callback_params JSON track_id/track (listen_30s)",
    )


def adjust_sub(c: Context) -> Flow:
    return sdks.adjust_event(c, "s9k2lp", {"plan": "premium_month"})


def search(c: Context) -> Flow:
    q = c.rng.choice(["симд", "fændyr", "Æхсар", "ирон зарджытæ"])
    b = _b(c, "GET", f"{API}/v3/search")
    b.param("q", q)
    b.decoy("search query and results")
    b.ok_json({"tracks": [{"zaræg": t, "nom": n, "duration": d} for t, _a, n, d in TRACKS[:3]]})
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/v3/playlist/{c.rng.choice(['ir-top', 'digor', 'fændyr'])}".replace("æ", "ae"),
    )
    b.decoy("playlist with track positions (order) and durations")
    b.ok_json(
        {
            "tracks": [
                {"position": i + 1, "zaræg": t, "nom": n, "duration": d}
                for i, (t, _a, n, d) in enumerate(TRACKS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    tid, _a, title, _d = c.rng.choice(TRACKS)
    b = _b(c, "GET", f"{API}/v3/zaraeg/{tid}/lyrics")
    b.decoy("synced lyrics with timestamps (content)")
    b.ok_json({"nom": title, "lines": [{"t": i * 7.5, "text": "Ой, Ирыстон..."} for i in range(5)]})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/charts?region=alania")
    b.decoy("chart with total play counts (aggregate)")
    b.ok_json(
        {"chart": [{"zaræg": t, "plays": c.rng.randint(1000, 90000)} for t, _a, _n, _d in TRACKS]}
    )
    return b.build()


def chunk(c: Context) -> Flow:
    b = FB(c, "zaraeg", "GET", f"https://media.zaraeg.example/aac/{new_hex(c.rng, 20)}/256.m4a")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 6) * 131072}-")
    b.respond(206, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "zaraeg", "GET", f"https://media.zaraeg.example/cover/{new_hex(c.rng, 16)}_300.jpg")
    b.header("user-agent", UA)
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def radio_now(c: Context) -> Flow:
    _t, artist, title, _d = c.rng.choice(TRACKS)
    b = _b(c, "GET", f"{API}/v3/radio/ir/now")
    b.decoy("station now-playing text (what the radio airs, not a listener)")
    b.ok_json(
        {"station": "Радио Ир", "now": f"{artist} — {title}", "listeners": c.rng.randint(40, 900)}
    )
    return b.build()
