"""Meu Vivaz: the mobile carrier's self-care app (it also runs Sinal tv+), with
voice-biometric login ("sua voz é sua senha").

Enrolment records three utterances of a pass-phrase and posts them as WAV to
`/voz/cadastro`; login posts one utterance to `/voz/verificar`; a newer build
extracts the speaker embedding on the phone (`voiceprint`, 192 floats, the
ECAPA-TDNN size) and posts only that; the oldest build sends an encrypted blob.
This is the speaker-verification pattern of Nuance Gatekeeper and Pindrop as
their product pages describe it; names are the app's own. Voice search for
the help centre is speech-to-text (not biometric). As the carrier's own app
with carrier privileges it reads the IMEI (Android's READ_PRIVILEGED_PHONE_STATE).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart, pb_bytes, pb_varint

from .phone import FB, floats, ms, rf, rid, ua

API = "https://api.meuvivaz.com.br"
UA = ua("MeuVivaz", "12.3.0")
FRASE = "Na Vivaz minha voz é minha senha"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "meuvivaz", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def _mp(c: Context, parts: list[tuple[str, str | None, str | None, bytes]]) -> tuple[bytes, str]:
    bnd = "vz" + new_hex(c.rng, 16)
    return multipart(bnd, parts), f"multipart/form-data; boundary={bnd}"


def voz_cadastro(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/voz/cadastro")
    b.bio("voice_enrolment", "multipart amostra1..3 wav (speaker enrolment)")
    parts = [
        (f"amostra{i}", f"amostra{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 500))
        for i in (1, 2, 3)
    ]
    parts.append(("frase", None, None, FRASE.encode()))
    body, ctype = _mp(c, parts)
    b.set_body(body, ctype)
    b.ok_json({"cadastroVoz": "CONCLUIDO"})
    return b.build()


def voz_verificar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/voz/verificar")
    b.bio("voice_sample", "multipart amostra wav for speaker verification")
    body, ctype = _mp(
        c,
        [
            ("amostra", "login.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600)),
            ("msisdn", None, None, b"5511" + str(c.rng.randint(10**8, 10**9)).encode()),
        ],
    )
    b.set_body(body, ctype)
    b.ok_json({"autenticado": True, "score": rf(c.rng, 0.7, 0.99)})
    return b.build()


def voiceprint(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v3/voz/verificar")
    b.bio("voiceprint", "json voiceprint (192 float32 base64)")
    b.json({"voiceprint": floats_b64(floats(c.rng, 192)), "modelo": "ecapa-192", "ts": ms(c)})
    b.ok_json({"autenticado": True})
    return b.build()


def voz_opaca(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v1/v")
    b.bio("voice_sample", "json d (encrypted audio)", detectable=False)
    b.json({"d": b64(new_hex(c.rng, 400)), "k": 2})
    b.ok_json({"r": 0})
    return b.build()


def busca_voz(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ajuda/v1/busca-voz")
    b.decoy("speech sent for speech-to-text (help search)")
    body, ctype = _mp(c, [("audio", "q.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 400))])
    b.set_body(body, ctype)
    b.ok_json({"transcricao": "segunda via da conta", "resultados": 4})
    return b.build()


def linha(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/linha/v1/aparelho")
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "androidId": b.id("aid_telco", where="json androidId"),
            "chip": "eSIM",
        }
    )
    b.ok_json({"compativel5G": True})
    return b.build()


def linha_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/grpc/devicecheck.v1.DeviceCheck/Report")
    imei = b.id("imei", how="protobuf", where="protobuf field 2 (IMEI, unnamed)", detectable=False)
    body = pb_varint(1, 3) + pb_bytes(2, imei) + pb_varint(3, ms(c))
    b.set_body(b"\x00" + len(body).to_bytes(4, "big") + body, "application/grpc")
    b.respond(200, "application/grpc", b"")
    return b.build()


def consumo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/consumo/v1/dados?ciclo=atual")
    b.decoy("daily data-usage series")
    b.ok_json({"diario": [rf(c.rng, 0.1, 3.5, 2) for _ in range(30)], "franquiaGB": 50})
    return b.build()
