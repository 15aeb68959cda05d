"""IDItalia: the national digital-identity app (SPID / CIE-like) with face and voice enrolment.

Face enrolment sends the 468-point face mesh (`mesh_volto`, [x,y,z] per point,
MediaPipe Face Mesh layout) and a 128-float face template base64'd under
`template_volto`; liveness sends a selfie (`selfie`) to the identity
provider's matching API. Voice enrolment uploads three utterances
(`campione_voce`) for a voiceprint, and login verifies a speaker embedding
(`embedding_parlante`). The newest build wraps enrolment in a JWE-like blob
(not readable). The CIE's OCR boxes and MRZ, the form's self-declared `sesso`
and the dictated-PIN transcription are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64url, fake_jpeg, fake_wav, floats_b64, jsb, multipart

from .phone import FB, bearer, floats, iso, ms, rf, rid, ua

API = "https://api.iditalia.example"
UA = ua("IDItalia", "2.9.3")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "iditalia", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    b.header("x-chiave-dispositivo", b.id("ident_device_key", where="header x-chiave-dispositivo"))
    return b


def _mesh(c: Context) -> list[list[float]]:
    cx, cy = c.rng.uniform(0.4, 0.6), c.rng.uniform(0.4, 0.6)
    return [
        [
            round(cx + c.rng.gauss(0, 0.09), 4),
            round(cy + c.rng.gauss(0, 0.12), 4),
            round(c.rng.gauss(0, 0.03), 4),
        ]
        for _ in range(468)
    ]


def iscrizione_volto(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/biometria/volto/iscrizione")
    b.bio("face_mesh", "json acquisizione.mesh_volto (468 xyz)")
    b.bio("face_embedding", "json acquisizione.template_volto (base64 float32)")
    b.json(
        {
            "acquisizione": {
                "mesh_volto": _mesh(c),
                "template_volto": floats_b64(floats(c.rng, 128)),
                "posa_testa": {
                    "imbardata": rf(c.rng, -10, 10, 1),
                    "beccheggio": rf(c.rng, -8, 8, 1),
                },
                "qualita": rf(c.rng, 0.7, 0.99, 3),
            },
            "dispositivo": {"android_id": b.id("aid_ident", where="json dispositivo.android_id")},
            "ts": iso(c),
        }
    )
    b.ok_json({"stato": "ISCRITTO", "idPratica": rid(c.rng)})
    return b.build()


def selfie_liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/biometria/liveness")
    b.bio("face_image", "multipart selfie (liveness / face match)")
    boundary = "----IDItalia" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        boundary,
        [
            ("sessione", None, "application/json", jsb({"tipo": "passiva", "ts": ms(c)})),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"vivo": True, "punteggio_corrispondenza": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def iscrizione_voce(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/biometria/voce/iscrizione")
    b.bio("voiceprint", "multipart campione_voce (speaker enrolment)")
    boundary = "----IDItalia" + rid(c.rng).replace("-", "")[:16]
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("frase", None, None, "La mia voce è la mia password".encode())
    ]
    for i in range(3):
        parts.append(
            (
                f"campione_voce_{i + 1}",
                f"campione{i + 1}.wav",
                "audio/wav",
                fake_wav(c.rng.randint(0, 10**9), 800),
            )
        )
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"impronta_vocale": "creata", "idModello": rid(c.rng)})
    return b.build()


def verifica_voce(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/biometria/voce/verifica")
    b.bio("speaker_embedding", "json embedding_parlante")
    b.json(
        {
            "embedding_parlante": floats(c.rng, 192),
            "durata_ms": c.rng.randint(1500, 4000),
            "ts": iso(c),
        }
    )
    b.ok_json({"stesso_parlante": True, "punteggio": rf(c.rng, 0.7, 0.98, 3)})
    return b.build()


def iscrizione_cifrata(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/e")
    b.bio("face_embedding", "json jwe ciphertext (encrypted enrolment)", detectable=False)
    prot = b64url(jsb({"alg": "RSA-OAEP-256", "enc": "A256GCM"}))
    parts = [b64url(bytes(c.rng.getrandbits(8) for _ in range(n))) for n in (256, 12, 900, 16)]
    b.json({"jwe": ".".join([prot, *parts])})
    b.ok_json({"ok": 1})
    return b.build()


def ocr_cie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/documenti/cie/ocr")
    b.decoy("OCR boxes and MRZ of the identity card (not biometric)")
    b.json(
        {
            "riquadri": [
                {
                    "campo": f,
                    "x": c.rng.randint(0, 600),
                    "y": c.rng.randint(0, 380),
                    "l": 180,
                    "a": 24,
                }
                for f in ("cognome", "nome", "data_nascita", "numero_documento")
            ],
            "mrz": "C<ITACA00000AA4<<<<<<<<<<<<<<<",
        }
    )
    b.ok_json({"leggibile": True})
    return b.build()


def anagrafica(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/profilo/anagrafica")
    b.decoy("self-declared sesso on a form; codice fiscale and phone are accounts")
    b.json(
        {
            "codice_fiscale": b.acct("codice_fiscale"),
            "sesso": "M",
            "luogo_nascita": "Napoli",
            "cellulare": b.acct("cellulare"),
        }
    )
    b.ok_json({"aggiornato": True})
    return b.build()


def pin_dettato(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/accessibilita/dettatura")
    b.decoy("dictation: speech-to-text for accessibility, no speaker model")
    b.json(
        {"audio_b64": b64url(bytes(c.rng.getrandbits(8) for _ in range(300))), "lingua": "it-IT"}
    )
    b.ok_json({"testo": "conferma accesso"})
    return b.build()
