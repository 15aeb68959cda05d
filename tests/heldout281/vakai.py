"""Vakai TV: a Tongan streaming app (Sione's iPhone in Nukuʻalofa) with faiva
(performances), church choirs, rugby replays and dramas.

Keys are Tongan (`vakai` = watch / look, `tuʻunga` = position, `lōloa` =
length, `hingoa` = name, `fakalakalaka` = progress, `mata` = face, eye, but
also the tile "face" of a card). The app posts watch progress and reads back a
"hoko atu" (continue watching) list; its player also sends a compact beacon of
[title, second, time] rows under one-letter keys. Braze gets the app's custom
events (`/api/v3/data/`, `device_id` of the install, `device.ios_idfv` and
`ios_idfa`, events `{"name": "ce", "data": {"n", "p"}}`; a `vakai_vitio` event
names the title and position). The IDFV also rides in a request header.

Look-alikes: the catalogue, poster "mata" tiles, search, "vakai lahi taha"
(most watched, counts over everyone), HLS segments, a trailer-autoplay setting
named `vakai_ʻotometiki`, the screen-name analytics without content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import AB, ios_ua, iso, ms, rid

API = "https://api.vakaitv.example"
UA = ios_ua("VakaiTV", "2.3.1", "231")
BRAZE = "https://sdk.iad-05.braze.com/api/v3/data/"
TITLES = [
    ("v204", "Faiva ʻo e Kolisi Tupou", 3600),
    ("v211", "Hiva ʻa e Kuaea Uesiliana", 2700),
    ("v219", "ʻIkale Tahi vs Manu Samoa", 5400),
    ("v226", "Ko e Fale ʻo Tēvita", 2400),
    ("v233", "Mate Maʻa Tonga Replay", 4800),
    ("v240", "Talanoa mo e Kāinga", 1800),
]


def _b(c: Context, method: str, url: str, idfv: bool = True) -> AB:
    b = AB(c, "vakaitv", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if idfv:
        b.header("x-vakai-idfv", b.id("idfv_sione", where="header x-vakai-idfv"))
    return b


def _t(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(TITLES)


def fakalakalaka(c: Context) -> Flow:
    vid, name, dur = _t(c)
    b = _b(c, "POST", f"{API}/v1/vakai/fakalakalaka")
    b.view("json vitio_id/hingoa/tuʻunga_sekoni (watch progress)")
    b.json(
        {
            "vitio_id": vid,
            "hingoa": name,
            "tuʻunga_sekoni": c.rng.randint(30, dur - 30),
            "lōloa_sekoni": dur,
            "kakato": False,
            "taimi": iso(c),
            "positionSec": None,
        }
    )
    b.no_content()
    return b.build()


def hoko_atu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/kau-vakai/hoko-atu?fika=8")
    b.view("response json hoko_atu[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        vid, name, dur = _t(c)
        rows.append(
            {
                "vitio_id": vid,
                "hingoa": name,
                "tuʻunga_sekoni": c.rng.randint(60, dur - 60),
                "lōloa_sekoni": dur,
                "vakai_faka\u02bbosi": iso(c),
            }
        )
    b.ok_json({"hoko_atu": rows})
    return b.build()


def beacon(c: Context) -> Flow:
    """The player's compact beacon: [title number, second, ms] rows under 'r'."""
    b = _b(c, "POST", f"{API}/p/2", idfv=False)
    b.view("json r[] rows (title, second, time)", detectable=False)
    rows = [[int(_t(c)[0][1:]), c.rng.randint(10, 5000), ms(c)] for _ in range(c.rng.randint(1, 3))]
    b.json({"r": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def _braze(c: Context, events: list[dict[str, object]]) -> AB:
    b = AB(c, "braze", "POST", BRAZE)
    b.header("user-agent", UA)
    b.header("x-braze-api-key", "b7e4c1d0-5a9f-4c33-9e2a-6d1f0c8a7b21")
    b.header("x-braze-datarequest", "true")
    b.json(
        {
            "api_key": "b7e4c1d0-5a9f-4c33-9e2a-6d1f0c8a7b21",
            "time": int(c.now),
            "sdk_version": "9.2.0",
            "app_version": "2.3.1",
            "device_id": b.id("vakai_braze_device", where="json device_id"),
            "device": {
                "os_version": "17.4.1",
                "model": "iPhone14,5",
                "carrier": "Digicel Tonga",
                "locale": "to_TO",
                "time_zone": "Pacific/Tongatapu",
                "ios_idfv": b.id("idfv_sione", where="json device.ios_idfv"),
                "ios_idfa": b.id("idfa_sione", where="json device.ios_idfa"),
                "ad_tracking_enabled": True,
            },
            "events": events,
            "respond_with": {"config": {"config_time": int(c.now) - 3600}},
        }
    )
    b.ok_json({"config": {"time": int(c.now), "events_blacklist": []}})
    return b


def braze_watch(c: Context) -> Flow:
    vid, name, dur = _t(c)
    sid = rid(c.rng)
    b = _braze(
        c,
        [
            {
                "name": "ce",
                "data": {
                    "n": "vakai_vitio",
                    "p": {"vitio_id": vid, "hingoa": name, "tuʻunga": c.rng.randint(10, dur)},
                },
                "time": round(c.now, 3),
                "session_id": sid,
                "user_id": b_acct(c),
            }
        ],
    )
    b.view("json events[].data n=vakai_vitio p{vitio_id,hingoa,tuʻunga}")
    return b.build()


def b_acct(c: Context) -> str:
    return c.phone.vakai_user


def braze_session(c: Context) -> Flow:
    b = _braze(
        c,
        [
            {"name": "ss", "data": {}, "time": round(c.now, 3), "session_id": rid(c.rng)},
            {
                "name": "ce",
                "data": {"n": "peesi", "p": {"hingoa_peesi": c.rng.choice(["Kamata", "Kumi"])}},
                "time": round(c.now, 3),
                "session_id": rid(c.rng),
            },
        ],
    )
    return b.build()


# --- look-alikes --------------------------------------------------------------


def kataloko(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/kataloko?fa\u02bbahinga=faiva", idfv=False)
    b.decoy("catalogue with durations and 'mata' (card face) images")
    b.ok_json(
        {
            "vitio": [
                {
                    "vitio_id": vid,
                    "hingoa": name,
                    "lōloa_sekoni": dur,
                    "mata": f"https://img.vakaitv.example/mata/{vid}.jpg",
                }
                for vid, name, dur in TITLES
            ]
        }
    )
    return b.build()


def mata_image(c: Context) -> Flow:
    vid = _t(c)[0]
    b = AB(c, "vakaitv", "GET", f"https://img.vakaitv.example/mata/{vid}.jpg?w=480")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def kumi(c: Context) -> Flow:
    q = c.rng.choice(["kuaea", "faiva", "ikale", "talanoa"])
    b = _b(c, "GET", f"{API}/v1/kumi?q={q}", idfv=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"ola": [{"vitio_id": v, "hingoa": n} for v, n, _ in TITLES[:3]]})
    return b.build()


def vakai_lahi_taha(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/vakai-lahi-taha?uike=1", idfv=False)
    b.decoy("most-watched counts over all viewers (aggregate)")
    b.ok_json(
        {
            "lisi": [
                {"vitio_id": v, "hingoa": n, "kau_vakai": c.rng.randint(500, 90000)}
                for v, n, _ in TITLES
            ]
        }
    )
    return b.build()


def hls(c: Context) -> Flow:
    vid = _t(c)[0]
    b = AB(
        c,
        "vakaitv",
        "GET",
        f"https://vod.vakaitv.example/{vid}/720p/seg_{c.rng.randint(1, 900):04d}.ts",
    )
    b.header("user-agent", "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4_1 like Mac OS X)")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def fokotuu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fokotu%CA%BBu", idfv=False)
    b.decoy("player settings named vakai_*")
    b.ok_json(
        {
            "vakai_\u02bbotometiki": True,
            "vakai_lelei": c.rng.choice(["720p", "auto"]),
            "vakai_lea": "to",
        }
    )
    return b.build()


def peesi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/a", idfv=False)
    b.decoy("screen-name analytics, no content")
    b.json({"peesi": c.rng.choice(["Kamata", "Kumi", "Fakaʻilonga"]), "t": ms(c)})
    b.no_content()
    return b.build()


def trailer_token(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/vakai/tokeni", idfv=False)
    b.decoy("playback token for a trailer (content fetch)")
    b.json({"vitio_id": _t(c)[0], "fa\u02bbahinga": "trailer"})
    b.ok_json({"tokeni": b64(rid(c.rng)), "taimi_ngata": 300})
    return b.build()
