"""A Mexican bank app with face liveness during onboarding and login.

Incode Omni API: POST /omni/add/face/third-party with {"base64Image": ...} and
headers X-Incode-Hardware-Id / x-api-key (docs.incode.com, "Add Face").
MetaMap (ex-Mati): POST api.getmati.com/v2/identities/{id}/send-input,
multipart `inputs` JSON + `document` files, input type "selfie-photo"
(docs.metamap.com). FacePhi Selphi returns `templateRaw` / `bestImage` that
the app forwards to its own backend (FacePhi SDK docs). Decoys: balance,
transfers with folios, a sign-up form with self-declared sexo.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, multipart

from .phone import FB, floats, iso, rf, rid, ua


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bancomx", method, url)
    b.header("user-agent", ua("BancoMX", "5.2.0"))
    return b


def incode_face(c: Context) -> Flow:
    b = _b(c, "POST", "https://saas-api.incodesmile.com/omni/add/face/third-party?imageType=selfie")
    b.header("X-Incode-Hardware-Id", b.id("aid_banco", where="header X-Incode-Hardware-Id"))
    b.header("x-api-key", new_hex(c.rng, 40))
    b.bio("face_image", "json base64Image to /omni/add/face")
    b.json({"base64Image": b64(fake_jpeg(c.rng.randint(0, 10**9), 700))})
    b.ok_json({"confidence": rf(c.rng, 0.8, 1, 3), "isBright": True, "hasLenses": False})
    return b.build()


def metamap_selfie(c: Context) -> Flow:
    ident = new_hex(c.rng, 24)
    b = _b(c, "POST", f"https://api.getmati.com/v2/identities/{ident}/send-input")
    b.bio("face_image", "multipart selfie-photo input")
    inputs = [
        {"inputType": "selfie-photo", "data": {"type": "selfie-photo", "filename": "selfie.jpg"}}
    ]
    bnd = "----mati" + new_hex(c.rng, 12)
    b.set_body(
        multipart(
            bnd,
            [
                ("inputs", None, "application/json", js(inputs).encode()),
                ("document", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json([{"result": True}])
    return b.build()


def selphi_template(c: Context) -> Flow:
    b = _b(c, "POST", "https://api.bancomx.example/onb/v1/biometria/selphi")
    b.bio("face_template", "json templateRaw from FacePhi Selphi")
    b.json(
        {
            "templateRaw": floats_b64(floats(c.rng, 128)),
            "extractionData": {"liveness": rf(c.rng, 0.7, 1, 3)},
            "equipo": b.id("aid_banco", where="json equipo"),
            "fecha": iso(c),
        }
    )
    b.ok_json({"coincide": True, "score": rf(c.rng, 0.9, 1, 3)})
    return b.build()


def prueba_vida_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "https://api.bancomx.example/onb/v1/pv")
    b.bio("face_template", "encrypted blob under 'x'", detectable=False)
    b.json({"x": b64(bytes(c.rng.getrandbits(8) for _ in range(600))), "k": new_hex(c.rng, 16)})
    b.ok_json({"ok": True})
    return b.build()


def saldo(c: Context) -> Flow:
    b = _b(c, "GET", "https://api.bancomx.example/cuentas/v1/saldo")
    b.decoy("balance and price series")
    b.ok_json(
        {
            "saldo": rf(c.rng, 100, 90000, 2),
            "historico": [rf(c.rng, 100, 9000, 2) for _ in range(30)],
        }
    )
    return b.build()


def transferencia(c: Context) -> Flow:
    b = _b(c, "POST", "https://api.bancomx.example/spei/v1/transferir")
    b.decoy("SPEI transfer with clave de rastreo")
    b.json(
        {
            "monto": rf(c.rng, 50, 5000, 2),
            "clabe": "0121" + "".join(str(c.rng.randint(0, 9)) for _ in range(14)),
            "rastreo": "MBAN" + new_hex(c.rng, 20).upper(),
            "cliente": b.acct("banco_user"),
        }
    )
    b.ok_json({"estatus": "LIQUIDADA", "trace_id": rid(c.rng)})
    return b.build()


def alta_form(c: Context) -> Flow:
    b = _b(c, "POST", "https://api.bancomx.example/onb/v1/datos")
    b.decoy("self-declared sexo / fecha_nacimiento on sign-up form")
    b.form(
        [
            ("nombre", "Xochitl"),
            ("sexo", "M"),
            ("fecha_nacimiento", "1961-03-02"),
            ("correo", b.id("email", where="form correo")),
        ]
    )
    b.ok_json({"ok": True})
    return b.build()


def dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", "https://api.bancomx.example/seg/v1/dispositivo")
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "androidId": b.id("aid_banco", where="json androidId"),
            "macWifi": b.id("wifi_mac", where="json macWifi"),
            "rooted": False,
        }
    )
    b.ok_json({"confiable": True})
    return b.build()
