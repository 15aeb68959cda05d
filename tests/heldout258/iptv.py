"""The telco's IPTV box (ÑaneBox, an Android TV operator box) at the
grandmother's house in Encarnación, on the Yvytu middleware.

The box logs in with an XML body (Ethernet MAC, serial, the middleware's
UDID), keeps alive with `mac` and `sn` in the query and the MAC in
`X-STB-MAC`, and reports every zap with the channel and seconds watched. A
people-meter style audience module posts per-minute rows keyed by an MD5 of
the serial. The voice remote can learn the grandmother's voice (a speaker
enrolment: WAV samples in a multipart `voz_muestra`), so that "abuela" gets
her own channel list; a voice search sends only the transcript. The channel
list, the EPG and stream manifests are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, iso, ms, rid

MW = "https://mw.yvytu-iptv.example"
UA = "NaneBox/4.1 (Linux; Android TV 12; ZXV10 B866V2)"
CANALES = [
    (501, "Telefuturo"),
    (502, "SNT"),
    (503, "Unicanal"),
    (504, "Trece"),
    (505, "Tigo Sports"),
    (506, "Paraguay TV"),
    (507, "Canal Itapúa"),
    (508, "GEN"),
]


def _b(c: Context, method: str, path: str, mac_header: bool = True) -> FB:
    b = FB(c, "yvytu-iptv", method, f"{MW}{path}", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    if mac_header:
        b.header("x-stb-mac", b.id("box_mac", where="header x-stb-mac"))
    return b


def login(c: Context) -> Flow:
    b = _b(c, "POST", "/mw/v1/stb/login", mac_header=False)
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><login>'
        f"<mac>{b.id('box_mac', where='xml <mac>')}</mac>"
        f"<serial>{b.id('box_serial', where='xml <serial>')}</serial>"
        f"<udid>{b.id('box_udid', where='xml <udid>')}</udid>"
        f"<cliente>{b.acct('box_account')}</cliente>"
        "<firmware>B866V2-4.1.07</firmware></login>"
    )
    b.set_body(body.encode(), "application/xml")
    b.respond(
        200,
        "application/xml",
        f"<ok><token>{rid(c.rng)}</token><region>ITAPUA</region></ok>".encode(),
    )
    return b.build()


def keepalive(c: Context) -> Flow:
    b = _b(c, "GET", "/mw/v1/stb/keepalive")
    b.param("mac", b.id("box_mac", "nosep_upper", "query mac"))
    b.param("sn", b.id("box_serial", where="query sn"))
    b.param("t", str(int(c.now)))
    b.ok_json({"ok": 1, "msgs": 0})
    return b.build()


def zap(c: Context) -> Flow:
    ch, nombre = c.rng.choice(CANALES)
    b = _b(c, "POST", "/mw/v1/eventos")
    b.view("json evento=zap + canal + hechaSeg (channel watched)")
    b.json(
        {
            "evento": "zap",
            "canalId": ch,
            "canal": nombre,
            "desde": iso(c),
            "hechaSeg": c.rng.randint(5, 5400),
            "perfil": c.rng.choice(["abuela", "familia"]),
        }
    )
    b.no_content()
    return b.build()


def audiencia(c: Context) -> Flow:
    """Per-minute audience rows [channel, minute, seconds]; box key = MD5(serial)."""
    b = FB(c, "yvytu-iptv", "POST", "https://aud.yvytu-iptv.example/m", http_version="HTTP/1.1")
    b.header("user-agent", "yvaud/1.2")
    k = b.id("box_serial", "md5", "form k", detectable=False)
    b.view("form r = rows channel;minute;seconds", detectable=False)
    t0 = int(c.now) // 60
    rows = "|".join(
        f"{c.rng.choice(CANALES)[0]};{t0 - i};{c.rng.randint(10, 60)}"
        for i in range(c.rng.randint(2, 6))
    )
    b.form([("k", k), ("r", rows)])
    b.no_content()
    return b.build()


def voz_enrolar(c: Context) -> Flow:
    b = _b(c, "POST", "/mw/v1/voz/hablante/enrolar")
    b.bio("voiceprint", "multipart voz_muestra WAV x3 (speaker enrolment)")
    boundary = "----ynb" + rid(c.rng).replace("-", "")[:16]
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("hablante", None, "text/plain", b"abuela"),
        ("frase", None, "text/plain", "Mba'éichapa, Ñane Box".encode()),
    ]
    parts += [
        ("voz_muestra", f"m{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 800))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"perfilVoz": "abuela", "enrolado": True})
    return b.build()


def voz_buscar(c: Context) -> Flow:
    b = _b(c, "POST", "/mw/v1/voz/buscar")
    b.decoy("voice search transcript text only (no audio)")
    b.json({"texto": c.rng.choice(["noticiero", "partido de olimpia", "polca"]), "t": ms(c)})
    b.ok_json({"resultados": [{"canalId": ch, "canal": n} for ch, n in CANALES[:2]]})
    return b.build()


def canales(c: Context) -> Flow:
    b = _b(c, "GET", "/mw/v1/canales?region=ITAPUA")
    b.decoy("channel list (catalogue)")
    b.ok_json(
        {"canales": [{"id": ch, "nombre": n, "num": i + 1} for i, (ch, n) in enumerate(CANALES)]}
    )
    return b.build()


def epg(c: Context) -> Flow:
    ch, _ = c.rng.choice(CANALES)
    b = _b(c, "GET", f"/mw/v1/epg?canal={ch}&horas=6")
    b.decoy("EPG start times and durations (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "programas": [
                {"titulo": n, "inicio": t0 + i * 3600, "duracion": 3600}
                for i, n in enumerate(["Noticias", "Telenovela", "Fútbol", "Película"])
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    ch, _ = c.rng.choice(CANALES)
    b = FB(c, "yvytu-iptv", "GET", f"https://live.yvytu-iptv.example/{ch}/index.m3u8")
    b.header("user-agent", UA)
    b.decoy("stream manifest fetch (content)")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        (
            f"#EXTM3U\n#EXT-X-TARGETDURATION:6\n#EXTINF:6.0,\nseg{c.rng.randint(1, 99999)}.ts\n"
        ).encode(),
    )
    return b.build()
