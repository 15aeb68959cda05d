"""Chinni TV: a kids' cartoon app (Telugu-dubbed cartoons and rhymes) on the
grandson's Lenovo Tab M10 in Hyderabad.

The app's backend keys are romanized Telugu (`chusina_nimishalu` = minutes
watched, `malli_chudu` = watch again, `bhagam` = episode). Analytics go to
Mixpanel's /track as a form field `data` holding base64 JSON (the event
`Cartoon Watched` with its properties and the SDK's `$device_id`). The
parents' screen-time report goes as nameless rows. The screen-time limit, the
catalogue with episode lengths, the rhymes list and the colouring game's
assets are ordinary.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import TB, bearer, iso, ms, ua

API = "https://api.chinnitv.example"
UA = ua("ChinniTV", "1.18.0", "manavadu")
MP_TOKEN = "5f2c9a71e0d84b36a1c7e9f203b6d845"
CARTOONS = [
    ("c11", "Chhota Bheem", 52, 660),
    ("c12", "Motu Patlu", 80, 690),
    ("c13", "Little Krishna", 13, 1320),
    ("c14", "Bal Ganesh", 20, 900),
    ("c15", "Vir: The Robot Boy", 40, 660),
    ("c16", "Chinnari Chitti Rhymes", 30, 180),
]


def _b(c: Context, method: str, url: str, device: bool = False) -> TB:
    b = TB(c, "chinnitv", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c))
    if device:
        b.header("x-parikaram", b.id("aid_chinni", where="header x-parikaram"))
    return b


def _pick(c: Context) -> tuple[str, str, int, int]:
    cid, title, eps, secs = c.rng.choice(CARTOONS)
    return cid, title, c.rng.randint(1, eps), secs


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/parikaram/namodu")
    b.json(
        {
            "androidId": b.id("aid_chinni", where="json androidId"),
            "mixpanelDeviceId": b.id("chinni_mp_device", where="json mixpanelDeviceId"),
            "profile": b.acct("chinni_profile"),
            "vayasu_gumpu": "4-6",
            "model": "TB328FU",
        }
    )
    b.ok_json({"sare": True})
    return b.build()


def _mixpanel(c: Context, event: str, props: dict[str, object]) -> TB:
    b = TB(c, "mixpanel", "POST", "https://api.mixpanel.com/track", [("ip", "1")], "HTTP/1.1")
    b.header("user-agent", UA)
    device = b.id("chinni_mp_device", where="form data|base64|json [].properties.$device_id")
    base = {
        "token": MP_TOKEN,
        "distinct_id": "$device:" + device,
        "$device_id": device,
        "mp_lib": "android",
        "$lib_version": "7.5.2",
        "$os": "Android",
        "$model": "TB328FU",
        "$insert_id": new_hex(c.rng, 16),
        "time": ms(c),
    }
    data = js([{"event": event, "properties": {**base, **props}}])
    b.set_body(urlencode([("data", b64(data))]).encode(), "application/x-www-form-urlencoded")
    b.respond(200, "text/plain", b"1")
    b.decoy("$insert_id hex")
    return b


def mixpanel_watched(c: Context) -> Flow:
    cid, title, ep, secs = _pick(c)
    b = _mixpanel(
        c,
        "Cartoon Watched",
        {
            "cartoon_id": cid,
            "cartoon": title,
            "episode": ep,
            "watched_sec": c.rng.randint(30, secs),
        },
    )
    b.view("form data|base64|json [].properties.cartoon + watched_sec")
    return b.build()


def mixpanel_open(c: Context) -> Flow:
    b = _mixpanel(c, c.rng.choice(["App Open", "Parent Gate Passed", "Colouring Opened"]), {})
    return b.build()


def chusina(c: Context) -> Flow:
    cid, title, ep, secs = _pick(c)
    b = _b(c, "POST", f"{API}/v1/chusina", device=True)
    b.view("json cartoon / bhagam / chusina_nimishalu")
    b.json(
        {
            "cartoon_id": cid,
            "cartoon": title,
            "bhagam": ep,
            "chusina_nimishalu": c.rng.randint(1, max(2, secs // 60)),
            "samayam": iso(c),
        }
    )
    b.no_content()
    return b.build()


def malli_chudu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/malli-chudu", device=True)
    b.view("response json malli_chudu[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        cid, title, ep, secs = _pick(c)
        rows.append({"cartoon_id": cid, "cartoon": title, "bhagam": ep, "sthanam": secs // 2})
    b.ok_json({"malli_chudu": rows})
    return b.build()


def screen_time_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/st")
    b.view("json t[] rows (cartoon index, minutes)", detectable=False)
    rows = [[c.rng.randrange(len(CARTOONS)), c.rng.randint(1, 25)] for _ in range(4)]
    b.json({"t": rows, "d": iso(c)[:10]})
    b.no_content()
    return b.build()


def screen_limit(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/parents/samaya-parimiti")
    b.decoy("screen-time limit in minutes (a parental setting)")
    b.json({"roju_nimishalu": c.rng.choice([30, 45, 60]), "nidra_samayam": "20:30"})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cartoonlu?vayasu=4-6")
    b.decoy("cartoon catalogue with episode lengths (content fetch)")
    b.ok_json(
        {
            "cartoonlu": [
                {"id": cid, "peru": t, "bhagalu": e, "nidivi_sec": s} for cid, t, e, s in CARTOONS
            ]
        }
    )
    return b.build()


def colouring_asset(c: Context) -> Flow:
    b = TB(c, "chinnitv", "GET", f"https://cdn.chinnitv.example/colour/{new_hex(c.rng, 12)}.svg")
    b.header("user-agent", UA)
    b.respond(
        200, "image/svg+xml", b'<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>'
    )
    return b.build()


def video_chunk(c: Context) -> Flow:
    cid = c.rng.choice(CARTOONS)[0]
    b = TB(
        c,
        "chinnitv",
        "GET",
        f"https://vod.chinnitv.example/{cid}/480p/s{c.rng.randint(1, 200)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
