"""e-Kapı: a Turkish e-government app (e-Devlet style) on the father's Samsung.

Signing in with the new ID card reads the card's chip over NFC (ICAO 9303 data
groups: DG1 the MRZ, DG2 the holder's face image as JPEG 2000) and takes a
selfie that the server matches against DG2. The app posts `dg1`, `dg2` and the
security object `sod` as base64 in JSON, the selfie as a base64 field; an
older build posts the raw DG2 file (tag 0x75, JPEG 2000 inside) as an
octet-stream. Device registration sends the ANDROID_ID and the app's own
device key (`cihazKimligi`). Appointments, tax debts, document verification by
barcode (with the document's serial number, `belgeSeriNo`) and the address
lookup are ordinary.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, rf, rid, ua

API = "https://api.ekapi.gov.example"
UA = ua("eKapi", "4.0.7", "baba")


def _jp2(seed: int, size: int = 800) -> bytes:
    """A JPEG-2000-looking blob (signature box, ftyp jp2, noise)."""
    noise = hashlib.shake_256(b"jp2" + seed.to_bytes(8, "little")).digest(size)
    return b"\x00\x00\x00\x0cjP  \r\n\x87\n\x00\x00\x00\x14ftypjp2 " + noise


def _dg2(c: Context) -> bytes:
    img = _jp2(c.rng.randint(0, 10**9))
    return b"\x75\x82" + len(img).to_bytes(2, "big") + b"\x7f\x61" + img


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ekapi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def cihaz_kayit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobil/v2/cihaz/kayit")
    b.json(
        {
            "cihazKimligi": b.id("devlet_cihaz_kimligi", where="json cihazKimligi"),
            "androidKimligi": b.id("aid_devlet", where="json androidKimligi"),
            "marka": "samsung",
            "model": "SM-A546E",
            "nfcDestegi": True,
        }
    )
    b.ok_json({"kayitli": True})
    return b.build()


def nfc_kimlik(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobil/v2/kimlik/nfc-dogrula")
    b.bio("face_image", "json dg2 (chip face image, JPEG 2000, base64)")
    b.json(
        {
            "tckn": b.acct("devlet_tckn"),
            "dg1": b64(b"\x61\x5b\x5f\x1f" + b"I<TUR" + new_hex(c.rng, 40).upper().encode()),
            "dg2": b64(_dg2(c)),
            "sod": b64(hashlib.sha256(new_hex(c.rng, 16).encode()).digest() * 4),
            "okumaZamani": iso(c),
        }
    )
    b.ok_json({"cipGecerli": True, "islemNo": rid(c.rng)})
    return b.build()


def selfie_eslestir(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobil/v2/kimlik/yuz-eslestir")
    b.bio("face_image", "json ozcekim (selfie JPEG base64) for face match")
    b.json(
        {
            "islemNo": rid(c.rng),
            "ozcekim": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "canlilik": {"gozKirpma": True, "basCevirme": True},
        }
    )
    b.ok_json({"eslesme": True, "skor": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def dg2_ham(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/m/k/7")
    b.bio("face_image", "octet-stream raw DG2 (JPEG 2000 face)", detectable=False)
    b.set_body(_dg2(c), "application/octet-stream")
    b.ok_json({"s": 1})
    return b.build()


def randevu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mobil/v2/randevu/uygun?kurum=nufus&il=34")
    b.ok_json(
        {
            "uygunSaatler": [
                f"{iso(c)[:10]}T{h:02d}:{m:02d}" for h, m in ((9, 30), (10, 15), (14, 0))
            ]
        }
    )
    return b.build()


def vergi_borcu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mobil/v2/gib/borc-sorgu")
    b.ok_json({"borclar": [{"tur": "MTV", "tutar": rf(c.rng, 500, 9000, 2), "vade": "2025-01-31"}]})
    return b.build()


def belge_dogrula(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobil/v2/belge/dogrula")
    b.decoy("document serial number / barcode (a paper, not a device)")
    b.json(
        {
            "barkod": "NVI" + new_hex(c.rng, 14).upper(),
            "belgeSeriNo": f"A{c.rng.randint(10**7, 10**8)}",
        }
    )
    b.ok_json({"gecerli": True, "belgeTuru": "Nüfus Kayıt Örneği"})
    return b.build()


def adres_sorgu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mobil/v2/adres/yerlesim")
    b.decoy("home address")
    b.ok_json({"il": "İstanbul", "ilce": "Üsküdar", "mahalle": "Kuzguncuk", "kapiNo": "12"})
    return b.build()
