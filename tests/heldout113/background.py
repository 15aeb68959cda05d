"""Ordinary traffic between the apps: BMKG weather, prayer times, map tiles, a
CDN, crash reports with trace ids, chat, a marketplace order, news about face
recognition, a boarding-house (kos) Wi-Fi captive portal that shows the
landlord's router MAC, and a sign-up form. None of it carries biometric data,
viewing history or an identifier of the family's devices.

`cek_imei` is not ordinary: the owner checks the phone's IMEI on the Ministry of
Industry's registration site (imported phones must be registered); it is
called from the session script, not from BENIGN.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def cuaca_bmkg(c: Context) -> Flow:
    adm4 = c.rng.choice(["31.71.03.1001", "32.73.02.1004", "35.78.09.1002"])
    b = _b(c, "weather", "GET", f"https://api.bmkg.go.id/publik/prakiraan-cuaca?adm4={adm4}")
    b.decoy("forecast with coordinates and temperature series")
    b.ok_json(
        {
            "lokasi": {
                "adm4": adm4,
                "lat": rf(c.rng, -7.4, -6.1, 4),
                "lon": rf(c.rng, 106.7, 112.8, 4),
            },
            "data": [{"t": rf(c.rng, 24, 34, 1), "hu": c.rng.randint(60, 95)} for _ in range(8)],
        }
    )
    return b.build()


def jadwal_myquran(c: Context) -> Flow:
    b = _b(c, "prayer", "GET", "https://api.myquran.com/v2/sholat/jadwal/1638/2026/11/30")
    b.ok_json({"status": True, "data": {"lokasi": "KOTA SURABAYA", "jadwal": {"subuh": "03:52"}}})
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.tokoku.example/{new_hex(c.rng, 32)}/300.webp")
    b.respond(200, "image/webp", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o301522.ingest.sentry.io/api/6120044/envelope/")
    b.decoy("crash envelope with event / trace / span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "view == null"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.ngobrol.example/v1/pesan")
    b.json(
        {
            "id_obrolan": rid(c.rng),
            "id_klien": rid(c.rng),
            "teks": c.rng.choice(
                ["otw bos", "udah makan belum?", "nanti sore nobar ya", "oke siap"]
            ),
            "dikirim": ms(c),
        }
    )
    b.ok_json({"id_pesan": rid(c.rng), "status": "terkirim"})
    return b.build()


def toko_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.tokoku.example/v2/pesanan")
    b.decoy("order number and invoice id")
    b.json(
        {
            "barang": [{"sku": f"SKU-{c.rng.randint(10000, 99999)}", "jumlah": 1}],
            "mata_uang": "IDR",
            "kunci_idempoten": rid(c.rng),
        }
    )
    b.ok_json({"no_invoice": f"INV/20261130/MPL/{new_digits(c.rng, 10)}"})
    return b.build()


def berita_wajah(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", "https://berita.kabarnusa.example/tekno/2026/11/pengenalan-wajah-bandara"
    )
    b.decoy("news article about face recognition at airports (about faces, no face data)")
    b.ok_json(
        {
            "judul": "Bandara Soekarno-Hatta Uji Coba Pengenalan Wajah untuk Boarding",
            "isi": "Teknologi face recognition kini dipakai ... landmark wajah ... embedding ...",
            "terbit": iso(c),
        }
    )
    return b.build()


def portal_kos(c: Context) -> Flow:
    b = _b(c, "captive", "GET", "http://wifi.koskita.example/login?res=notyet")
    b.decoy("boarding-house router's MAC and NAS id: the landlord's equipment, not the family's")
    b.ok_json(
        {
            "nas_id": "KOS-MAWAR-01",
            "router_mac": "E4:8D:8C:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3)),
            "paket": "harian",
        }
    )
    return b.build()


def daftar_akun(c: Context) -> Flow:
    b = _b(c, "signup", "POST", "https://api.tokoku.example/v1/daftar")
    b.decoy("sign-up form: name, phone number, self-declared gender")
    b.json(
        {"nama": "Siti Rahmawati", "no_hp": "+6285" + new_digits(c.rng, 9), "jenis_kelamin": "P"}
    )
    b.ok_json({"berhasil": True})
    return b.build()


def cek_imei(c: Context) -> Flow:
    """The owner types the phone's IMEI into the ministry's registration check."""
    b = FB(c, "browser", "POST", "https://imei.kemenperin.go.id/api/cek")
    b.header(
        "user-agent", "Mozilla/5.0 (Linux; Android 14; SM-A546E) Chrome/130.0 Mobile Safari/537.36"
    )
    b.form([("imei", b.id("imei", where="form imei")), ("captcha", new_hex(c.rng, 6))])
    b.ok_json({"terdaftar": True, "merek": "SAMSUNG", "status": "IMEI Anda terdaftar"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    cuaca_bmkg,
    jadwal_myquran,
    map_tile,
    cdn_image,
    sentry_crash,
    chat,
    toko_order,
    berita_wajah,
    portal_kos,
    daftar_akun,
    cdn_image,
    chat,
    map_tile,
]
