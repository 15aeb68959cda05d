"""Kanal Nord Play: a Danish public-service streaming app (fictional backend,
Danish key names), with Google IMA ad requests and Kantar Gallup measurement.

Real SDK formats: the IMA SDK's ad request to pubads.g.doubleclick.net/gampad/ads
carries the advertising id as `rdid` with `idtype=adid` and `is_lat` (Google Ad
Manager "Ad tag parameters" help page); Kantar's spring streaming sensor sends
its state packed into the URL path of *.tns-cs.net (j0=...;+,...;;;) - opaque.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_mp4

from .phone import FB, iso, ms, rid, ua

API = "https://api.kanalnord.dk"
UA = ua("KanalNordPlay", "7.14.2")
SHOWS = [
    ("borgen-magt-og-aere", "Borgen – Magt og ære", 3300),
    ("matador", "Matador", 3000),
    ("tv-avisen-21", "TV AVISEN 21:00", 1800),
    ("bonderoeven", "Bonderøven", 1740),
    ("kronprinsessen", "Kronprinsessen", 2700),
]


def _show(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(SHOWS)


def _auth(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(b.ctx.rng, 48))


def afspilningslog(c: Context) -> Flow:
    slug, titel, dur = _show(c)
    b = FB(c, "kanalnord", "POST", f"{API}/afspilning/v2/log")
    _auth(b)
    pos = c.rng.randint(30, dur)
    body = {
        "bruger": b.acct("dk_user"),
        "programId": slug,
        "titel": titel,
        "afspilletSekunder": pos,
        "varighedSekunder": dur,
        "tidspunkt": iso(c),
        "haendelse": c.rng.choice(["pause", "stop", "interval"]),
    }
    if c.rng.random() < 0.5:
        body["enhed"] = {"androidId": b.id("aid_dk", where="json:enhed.androidId")}
    b.json(body)
    b.view("json:programId+afspilletSekunder")
    b.no_content()
    return b.build()


def fortsaet(c: Context) -> Flow:
    b = FB(c, "kanalnord", "PUT", f"{API}/brugere/{c.phone.dk_user}/fortsaet-med-at-se")
    _auth(b)
    items = [
        {"programId": s, "position": c.rng.randint(60, d), "sidstSet": iso(c)}
        for s, _, d in c.rng.sample(SHOWS, 3)
    ]
    b.json({"elementer": items})
    b.view("json:elementer[].programId+position+sidstSet")
    b.ok_json({"ok": True})
    return b.build()


def kantar(c: Context) -> Flow:
    slug, _, dur = _show(c)
    pst = "+".join(f"{a},{a + 30},{ms(c) // 1000}" for a in range(0, 90, 30))
    path = f"j0=,,,;+,cp=kanalnord/tv/{slug}+sx=1080+sy=2400+dur={dur}+pst={pst}+vt=1;;;"
    b = FB(c, "kantar", "GET", f"https://kanalnord.tns-cs.net/{quote(path, safe='=,;+/')}")
    b.header("user-agent", UA)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    b.view("url:path j0 packed stream state", detectable=False)
    return b.build()


def ima_ads(c: Context) -> Flow:
    b = FB(c, "ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    b.params = [
        ("iu", "/21772365/kanalnord/app/preroll"),
        ("sz", "640x360"),
        ("env", "vp"),
        ("gdfp_req", "1"),
        ("output", "vast"),
        ("unviewed_position_start", "1"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
        ("rdid", b.id("gaid", where="query:rdid")),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("an", "dk.kanalnord.play"),
        ("sdkv", "h.3.651.0/n.android.3.33.0/dk.kanalnord.play"),
    ]
    b.header("user-agent", UA)
    b.respond(200, "text/xml", b'<VAST version="4.1"></VAST>')
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "kanalnord", "POST", f"{API}/enheder/registrer")
    b.header("user-agent", UA)
    b.json(
        {
            "enhedsId": b.id("dk_device", where="json:enhedsId"),
            "androidId": b.id("aid_dk", "sha256", where="json:androidId"),
            "model": "CPH2493",
            "platform": "android",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 40)})
    return b.build()


def katalog(c: Context) -> Flow:
    side = c.rng.choice(["forside", "serier", "dokumentar", "boern"])
    b = FB(c, "kanalnord", "GET", f"{API}/katalog/v3/sider/{side}", [("antal", "24")])
    b.header("user-agent", UA)
    b.ok_json({"side": side, "raekker": [{"programId": s, "titel": t} for s, t, _ in SHOWS]})
    b.decoy("catalogue page listing programmes")
    return b.build()


def soeg(c: Context) -> Flow:
    q = c.rng.choice(["borgen", "vejret", "matador", "jul"])
    b = FB(c, "kanalnord", "GET", f"{API}/soeg", [("q", q), ("requestId", rid(c.rng))])
    b.header("user-agent", UA)
    b.ok_json({"resultater": [{"programId": s} for s, _, _ in SHOWS[:3]]})
    b.decoy("search results")
    return b.build()


def segment(c: Context) -> Flow:
    slug, _, _ = _show(c)
    n = c.rng.randint(1, 600)
    b = FB(c, "kanalnord-cdn", "GET", f"https://vod.kanalnord-cdn.dk/hls/{slug}/1080p/seg_{n}.m4s")
    b.header("user-agent", UA)
    b.respond(200, "video/mp4", fake_mp4(n, 600))
    b.decoy("video segment fetch")
    return b.build()
