"""Meu Governo: a federal government services app with face validation.

Raising the account level and the pensioners' annual proof of life ("prova de
vida") take a selfie matched against the driver-licence photo: the app posts
`imagem_face` (base64 JPEG) and, on the older flow, the face keypoints it found
(`pontos_face`). The proof-of-life job answers with a status only. Digital
licence, vaccination card and CPF status pages are documents, not biometrics.
"""

from __future__ import annotations

from tests.heldout.biometric import landmarks
from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz

from .phone import FB, iso, rid, ua

API = "https://servicos.meugoverno.example"
UA = ua("MeuGoverno", "3.9.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "meugoverno", method, url)
    b.header("user-agent", UA)
    b.header("x-dispositivo", b.id("aid_gov", where="header x-dispositivo"))
    return b


def validacao_facial(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/validacao-facial")
    b.bio("face_image", "json imagem_face (base64 JPEG selfie)")
    b.json(
        {
            "cpf": b.acct("cpf"),
            "imagem_face": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "finalidade": c.rng.choice(["selo_ouro", "prova_de_vida_inss"]),
            "capturado_em": iso(c),
        }
    )
    b.ok_json({"protocolo": rid(c.rng), "situacao": "EM_ANALISE"})
    return b.build()


def pontos_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/biometria/pontos")
    b.bio("face_landmarks", "json pontos_face (68 points)")
    b.json({"pontos_face": landmarks(c, 68), "olhos": {"piscou": True}})
    b.ok_json({"ok": True})
    return b.build()


def face_gz_b64(c: Context) -> Flow:
    """The legacy SDK: the frame gzipped then base64, under a one-letter key."""
    b = _b(c, "POST", f"{API}/api/v1/bm")
    b.bio("face_image", "json f = base64(gzip(JPEG))", detectable=False)
    b.json({"f": b64(gz(fake_jpeg(c.rng.randint(0, 10**9), 500))), "t": 2})
    b.ok_json({"r": "ok"})
    return b.build()


def cnh_digital(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/documentos/cnh")
    b.decoy("driving licence data (document; its photo is not a capture of the user)")
    b.ok_json({"categoria": "B", "validade": "2031-04-12", "numero": new_hex(c.rng, 11)})
    return b.build()


def vacinas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/saude/vacinas")
    b.ok_json({"doses": [{"vacina": "Influenza", "data": "2025-05-02"}]})
    return b.build()


def situacao_prova_vida(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/inss/prova-de-vida/situacao")
    b.decoy("proof-of-life status (a date and a status; no face data)")
    b.ok_json({"ultima": "2025-03-10", "situacao": "REGULAR"})
    return b.build()
