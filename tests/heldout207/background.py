"""Ordinary traffic between the apps: connectivity checks, weather for Istanbul /
Izmir / Berlin, map tiles, a Trendyol-style marketplace (product views, a
phone listing with its catalogue serial), a Getir-style delivery with the
courier's position, news, a BiP-style chat, a 3D backgammon game's camera
yaw, Berlin bus departures (German), crash reports with trace ids and update
checks with commit hashes. None of it carries biometric data, viewing history
or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(41.01, 28.98), (38.42, 27.14), (52.52, 13.40)]


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


def hava(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -2, 32, 1) for _ in range(24)]},
        }
    )
    return b.build()


def harita(c: Context) -> Flow:
    z = c.rng.randint(10, 17)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def urun_goruntule(c: Context) -> Flow:
    b = _b(c, "pazaryolu", "POST", "https://api.pazaryolu.example/discovery/v2/urun-goruntuleme")
    b.decoy("shop product view event (a product seen, not a video watched)")
    b.json(
        {
            "urunId": c.rng.randint(10**7, 10**8),
            "kategori": c.rng.choice(["ayakkabi", "elektronik", "ev-yasam"]),
            "goruntulemeSuresiMs": c.rng.randint(500, 60000),
            "kaynak": "arama",
            "sira": c.rng.randint(1, 40),
            "oturum": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def urun_detay(c: Context) -> Flow:
    b = _b(
        c,
        "pazaryolu",
        "GET",
        f"https://api.pazaryolu.example/urun/v1/{c.rng.randint(10**7, 10**8)}",
    )
    b.decoy("catalogue product with a serial / model number and a MAC-free spec sheet")
    b.ok_json(
        {
            "ad": "Yenilenmiş Akıllı Telefon 128 GB",
            "marka": "Reeder",
            "seriNo": f"RDR{c.rng.randint(10**6, 10**7)}TR",
            "modelKodu": "S23 Pro Max",
            "imeiKayitli": True,
            "fiyat": rf(c.rng, 4000, 12000, 2),
            "degerlendirme": rf(c.rng, 3, 5, 1),
        }
    )
    return b.build()


def sepet(c: Context) -> Flow:
    b = _b(c, "pazaryolu", "POST", "https://api.pazaryolu.example/sepet/v1/ekle")
    b.decoy("basket id")
    b.json({"urunId": c.rng.randint(10**7, 10**8), "adet": 1, "sepetId": rid(c.rng)})
    b.ok_json({"toplam": rf(c.rng, 100, 3000, 2), "siparisNo": order_no(c.rng)})
    return b.build()


def kurye_konum(c: Context) -> Flow:
    lat, lon = CITIES[c.rng.randint(0, 1)]
    b = _b(c, "kapida", "GET", f"https://api.kapida.example/v3/siparis/{rid(c.rng)}/kurye")
    b.decoy("courier position and ETA (not a media position)")
    b.ok_json(
        {
            "kurye": {"ad": "Emre K.", "konum": {"lat": rf(c.rng, lat, lat + 0.02), "lng": lon}},
            "position": c.rng.randint(1, 4),
            "tahminiDakika": c.rng.randint(3, 25),
        }
    )
    return b.build()


def kapida_siparis(c: Context) -> Flow:
    b = _b(c, "kapida", "POST", "https://api.kapida.example/v3/siparis")
    b.decoy("order number")
    b.json(
        {
            "urunler": [{"sku": f"SIMIT-{c.rng.randint(100, 999)}", "adet": 3}],
            "adres": "Alsancak Mah. 1453 Sk. No:7, Konak/İzmir",
            "odeme": "kart",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"siparisNo": order_no(c.rng), "tutar": rf(c.rng, 80, 900, 2)})
    return b.build()


def haberler(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://api.haber-merkezi.example/v1/mansetler?kategori=gundem&t={ms(c)}",
    )
    b.ok_json(
        {
            "haberler": [
                {
                    "id": c.rng.randint(10**5, 10**6),
                    "baslik": t,
                    "okunma": c.rng.randint(10**3, 10**6),
                }
                for t in (
                    "Merkez Bankası faiz kararı",
                    "İzmir'de yağış uyarısı",
                    "Derbi öncesi son durum",
                )
            ]
        }
    )
    return b.build()


def sohbet(c: Context) -> Flow:
    b = _b(c, "bip-like", "POST", "https://msg.sohbet.example/v2/mesaj/gonder")
    b.decoy("message id, chat id")
    b.json(
        {
            "sohbetId": new_hex(c.rng, 24),
            "mesajId": rid(c.rng),
            "metin": c.rng.choice(["Akşama geliyor musunuz?", "Maçı izledin mi?", "Kolay gelsin"]),
            "zaman": ms(c),
        }
    )
    b.ok_json({"iletildi": True})
    return b.build()


def tavla_kamera(c: Context) -> Flow:
    b = _b(c, "tavla3d", "POST", "https://api.tavla3d.example/v1/telemetri")
    b.decoy("game camera yaw / pitch and view mode")
    b.json(
        {
            "kamera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 60, 2), "zoom": 1.2},
            "view": c.rng.choice(["ustten", "yandan"]),
            "hamleSayisi": c.rng.randint(1, 80),
            "fps": c.rng.randint(30, 60),
        }
    )
    b.no_content()
    return b.build()


def bvg_abfahrten(c: Context) -> Flow:
    b = _b(
        c,
        "bvg-like",
        "GET",
        f"https://api.bus-berlin.example/stops/{c.rng.randint(900000000, 900999999)}/abfahrten",
    )
    b.ok_json(
        {
            "abfahrten": [
                {"linie": hat, "richtung": r, "inMinuten": c.rng.randint(1, 20)}
                for hat, r in (("M29", "Hermannplatz"), ("U8", "Wittenau"), ("104", "Stralau"))
            ]
        }
    )
    return b.build()


def resim(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.haber-cdn.example/{new_hex(c.rng, 32)}/w720.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44172.ingest.sentry.io/api/7719031/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "api unreachable"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def guncelleme(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://guncelleme.tr-apps.example/v1/son?kanal=kararli")
    b.decoy("commit hash")
    b.ok_json({"surum": "6.4.1", "commit": new_hex(c.rng, 40), "notlar": "Hata düzeltmeleri"})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    hava,
    harita,
    urun_goruntule,
    urun_detay,
    sepet,
    kurye_konum,
    kapida_siparis,
    haberler,
    sohbet,
    tavla_kamera,
    bvg_abfahrten,
    resim,
    sentry_crash,
    guncelleme,
    fonts,
    hava,
    resim,
]
