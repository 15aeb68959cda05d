"""Torcida Verdão+ : a football club's fan app with face entry at the stadium.

The club's own backend (key names its own): face enrolment for the turnstiles
(a selfie in multipart plus the face template the on-device model computed),
the turnstile's access log sent back with the match score, the biometric
opt-in status and push registration with the IDFV. The face-entry vendor is
in-house here (no public SDK). Decoys: tickets, a seat-map polygon, player
statistics series, the match-day news article about "facial recognition".
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://app.torcidaverdao-example.com.br/api"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "torcida", method, url)
    b.header("user-agent", ua("TorcidaVerdao", "3.14.0"))
    b.header("x-socio", b.acct("club_member"))
    return b


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/biometria/facial/cadastro")
    bd = "Boundary+" + new_hex(c.rng, 16).upper()
    meta = {"socio": b.acct("club_member"), "qualidade": rf(c.rng, 0.7, 0.99, 3), "camera": "front"}
    parts = [
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ("metadados", None, "application/json", jsb(meta)),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.bio("face_image", "multipart:selfie (biometria/facial/cadastro)")
    b.ok_json({"status": "PENDENTE_VALIDACAO", "protocolo": rid(c.rng)})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/biometria/facial/template")
    b.json(
        {
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "arcface-r100-v2",
            "dispositivo": b.id("idfv_club", where="json:dispositivo"),
        }
    )
    b.bio("face_embedding", "json:faceTemplate")
    b.ok_json({"ok": True})
    return b.build()


def turnstile_log(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/biometria/acessos?jogo={c.rng.randint(100, 999)}")
    rows = [
        {
            "catraca": f"LESTE-{c.rng.randint(1, 40):02d}",
            "horario": iso(c),
            "similaridadeFacial": rf(c.rng, 0.8, 0.99, 3),
            "liveness": True,
        }
    ]
    b.ok_json({"acessos": rows})
    b.bio("face_match", "response:acessos[].similaridadeFacial")
    return b.build()


def face_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/bio/sync")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(512)), "application/octet-stream")
    b.bio("face_embedding", "body (encrypted template blob)", detectable=False)
    b.no_content()
    return b.build()


def push_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/notificacoes/registro")
    b.json(
        {
            "apnsToken": new_hex(c.rng, 64),
            "idfv": b.id("idfv_club", where="json:idfv"),
            "topicos": ["jogos", "ingressos"],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def tickets(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ingressos?temporada=2024")
    b.decoy("ticket ids and seat codes")
    t = {"id": rid(c.rng), "setor": "Gol Norte", "assento": f"F{c.rng.randint(1, 40)}"}
    b.ok_json({"ingressos": [t], "pedido": "PED" + new_hex(c.rng, 10).upper()})
    return b.build()


def seat_map(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/estadio/mapa/setores")
    b.decoy("seat-map polygons")
    poly = [[rf(c.rng, 0, 800, 1), rf(c.rng, 0, 600, 1)] for _ in range(24)]
    b.ok_json({"setores": [{"nome": "Leste", "poligono": poly}]})
    return b.build()


def player_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/elenco/{c.rng.randint(1, 40)}/estatisticas")
    b.decoy("numeric series")
    b.ok_json({"passes": [c.rng.randint(20, 90) for _ in range(20)], "xg": floats(c.rng, 20)})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/noticias/{c.rng.randint(1000, 9999)}")
    b.decoy("article about facial recognition")
    body = "Reconhecimento facial agiliza entrada: a biometria facial cadastrada no app..."
    b.ok_json({"titulo": "Entrada por biometria facial no estádio", "texto": body})
    return b.build()


def badge(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.torcidaverdao-example.com.br/escudo/{new_hex(c.rng, 8)}.png")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + b64(new_hex(c.rng, 30)).encode())
    return b.build()
