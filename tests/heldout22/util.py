"""Small shared pieces of the set-22 apps: sealed blobs and media ids.

An app that encrypts its payload sends bytes nobody can read on the wire; the
blob is derived from the rng (never from the plaintext), so no identifier it
"hides" can leak into the bytes by accident.
"""

from __future__ import annotations

import hashlib
import random

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB


def sealed(rng: random.Random, n: int = 180) -> bytes:
    """An AES-GCM-looking blob: 12-byte nonce, ciphertext, 16-byte tag."""
    return hashlib.shake_256(rng.getrandbits(64).to_bytes(8, "little")).digest(n + 28)


def sealed_b64(rng: random.Random, n: int = 180) -> str:
    return b64(sealed(rng, n))


def content_id(rng: random.Random, prefix: str) -> str:
    return f"{prefix}{rng.randint(100000, 999999)}"


PROGRAMMES = [
    ("Les Enquêtes du Commissaire", "serie", 2820),
    ("Journal de 20h", "info", 2100),
    ("Cuisine de nos régions", "magazine", 1560),
    ("Le Grand Débat", "info", 5400),
    ("Amour à Marseille", "serie", 3000),
    ("Docu: Les Alpes sauvages", "documentaire", 3300),
    ("Ligue 1 - Le Résumé", "sport", 1800),
]

EMISSIONS = [
    ("La Matinale", "franceinter", 10800),
    ("Le Masque et la Plume", "franceinter", 3300),
    ("Les Pieds sur terre", "franceculture", 1680),
    ("Affaires sensibles", "franceinter", 3000),
    ("Concert du soir", "francemusique", 7200),
    ("Grand bien vous fasse", "franceinter", 3240),
]


def firebase_installation(c: Context, attr: str, project: str, package: str) -> Flow:
    """Firebase Installations: POST v1/projects/<p>/installations with fid, appId,
    authVersion, sdkVersion (firebase-android-sdk FirebaseInstallationServiceClient)."""
    url = f"https://firebaseinstallations.googleapis.com/v1/projects/{project}/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("x-goog-api-key", "AIzaSyD" + "q3Zx" * 8)
    b.header("x-android-package", package)
    fid = b.id(attr, where="json fid (Firebase installation id)")
    b.json(
        {
            "fid": fid,
            "appId": "1:448812345678:android:9f3e2a1b0c",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/448812345678/installations/" + fid, "fid": fid})
    return b.build()
