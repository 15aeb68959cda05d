"""A ViX / Blim-like Mexican streaming app with its own watch log (key names in
Mexican Spanish: "viendo", "ya_lo_vi", "seguir_viendo", "min_vistos", "cap",
"temp", "posicion_seg") and catalogue / thumbnail / search decoys. The backend
is fictional; key names are our own, as an in-house team would name them.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.vixo-mx.example"
SHOWS = ["la-rosa-de-guadalupe", "el-chavo", "vecinos", "como-dice-el-dicho", "mi-secreto"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "vixo", method, API + path)
    b.header("user-agent", ua("VixoMX", "4.18.2"))
    b.header("x-vx-usuario", b.acct("vix_user"))
    return b


def viendo(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/bitacora/viendo")
    b.view("json body viendo / posicion_seg")
    b.json(
        {
            "serie": c.rng.choice(SHOWS),
            "temp": c.rng.randint(1, 9),
            "cap": c.rng.randint(1, 60),
            "posicion_seg": c.rng.randint(10, 2600),
            "min_vistos": c.rng.randint(1, 44),
            "ts": ms(c),
            "calidad": "HD",
        }
    )
    b.no_content()
    return b.build()


def ya_lo_vi(c: Context) -> Flow:
    b = _b(c, "PUT", f"/v2/perfil/ya_lo_vi/{c.rng.choice(SHOWS)}")
    b.view("URL path ya_lo_vi + body cap/temp")
    b.json(
        {
            "cap": c.rng.randint(1, 60),
            "temp": c.rng.randint(1, 5),
            "completado": True,
            "fecha": iso(c),
            "dispositivo": b.id("aid_vix", where="json dispositivo"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def seguir_viendo(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/home/seguir_viendo")
    b.view("response seguir_viendo list", direction="response")
    b.ok_json(
        {
            "seguir_viendo": [
                {"serie": s, "cap": c.rng.randint(1, 40), "pct": rf(c.rng, 0.05, 0.95, 2)}
                for s in SHOWS[:3]
            ]
        }
    )
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/t/e")
    b.view("gzip+base64 blob under 'p'", detectable=False)
    blob = b64(
        gz(f"{c.rng.choice(SHOWS)}|{c.rng.randint(1, 60)}|{c.rng.randint(0, 3000)}".encode())
    )
    b.form([("p", blob), ("v", "3")])
    b.no_content()
    return b.build()


def registro_equipo(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/equipos/registrar")
    b.json(
        {
            "android_id": b.id("aid_vix", where="json android_id"),
            "modelo": "23124RA7EO",
            "os": "HyperOS 1.0",
            "gaid": b.id("gaid", where="json gaid"),
        }
    )
    b.ok_json({"registrado": True})
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/catalogo?genero=telenovelas&pagina={c.rng.randint(1, 9)}")
    b.decoy("catalogue page (titles shown, not watched)")
    b.ok_json(
        {
            "items": [
                {
                    "id": s,
                    "titulo": s.replace("-", " ").title(),
                    "poster": f"https://img.vixo-mx.example/{new_hex(c.rng, 16)}.jpg",
                }
                for s in SHOWS
            ]
        }
    )
    return b.build()


def miniatura(c: Context) -> Flow:
    b = FB(c, "vixo", "GET", f"https://img.vixo-mx.example/{new_hex(c.rng, 16)}/w342.jpg")
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def buscar(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/buscar?q={c.rng.choice(['novela', 'box', 'cocina', 'chespirito'])}")
    b.decoy("search results")
    b.ok_json({"resultados": SHOWS[: c.rng.randint(1, 5)], "request_id": rid(c.rng)})
    return b.build()
