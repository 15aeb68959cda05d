"""'Meu Atlântida', a mobile operator's customer-care app.

Voice biometrics for the care line ("a minha voz é a minha senha"): speaker
enrolment uploads three spoken passphrases (multipart WAV), later calls verify
the speaker with one sample and a returned voiceprint score; one older client
sends an encrypted voice packet. Typed questions to the assistant go to Google
Cloud Speech-to-Text (POST speech.googleapis.com/v1/speech:recognize with
config{encoding, sampleRateHertz, languageCode} and audio.content: Cloud
Speech REST reference): speech for transcription, not biometrics. As a carrier
app with carrier privileges it may read the IMEI and serial, and reports them
with the Wi-Fi MAC in its network diagnostics.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

HOST = "https://apigw.atlantida-telecom.pt"
UA = ua("MeuAtlantida", "6.11.2")


def voice_enrol(c: Context) -> Flow:
    bnd = "okhttp-" + rid(c.rng)
    b = FB(c, "telco", "POST", f"{HOST}/biometria-voz/v1/registo")
    b.header("user-agent", UA)
    b.header("x-msisdn", b.acct("tele_msisdn"))
    parts = [("frase", None, None, "A minha voz é a minha senha".encode())]
    for i in range(3):
        parts.append(
            (
                f"amostra{i + 1}",
                f"amostra{i + 1}.wav",
                "audio/wav",
                fake_wav(c.rng.getrandbits(32), 700),
            )
        )
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("speaker_enrolment", "multipart amostraN.wav to biometria-voz/registo")
    b.ok_json({"impressaoVocalId": rid(c.rng), "qualidade": rf(c.rng, 0.6, 0.95)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = FB(c, "telco", "POST", f"{HOST}/biometria-voz/v1/verificar")
    b.header("user-agent", UA)
    b.json(
        {
            "cliente": b.acct("tele_msisdn"),
            "canal": "app",
            "audio": {
                "formato": "pcm16",
                "taxa": 16000,
                "dados": b64(fake_wav(c.rng.getrandbits(32), 600)),
            },
            "dispositivo": b.id("aid_tele", where="body.dispositivo"),
        }
    )
    b.bio("voice_sample", "body.audio.dados to biometria-voz/verificar")
    b.ok_json(
        {"correspondencia": rf(c.rng, 0.3, 0.99), "decisao": c.rng.choice(["ACEITE", "REJEITADO"])}
    )
    return b.build()


def voiceprint_sync(c: Context) -> Flow:
    b = FB(c, "telco", "PUT", f"{HOST}/biometria-voz/v1/perfil")
    b.header("user-agent", UA)
    b.json(
        {
            "locutor": {
                "vetor": floats_b64(floats(c.rng, 192)),
                "dim": 192,
                "modelo": "ecapa-tdnn",
            },
            "atualizadoEm": iso(c),
        }
    )
    b.bio("voiceprint", "body.locutor.vetor speaker embedding")
    b.no_content()
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = FB(c, "telco", "POST", f"{HOST}/legacy/vb/p")
    b.header("user-agent", "MeuAtlantida/5.2 (Android)")
    b.form([("p", b64(bytes(c.rng.getrandbits(8) for _ in range(300)))), ("v", "2")])
    b.bio("voice_sample", "encrypted form field p", detectable=False)
    b.no_content()
    return b.build()


def stt(c: Context) -> Flow:
    b = FB(c, "gcp-speech", "POST", "https://speech.googleapis.com/v1/speech:recognize")
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIzaSyD" + "m" * 6 + "Atl" + "z" * 22)
    b.json(
        {
            "config": {"encoding": "LINEAR16", "sampleRateHertz": 16000, "languageCode": "pt-PT"},
            "audio": {"content": b64(fake_wav(c.rng.getrandbits(32), 500))},
        }
    )
    b.decoy("speech sent for speech-to-text, not speaker biometrics")
    b.ok_json({"results": [{"alternatives": [{"transcript": "quero ver a minha fatura"}]}]})
    return b.build()


def diagnostics(c: Context) -> Flow:
    b = FB(c, "telco", "POST", f"{HOST}/rede/v2/diagnostico")
    b.header("user-agent", UA)
    b.json(
        {
            "terminal": {
                "imei": b.id("imei", where="body.terminal.imei"),
                "numeroSerie": b.id("phone_serial", where="body.terminal.numeroSerie"),
                "macWifi": b.id("wifi_mac", where="body.terminal.macWifi"),
                "modelo": "Pixel 8a",
            },
            "celula": {
                "mcc": 268,
                "mnc": 3,
                "tac": c.rng.randint(1000, 9999),
                "rsrp": -c.rng.randint(70, 115),
            },
            "velocidade": {"down": rf(c.rng, 20, 400, 1), "up": rf(c.rng, 5, 80, 1)},
        }
    )
    b.ok_json({"ticket": rid(c.rng)})
    return b.build()


def invoice(c: Context) -> Flow:
    b = FB(c, "telco", "GET", f"{HOST}/faturas/ultima")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "numero": f"FT {c.rng.randint(2024, 2026)}/{c.rng.randint(10**6, 10**7)}",
            "valor": rf(c.rng, 9, 80, 2),
        }
    )
    b.decoy("invoice number")
    return b.build()
