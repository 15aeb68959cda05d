"""Banka Sava: a Serbian bank app with face login (FaceTec ZoOm 3D liveness,
relayed through the bank's server: `faceScan`, `auditTrailImage`,
`lowQualityAuditTrailImage`, `externalDatabaseRefID`, endpoints /liveness-3d,
/enrollment-3d, /match-3d-3d, header X-Device-Key; dev.facetec.com API docs)
and phone-banking voice verification (in-house: voice sample as WAV, Serbian
keys), plus device binding.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mbank.bankasava.rs"
UA = ua("BankaSava", "7.3.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "banka", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def facetec(c: Context, service: str = "liveness-3d") -> Flow:
    b = _b(c, "POST", f"{API}/facetec/{service}")
    b.header("x-device-key", "dY" + rid(c.rng).replace("-", "")[:30])
    scan = c.rng.getrandbits(8 * 700).to_bytes(700, "big")
    b.json(
        {
            "faceScan": b64(scan),
            "auditTrailImage": b64(fake_jpeg(c.rng.getrandbits(32), 500)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.getrandbits(32), 200)),
            "externalDatabaseRefID": c.phone.bank_user,
            "sessionId": rid(c.rng),
        }
    )
    b.bio("face_3d_scan", "json:faceScan+auditTrailImage")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(scan[:60])})
    return b.build()


def face_template(c: Context) -> Flow:
    """The login screen's on-device match template, sent for server-side 1:1."""
    b = _b(c, "POST", f"{API}/api/v2/prijava/lice")
    b.json(
        {
            "klijent": c.phone.bank_user,
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "fm-2.3",
            "kvalitet": rf(c.rng, 0.6, 0.99, 3),
        }
    )
    b.bio("face_template", "json:faceTemplate")
    b.ok_json({"rezultat": "OK", "token": rid(c.rng)})
    return b.build()


def glas_upis(c: Context) -> Flow:
    """Voice enrolment: three spoken passphrases (glasovni uzorak = voice sample)."""
    b = _b(c, "POST", f"{API}/api/v2/glas/upis")
    bnd = "----bs" + rid(c.rng).replace("-", "")[:16]
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("klijent", None, None, c.phone.bank_user.encode()),
        ("fraza", None, None, b"Moj glas je moja lozinka"),
    ]
    for i in range(3):
        parts.append(
            (
                f"glasovniUzorak{i}",
                f"uzorak{i}.wav",
                "audio/wav",
                fake_wav(c.rng.getrandbits(32), 400),
            )
        )
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint_enrol", "multipart:glasovniUzorak*.wav")
    b.ok_json({"upisano": True})
    return b.build()


def glas_provera(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/glas/verifikacija")
    b.json(
        {
            "klijent": c.phone.bank_user,
            "speakerEmbedding": [round(x, 4) for x in floats(c.rng, 64, 4)],
            "modelId": "xvec-sr-2",
            "trajanjeMs": c.rng.randint(1800, 4200),
        }
    )
    b.bio("voiceprint", "json:speakerEmbedding")
    b.ok_json({"poklapanje": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()


def sealed_bio(c: Context) -> Flow:
    """The newer build seals the face frame with the bank's JWE key: opaque."""
    b = _b(c, "POST", f"{API}/api/v3/auth/step-up")
    blob = c.rng.getrandbits(8 * 400).to_bytes(400, "big")
    b.json(
        {
            "protected": "eyJhbGciOiJSU0EtT0FFUC0yNTYifQ",
            "ciphertext": b64(blob),
            "iv": b64(blob[:12]),
        }
    )
    b.bio("face_image", "json:ciphertext (JWE)", detectable=False)
    b.ok_json({"korak": "gotovo"})
    return b.build()


def vezivanje(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/uredjaj/vezivanje")
    b.json(
        {
            "deviceFingerprint": b.id("bank_binding", where="json:deviceFingerprint"),
            "androidId": b.id("aid_bank", "sha256", where="json:androidId (sha256)"),
            "model": "SM-A356B",
            "root": False,
        }
    )
    b.ok_json({"vezan": True})
    return b.build()


def transakcije(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/racuni/tekuci/transakcije")
    rows = [
        {
            "iznos": rf(c.rng, -9000, 4000, 2),
            "valuta": "RSD",
            "datum": iso(c),
            "ref": rid(c.rng)[:13],
        }
        for _ in range(6)
    ]
    b.ok_json({"transakcije": rows})
    b.decoy("transaction list (amount series, reference numbers)")
    return b.build()


def kursna_lista(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/kursna-lista")
    series = [rf(c.rng, 116.9, 117.4, 4) for _ in range(30)]
    b.ok_json({"EUR": series, "datum": ms(c)})
    b.decoy("exchange-rate series")
    return b.build()


def selfie_decoy(c: Context) -> Flow:
    """A cheque photo deposit: an image upload that is not a face."""
    b = _b(c, "POST", f"{API}/api/v2/cekovi/slika")
    bnd = "----bs" + rid(c.rng).replace("-", "")[:16]
    img = fake_jpeg(c.rng.getrandbits(32), 700)
    b.set_body(
        multipart(bnd, [("cek", "cek.jpg", "image/jpeg", img)]),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"primljeno": True})
    b.decoy("cheque image upload (not a face)")
    return b.build()
