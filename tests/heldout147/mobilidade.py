"""VaiJá (ride app) and Rango (food delivery), with the SDKs such apps carry.

VaiJá carries AppsFlyer (`uid`, `advertiserId`, `android_id` in the launch
event body) and reports its ANDROID_ID and phone serial in its own device
registration. Rango carries Adjust (`gps_adid` is the advertising id, `adid` Adjust's own
device id, echoed in the answer). Routes, driver location
lists, the driver's profile photo (another person's face, downloaded), menus,
"mais pedidos" rankings and the voice-order transcription (speech to text, no
speaker model) are ordinary traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua

VAI = "https://api.vaija.example"
RANGO = "https://api.rango.example"
UA_VAI = ua("VaiJa", "7.2.0")
UA_RANGO = ua("Rango", "9.90.1")


def _vai(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vaija", method, url)
    b.header("user-agent", UA_VAI)
    return b


def _rango(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rango", method, url)
    b.header("user-agent", UA_RANGO)
    return b


def _lat_lon(c: Context) -> tuple[float, float]:
    return rf(c.rng, -23.65, -23.50, 5), rf(c.rng, -46.75, -46.55, 5)


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyersdk.com/api/v6.14/androidevent?app_id=br.com.vaija&buildnumber=6.14.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)")
    b.json(
        {
            "uid": b.id("vai_af_uid", where="json uid (AppsFlyer id)"),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id("aid_vai", where="json android_id"),
            "eventName": "af_app_open",
            "country": "BR",
            "lang": "português",
            "date1": iso(c),
        },
        "gzip",
    )
    b.ok_json({"status": "ok"})
    return b.build()


def registro_aparelho(c: Context) -> Flow:
    b = _vai(c, "POST", f"{VAI}/v2/passageiro/aparelho")
    b.json(
        {
            "passageiro": b.acct("vai_user"),
            "id_aparelho": b.id("aid_vai", where="json id_aparelho"),
            "serial": b.id("phone_serial", where="json serial"),
            "email": b.id("email", where="json email"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def estimativa(c: Context) -> Flow:
    b = _vai(c, "POST", f"{VAI}/v2/corridas/estimativa")
    b.decoy("origin / destination coordinates and fare")
    (la, lo), (lb, lob) = _lat_lon(c), _lat_lon(c)
    b.json({"origem": [la, lo], "destino": [lb, lob], "categoria": "VaiX"})
    b.ok_json({"preco": rf(c.rng, 9, 60, 2), "eta_min": c.rng.randint(2, 14)})
    return b.build()


def motoristas_proximos(c: Context) -> Flow:
    b = _vai(c, "GET", f"{VAI}/v2/motoristas/proximos?raio=1500")
    b.decoy("nearby drivers' positions and headings (list of coordinates)")
    b.ok_json(
        {
            "motoristas": [
                {"pos": list(_lat_lon(c)), "rumo": c.rng.randint(0, 359)} for _ in range(6)
            ]
        }
    )
    return b.build()


def foto_motorista(c: Context) -> Flow:
    b = _vai(c, "GET", f"https://img.vaija.example/motoristas/{new_hex(c.rng, 20)}/rosto.jpg")
    b.decoy("driver's profile photo downloaded (another person's, not a capture or upload)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def corrida_rastro(c: Context) -> Flow:
    b = _vai(c, "POST", f"{VAI}/v2/corridas/{rid(c.rng)}/rastro")
    b.decoy("trip trace of 68 coordinates")
    b.json({"pontos": [list(_lat_lon(c)) for _ in range(68)], "ts": ms(c)})
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", UA_RANGO)
    b.form(
        [
            ("app_token", "q7rk2m9vx0sg"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("rango_adid", where="form adid (Adjust device id)")),
            ("tracking_enabled", "1"),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 200))),
            ("environment", "production"),
        ]
    )
    adid = b.id("rango_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "message": "Session tracked"})
    return b.build()


def adjust_opaque(c: Context) -> Flow:
    """Rango's own fraud beacon: SHA-1 of the ANDROID_ID under 'x', inside a base64 blob."""
    b = _rango(c, "POST", f"{RANGO}/v1/s")
    raw = b.id("aid_rango", "sha1", "json p = base64(json x: sha1 of ANDROID_ID)", detectable=False)
    b.json({"p": b64('{"x":"' + raw + '","y":1}')})
    b.no_content()
    return b.build()


def cardapio(c: Context) -> Flow:
    b = _rango(c, "GET", f"{RANGO}/v3/restaurantes/{c.rng.randint(1000, 99999)}/cardapio")
    b.decoy("menu with prices")
    b.ok_json(
        {
            "itens": [
                {"nome": n, "preco": rf(c.rng, 12, 70, 2)}
                for n in ("Tapioca de carne de sol", "Açaí 500ml", "Feijoada", "Coxinha")
            ]
        }
    )
    return b.build()


def mais_pedidos(c: Context) -> Flow:
    b = _rango(c, "GET", f"{RANGO}/v3/ranking/mais-pedidos?cidade=recife")
    b.decoy("most-ordered ranking (aggregate)")
    b.ok_json({"ranking": [{"prato": "Açaí", "pedidos": c.rng.randint(1000, 90000)}]})
    return b.build()


def rastreio_pedido(c: Context) -> Flow:
    b = _rango(c, "GET", f"{RANGO}/v3/pedidos/{c.rng.randint(10**8, 10**9)}/rastreio")
    b.decoy("courier position and order number")
    b.ok_json({"entregador": list(_lat_lon(c)), "status": "A_CAMINHO", "eta": c.rng.randint(5, 40)})
    return b.build()


def pedido_por_voz(c: Context) -> Flow:
    b = _rango(c, "POST", f"{RANGO}/v1/assistente/transcrever")
    b.decoy("voice order sent for speech-to-text (transcription, no speaker model)")
    b.json({"audio": b64(bytes(c.rng.getrandbits(8) for _ in range(400))), "idioma": "pt-BR"})
    b.ok_json({"texto": "quero uma pizza de calabresa", "confianca": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()


def checkout(c: Context) -> Flow:
    b = _rango(c, "POST", f"{RANGO}/v3/pedidos")
    b.decoy("order with idempotency key")
    b.json(
        {
            "usuario": b.acct("rango_user"),
            "itens": [{"sku": c.rng.randint(1000, 9999), "qtd": 1}],
            "pagamento": "PIX",
            "chave_idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"pedido": c.rng.randint(10**8, 10**9)})
    return b.build()
