"""Corre Entregas: a delivery-driver app. Before each shift the driver takes a
selfie that is matched against the onboarding photo; the answer comes back with
the face analysis (estimated age, glasses, head pose). A fallback path posts the
selfie as base64 under `img` (opaque: nothing says face). GPS pings, earnings,
order ids and the rented motorbike's tracker (the rental company's IMEI, not
the tester's device) are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, rf, rid, sp_lat_lon, ua

API = "https://api.correentregas.example"
UA = ua("CorreEntregador", "9.15.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "corre", method, url)
    b.header("user-agent", UA)
    b.header("x-entregador", b.acct("corre_entregador"))
    return b


def selfie_turno(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/entregador/validacao-facial")
    b.bio("face_image", "multipart selfie (shift face check)")
    b.mark("biometric", "face_attributes", "response rosto.idade_estimada / pose", True, "response")
    b.header("x-aparelho", b.id("aid_corre", where="header x-aparelho"))
    boundary = "corre" + rid(c.rng).replace("-", "")[:18]
    body = multipart(
        boundary, [("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9)))]
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "aprovado": True,
            "similaridade": rf(c.rng, 0.8, 0.99, 3),
            "rosto": {
                "idade_estimada": c.rng.randint(22, 40),
                "oculos": c.rng.random() < 0.2,
                "pose": {"yaw": rf(c.rng, -15, 15, 1), "pitch": rf(c.rng, -10, 10, 1)},
            },
        }
    )
    return b.build()


def selfie_fallback(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/chk")
    b.bio("face_image", "json img (base64 JPEG selfie under a neutral key)", detectable=False)
    b.json({"img": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)), "t": int(c.now)})
    b.ok_json({"r": 1})
    return b.build()


def ping_gps(c: Context) -> Flow:
    lat, lon = sp_lat_lon(c.rng)
    b = _b(c, "POST", f"{API}/v1/localizacao")
    b.decoy("GPS ping with bearing and speed")
    b.json(
        {
            "lat": lat,
            "lng": lon,
            "rumo": c.rng.randint(0, 359),
            "vel_kmh": c.rng.randint(0, 60),
            "precisao": rf(c.rng, 3, 20, 1),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def moto_alugada(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/veiculo/locado")
    b.decoy(
        "rented motorbike's GPS tracker IMEI and plate: the rental company's equipment, "
        "not a device of the tester's household"
    )
    imei = luhn_complete(new_digits(c.rng, 14, "86"))
    b.ok_json(
        {
            "placa": "QYZ" + str(c.rng.randint(1000, 9999)),
            "rastreador_imei": imei,
            "locadora": "MotoAluga Recife",
            "km": c.rng.randint(1000, 40000),
        }
    )
    return b.build()


def ganhos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ganhos/semana")
    b.decoy("earnings series")
    b.ok_json({"dias": [{"dia": i, "valor": rf(c.rng, 40, 260, 2)} for i in range(7)]})
    return b.build()


def pedido(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pedidos/{rid(c.rng)}/aceitar")
    b.decoy("order id")
    b.json({"aceito_em": iso(c), "tempo_estimado_min": c.rng.randint(10, 40)})
    b.ok_json({"coleta": "Rua da Aurora, 325", "codigo_retirada": str(c.rng.randint(1000, 9999))})
    return b.build()


def cadastro_aparelho(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/entregador/aparelho")
    b.json(
        {
            "android_id": b.id("aid_corre", where="json android_id"),
            "gaid": b.id("gaid", where="json gaid"),
            "modelo": "moto g84 5G",
            "versao_app": "9.15.0",
        }
    )
    b.ok_json({"ok": True})
    return b.build()
