"""Dizivizyon: the Turkish series / OTT platform (the set's first party).

Its in-house team writes Turkish camelCase without Turkish letters in keys
(`kaldigiSaniye`, `izlenmeYuzdesi`), with them in event names (`bölüm_izlendi`).
Watch progress, player events, the continue-watching rail and AppsFlyer episode
events are viewing history; the catalogue, the most-watched rail (a count over all
viewers), search and HLS manifests are not. The app stamps its ANDROID_ID on
player calls in `X-Cihaz-Kimligi`.
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64url, fake_jpeg, gz

from . import sdks
from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.dizivizyon.example"
PKG = "tr.com.dizivizyon.android"
UA = ua("Dizivizyon", "5.12.1")
DIZILER = ["Yalı Çapkını", "Kızılcık Şerbeti", "Bahar", "Gaddar", "Uzak Şehir", "Kuruluş Osman"]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "dizivizyon", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64url(rid(c.rng)))
    b.header("x-profil-id", b.acct("dizi_user") + "-p1")
    if device:
        b.header("x-cihaz-kimligi", b.id("aid_dizi", where="header X-Cihaz-Kimligi"))
    return b


def _icerik(c: Context) -> dict[str, object]:
    return {
        "icerikId": f"dz{c.rng.randint(10**5, 10**6)}",
        "diziAdi": c.rng.choice(DIZILER),
        "sezon": c.rng.randint(1, 4),
        "bolumNo": c.rng.randint(1, 40),
    }


def izleme_ilerleme(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/izleme/ilerleme", device=True)
    toplam = c.rng.randint(5400, 8400)
    kalan = c.rng.randint(60, toplam)
    b.view("json icerikId + kaldigiSaniye + izlenmeYuzdesi")
    b.json(
        {
            **_icerik(c),
            "kaldigiSaniye": kalan,
            "toplamSure": toplam,
            "izlenmeYuzdesi": round(100 * kalan / toplam, 1),
            "zaman": iso(c),
        }
    )
    b.no_content()
    return b.build()


def oynatici_olay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/oynatici/olay", device=True)
    olay = c.rng.choice(["oynatma_basladi", "duraklatildi", "devam_edildi", "nabiz", "bitti"])
    b.view("json olay + icerik + konumSn (player event)")
    b.json(
        {
            "olay": olay,
            "icerik": _icerik(c),
            "konumSn": c.rng.randint(0, 7000),
            "kalite": "1080p",
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def devam_et(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/profil/devam-et?limit=10")
    b.view("response json devamEdenler[] (continue watching)", direction="response")
    b.ok_json(
        {
            "devamEdenler": [
                {**_icerik(c), "kaldigiYerSn": c.rng.randint(60, 6000), "sonIzleme": iso(c)}
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    return b.build()


def izleme_beacon_opaque(c: Context) -> Flow:
    """The web player's QoE beacon: a deflated, base64url JSON under `d`."""
    b = _b(c, "GET", f"{API}/q")
    inner = {"i": f"dz{c.rng.randint(10**5, 10**6)}", "p": c.rng.randint(0, 7000), "s": 2}
    b.param("d", b64url(gz(json.dumps(inner).encode())))
    b.param("r", new_hex(c.rng, 8))
    b.view("query d (gzip+base64url content id and position)", detectable=False)
    b.no_content()
    return b.build()


def bolum_izlendi_af(c: Context) -> Flow:
    values = {
        "af_content_id": f"dz{c.rng.randint(10**5, 10**6)}",
        "dizi_adi": c.rng.choice(DIZILER),
        "izlenen_dakika": c.rng.randint(3, 90),
    }
    b = sdks.appsflyer_event(c, PKG, "bölüm_izlendi", values)
    b.view("json eventName bölüm_izlendi + eventValue af_content_id + izlenen_dakika")
    return b.build()


def launch(c: Context) -> Flow:
    return sdks.appsflyer_launch(c, PKG, "aid_dizi")


def insider(c: Context) -> Flow:
    return sdks.insider_session(c, "dizivizyon")


def vitrin(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/vitrin?bolum=anasayfa")
    b.decoy(
        "catalogue rails incl. 'en çok izlenenler' with izlenmeSayisi over all viewers (aggregate)"
    )
    b.ok_json(
        {
            "raflar": [
                {
                    "baslik": "En Çok İzlenenler",
                    "icerikler": [
                        {**_icerik(c), "izlenmeSayisi": c.rng.randint(10**5, 10**7)}
                        for _ in range(6)
                    ],
                },
                {"baslik": "Sizin İçin Seçtiklerimiz", "icerikler": [_icerik(c) for _ in range(6)]},
            ]
        }
    )
    return b.build()


def arama(c: Context) -> Flow:
    q = c.rng.choice(["yalı", "kızılcık", "osman", "bahar dizisi"])
    b = _b(c, "GET", f"{API}/v2/arama?q={q}")
    b.decoy("search results")
    b.ok_json({"sonuclar": [_icerik(c) for _ in range(5)], "toplam": c.rng.randint(5, 80)})
    return b.build()


def manifest(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/oynat/dz{c.rng.randint(10**5, 10**6)}/manifest.m3u8?kalite=auto")
    b.decoy("stream manifest fetch (content delivery, not a report)")
    lines = ["#EXTM3U"] + [
        f"#EXT-X-STREAM-INF:BANDWIDTH={bw}\n{bw}/index.m3u8" for bw in (800000, 2400000, 5000000)
    ]
    b.respond(200, "application/vnd.apple.mpegurl", "\n".join(lines).encode())
    return b.build()


def kapak(c: Context) -> Flow:
    b = FB(
        c,
        "dizivizyon-cdn",
        "GET",
        f"https://img.dizivizyon.example/kapak/{new_hex(c.rng, 20)}/w342.jpg",
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def abonelik(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/abonelik/paketler")
    b.decoy("subscription price list")
    b.ok_json(
        {
            "paketler": [
                {"ad": "Standart", "aylikUcret": 149.9},
                {"ad": "Premium", "aylikUcret": rf(c.rng, 199, 249, 2)},
            ]
        }
    )
    return b.build()
