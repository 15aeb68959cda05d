"""Kijkhuis: a Dutch streaming service Daan watches after his shift.

The player writes the resume position ("kijkpositie") back with Dutch keys, the
home screen's "Verder kijken" rail comes back with each title's position, and
the player's heartbeat goes out as one gzip+base64 blob. The "Meest bekeken"
rail (a chart over all viewers), the catalogue, manifests and posters are
ordinary content fetches.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, gz, jsb

from .phone import FB, bearer, iso, ms, rf, rid, ua

API = "https://api.kijkhuis.example"
UA = ua("Kijkhuis", "9.3.0")
TITLES = [
    ("s_5521", "Flikken Rotterdam"),
    ("s_7710", "Dertigers"),
    ("m_0931", "Zwartboek"),
    ("s_4403", "Lego Masters NL"),
    ("s_8802", "Mocro Maffia"),
]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "kijkhuis", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    if device:
        b.header("x-kh-toestel", b.id("kijk_device", where="header x-kh-toestel"))
    return b


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/home?profiel=hoofd")
    b.decoy("'Meest bekeken' chart over all viewers and catalogue rails (aggregates)")
    b.ok_json(
        {
            "rails": [
                {
                    "titel": "Meest bekeken",
                    "items": [
                        {"id": i, "titel": t, "rang": n + 1} for n, (i, t) in enumerate(TITLES)
                    ],
                },
                {
                    "titel": "Nieuw",
                    "items": [
                        {"id": i, "titel": t, "duurSec": c.rng.randint(1500, 7200)}
                        for i, t in TITLES[:3]
                    ],
                },
            ]
        }
    )
    return b.build()


def poster(c: Context) -> Flow:
    sid, _ = c.rng.choice(TITLES)
    b = FB(c, "kijkhuis", "GET", f"https://img.kijkhuis.example/{sid}/poster_w342.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def manifest(c: Context) -> Flow:
    sid, _ = c.rng.choice(TITLES)
    b = FB(
        c,
        "kijkhuis",
        "GET",
        f"https://vod.kijkhuis.example/{sid}/e{c.rng.randint(1, 10)}/index.mpd",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "application/dash+xml", b'<?xml version="1.0"?><MPD type="static"></MPD>')
    return b.build()


def kijkpositie(c: Context) -> Flow:
    sid, title = c.rng.choice(TITLES)
    dur = c.rng.randint(1500, 3000)
    b = _b(c, "PUT", f"{API}/v4/profielen/hoofd/kijkpositie/{sid}", device=True)
    b.view("json positieSec / afleveringId (resume position)")
    b.json(
        {
            "afleveringId": f"{sid}_e{c.rng.randint(1, 10)}",
            "titel": title,
            "positieSec": c.rng.randint(10, dur),
            "duurSec": dur,
            "bijgewerkt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def verder_kijken(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/profielen/hoofd/verder-kijken")
    b.view("response json verderKijken[].positieSec", direction="response")
    b.ok_json(
        {
            "verderKijken": [
                {
                    "id": i,
                    "titel": t,
                    "positieSec": c.rng.randint(60, 2800),
                    "laatstGekeken": iso(c),
                }
                for i, t in c.rng.sample(TITLES, 3)
            ]
        }
    )
    return b.build()


def heartbeat_blob(c: Context) -> Flow:
    """The player's heartbeat, gzip then base64, under 'd'."""
    sid, _ = c.rng.choice(TITLES)
    b = _b(c, "POST", f"{API}/hb", device=True)
    b.view("json d (gzip+base64 heartbeat)", detectable=False)
    inner = {"a": sid, "p": c.rng.randint(10, 3000), "s": 1, "t": ms(c)}
    b.json({"d": base64.b64encode(gz(jsb(inner))).decode(), "v": 3})
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/toestellen")
    b.json(
        {
            "toestelId": b.id("kijk_device", where="json toestelId"),
            "androidId": b.id("aid_kijk", where="json androidId"),
            "naam": "Galaxy A54 van Daan",
            "drm": "widevine-L1",
        }
    )
    b.ok_json({"toestellen": 3, "max": 5})
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["flikken", "thriller", "voetbal", "kinderen"])
    b = _b(c, "GET", f"{API}/v4/zoeken?q={q}")
    b.decoy("search results with durations (content listing)")
    b.ok_json(
        {"resultaten": [{"id": i, "titel": t, "score": rf(c.rng, 0, 1, 3)} for i, t in TITLES[:4]]}
    )
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/inloggen")
    b.json({"email": b.id("email", where="json email"), "wachtwoord": "•" * 10})
    b.ok_json({"profiel": b.acct("kijk_profile"), "token": rid(c.rng)})
    return b.build()
