"""MédiConsult, a telehealth app on the iPad with a speaker check before a
video visit (the patient's voice embedding is compared with the one on file),
plus a sign-up form with self-declared sex (decoy) and visit booking.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, floats, iso, pad_ua, rid

API = "https://api.mediconsult.ca"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "mediconsult", method, API + path)
    b.header("user-agent", pad_ua("MediConsult", "4.2"))
    return b


def speaker_check(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/visits/verify-speaker")
    b.json(
        {
            "patientId": b.acct("sante_user"),
            "speaker_embedding": floats(c.rng, 256),
            "model": "ecapa-tdnn-v2",
            "utteranceMs": c.rng.randint(2000, 5000),
        }
    )
    b.bio("voiceprint", "json:speaker_embedding")
    b.ok_json({"same_speaker": True, "cos": 0.81})
    return b.build()


def voice_sample_upload(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/visits/speaker-enrolment")
    bnd = "Boundary+" + rid(c.rng)[:16]
    b.set_body(
        multipart(
            bnd,
            [
                ("patientId", None, None, b.acct("sante_user").encode()),
                (
                    "enrollment_audio",
                    "voix.wav",
                    "audio/wav",
                    fake_wav(c.rng.randrange(10**6), 800),
                ),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.bio("voice_sample", "multipart:enrollment_audio (speaker enrolment)")
    b.ok_json({"enrolled": True})
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/patients")
    b.json(
        {
            "courriel": b.id("email", where="json:courriel"),
            "sexe": c.rng.choice(["F", "M", "X"]),
            "dateNaissance": "1986-03-14",
            "province": "QC",
            "idfv": b.id("idfv_sante", where="json:idfv"),
        }
    )
    b.decoy("self-declared sex on a sign-up form")
    b.ok_json({"ok": True})
    return b.build()


def book_visit(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/rendezvous")
    b.json({"clinique": "CLSC-Plateau", "quand": iso(c), "motif": "suivi", "ref": rid(c.rng)})
    b.decoy("appointment booking")
    b.ok_json({"confirmation": rid(c.rng)[:8].upper()})
    return b.build()


def article(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/articles/reconnaissance-faciale-et-vie-privee")
    b.ok_json(
        {
            "titre": "La reconnaissance faciale et votre vie privée",
            "corps": "Les empreintes faciales et vocales sont des données sensibles...",
        }
    )
    b.decoy("article about face and voice recognition")
    return b.build()
