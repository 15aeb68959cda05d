"""Kijkpunt: a public broadcaster's catch-up app (NPO Start / VRT MAX-like), on the
phone and on the iPad.

The broadcaster's own player reports "kijkvoortgang" (viewing progress: media id,
afspeelpositie, kijktijd) so that "Verder kijken" works across devices; audience
measurement goes to a Kantar SpringStreams-style counter whose playstate list
(`pst=`) says nothing readable. Catalogue rails ("Meest bekeken" is an aggregate
over all viewers), the programme guide, manifests and thumbnails are content
fetches, not viewing history.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, gz, js

from .phone import FB, ipad_ua, iso, ms, rid, ua

API = "https://api.kijkpunt.example"
UA = ua("Kijkpunt", "7.31.0")
IPAD_UA = ipad_ua("Kijkpunt", "7.30.2")
TITELS = [
    ("POW_05551234", "Boer zoekt Vrouw", 2700),
    ("POW_05667721", "Zondag met Lubach", 1800),
    ("VPWON_1321542", "Flikken Maastricht", 2940),
    ("1001a9f2-de", "De Ideale Wereld", 2100),
    ("AT_2189341", "NOS Journaal 20:00", 1500),
    ("KN_1689554", "Zapp: Het Klokhuis", 900),
]


def _b(c: Context, method: str, url: str, ipad: bool = False) -> FB:
    b = FB(c, "kijkpunt", method, url)
    b.header("user-agent", IPAD_UA if ipad else UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def kijkvoortgang(c: Context) -> Flow:
    media, _, duur = c.rng.choice(TITELS)
    b = _b(c, "POST", f"{API}/v2/kijkvoortgang")
    b.view("json mediaId + afspeelpositie + kijktijd")
    b.json(
        {
            "mediaId": media,
            "afspeelpositie": c.rng.randint(0, duur),
            "kijktijd": c.rng.choice([30, 60, 60, 120]),
            "duur": duur,
            "profiel": b.acct("kijk_user"),
            "apparaat": {
                "type": "android",
                "id": b.id("kijk_install", where="json apparaat.id"),
                "androidId": b.id("aid_kijk", where="json apparaat.androidId"),
            },
            "tijdstip": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ipad_voortgang(c: Context) -> Flow:
    """The iPad build sends the same report, in its own camelCase, with the IDFV."""
    media, titel, duur = c.rng.choice(TITELS)
    b = _b(c, "PUT", f"{API}/v2/kijkvoortgang/{media}", ipad=True)
    b.view("json positieSeconden + bekekenPercentage, path media id")
    pos = c.rng.randint(0, duur)
    b.json(
        {
            "positieSeconden": pos,
            "bekekenPercentage": round(100 * pos / duur, 1),
            "titel": titel,
            "deviceVendorId": b.id("ipad_idfv", where="json deviceVendorId"),
            "idfa": "00000000-0000-0000-0000-000000000000",
        }
    )
    b.decoy("idfa all zeros: ATT declined on the iPad, no identifier in it")
    b.no_content()
    return b.build()


def verder_kijken(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/profiel/verder-kijken?limit=10")
    b.view("response json items[] mediaId + positie + laatstBekeken", direction="response")
    b.ok_json(
        {
            "items": [
                {"mediaId": m, "titel": t, "positie": c.rng.randint(60, d), "duur": d,
                 "laatstBekeken": iso(c)}
                for m, t, d in c.rng.sample(TITELS, 4)
            ]
        }
    )  # fmt: skip
    return b.build()


def kantar_beacon(c: Context) -> Flow:
    """SpringStreams-style counter: content path and a playstate list, no readable key."""
    media, _, duur = c.rng.choice(TITELS)
    start = c.rng.randint(0, duur - 120)
    first = f"{start}+{start + 60}+{new_hex(c.rng, 6)}"
    pst = f",,{first};+,{start + 60}+{start + 120}+{new_hex(c.rng, 6)};;"
    url = (
        "https://kijkpunt.2cnt.net/j0=,,,,v=A%201.1.0+pl=kijkpunt+sx=1080+sy=2340;"
        f"+,cp=kijkpunt/{media}+dur={duur}+pst={pst}+vt={c.rng.randint(60, 900)};;;"
    )
    b = FB(c, "kantar", "GET", url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.view("url cp=<media> + pst= playstate intervals", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def stats_blob(c: Context) -> Flow:
    """The player's batched QoE/stats call: gzip+base64 under 'd'; it holds play events."""
    media, _, duur = c.rng.choice(TITELS)
    events = [
        {"e": ev, "m": media, "p": c.rng.randint(0, duur), "t": ms(c)}
        for ev in ("start", "pauze", "hervat", "stop")
    ]
    b = _b(c, "POST", f"{API}/s/b")
    b.view("json d = base64(gzip(play events))", detectable=False)
    b.json({"v": 3, "d": base64.b64encode(gz(js(events).encode())).decode()})
    b.no_content()
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/kijkpunt-prod/installations",
    )
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.json(
        {
            "fid": b.id("kijk_fb_instance", where="json fid (Firebase installation id)"),
            "appId": "1:883120445566:android:" + new_hex(c.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"refreshToken": new_hex(c.rng, 60), "authToken": {"expiresIn": "604800s"}})
    return b.build()


def apparaat_registratie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/apparaten")
    b.json(
        {
            "apparaatId": b.id("kijk_install", where="json apparaatId"),
            "androidId": b.id("aid_kijk", "md5", "json androidId (md5)"),
            "reclameId": b.id("gaid", where="json reclameId (advertising id)"),
            "merk": "samsung",
            "model": "SM-S911B",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def meest_bekeken(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/pagina/home?rail=meest-bekeken")
    b.decoy("meest bekeken rail: an aggregate over all viewers, with view counts")
    b.ok_json(
        {
            "rail": "Meest bekeken",
            "items": [
                {"mediaId": m, "titel": t, "aantalKijkers": c.rng.randint(10**4, 10**6),
                 "gemKijkduur": c.rng.randint(300, d)}
                for m, t, d in TITELS
            ],
        }
    )  # fmt: skip
    return b.build()


def gids(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/gids?zender=NPO1&datum=2025-03-0{c.rng.randint(1, 9)}")
    b.decoy("programme guide with start times and durations (content fetch)")
    b.ok_json({"uitzendingen": [{"titel": t, "start": iso(c), "duurSec": d} for _, t, d in TITELS]})
    return b.build()


def manifest(c: Context) -> Flow:
    media, _, _ = c.rng.choice(TITELS)
    b = _b(c, "GET", f"{API}/v1/stream/{media}?profiel=dash-widevine")
    b.decoy("stream manifest url for a media id: fetching a video is not viewing history")
    b.ok_json(
        {
            "manifest": f"https://cdn.kijkpunt.example/{media}/{new_hex(c.rng, 16)}/index.mpd",
            "drm": {"licenseUrl": f"{API}/drm/widevine", "token": new_hex(c.rng, 48)},
            "sessieId": rid(c.rng),
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    media, _, _ = c.rng.choice(TITELS)
    b = FB(c, "kijkpunt-img", "GET", f"https://img.kijkpunt.example/{media}/640x360.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def zoeken(c: Context) -> Flow:
    q = c.rng.choice(["flikken", "journaal", "klokhuis", "songfestival"])
    b = _b(c, "GET", f"{API}/v1/zoeken?q={q}")
    b.decoy("search results with durations")
    b.ok_json({"resultaten": [{"mediaId": m, "titel": t, "duur": d} for m, t, d in TITELS[:3]]})
    return b.build()
