"""Ordinary traffic between the apps: BMKG weather, map tiles, CDN images,
crash reports with trace ids, chat, an article about face recognition,
speech-to-text of a voice note, update checks, marketplace orders."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_wav, js

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


def cuaca(c: Context) -> Flow:
    kode = c.rng.choice(["31.71.03.1001", "35.78.01.1002", "34.71.01.1003"])
    b = _b(c, "bmkg", "GET", f"https://api.bmkg.go.id/publik/prakiraan-cuaca?adm4={kode}")
    b.decoy("forecast with coordinates and temperature series")
    b.ok_json(
        {
            "lokasi": {"lat": rf(c.rng, -7.9, -6.1), "lon": rf(c.rng, 106.7, 112.8)},
            "data": [{"t": rf(c.rng, 24, 34, 1), "hu": c.rng.randint(60, 95)} for _ in range(8)],
        }
    )
    return b.build()


def peta(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
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


def gambar_cdn(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.cdn-nusantara.example/{new_hex(c.rng, 32)}/w360.jpg")
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o221904.ingest.sentry.io/api/6612001/envelope/")
    b.decoy("crash envelope with event / trace ids")
    eid = new_hex(c.rng, 32)
    env = "\n".join(
        [
            js({"event_id": eid, "sent_at": iso(c)}),
            js({"type": "event"}),
            js(
                {
                    "event_id": eid,
                    "level": "error",
                    "contexts": {"trace": {"trace_id": new_hex(c.rng, 32)}},
                    "exception": {
                        "values": [{"type": "NullPointerException", "value": "layar null"}]
                    },
                }
            ),
        ]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def obrolan(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.ngobrol.example/v1/pesan")
    b.json(
        {
            "percakapan": rid(c.rng),
            "teks": c.rng.choice(["otw bu", "udah makan belum?", "mantul 👍", "wkwk"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng), "status": "terkirim"})
    return b.build()


def artikel_wajah(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", "https://berita.kabarkini.example/tekno/pengenalan-wajah-bandara-soetta"
    )
    b.decoy("a news article about face recognition at the airport: an article, not biometric data")
    b.respond(
        200,
        "text/html; charset=utf-8",
        b"<html><h1>Pengenalan wajah di Bandara Soekarno-Hatta</h1>"
        b"<p>face recognition, landmarks</p></html>",
    )
    return b.build()


def transkripsi(c: Context) -> Flow:
    b = _b(c, "stt", "POST", "https://stt.suarateks.example/v1/transkripsi?bahasa=id-ID")
    b.decoy("speech-to-text of a voice note: transcription, no speaker model")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 600), "audio/wav")
    b.ok_json({"teks": "nanti sore jemput adek di sekolah ya", "kepercayaan": rf(c.rng, 0.8, 0.99)})
    return b.build()


def cek_update(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://update.aplikasi-nusa.example/v1/terbaru?kanal=stabil")
    b.decoy("commit hash")
    b.ok_json({"versi": "5.14.3", "commit": new_hex(c.rng, 40)})
    return b.build()


def belanja(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.pasarku.example/v2/pesanan")
    b.decoy("order and idempotency ids; a price series of the product")
    b.json(
        {"sku": f"SKU-{c.rng.randint(10000, 99999)}", "jumlah": 1, "idempotency_key": rid(c.rng)}
    )
    b.ok_json(
        {
            "no_pesanan": "INV/2024/" + str(c.rng.randint(10**6, 10**7)),
            "riwayat_harga": [c.rng.randint(45000, 60000) for _ in range(7)],
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    cuaca,
    peta,
    gambar_cdn,
    sentry,
    obrolan,
    artikel_wajah,
    transkripsi,
    cek_update,
    belanja,
    gambar_cdn,
    obrolan,
]
