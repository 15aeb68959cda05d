"""Mirador Play: a Chilean TV channel's streaming app (live signal and VOD).

Progress ("avance") and the "Seguir viendo" rail go to the channel's backend;
the player reports to NPAW Youbora (`/start`, `/ping`, `/stop` with `playhead`,
`mediaDuration`, `title`, `code` for the view) and to Comscore's streaming tag
(`ns_st_ev` play / hb, `ns_st_pr` programme, `ns_st_ep` episode, `c12` a hashed
device id), as Latin American broadcasters' players do. Comscore's keys are
vendor codes, but the event and programme values read as a playback report: the
writer labels them readable. The "lo más visto" rail (counts over everyone), the
programme grid and HLS fetches are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.miradorplay.example"
UA = ua("MiradorPlay", "5.3.1")
YOUBORA = "https://infinity-c21.youboranqs01.com"
PROGRAMAS = [
    ("Tierra Brava", "cap. 112"),
    ("Mirador Noticias Central", "edición 21 h"),
    ("Pasapalabra Chile", "programa 48"),
    ("Los 80", "T3 cap. 7"),
    ("Bienvenidos", "bloque 2"),
    ("Juego de Voces", "gala 5"),
]


def _b(c: Context, method: str, url: str, equipo: bool = True) -> FB:
    b = FB(c, "miradorplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if equipo:
        b.header("x-mp-equipo", b.id("aid_mirador", where="header x-mp-equipo"))
    return b


def _contenido(c: Context) -> tuple[str, str, str, int]:
    prog, ep = c.rng.choice(PROGRAMAS)
    return f"vod-{c.rng.randint(40000, 99999)}", prog, ep, c.rng.randint(1300, 5400)


def avance(c: Context) -> Flow:
    cid, prog, ep, dur = _contenido(c)
    b = _b(c, "PUT", f"{API}/api/v2/usuarios/me/avance/{cid}")
    b.view("json avanceSeg / visto (VOD progress)")
    pos = c.rng.randint(20, dur)
    b.json(
        {
            "idContenido": cid,
            "programa": prog,
            "episodio": ep,
            "avanceSeg": pos,
            "duracionSeg": dur,
            "visto": pos > dur * 0.92,
            "actualizadoEn": iso(c),
        }
    )
    b.no_content()
    return b.build()


def seguir_viendo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/usuarios/me/seguir-viendo?limite=10")
    b.view("response json seguirViendo[].avanceSeg", direction="response")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        cid, prog, ep, dur = _contenido(c)
        items.append(
            {
                "idContenido": cid,
                "titulo": f"{prog} – {ep}",
                "avanceSeg": c.rng.randint(60, dur),
                "duracionSeg": dur,
                "ultimaVez": iso(c),
            }
        )
    b.ok_json({"seguirViendo": items})
    return b.build()


def youbora(c: Context, evento: str = "ping") -> Flow:
    cid, prog, ep, dur = _contenido(c)
    b = FB(c, "youbora", "GET", f"{YOUBORA}/{evento}")
    b.header("user-agent", UA)
    b.view(f"query playhead / title / mediaDuration (Youbora /{evento})")
    b.param("accountCode", "miradorplay")
    b.param("code", "U_" + new_hex(c.rng, 6) + "_" + new_hex(c.rng, 10))
    b.param("sessionRoot", rid(c.rng))
    b.param("title", f"{prog} {ep}")
    b.param("contentId", cid)
    b.param("playhead", str(c.rng.randint(5, dur)))
    b.param("mediaDuration", str(dur))
    b.param("live", "false")
    b.param("rendition", c.rng.choice(["1280x720@2500Kbps", "854x480@1200Kbps"]))
    b.param("pingTime", "5")
    b.param("timemark", str(ms(c)))
    b.respond(200, "text/plain", b"")
    return b.build()


def comscore(c: Context) -> Flow:
    cid, prog, ep, dur = _contenido(c)
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p2")
    b.header("user-agent", UA)
    b.view("query ns_st_ev / ns_st_pr / ns_st_pt (Comscore streaming tag, readable values)")
    b.param("c1", "2")
    b.param("c2", "31504217")
    b.param("ns_type", "hidden")
    b.param("ns_st_ev", c.rng.choice(["play", "hb", "pause", "end"]))
    b.param("ns_st_ci", cid)
    b.param("ns_st_pr", prog)
    b.param("ns_st_ep", ep)
    b.param("ns_st_cl", str(dur * 1000))
    b.param("ns_st_pt", str(c.rng.randint(5, dur) * 1000))
    b.param("ns_st_ty", "video")
    b.param("c12", b.id("aid_mirador", "sha1", "query c12 (sha1 of ANDROID_ID)", detectable=False))
    b.param("ns_ts", str(ms(c)))
    b.respond(204, None)
    return b.build()


def beacon_opaco(c: Context) -> Flow:
    """The player's offline queue: gzip + base64 rows [content, seconds, ts] under `q`."""
    b = _b(c, "POST", f"{API}/m/q", equipo=False)
    b.view("form q (gzip+base64 rows)", detectable=False)
    rows = [[_contenido(c)[0], c.rng.randint(10, 3000), ms(c)] for _ in range(c.rng.randint(2, 6))]
    b.form([("q", b64(gz(js(rows).encode()))), ("v", "3")])
    b.no_content()
    return b.build()


def firebase_instalacion(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/mirador-play-cl/installations",
    )
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.json(
        {
            "fid": b.id("mirador_fid", where="json fid"),
            "appId": "1:771203988412:android:5e2c0a4b9d113f70",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/771203988412/installations/x", "refreshToken": new_hex(c.rng, 48)})
    return b.build()


def lo_mas_visto(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/rieles/lo-mas-visto?region=CL", equipo=False)
    b.decoy("'lo más visto': reproducciones summed over all viewers (aggregate rail)")
    b.ok_json(
        {
            "riel": "Lo más visto hoy",
            "items": [
                {
                    "idContenido": _contenido(c)[0],
                    "titulo": p,
                    "reproducciones": c.rng.randint(10**4, 10**6),
                    "minutosPromedio": c.rng.randint(8, 50),
                }
                for p, _ in PROGRAMAS
            ],
        }
    )
    return b.build()


def parrilla(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/senal-en-vivo/parrilla?fecha=hoy", equipo=False)
    b.decoy("programme grid with start times and durations (catalogue)")
    b.ok_json(
        {
            "canal": "Mirador HD",
            "programas": [
                {"titulo": p, "inicio": iso(c), "duracionMin": c.rng.choice([30, 60, 90])}
                for p, _ in PROGRAMAS
            ],
        }
    )
    return b.build()


def manifiesto(c: Context) -> Flow:
    b = FB(
        c,
        "miradorplay",
        "GET",
        f"https://vod.miradorplay.example/hls/{_contenido(c)[0]}/master.m3u8"
        f"?token={new_hex(c.rng, 24)}",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2500000,RESOLUTION=1280x720\n720/index.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def miniatura(c: Context) -> Flow:
    b = FB(
        c,
        "miradorplay",
        "GET",
        f"https://img.miradorplay.example/thumbs/{_contenido(c)[0]}/640x360.webp",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/webp", b"RIFF" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
