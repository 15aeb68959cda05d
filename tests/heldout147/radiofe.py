"""Rádio Fé Viva: a gospel / church radio app (live stations and recorded cultos).

The app logs each live tuning (`sintonia`: station, start, seconds listened) to
its backend: a live-channel tuning log. It keys the listener by a SHA-256 of its
ANDROID_ID under `h`. Prayer requests, the church's service schedule, the
programme grid and the "ouvintes agora" counter are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://app.radiofeviva.example"
UA = ua("RadioFeViva", "3.2.7")
RADIOS = ["Fé Viva FM 98,7 Recife", "Fé Viva SP 104,1", "Louvor 24h", "Hinos da Harpa"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "radiofeviva", method, url)
    b.header("user-agent", UA)
    return b


def sintonia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/sintonia")
    b.view("json radio + inicio + segundos_ouvidos (live station tuning log)")
    b.json(
        {
            "dispositivo": b.id("aid_radio", where="json dispositivo"),
            "radio": c.rng.choice(RADIOS),
            "inicio": iso(c),
            "segundos_ouvidos": c.rng.randint(60, 7200),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def culto_gravado(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/cultos/{c.rng.randint(100, 999)}/assistido")
    b.view("json posicao_seg (recorded church service video)")
    b.json({"posicao_seg": c.rng.randint(60, 5400), "total_seg": 5400, "em": ms(c)})
    b.no_content()
    return b.build()


def sintonia_opaca(c: Context) -> Flow:
    """The older build: station index, start and seconds as a bare query string."""
    b = _b(c, "GET", f"{API}/s.gif")
    b.view("query a, b, c (station, epoch, seconds)", detectable=False)
    b.param("h", b.id("aid_radio", "sha256", "query h (sha256 of ANDROID_ID)", detectable=False))
    b.param("a", str(c.rng.randint(1, 4)))
    b.param("b", str(int(c.now)))
    b.param("c", str(c.rng.randint(60, 7200)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def pedido_oracao(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/pedidos-oracao")
    b.decoy("prayer request form (name, city, text)")
    b.json(
        {
            "nome": "Dona Lúcia",
            "cidade": "Recife",
            "pedido": "Pela saúde da minha família",
            "publico": False,
        }
    )
    b.ok_json({"protocolo": rid(c.rng)})
    return b.build()


def agenda(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/agenda?igreja=boa-viagem")
    b.decoy("service schedule with times")
    b.ok_json({"cultos": [{"dia": d, "hora": "19:30"} for d in ("qua", "sex", "dom")]})
    return b.build()


def ouvintes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/radios/status")
    b.decoy("listeners-now counts per station (aggregate)")
    b.ok_json({"radios": [{"nome": r, "ouvintes_agora": c.rng.randint(50, 9000)} for r in RADIOS]})
    return b.build()


def stream(c: Context) -> Flow:
    b = _b(c, "GET", "https://stream.radiofeviva.example/live/fm987.aac")
    b.header("icy-metadata", "1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
