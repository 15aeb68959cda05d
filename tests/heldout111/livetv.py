"""TeleEstrella: a Spanish-language live-TV and fútbol app on the Pixel 8
(the grandmother in San Antonio watches novelas and Liga MX on it).

The in-house team (Mexico City) writes Spanish keys: a tuning log of live
channels (`registro_sintonia`: canal, inicio, duracion_seg) and VOD progress
(`posicion_seg`, `porcentaje_visto`); the Android TV-style client batches the
same tuning log as bare protobuf field numbers. Google IMA's ad request to
`pubads.g.doubleclick.net/gampad/ads` carries the GAID as `rdid` with
`idtype=adid` and the stream's content id in `cmsid`/`vid`. The programme
guide, live scores and "lo más visto" (a ranking over all viewers) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, pb_bytes, pb_msg, pb_varint

from .phone import FB, android_ua, iso, ms, rid

API = "https://api.teleestrella.example"
UA = android_ua("TeleEstrella", "6.8.1")
CANALES = ["Estrella TV", "Galavisión", "TUDN", "Canal 5", "Telemundo 60"]
NOVELAS = [("nov_1182", "Amor en Tierra Caliente", 58), ("nov_0933", "La Herencia", 121)]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "teleestrella", method, url)
    b.header("user-agent", UA)
    b.header("x-te-dispositivo", "android")
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def registro_dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dispositivos")
    b.json(
        {
            "id_dispositivo": b.id("aid_live", where="json id_dispositivo"),
            "id_publicidad": b.id("gaid", where="json id_publicidad"),
            "modelo": "Pixel 8",
            "usuario": b.acct("live_user"),
            "idioma": "es-US",
        }
    )
    b.ok_json({"ok": True, "region": "TX"})
    return b.build()


def registro_sintonia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/audiencia/registro_sintonia")
    b.view("json sintonias[] canal + inicio + duracion_seg")
    b.json(
        {
            "usuario": b.acct("live_user"),
            "sintonias": [
                {
                    "canal": c.rng.choice(CANALES),
                    "inicio": iso(c),
                    "duracion_seg": c.rng.randint(40, 3600),
                    "programa": c.rng.choice(["Liga MX: Tigres vs. Rayados", "Noticiero 6pm"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.no_content()
    return b.build()


def progreso_vod(c: Context) -> Flow:
    nid, _titulo, caps = c.rng.choice(NOVELAS)
    b = _b(c, "PUT", f"{API}/v2/progreso/{nid}")
    b.view("json capitulo + posicion_seg + porcentaje_visto")
    b.json(
        {
            "capitulo": c.rng.randint(1, caps),
            "posicion_seg": c.rng.randint(10, 2700),
            "porcentaje_visto": c.rng.randint(1, 100),
            "actualizado": iso(c),
        }
    )
    b.no_content()
    return b.build()


def sintonia_pb(c: Context) -> Flow:
    """The set-top build's tuning log: field 1 channel number, 2 start, 3 seconds."""
    b = _b(c, "POST", f"{API}/v2/a/s")
    b.view("protobuf rows of numbered fields (channel, start, seconds)", detectable=False)
    rows = b"".join(
        pb_msg(
            1,
            [
                pb_varint(1, c.rng.randint(2, 60)),
                pb_varint(2, ms(c)),
                pb_varint(3, c.rng.randint(40, 3600)),
            ],
        )
        for _ in range(c.rng.randint(1, 5))
    )
    b.set_body(rows + pb_bytes(9, "6.8.1"), "application/x-protobuf")
    b.no_content()
    return b.build()


def ima_ads(c: Context) -> Flow:
    nid = c.rng.choice(NOVELAS)[0]
    b = FB(c, "google-ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    b.header("user-agent", UA)
    b.decoy("cmsid/vid name the stream an ad is requested for: an ad request, not a report")
    for k, v in [
        ("iu", "/21775744923/teleestrella/novelas"),
        ("sz", "640x480"),
        ("gdfp_req", "1"),
        ("output", "xml_vast4"),
        ("env", "vp"),
        ("unviewed_position_start", "1"),
        ("cmsid", "2523731"),
        ("vid", nid),
        ("rdid", b.id("gaid", where="query rdid")),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("msid", "com.teleestrella.android"),
        ("an", "TeleEstrella"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
    ]:
        b.param(k, v)
    b.respond(200, "text/xml; charset=UTF-8", b'<?xml version="1.0"?><VAST version="4.0"/>')
    return b.build()


def guia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/guia?canal={c.rng.randint(2, 60)}&fecha=hoy")
    b.decoy("programme guide: channel, start times and durations of shows (content listing)")
    b.ok_json(
        {
            "programas": [
                {"titulo": t, "inicio": iso(c), "duracion_min": c.rng.choice([30, 60, 120])}
                for t in ("Despierta América", "Noticiero", "Amor en Tierra Caliente")
            ]
        }
    )
    return b.build()


def marcador(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/deportes/marcador/ligamx")
    b.decoy("live score and match clock")
    b.ok_json(
        {
            "partido": "Tigres vs. Rayados",
            "minuto": c.rng.randint(1, 90),
            "goles": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
        }
    )
    return b.build()


def lo_mas_visto(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/rankings/lo-mas-visto?semana=actual")
    b.decoy("'lo más visto': a weekly ranking over all viewers (aggregate)")
    b.ok_json(
        {
            "ranking": [
                {"posicion": i + 1, "titulo": t, "espectadores": c.rng.randint(10**5, 10**6)}
                for i, (_, t, _) in enumerate(NOVELAS)
            ]
        }
    )
    return b.build()


def comscore(c: Context) -> Flow:
    """comScore's streaming tag: ns_st_ev play/hb, ns_st_ci content, ns_st_pt play time."""
    nid, titulo, _caps = c.rng.choice(NOVELAS)
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p")
    b.header("user-agent", UA)
    b.view("query ns_st_ev + ns_st_ci + ns_st_pt (comScore streaming tag)")
    for k, v in [
        ("c1", "19"),
        ("c2", "3005086"),
        ("ns_ap_an", "TeleEstrella"),
        ("ns_st_ev", c.rng.choice(["play", "hb", "pause"])),
        ("ns_st_ci", nid),
        ("ns_st_pr", titulo),
        ("ns_st_pt", str(c.rng.randint(10, 2700) * 1000)),
        ("ns_st_cl", "2820000"),
        ("ns_st_ty", "video"),
        ("c12", b.id("aid_live", "md5", "query c12 (md5 of ANDROID_ID)", detectable=False)),
        ("ns_ts", str(ms(c))),
    ]:
        b.param(k, v)
    b.respond(204, None)
    return b.build()
