"""Нохчийн Кино: a Chechen-language film / series app on the mother's phone.

The app's own API speaks Chechen in Cyrillic key names: the player posts
progress as `хьажар` (watching) with the film id, its title (`цӀе`), the
position (`меттиг_сек`) and length (`йохалла_сек`); the "continue watching"
rail comes back as `хьаьжнарш` (what was watched) with positions; an older
player build batches rows `[film, seconds, ts]` under one-letter keys. Device
registration sends `гӀирсан_id` (ANDROID_ID) and the advertising id. The
app carries AppMetrica and Firebase; a Firebase `video_progress` event names
the film and the position. Catalogue, search, posters and HLS segments are
content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Carrier, Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4

from . import sdks
from .phone import FB, iso, ms, rid, ua

API = "https://api.nokhchikino.example"
CDN = "https://cdn.nokhchikino.example"
UA = ua("NokhchiKino", "2.8.0", "nana")
FILMS = [
    (4101, "Дохк дIатесна сурт"),
    (4102, "Нохчийн турпалхой"),
    (4103, "Лаьмнашкахь"),
    (4104, "Дагалецамаш"),
    (4105, "Сан нана"),
    (4106, "Бехк боцу"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nokhchikino", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("accept-language", "ce-RU,ru;q=0.8")
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/girs/dIayazdar")
    b.json(
        {
            "гӀирсан_id": b.id("aid_kino", where="json гӀирсан_id"),
            "рекламан_id": b.id("gaid_nana", where="json рекламан_id"),
            "модель": "23124RA7EO",
            "мотт": "ce",
        }
    )
    b.ok_json({"дIаяздина": True, "декъашхо": b.acct("kino_user")})
    return b.build()


def progress(c: Context) -> Flow:
    fid, title = c.rng.choice(FILMS)
    length = c.rng.randint(3600, 7800)
    b = _b(c, "POST", f"{API}/v1/hyazhar")
    b.view("json хьажар{фильм_id, цӀе, меттиг_сек, йохалла_сек, хан}")
    b.json(
        {
            "декъашхо": b.acct("kino_user"),
            "хьажар": {
                "фильм_id": fid,
                "цӀе": title,
                "меттиг_сек": c.rng.randint(30, length),
                "йохалла_сек": length,
                "хан": iso(c),
            },
        }
    )
    b.no_content()
    return b.build()


def continue_rail(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/hyazhnarsh?limit=10")
    b.view("response json хьаьжнарш[] with меттиг_сек", direction="response")
    b.ok_json(
        {
            "хьаьжнарш": [
                {"фильм_id": f, "цӀе": t, "меттиг_сек": c.rng.randint(60, 5000), "хан": iso(c)}
                for f, t in c.rng.sample(FILMS, 3)
            ]
        }
    )
    return b.build()


def batch_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v0/b")
    b.view("json r rows [film, seconds, ts] under one-letter keys", detectable=False)
    rows = [[c.rng.choice(FILMS)[0], c.rng.randint(10, 900), ms(c)] for _ in range(3)]
    b.json({"u": b.acct("kino_user"), "r": rows})
    b.no_content()
    return b.build()


def firebase_progress(c: Context) -> Flow:
    fid, title = c.rng.choice(FILMS)
    flow_params: list[tuple[str, object]] = [
        ("video_title", title),
        ("content_id", str(fid)),
        ("video_current_time", c.rng.randint(60, 6000)),
        ("video_percent", c.rng.choice([25, 50, 75])),
    ]
    f = sdks.firebase_measure(c, ("video_progress", flow_params))
    where = "protobuf event video_progress with video_title / video_current_time"
    f.carriers.append(Carrier("viewing_history", "viewing", where, "structure", True, False))
    return f


def firebase_screen(c: Context) -> Flow:
    return sdks.firebase_measure(c)


def firebase_install(c: Context) -> Flow:
    return sdks.firebase_install(c)


def metrica_start(c: Context) -> Flow:
    return sdks.appmetrica_startup(c, "kino")


def metrica_report(c: Context) -> Flow:
    return sdks.appmetrica_report(c, "kino")


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/katalog?daqa=kino&page={c.rng.randint(1, 5)}")
    b.decoy("catalogue of films (content listing)")
    b.ok_json({"фильмаш": [{"id": f, "цӀе": t, "постер": f"{CDN}/p/{f}.jpg"} for f, t in FILMS]})
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["турпал", "нана", "лам", "ловзар"])
    b = _b(c, "GET", f"{API}/v1/lakhar")
    b.param("q", q)
    b.decoy("search query and results (not a watch event)")
    b.ok_json({"жам": [{"id": f, "цӀе": t} for f, t in c.rng.sample(FILMS, 2)]})
    return b.build()


def poster(c: Context) -> Flow:
    fid, _ = c.rng.choice(FILMS)
    b = FB(c, "nokhchikino-cdn", "GET", f"{CDN}/p/{fid}.jpg?w=360")
    b.header("user-agent", UA)
    b.decoy("poster thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def segment(c: Context) -> Flow:
    fid, _ = c.rng.choice(FILMS)
    n = c.rng.randint(1, 900)
    b = FB(c, "nokhchikino-cdn", "GET", f"{CDN}/hls/{fid}/720p/seg_{n:05d}.ts")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def player_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/player/config")
    b.ok_json(
        {"abr": {"start": 1500000}, "drm": "none", "subtitles": ["ce", "ru"], "t": rid(c.rng)}
    )
    return b.build()
