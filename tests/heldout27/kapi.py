"""eKapı: an e-Devlet-like government app.

Login by NFC: the app reads the Turkish ID card's chip (ICAO 9303 eMRTD: DG1 is
the MRZ, DG2 the encoded facial image, SOD the signed hashes; ICAO Doc 9303
part 10) and sends the data groups with a live selfie for face comparison; a
head-turn liveness step sends the face landmarks the on-device model found.
The IMEI registration check (a real e-Devlet service) sends the IMEI the user
typed. One login path wraps everything in a JWE (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, b64url, fake_jpeg, jsb, multipart

from .phone import FB, ms, points, rf, rid, ua

API = "https://mobil.ekapi.gov.tr"


def _b(ctx: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(ctx, "ekapi", method, API + path, params)
    b.header("user-agent", ua("eKapi", "3.9.1"))
    b.header("x-istek-no", rid(ctx.rng))
    return b


def _jp2(seed: int) -> bytes:
    """A JPEG 2000 codestream, as DG2 of the Turkish eID holds the portrait."""
    return b"\x00\x00\x00\x0cjP  \r\n\x87\n" + fake_jpeg(seed, 700)[20:]


def nfc_chip(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v2/kimlik/nfc-dogrula")
    seed = ctx.rng.randint(0, 10**6)
    chip = {
        "dg1": b64(b"P<TUR" + bytes(ctx.rng.randint(65, 90) for _ in range(83))),
        "dg2": b64(_jp2(seed)),
        "sod": b64(ctx.rng.randbytes(120)),
    }
    b.json({"kimlikCipi": chip, "oturum": rid(ctx.rng), "zaman": ms(ctx)})
    b.bio("face_image", "body kimlikCipi.dg2 (eMRTD facial image)")
    b.ok_json({"sonuc": "GECERLI", "pasifDogrulama": True})
    return b.build()


def chip_photo_compare(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v2/kimlik/yuz-karsilastir")
    seed = ctx.rng.randint(0, 10**6)
    b.json(
        {
            "biyometrikFoto": b64(_jp2(seed)),
            "canliFoto": b64(fake_jpeg(seed + 1, 700)),
            "esikDegeri": 0.82,
        }
    )
    b.bio("face_image", "body biyometrikFoto + canliFoto")
    b.ok_json({"eslesme": True, "benzerlik": rf(ctx.rng, 0.83, 0.99, 3)})
    return b.build()


def selfie_verify(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v2/yuz-dogrulama")
    bnd = "ekapi-" + rid(ctx.rng)[:12]
    parts = [
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6))),
        ("canlilik_skoru", None, None, str(rf(ctx.rng, 0.7, 0.99, 3)).encode()),
        ("islem", None, None, b"giris"),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart selfie + canlilik_skoru")
    b.ok_json({"dogrulandi": True})
    return b.build()


def liveness_landmarks(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v2/canlilik/adim")
    frames = [
        {
            "t": i * 120,
            "yaw": rf(ctx.rng, -35, 35, 1),
            "pitch": rf(ctx.rng, -10, 10, 1),
            "faceLandmarks": points(ctx.rng, 68),
        }
        for i in range(3)
    ]
    b.json({"challenge": "basini_sola_cevir", "frames": frames, "faceBox": [212, 301, 318, 402]})
    b.bio("face_landmarks", "body frames[].faceLandmarks (68 points)")
    b.ok_json({"adim": "tamam"})
    return b.build()


def jwe_login(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v3/giris/biyometrik")
    hdr = b64url(jsb({"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": "ekapi-2025"}))
    parts = [
        hdr,
        b64url(ctx.rng.randbytes(256)),
        b64url(ctx.rng.randbytes(12)),
        b64url(ctx.rng.randbytes(900)),
        b64url(ctx.rng.randbytes(16)),
    ]
    b.json({"paket": ".".join(parts)})
    b.bio("face_image", "body paket (JWE around selfie)", detectable=False)
    b.ok_json({"token": b64(rid(ctx.rng))})
    return b.build()


def imei_sorgu(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/api/v2/btk/imei-sorgu")
    b.param("imei", b.id("imei", where="query imei"))
    b.ok_json({"durum": "KAYITLI", "marka": "HONOR", "kayit_tarihi": "2024-06-11"})
    return b.build()


def push_register(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v2/bildirim/kayit")
    b.json(
        {
            "pushToken": b.id("kapi_push", where="body pushToken"),
            "androidId": b.id("aid_kapi", where="body androidId"),
            "saglayici": "HONOR_PUSH",
            "dil": "tr",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def survey(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v2/anket/memnuniyet")
    b.json(
        {
            "yas_araligi": "25-34",
            "cinsiyet": ctx.rng.choice(["kadin", "erkek", "belirtmek_istemiyorum"]),
            "il": "İstanbul",
            "puan": ctx.rng.randint(1, 5),
        }
    )
    b.decoy("self-declared gender in a satisfaction survey")
    b.ok_json({"tesekkurler": True})
    return b.build()


def announcements(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/api/v2/duyurular", [("sayfa", "1")])
    b.decoy("public announcements")
    b.ok_json(
        {
            "duyurular": [
                {
                    "baslik": "Yeni kimlik kartlarında yüz tanıma nasıl çalışır?",
                    "tarih": "2025-02-01",
                }
            ]
        }
    )
    return b.build()


def document(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"/api/v2/belge/{ctx.rng.randint(10**9, 10**10)}.pdf")
    b.decoy("barcode document download")
    b.respond(200, "application/pdf", b"%PDF-1.7\n" + ctx.rng.randbytes(300))
    return b.build()
