"""Ekran+: an Azerbaijani and Turkish series streamer with live football (phone and iPad).

The Baku backend team writes Azerbaijani keys (some with ə, ş, ğ, some folded to
ASCII); the Istanbul content partner's player API keeps its Turkish keys
(`izlenenSure`, `kaldigiYer`). The iPad app sends its IDFV as Apple's
`identifierForVendor`. Live football tuning goes to a channel log. Catalogue
rails with view counts (an aggregate), search, manifests, posters and live
scores are content fetches, not viewing history.
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz

from .phone import FB, ios_ua, iso, ms, rid, ua

API = "https://api.ekranplus.example"
TR_API = "https://player.dizipartner.example"
UA = ua("EkranPlus", "4.18.2")
SERIES = [
    ("s1044", "Yalı Çapkını"),
    ("s2210", "Qaynana"),
    ("s0871", "Kuruluş Osman"),
    ("s3302", "Ata Ocağı"),
    ("s1580", "Kızılcık Şerbeti"),
    ("s4019", "Bakılı Oğlanlar"),
]
MATCHES = ["Qarabağ – Neftçi", "Sabah – Zirə", "Galatasaray – Fenerbahçe", "Səbail – Turan Tovuz"]
CHANNELS = ["İdman TV", "CBC Sport", "beIN Sports 1", "Ekran+ Futbol"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "ekranplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng))[:40])
    b.header("accept-language", "az-AZ,az;q=0.9,tr;q=0.7,ru;q=0.5")
    if device:
        b.header("x-cihaz-id", b.id("aid_dizi", where="header x-cihaz-id"))
    return b


def _episode(c: Context) -> tuple[str, str, int, int]:
    sid, title = c.rng.choice(SERIES)
    return sid, title, c.rng.randint(1, 140), c.rng.randint(2400, 8400)


def progress_az(c: Context) -> Flow:
    sid, title, ep, dur = _episode(c)
    b = _b(c, "PUT", f"{API}/v2/istifadeci/baxis-tarixcesi/{sid}")
    b.view("json baxış_saniyəsi / bölüm (series episode)")
    b.json(
        {
            "serial_id": sid,
            "serial_adı": title,
            "bölüm": ep,
            "baxış_saniyəsi": c.rng.randint(30, dur),
            "ümumi_müddət": dur,
            "cihaz_növü": "android",
            "vaxt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def progress_ascii(c: Context) -> Flow:
    sid, _, ep, dur = _episode(c)
    b = _b(c, "POST", f"{API}/v2/izleme/heartbeat")
    b.view("json izleme_movqeyi / hadise=pauza (player heartbeat)")
    b.json(
        {
            "seriya": sid,
            "bolum_no": ep,
            "hadise": c.rng.choice(["oynat", "pauza", "davam", "heartbeat"]),
            "izleme_movqeyi": c.rng.randint(30, dur),
            "muddet": dur,
            "keyfiyyet": "1080p",
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def progress_tr(c: Context) -> Flow:
    sid, title, ep, dur = _episode(c)
    b = FB(c, "dizipartner", "POST", f"{TR_API}/api/v1/izleme-gecmisi")
    b.header("user-agent", "ExoPlayerLib/2.19.1 EkranPlus")
    b.view("json izlenenSure / kaldigiYer (Turkish keys)")
    b.json(
        {
            "icerikId": sid,
            "diziAdi": title,
            "bolumNo": ep,
            "izlenenSure": c.rng.randint(60, dur),
            "toplamSure": dur,
            "kaldigiYer": c.rng.randint(60, dur),
            "izlemeTarihi": iso(c),
            "platform": "AZ-ekranplus",
            "cihazId": b.id("aid_dizi", "md5", "json cihazId (md5 of ANDROID_ID)"),
        }
    )
    b.ok_json({"durum": "ok"})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/istifadeci/davam-et?limit=10")
    b.view("response json davamEt[].qaldigi_yer", direction="response")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _episode(c)
        items.append(
            {
                "serial_id": sid,
                "ad": title,
                "bolum": ep,
                "qaldigi_yer": c.rng.randint(60, dur),
                "muddet": dur,
                "son_baxis": iso(c),
            }
        )
    b.ok_json({"davamEt": items})
    return b.build()


def live_tuning(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/canli/kanal-log")
    b.view("json kanal + baxis_muddeti_san (live channel tuning log)")
    b.json(
        {
            "kanal": c.rng.choice(CHANNELS),
            "kanal_id": c.rng.randint(1, 40),
            "oyun": c.rng.choice(MATCHES),
            "qosulma_vaxti": iso(c),
            "baxis_muddeti_san": c.rng.randint(30, 6000),
        }
    )
    b.no_content()
    return b.build()


def ipad_progress(c: Context) -> Flow:
    sid, _, ep, dur = _episode(c)
    b = FB(c, "ekranplus-ios", "POST", f"{API}/v2/ios/playback/progress")
    b.header("user-agent", ios_ua("EkranPlus", "4.17.0", 3307))
    b.view("json contentId + positionSec (iPad app)")
    b.json(
        {
            "identifierForVendor": b.id("ipad_idfv", where="json identifierForVendor"),
            "contentId": f"{sid}-e{ep}",
            "positionSec": c.rng.randint(30, dur),
            "durationSec": dur,
            "state": c.rng.choice(["playing", "paused"]),
            "sentAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ipad_register(c: Context) -> Flow:
    b = FB(c, "ekranplus-ios", "POST", f"{API}/v1/cihazlar/qeydiyyat")
    b.header("user-agent", ios_ua("EkranPlus", "4.17.0", 3307))
    b.json(
        {
            "platforma": "ipados",
            "idfv": b.id("ipad_idfv", "lower", "json idfv (lower-case)"),
            "model": "iPad13,18",
            "dil": "az",
        }
    )
    b.ok_json({"qeydiyyat": True, "maxCihaz": 4})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's batched beacon: gzip + base64 rows under 'd'."""
    b = _b(c, "POST", f"{API}/t/b", device=False)
    b.view("json d (gzip+base64 rows of [content, position, ts])", detectable=False)
    rows = [[_episode(c)[0], c.rng.randint(30, 7000), ms(c)] for _ in range(c.rng.randint(1, 4))]
    b.json({"d": b64(gz(json.dumps(rows).encode())), "v": 3})
    b.no_content()
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ana-sehife?dil=az", device=False)
    b.decoy("'Ən çox baxılanlar' rail with view counts: an aggregate, not anyone's history")
    b.ok_json(
        {
            "rellər": [
                {
                    "başlıq": "Ən çox baxılanlar",
                    "elementler": [
                        {"serial_id": s, "ad": t, "baxis_sayi": c.rng.randint(10**4, 10**6)}
                        for s, t in SERIES
                    ],
                },
                {"başlıq": "Yeni bölümlər", "elementler": [{"serial_id": s} for s, _ in SERIES]},
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["osman", "qaynana", "yalı", "futbol"])
    b = _b(c, "GET", f"{API}/v2/axtaris?q={q}", device=False)
    b.decoy("search results with durations (content fetch)")
    b.ok_json(
        {
            "netice": [
                {"serial_id": s, "ad": t, "muddet": c.rng.randint(2400, 8400)} for s, t in SERIES
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    sid, _, ep, _ = _episode(c)
    b = FB(c, "ekranplus", "GET", f"https://cdn.ekranplus.example/vod/{sid}/{ep}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=4200000,RESOLUTION=1920x1080\n1080p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def segment(c: Context) -> Flow:
    sid, _, ep, _ = _episode(c)
    b = FB(
        c,
        "ekranplus",
        "GET",
        f"https://cdn.ekranplus.example/vod/{sid}/{ep}/1080p/seg_{c.rng.randint(1, 900):05d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def live_score(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/canli/hesab?oyun={c.rng.randint(1000, 9999)}", device=False)
    b.decoy("live score with match minute (sports data, not viewing)")
    b.ok_json(
        {
            "oyun": c.rng.choice(MATCHES),
            "hesab": [c.rng.randint(0, 4), c.rng.randint(0, 4)],
            "deqiqe": c.rng.randint(1, 90),
            "izleyici_sayi": c.rng.randint(2000, 90000),
        }
    )
    return b.build()


def subscription(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/abunelik/odenis", device=False)
    b.decoy("payment order id")
    b.json({"paket": "premium_ay", "mebleg": 7.99, "valyuta": "AZN", "idempotency": rid(c.rng)})
    b.ok_json({"sifaris_no": "EK" + str(c.rng.randint(10**8, 10**9)), "status": "gozlenilir"})
    return b.build()
