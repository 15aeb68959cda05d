"""'Vizo', a commercial channel's player (TVI Player / Opto-like).

Its own resume sync ("retomar", "progresso" in seconds, with and without
accents in the titles), Braze custom events (POST /api/v3/data with api_key,
device_id, device{ad_tracking_enabled, google_ad_id}, events[{name:"ce",
data:{n, p}}] as the Braze Android SDK sends them: braze-inc/braze-docs SDK
primer, appboy-android-sdk) and Google IMA VAST requests
(pubads.g.doubleclick.net/gampad/ads with iu, sz, env=vp, gdfp_req, output=vast,
rdid / idtype=adid / is_lat: Google Ad Manager "VAST ad tag URL parameters").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

HOST = "https://api.vizo.iol-exemplo.pt"
UA = ua("Vizo", "3.18.0")
SERIES = ["A Herdeira", "Festa é Festa", "Big Brother - Diário", "Morangos com Açúcar", "Crónica"]


def _ep(c: Context) -> dict[str, object]:
    return {"serie": c.rng.choice(SERIES), "t": c.rng.randint(1, 6), "ep": c.rng.randint(1, 180)}


def resume_sync(c: Context) -> Flow:
    b = FB(c, "vizo", "POST", f"{HOST}/player/retomar")
    b.header("user-agent", UA)
    if c.rng.random() < 0.5:
        b.header("x-vizo-device", b.id("aid_opto", where="header.x-vizo-device"))
    else:
        did = b.id("aid_opto", where="cookie.vz_did")
        b.header("cookie", f"vz_sess={rid(c.rng)[:18]}; vz_did={did}; consent=1")
    dur = c.rng.randint(1800, 3600)
    b.json(
        {
            "videoId": f"v{c.rng.randint(100000, 999999)}",
            **_ep(c),
            "progresso": c.rng.randint(5, dur),
            "duracaoTotal": dur,
            "visto": c.rng.random() < 0.3,
            "perfil": b.acct("opto_user")[:8],
        }
    )
    b.view("body progresso of videoId/serie")
    b.ok_json({"estado": "ok"})
    return b.build()


def braze_event(c: Context) -> Flow:
    b = FB(c, "braze", "POST", "https://sdk.fra-02.braze.eu/api/v3/data/")
    b.header("user-agent", UA)
    b.header("x-braze-api-key", "b6b1c3f0-57a2-4a0b-9d6f-0c1f7d43a1e2")
    props = {**_ep(c), "segundos_vistos": c.rng.randint(60, 3000), "canal": "CNN Portugal"}
    b.json(
        {
            "api_key": "b6b1c3f0-57a2-4a0b-9d6f-0c1f7d43a1e2",
            "device_id": c.phone.braze_did,
            "time": int(c.now),
            "sdk_version": "30.4.0",
            "app_version": "3.18.0",
            "device": {
                "os_version": "14",
                "model": "Pixel 8a",
                "ad_tracking_enabled": True,
                "google_ad_id": b.id("gaid", where="body.device.google_ad_id"),
            },
            "events": [
                {
                    "name": "ce",
                    "data": {"n": "episodio_visualizado", "p": props},
                    "time": round(c.now, 3),
                    "session_id": rid(c.rng),
                }
            ],
            "respond_with": {"config": {"config_time": int(c.now) - 3600}},
        }
    )
    b.other_id("braze_did", "body.device_id")
    b.view("body events[].data.p segundos_vistos/serie/ep")
    b.ok_json({"config": {}})
    return b.build()


def ima_ad_request(c: Context) -> Flow:
    b = FB(c, "ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    b.header("user-agent", UA)
    pairs = [
        ("iu", "/21809957681/vizo/app_android/preroll"), ("sz", "640x480"), ("env", "vp"),
        ("gdfp_req", "1"), ("output", "vast"), ("unviewed_position_start", "1"),
        ("correlator", str(c.rng.randint(10**15, 10**16))), ("ciu_szs", "300x250"),
        ("rdid", b.id("gaid", where="query.rdid")), ("idtype", "adid"), ("is_lat", "0"),
        ("an", "pt.iol.vizo"), ("msid", "pt.iol.vizo"), ("sdkv", "h.3.640.0/n.android.3.33.0"),
    ]  # fmt: skip
    for k, v in pairs:
        b.param(k, v)
    b.respond(200, "text/xml", b'<?xml version="1.0"?><VAST version="4.1"/>')
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["novela", "futebol", "culinária", "crianças"])
    b = FB(c, "vizo", "GET", f"{HOST}/pesquisa", [("q", q), ("limite", "20")])
    b.header("user-agent", UA)
    b.ok_json({"resultados": [_ep(c) for _ in range(4)], "traceId": rid(c.rng)})
    b.decoy("search results with episode numbers")
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "vizo", "GET", f"{HOST}/guia/{c.rng.choice(['tvi', 'cnn', 'tvi-reality'])}")
    b.header("user-agent", UA)
    rows = [
        {"inicio": ms(c) + i * 1800000, "titulo": c.rng.choice(SERIES), "ep": i} for i in range(6)
    ]
    b.ok_json({"programacao": rows, "geradoEm": iso(c)})
    b.decoy("programme guide, no watching")
    return b.build()
