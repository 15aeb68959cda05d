"""e-Kapı: a state e-services app that logs in with the NFC ID card and a face check.

The app reads the Turkish ID card's chip (the DG2 face photo) and sends it with
a live selfie for 1:1 matching (`cipFotografi`, `canliFotograf`); its liveness
step reports head pose and blinks measured on the face (`basPozu`,
`gozKirpmaSayisi`). A newer build wraps the same request in a JWE (`jwe`),
opaque. The ANDROID_ID goes in `X-Cihaz-Kimlik`. Appointments, address
forms and document barcode checks are look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, b64url, fake_jpeg

from .phone import FB, iso, rf, rid, ua

API = "https://giris.ekapi.example"
UA = ua("eKapi", "2.9.4")


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "ekapi", method, url)
    b.header("user-agent", UA)
    b.header("x-oturum", b.acct("kapi_session"))
    if device:
        b.header("x-cihaz-kimlik", b.id("aid_kapi", where="header X-Cihaz-Kimlik"))
    return b


def _jpeg(c: Context) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), 600))


def yuz_eslestir(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kimlik/yuz-eslestirme")
    b.bio("face_image", "json canliFotograf + cipFotografi (1:1 face match)")
    b.json({"cipFotografi": _jpeg(c), "canliFotograf": _jpeg(c), "islemId": rid(c.rng)})
    b.ok_json({"eslesme": True, "skor": rf(c.rng, 0.85, 0.99, 3)})
    return b.build()


def canlilik(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kimlik/canlilik")
    b.bio("face_analysis", "json kareler[].basPozu + gozKirpmaSayisi (head pose from the face)")
    b.json(
        {
            "kareler": [
                {
                    "basPozu": {
                        "yaw": rf(c.rng, -30, 30, 2),
                        "pitch": rf(c.rng, -20, 20, 2),
                        "roll": rf(c.rng, -10, 10, 2),
                    },
                    "yuzKutusu": [c.rng.randint(100, 200), c.rng.randint(150, 250), 320, 420],
                    "t": i * 120,
                }
                for i in range(6)
            ],
            "gozKirpmaSayisi": c.rng.randint(1, 4),
            "talimat": "başınızı sağa çevirin",
        }
    )
    b.ok_json({"canli": True})
    return b.build()


def jwe_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/dogrula")
    b.bio("face_image", "json jwe (encrypted match request)", detectable=False)
    parts = [
        b64url('{"alg":"RSA-OAEP-256","enc":"A256GCM"}'),
        b64url(new_hex(c.rng, 64)),
        b64url(new_hex(c.rng, 12)),
        b64url(bytes(c.rng.getrandbits(8) for _ in range(1200))),
        b64url(new_hex(c.rng, 16)),
    ]
    b.json({"jwe": ".".join(parts)})
    b.ok_json({"durum": "ok"})
    return b.build()


def randevu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/randevu/musait?kurum=nufus&il=35", device=False)
    b.decoy("appointment slots")
    b.ok_json({"saatler": [f"2024-11-{c.rng.randint(10, 28)}T{h:02d}:00" for h in (9, 10, 14)]})
    return b.build()


def adres(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/adres/beyan")
    b.decoy("address declaration form")
    b.json(
        {
            "il": "İzmir",
            "ilce": "Karşıyaka",
            "mahalle": "Bostanlı",
            "postaKodu": "35590",
            "zaman": iso(c),
        }
    )
    b.ok_json({"kaydedildi": True})
    return b.build()


def barkod(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/api/v2/belge/dogrula?barkod=TR{new_hex(c.rng, 14).upper()}", device=False
    )
    b.decoy("document barcode verification (a document id)")
    b.ok_json({"gecerli": True, "belgeTuru": "Adli Sicil Kaydı"})
    return b.build()
