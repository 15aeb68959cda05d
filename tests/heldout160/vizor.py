"""Vizor+: a Romanian broadcaster's streaming app (series, news, live channel).

The in-house player reports progress in Romanian (`pozitie_sec`,
`durata_vizionata`), returns a "Continuă vizionarea" rail, and measures
audiences through Gemius (the Romanian panel's measurement partner) and IMA
ad requests to Google Ad Manager (`rdid` with `idtype=adid`). An older player
build ships its heartbeats as a gzip+base64 blob under `d`. The catalogue, the
"Cele mai vizionate" (most watched, an aggregate) rail and manifests are not
viewing history.
"""

from __future__ import annotations

import zlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.vizorplus.example"
UA = ua("VizorPlus", "6.4.2")
SHOWS = [
    ("s_las_fierbinti", "Las Fierbinți", "S24E07"),
    ("s_vlad", "Vlad", "S04E02"),
    ("s_stirile", "Știrile de la ora 19", "2024-11-30"),
    ("s_chefi", "Chefi la cuțite", "S13E05"),
    ("s_romania_te_iubesc", "România, te iubesc!", "E512"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vizorplus", method, url)
    b.header("user-agent", UA)
    b.header("x-vz-device", b.id("aid_vizor", where="header x-vz-device"))
    b.header("accept-language", "ro-RO,ro;q=0.9,en;q=0.6")
    return b


def _ep(c: Context) -> tuple[str, str, str, int]:
    sid, title, ep = c.rng.choice(SHOWS)
    return sid, title, ep, c.rng.randint(1500, 3600)


def progres(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/player/v3/progres")
    b.view("json pozitie_sec / durata_vizionata (episod)")
    b.json(
        {
            "id_emisiune": sid,
            "titlu": title,
            "episod": ep,
            "pozitie_sec": c.rng.randint(30, dur),
            "durata_totala_sec": dur,
            "durata_vizionata": c.rng.randint(30, 900),
            "eveniment": c.rng.choice(["heartbeat", "pauza", "reluare"]),
            "ts": ms(c),
            "id_utilizator": b.acct("vizor_user"),
        }
    )
    b.no_content()
    return b.build()


def continua(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rails/continua-vizionarea?profil=ioana")
    b.view("response json items[].progres_procent", direction="response")
    items = []
    for _ in range(4):
        sid, title, ep, _dur = _ep(c)
        items.append(
            {
                "id": sid,
                "titlu": title,
                "episod": ep,
                "progres_procent": c.rng.randint(5, 95),
                "vazut_la": iso(c),
            }
        )
    b.ok_json({"rail": "Continuă vizionarea", "items": items})
    return b.build()


def heartbeat_blob(c: Context) -> Flow:
    """Player 5.x: the same heartbeat, deflated and base64'd under one key."""
    sid, _, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/hb")
    b.view("form d= deflate+base64 heartbeat", detectable=False)
    inner = js({"e": sid, "n": ep, "p": c.rng.randint(30, dur), "t": ms(c)})
    b.form([("d", b64(zlib.compress(inner.encode()))), ("v", "5")])
    b.no_content()
    return b.build()


def gemius_stream(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = FB(c, "gemius", "GET", "https://ro.hit.gemius.pl/_" + str(ms(c)) + "/redot.gif")
    b.header("user-agent", UA)
    b.view("query event=playing, materialId, playheadPos")
    b.param("id", "zI1LgCrCd7ow2JXcTqH1lbR5fz3pHYM6aTeDYP_n5Lv.W7")
    b.param("et", "stream")
    b.param("event", c.rng.choice(["playing", "paused", "complete"]))
    b.param("materialId", f"{sid}_{ep}")
    b.param("programName", title)
    b.param("playheadPos", str(c.rng.randint(0, dur)))
    b.param("duration", str(dur))
    b.param("uid", b.id("gemius_uid", where="query uid"))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def ima_ad(c: Context) -> Flow:
    sid, _, _, _ = _ep(c)
    b = FB(c, "ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    b.header("user-agent", UA)
    b.param("iu", "/21700123/vizorplus/preroll")
    b.param("sz", "640x480")
    b.param("cust_params", f"serial={sid}&gen=comedie")
    b.param("rdid", b.id("gaid", where="query rdid"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.param("correlator", str(c.rng.randint(10**12, 10**13)))
    b.respond(200, "text/xml", b'<?xml version="1.0"?><VAST version="4.0"></VAST>')
    return b.build()


def catalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/catalog/v2/home?lang=ro")
    b.decoy("catalogue rails with durations and a 'Cele mai vizionate' aggregate (not history)")
    rails = [
        {
            "titlu": "Cele mai vizionate",
            "items": [
                {"id": s, "titlu": t, "vizualizari_total": c.rng.randint(10**4, 10**6)}
                for s, t, _ in SHOWS
            ],
        },
        {
            "titlu": "Noutăți",
            "items": [
                {"id": s, "titlu": t, "durata_sec": c.rng.randint(1500, 3600)} for s, t, _ in SHOWS
            ],
        },
    ]
    b.ok_json({"rails": rails})
    return b.build()


def manifest(c: Context) -> Flow:
    sid, _, ep, _ = _ep(c)
    b = FB(c, "exoplayer", "GET", f"https://vod.vizorplus.example/{sid}/{ep}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("stream manifest fetch (content, not a watch report)")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2400000,RESOLUTION=1280x720\n720p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def poster(c: Context) -> Flow:
    sid, _, _, _ = _ep(c)
    b = FB(c, "vizorplus", "GET", f"https://img.vizorplus.example/posters/{sid}_w360.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def install(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/register")
    b.json(
        {
            "installId": b.id("vizor_install", where="json installId"),
            "gaid": b.id("gaid", where="json gaid"),
            "platforma": "android",
            "model": "SM-A546B",
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
