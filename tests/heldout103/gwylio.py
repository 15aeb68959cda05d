"""Gwylio: a Welsh-language broadcaster's player, on the phone and on the Fire TV Stick.

The in-house team names its statistics in Welsh: the player's events
(`digwyddiad`: chwarae = play, oedi = pause, curiad = heartbeat, diwedd = end)
carry the programme (`rhaglen_id`), the position (`safle_eiliadau`) and the
device (`dyfais`). The account's watch history (`hanes-gwylio`) and the
continue-watching rail (`parhau-i-wylio`) come back in answers. An older stats
path packs rows into a gzip+base64 blob under `d`. The catalogue, the "most
watched" rail (counts over all viewers), subtitles and the stream manifest are
fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js

from .phone import EXO, FB, FIRETV_UA, iso, ms, rid, ua

API = "https://api.gwylio.example"
STATS = "https://ystadegau.gwylio.example"
UA = ua("Gwylio", "4.7.2")
RHAGLENNI = [
    ("Pobol y Cwm", 1500),
    ("Rownd a Rownd", 1380),
    ("Y Gwyll", 5400),
    ("Ffermio", 1800),
    ("Heno", 3600),
    ("Dal y Mellt", 3000),
    ("Cymru v Iwerddon: Chwe Gwlad", 6900),
]


def _b(c: Context, method: str, url: str, tv: bool = False, device: bool = True) -> FB:
    b = FB(c, "gwylio", method, url)
    b.header("user-agent", FIRETV_UA if tv else UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        attr = "aid_tv_gwylio" if tv else "aid_gwylio"
        b.header("x-dyfais-android", b.id(attr, where="header x-dyfais-android"))
    return b


def _prog(c: Context) -> tuple[str, str, int]:
    title, dur = c.rng.choice(RHAGLENNI)
    return f"GW{c.rng.randint(100000, 999999)}", title, dur


def digwyddiad(c: Context, tv: bool = False) -> Flow:
    """A player event: play / pause / heartbeat / end with the position in seconds."""
    pid, title, dur = _prog(c)
    b = _b(c, "POST", f"{STATS}/v2/digwyddiadau", tv=tv, device=False)
    b.view("json digwyddiad + rhaglen_id + safle_eiliadau")
    dyfais = "tv_gwylio_dyfais" if tv else "gwylio_dyfais"
    b.json(
        {
            "digwyddiad": c.rng.choice(["chwarae", "oedi", "curiad", "curiad", "diwedd"]),
            "rhaglen_id": pid,
            "teitl": title,
            "safle_eiliadau": c.rng.randint(5, dur),
            "hyd_eiliadau": dur,
            "is_deitlau": c.rng.random() < 0.4,
            "dyfais": {
                "id": b.id(dyfais, where="json dyfais.id"),
                "math": "teledu" if tv else "ffon",
            },
            "amser": iso(c),
        }
    )
    b.no_content()
    return b.build()


def hanes_gwylio(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/fi/hanes-gwylio?tudalen=1")
    b.view("response json eitemau[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        pid, title, _ = _prog(c)
        items.append(
            {
                "rhaglen_id": pid,
                "teitl": title,
                "gwyliwyd": iso(c),
                "cynnydd": round(c.rng.random(), 2),
            }
        )
    b.ok_json({"eitemau": items})
    return b.build()


def parhau_i_wylio(c: Context, tv: bool = False) -> Flow:
    b = _b(c, "GET", f"{API}/v2/fi/parhau-i-wylio", tv=tv)
    b.view("response json parhau[].safle (continue watching)", direction="response")
    rows = []
    for _ in range(3):
        pid, title, dur = _prog(c)
        rows.append(
            {"rhaglen_id": pid, "teitl": title, "safle": c.rng.randint(60, dur), "hyd": dur}
        )
    b.ok_json({"parhau": rows})
    return b.build()


def ystadegau_cudd(c: Context, tv: bool = False) -> Flow:
    """The legacy stats path: rows gzip'd and base64'd under `d`, nothing readable."""
    b = _b(c, "POST", f"{STATS}/s", tv=tv)
    b.view("json d (gzip+base64 rows)", detectable=False)
    rows = [[_prog(c)[0], c.rng.randint(5, 3000), ms(c)] for _ in range(c.rng.randint(1, 4))]
    b.json({"d": b64(gz(js(rows).encode())), "f": 3})
    b.no_content()
    return b.build()


def catalogue(c: Context, tv: bool = False) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/v2/rhaglenni?categori={c.rng.choice(['drama', 'chwaraeon', 'plant'])}",
        tv=tv,
        device=False,
    )
    b.decoy("catalogue with durations: a fetch")
    items = []
    for _ in range(8):
        pid, title, dur = _prog(c)
        items.append(
            {
                "rhaglen_id": pid,
                "teitl": title,
                "hyd": dur,
                "llun": f"https://lluniau.gwylio.example/{pid}.jpg",
            }
        )
    b.ok_json({"rhaglenni": items})
    return b.build()


def mwyaf_poblogaidd(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/mwyaf-poblogaidd?cyfnod=wythnos", device=False)
    b.decoy("most-watched rail: view counts and average minutes over all viewers (aggregate)")
    b.ok_json(
        {
            "rhestr": [
                {
                    "rhaglen_id": _prog(c)[0],
                    "teitl": t,
                    "gwyliadau": c.rng.randint(2000, 90000),
                    "munudau_cyfartalog": round(c.rng.uniform(4, 40), 1),
                }
                for t, _ in RHAGLENNI[:5]
            ]
        }
    )
    return b.build()


def isdeitlau(c: Context) -> Flow:
    b = FB(c, "gwylio", "GET", f"https://cyfryngau.gwylio.example/isdeitlau/{_prog(c)[0]}/cy.vtt")
    b.header("user-agent", EXO)
    b.decoy("subtitle cues with timestamps: content fetch")
    cues = "WEBVTT\n\n00:00:01.000 --> 00:00:03.500\nBore da, croeso i Heno.\n"
    b.respond(200, "text/vtt", cues.encode())
    return b.build()


def manifest(c: Context, tv: bool = False) -> Flow:
    b = FB(c, "gwylio", "GET", f"https://cyfryngau.gwylio.example/hls/{_prog(c)[0]}/master.m3u8")
    b.header("user-agent", FIRETV_UA if tv else EXO)
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3200000,RESOLUTION=1280x720\n720/index.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def chwilio(c: Context) -> Flow:
    q = c.rng.choice(["pobol", "rygbi", "cyw", "ffermio"])
    b = _b(c, "GET", f"{API}/v2/chwilio?q={q}", device=False)
    b.decoy("search results")
    b.ok_json({"canlyniadau": [{"rhaglen_id": _prog(c)[0], "teitl": t} for t, _ in RHAGLENNI[:4]]})
    return b.build()


def pair_tv(c: Context) -> Flow:
    """The Fire TV app pairs with the account by code; it reports the stick's ids."""
    b = _b(c, "POST", f"{API}/v2/teledu/paru", tv=True)
    b.json(
        {
            "cod_paru": str(c.rng.randint(100000, 999999)),
            "dyfais": {
                "cyfresol": b.id("firetv_serial", where="json dyfais.cyfresol"),
                "mac": b.id("firetv_mac", where="json dyfais.mac"),
                "model": "AFTKA",
            },
        }
    )
    b.ok_json({"parwyd": True})
    return b.build()


def ima(c: Context, tv: bool = False) -> Flow:
    from . import sdks

    return sdks.ima_ad_request(c, "/21775744923/gwylio/vod", firetv=tv)
