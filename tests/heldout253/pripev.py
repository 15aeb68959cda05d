"""Припев (Pripev): a pop-folk / chalga, radio and podcast app on the mother's
Redmi Note 13 in Plovdiv.

A small Bulgarian team wrote the backend, and its JSON keys are Cyrillic
(`песен_id`, `изпълнител`, `слушано_сек`, `станция`, `позиция_сек`) while the
paths are transliterated (`/slushano`, `/radio/sesiya`) except the podcast
resume endpoint, `/подкаст/позиция`. Meta's app-events SDK posts
`CUSTOM_APP_EVENTS` to graph.facebook.com `/{app_id}/activities` with
`advertiser_id` and its `anon_id`; the app logs `fb_mobile_content_view` for
each song it plays. Radio stations stream through Triton Digital's
`livestream-redirect`, whose `lsid=idfa:` carries the advertising id. The
batched play log is gzip'd nameless rows; the remote config is keyed by a
SHA-1 of the advertising id. Charts, "now playing", lyrics, podcast episode
lists and the audio itself are content fetches.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.pripev.example"
PKG = "bg.pripev.muzika"
UA = ua("Pripev", "3.4.2", "mayka")
FB_APP = "1893342715583021"
PESNI = [
    (301, "Азис", "Хоп"),
    (302, "Преслава", "Пак ли"),
    (303, "Галена", "Лъжа"),
    (304, "Андреа", "Оставих те"),
    (305, "Джена", "Отрова"),
    (306, "Цветелина Янева", "Уморена"),
    (307, "Анелия", "Ще те върна"),
    (308, "Fiki", "Пей, пей"),
]
STANCII = [
    ("RADIO_VESELINA", "Радио Веселина"),
    ("RADIO_FRESH", "Радио Фреш"),
    ("BGRADIO", "БГ Радио"),
    ("DARIK", "Дарик"),
    ("NJOY_BG", "N-JOY"),
]
PODKASTI = [
    (91, "Кафе с Мими", 2400),
    (92, "Здравословно след 50", 1800),
    (93, "Истории от Пловдив", 3000),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pripev", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/ustroystvo")
    b.json(
        {
            "androidId": b.id("aid_pripev", where="json androidId"),
            "reklamenId": b.id("gaid_mayka", where="json reklamenId (advertising id)"),
            "model": "Redmi Note 13",
            "ezik": "bg",
        }
    )
    b.ok_json({"потребител": b.acct("pripev_user"), "нов": False})
    return b.build()


def _fb(c: Context, events: list[dict[str, object]]) -> FB:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("custom_events", js(events)),
            ("advertiser_id", b.id("gaid_mayka", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("anon_id", b.id("pripev_anon", where="form anon_id")),
            ("application_package_name", PKG),
            (
                "extinfo",
                js(
                    [
                        "a2",
                        PKG,
                        342,
                        "3.4.2",
                        "13",
                        "23129RAA4G",
                        "bg_BG",
                        "EET",
                        "A1 BG",
                        1080,
                        2400,
                    ]
                ),
            ),
            ("format", "json"),
            ("sdk", "android"),
        ]
    )
    b.ok_json({"success": True})
    return b


def fb_activate(c: Context) -> Flow:
    b = _fb(c, [{"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now), "_ui": "unknown"}])
    return b.build()


def fb_pesen(c: Context) -> Flow:
    pid, artist, title = c.rng.choice(PESNI)
    b = _fb(
        c,
        [
            {
                "_eventName": "fb_mobile_content_view",
                "_logTime": int(c.now),
                "fb_content_type": "song",
                "fb_content_id": str(pid),
                "fb_description": f"{artist} - {title}",
                "slushano_sek": c.rng.randint(20, 240),
            }
        ],
    )
    b.view("form custom_events fb_mobile_content_view (song played)")
    return b.build()


def slushano(c: Context) -> Flow:
    pid, artist, title = c.rng.choice(PESNI)
    b = _b(c, "POST", f"{API}/api/v1/slushano")
    b.view("json песен_id / изпълнител / слушано_сек (song listened)")
    b.json(
        {
            "песен_id": pid,
            "изпълнител": artist,
            "заглавие": title,
            "слушано_сек": c.rng.randint(20, 240),
            "изцяло": c.rng.random() < 0.6,
            "време": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_sesiya(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/radio/sesiya")
    b.view("json станция / продължителност_сек (radio listening session)")
    b.json(
        {
            "станция": c.rng.choice(STANCII)[1],
            "начало": iso(c),
            "продължителност_сек": c.rng.randint(60, 7200),
            "източник": "app",
        }
    )
    b.no_content()
    return b.build()


def podkast_poziciya(c: Context) -> Flow:
    pod, name, dur = c.rng.choice(PODKASTI)
    b = _b(c, "POST", f"{API}/api/v1/{quote('подкаст')}/{quote('позиция')}")
    b.view("json подкаст / епизод / позиция_сек (podcast resume position)")
    b.json(
        {
            "подкаст": name,
            "подкаст_id": pod,
            "епизод": c.rng.randint(1, 120),
            "позиция_сек": c.rng.randint(30, dur),
            "продължителност_сек": dur,
            "скорост": c.rng.choice([1.0, 1.25, 1.5]),
        }
    )
    b.ok_json({"запазено": True})
    return b.build()


def posledno_slushani(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/potrebitel/posledno-slushani")
    b.view("response json песни[] (recently played)", direction="response")
    b.ok_json(
        {
            "песни": [
                {"песен_id": p, "изпълнител": a, "заглавие": t, "слушано": iso(c)}
                for p, a, t in c.rng.sample(PESNI, 4)
            ]
        }
    )
    return b.build()


def opaque_q(c: Context) -> Flow:
    """The batched play log: nameless rows [song, seconds, ts], gzip."""
    b = _b(c, "POST", f"{API}/q/2")
    b.view("json d[] rows", detectable=False)
    rows = [
        [c.rng.choice(PESNI)[0], c.rng.randint(20, 240), ms(c)] for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"d": rows, "k": 2}, "gzip")
    b.no_content()
    return b.build()


def triton_stream(c: Context) -> Flow:
    mount, _ = c.rng.choice(STANCII)
    b = FB(
        c,
        "triton",
        "GET",
        f"https://playerservices.streamtheworld.com/api/livestream-redirect/{mount}AAC.aac",
        http_version="HTTP/1.1",
    )
    gaid = b.id("gaid_mayka", where="query lsid=idfa:")
    b.param("lsid", f"idfa:{gaid}")
    b.param("dist", "pripev")
    b.param("tdsdk", "android-2.7.3")
    b.header("user-agent", dalvik("mayka"))
    b.respond(
        302,
        None,
        headers=[("location", f"https://26563.live.streamtheworld.com/{mount}AAC.aac?dist=pripev")],
    )
    return b.build()


def cfg_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/cfg")
    b.param("h", b.id("gaid_mayka", "sha1", "query h", detectable=False))
    b.param("v", "342")
    b.ok_json({"f": {"podkasti": True, "tekstove": True, "reklama_na": 5}})
    return b.build()


def sega_sviri(c: Context) -> Flow:
    mount, name = c.rng.choice(STANCII)
    b = _b(c, "GET", f"{API}/api/v1/radio/sega?stanciya={mount}")
    b.decoy("station now-playing title and listener count (content fetch)")
    _, artist, title = c.rng.choice(PESNI)
    b.ok_json(
        {"станция": name, "сега": f"{artist} - {title}", "слушатели": c.rng.randint(80, 9000)}
    )
    return b.build()


def klasaciya(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/klasaciya?spisak=top-40-folk")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "класация": [
                {
                    "място": i + 1,
                    "песен_id": p,
                    "заглавие": t,
                    "слушания": c.rng.randint(10**4, 10**6),
                }
                for i, (p, _, t) in enumerate(PESNI)
            ]
        }
    )
    return b.build()


def tekst(c: Context) -> Flow:
    pid, _, title = c.rng.choice(PESNI)
    b = _b(c, "GET", f"{API}/api/v1/pesni/{pid}/tekst")
    b.ok_json({"заглавие": title, "текст": "Ла-ла-ла, ла-ла...\n" * 4})
    return b.build()


def podkast_epizodi(c: Context) -> Flow:
    pod, name, dur = c.rng.choice(PODKASTI)
    b = _b(c, "GET", f"{API}/api/v1/podkasti/{pod}/epizodi?stranica=1")
    b.decoy("podcast episode list with durations (content fetch)")
    b.ok_json(
        {
            "подкаст": name,
            "епизоди": [
                {
                    "епизод": n,
                    "продължителност_сек": dur + c.rng.randint(-300, 300),
                    "публикуван": iso(c),
                }
                for n in range(120, 115, -1)
            ],
        }
    )
    return b.build()


def audio_chast(c: Context) -> Flow:
    b = FB(c, "pripev", "GET", f"https://cdn.pripev.example/a/{new_hex(c.rng, 20)}/160.m4a")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 6) * 131072}-")
    b.respond(206, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
