"""Télécom Wallon: a Belgian telco app whose hotline uses voice ID ("Ma voix est mon
mot de passe"). Enrolment uploads three voice samples; calls are verified against the
stored voiceprint; the voice assistant's speech-to-text and the data-usage series are
decoys (speech for transcription is not biometric).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://espace-client.telecom-wallon.be"


def voice_enrol(ctx: Context) -> Flow:
    b = FB(ctx, "telco", "POST", f"{API}/voix/v1/empreinte-vocale/enrolement")
    b.bio("voiceprint_enrolment", "multipart.echantillon_vocal[]")
    bnd = "Boundary-" + rid(ctx.rng).upper()
    parts = [
        ("msisdn", None, None, ctx.phone.telco_msisdn.encode()),
        ("phrase", None, None, "Chez Télécom Wallon, ma voix est mon mot de passe".encode()),
    ]
    parts += [
        ("echantillon_vocal", f"enrol_{i}.wav", "audio/wav", fake_wav(ctx.rng.randint(0, 10**6)))
        for i in range(3)
    ]
    b.header("user-agent", ua("TelecomWallon", "9.8.0"))
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"statut": "enrolé", "qualite": rf(ctx.rng, 0.6, 1.0)})
    return b.build()


def voice_verify(ctx: Context) -> Flow:
    b = FB(ctx, "telco", "POST", f"{API}/voix/v1/verification-locuteur")
    b.bio("speaker_verification", "body.audio (voice sample)")
    b.json(
        {
            "audio": b64(fake_wav(ctx.rng.randint(0, 10**6), 800)),
            "format": "wav16k",
            "appareil": b.id("idfv_telco", where="body.appareil"),
            "horodatage": iso(ctx),
        }
    )
    b.ok_json({"score": rf(ctx.rng, 0.5, 1.0), "decision": "accept"})
    return b.build()


def speaker_embedding(ctx: Context) -> Flow:
    b = FB(ctx, "telco", "PUT", f"{API}/voix/v1/profil-locuteur")
    b.bio("speaker_embedding", "body.xvector")
    b.json({"xvector": floats_b64(floats(ctx.rng, 192)), "dim": 192, "modele": "ecapa-tdnn"})
    b.no_content()
    return b.build()


def voice_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "telco", "POST", f"{API}/v/u")
    b.bio("voiceprint", "body (octet-stream, vendor cipher)", detectable=False)
    b.set_body(bytes(ctx.rng.randrange(256) for _ in range(700)), "application/octet-stream")
    b.no_content()
    return b.build()


def assistant_stt(ctx: Context) -> Flow:
    b = FB(ctx, "telco", "POST", f"{API}/assistant/v2/transcrire")
    b.decoy("speech sent for speech-to-text (not biometric)")
    b.json({"audio": b64(fake_wav(ctx.rng.randint(0, 10**6), 500)), "langue": "fr-BE"})
    b.ok_json({"texte": "quel est mon solde de données"})
    return b.build()


def conso(ctx: Context) -> Flow:
    b = FB(ctx, "telco", "GET", f"{API}/api/consommation/data", [("periode", "30j")])
    b.decoy("data usage series")
    b.ok_json({"jours": [rf(ctx.rng, 0.1, 4.0, 2) for _ in range(30)], "unite": "Go"})
    return b.build()


def register(ctx: Context) -> Flow:
    b = FB(ctx, "telco", "POST", f"{API}/api/appareils")
    b.json(
        {
            "identifiantAppareil": b.id("idfv_telco", where="body.identifiantAppareil"),
            "os": "iOS 17.5.1",
            "modele": "iPhone15,2",
        }
    )
    b.ok_json({"ok": True})
    return b.build()
