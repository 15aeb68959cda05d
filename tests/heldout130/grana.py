"""Grana: a fintech whose call-centre screen in the app enrols and checks the
customer's voice ("sua voz é sua senha"). Enrolment uploads three WAV phrases,
verification sends the on-device speaker embedding (`embedding_locutor`), and
the old SDK path posts the encrypted audio as an octet stream (opaque). The
assistant's speech-to-text (`transcricao`, no speaker model) and the IVR menu
are not biometric. Attribution through Adjust.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, floats_b64, multipart

from .phone import FB, floats, rf, rid, ua

API = "https://api.granafintech.example"
UA = ua("Grana", "6.2.4")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "grana", method, url)
    b.header("user-agent", UA)
    b.header("x-grana-cliente", b.acct("grana_cliente"))
    return b


def voz_cadastro(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/atendimento/biometria-voz/cadastro")
    b.bio("voiceprint", "multipart frase_1..3 (speaker enrolment audio)")
    boundary = "----grana" + rid(c.rng).replace("-", "")[:16]
    parts = [
        ("frase_" + str(i), f"frase_{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9)))
        for i in (1, 2, 3)
    ]
    parts.append(("texto", None, None, "Na Grana, minha voz é minha senha".encode()))
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"status": "CADASTRADA", "qualidade": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()


def voz_verificar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/atendimento/biometria-voz/verificar")
    b.bio("speaker_embedding", "json embedding_locutor (192 floats)")
    b.json({"embedding_locutor": floats(c.rng, 192), "modelo": "ecapa-v2", "canal": "app"})
    b.ok_json({"mesmo_locutor": True, "score": rf(c.rng, 0.6, 0.99, 3)})
    return b.build()


def voz_verificar_b64(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/atendimento/biometria-voz/v2/verificar")
    b.bio("speaker_embedding", "json vetor_voz (base64 float32)")
    b.json({"vetor_voz": floats_b64(floats(c.rng, 192)), "dim": 192})
    b.ok_json({"mesmo_locutor": True})
    return b.build()


def voz_opaca(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/at/v/2")
    b.bio("voiceprint", "octet-stream body (encrypted enrolment audio)", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(1500)), "application/octet-stream")
    b.no_content()
    return b.build()


def transcricao(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/assistente/stt")
    b.decoy("speech-to-text of a question to the assistant (no speaker model)")
    boundary = "----grana" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        boundary, [("audio", "pergunta.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 800))]
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"transcricao": "qual o limite do meu cartão", "confianca": 0.93})
    return b.build()


def ura_menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/atendimento/ura/menu")
    b.decoy("IVR menu")
    b.ok_json({"opcoes": [{"tecla": 1, "texto": "Cartão"}, {"tecla": 2, "texto": "Pix"}]})
    return b.build()


def dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dispositivos")
    b.json(
        {
            "id_aparelho": b.id("aid_grana", where="json id_aparelho"),
            "adid": b.id("adjust_adid", where="json adid"),
            "push": "fcm",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def cartao_limite(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cartoes/limite")
    b.decoy("card limit and last four digits")
    b.ok_json({"limite": rf(c.rng, 500, 8000, 2), "final": str(c.rng.randint(1000, 9999))})
    return b.build()
