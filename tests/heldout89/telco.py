"""Il Mio Operatore: a telco's customer-care app with voice biometrics.

The caller enrols a voiceprint ("impronta_vocale") once, later verifies by a
spoken pass-phrase, and the app ships the on-device speaker embedding with each
care call. The app has carrier privileges, so it reads the IMEI. In-house API
modelled on the enrol / verify / identify shape of voice-biometrics vendors
(Nuance Gatekeeper, Azure Speaker Recognition: profile id, audio, enrollment
status). Decoy: speech sent to the care bot for speech-to-text.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rid, ua

API = "https://care.miooperatore.example.it"


def _hdr(b: FB, imei_header: bool = False) -> None:
    b.header("user-agent", ua("MioOperatore", "12.1.0"))
    b.header("x-msisdn", b.acct("telco_msisdn"))
    if imei_header:
        b.header("x-imei", b.id("imei", where="header:x-imei"))


def enrol(c: Context) -> Flow:
    b = FB(c, "telco_app", "POST", f"{API}/vocal-id/v1/impronta_vocale/iscrizione")
    _hdr(b)
    bnd = "Bnd" + new_hex(c.rng, 20)
    b.bio("voiceprint_enrolment", "multipart:campione_voce")
    b.set_body(
        multipart(
            bnd,
            [
                ("id_profilo", None, None, rid(c.rng).encode()),
                ("frase", None, None, b"la mia voce e la mia password"),
                ("ripetizione", None, None, str(c.rng.randint(1, 3)).encode()),
                ("campione_voce", "campione.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6))),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"stato_iscrizione": "in_corso", "secondi_utili": 8.4})
    return b.build()


def verify(c: Context) -> Flow:
    b = FB(c, "telco_app", "POST", f"{API}/vocal-id/v1/verifica")
    _hdr(b, imei_header=True)
    b.bio("voice_verification", "json:audio_b64 (speaker verification)")
    b.json(
        {
            "speakerProfileId": rid(c.rng),
            "audio_b64": b64(fake_wav(c.rng.randint(0, 10**6), 600)),
            "formato": "pcm16k",
            "canale": "app",
        }
    )
    b.ok_json({"esito": "accettato", "punteggio": 0.91})
    return b.build()


def embedding(c: Context) -> Flow:
    b = FB(c, "telco_app", "POST", f"{API}/assistenza/v2/chiamata")
    _hdr(b)
    vec = floats(c.rng, 192)
    how = c.rng.choice(["list", "b64"])
    b.bio("speaker_embedding", f"json:voce.speaker_embedding ({how})")
    emb = vec if how == "list" else floats_b64(vec)
    b.json(
        {
            "motivo": c.rng.choice(["fattura", "roaming", "guasto"]),
            "voce": {"speaker_embedding": emb, "modello": "ecapa-tdnn-192"},
            "ora": iso(c),
        }
    )
    b.ok_json({"ticket": "TCK" + new_hex(c.rng, 8).upper()})
    return b.build()


def opaque_audio(c: Context) -> Flow:
    """An upload under meaningless names: a voice sample, but nothing says so."""
    b = FB(c, "telco_app", "POST", f"{API}/u/x7")
    _hdr(b)
    b.bio("voice_sample", "body:octet-stream", detectable=False)
    b.set_body(bytes(c.rng.randrange(256) for _ in range(500)), "application/octet-stream")
    b.no_content()
    return b.build()


def stt(c: Context) -> Flow:
    b = FB(c, "telco_app", "POST", f"{API}/assistente/v1/trascrivi")
    _hdr(b)
    b.decoy("speech sent for speech-to-text to the care bot")
    b.set_body(fake_wav(c.rng.randint(0, 10**6), 800), "audio/wav")
    b.ok_json({"testo": "vorrei sapere il credito residuo", "lingua": "it-IT"})
    return b.build()


def device_info(c: Context) -> Flow:
    b = FB(c, "telco_app", "POST", f"{API}/dispositivo/v1/info")
    _hdr(b)
    b.json(
        {
            "imei": b.id("imei", where="json:imei"),
            "androidId": b.id("aid_telco", where="json:androidId"),
            "modello": "SM-S711B",
            "volte": True,
            "esim": False,
        }
    )
    b.ok_json({"compatibile_5g": True})
    return b.build()


def consumi(c: Context) -> Flow:
    b = FB(c, "telco_app", "GET", f"{API}/linea/v1/consumi")
    _hdr(b)
    b.decoy("data usage series per day")
    b.ok_json(
        {
            "giga_giornalieri": [round(c.rng.uniform(0, 4), 2) for _ in range(30)],
            "soglia": 150,
            "rinnovo": iso(c),
        }
    )
    return b.build()
