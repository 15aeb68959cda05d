"""Ege Ekran: an Izmir broadcaster's live TV and catch-up (tekrar izle) app.

The broadcaster's team writes snake_case Turkish with Turkish letters in some
keys (`süre_sn`, `kanal_değişimi`) and dotless-i-free ones elsewhere. Live-channel
logs, catch-up heartbeats and its Comscore-style tag with numbered keys are
viewing history (the tag is opaque: `c1`..`c8`). The programme guide, the
live audience counter (a count over all viewers) and news are not.
Netmera registers the phone for push; so does Xiaomi's MiPush (an MD5 of the
IMEI under `imei_md5`).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import sdks
from .phone import FB, iso, ms, rid, ua

API = "https://api.egeekran.example"
UA = ua("EgeEkran", "3.4.0")
KANALLAR = ["ege_ekran_hd", "ege_haber", "ege_cocuk", "ege_spor"]
PROGRAMLAR = ["Ana Haber", "Gün Ortası", "Ege'nin Sesi", "Sabah Kahvesi", "Kordon Hikâyeleri"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "egeekran", method, url)
    b.header("user-agent", UA)
    b.header("x-oturum", rid(c.rng))
    return b


def canli_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/canli/izleme-log")
    b.view("json kanal_değişimi[] (live channel tuning log)")
    b.json(
        {
            "cihaz_no": b.id("aid_kanal", where="json cihaz_no"),
            "kanal_değişimi": [
                {
                    "kanal": c.rng.choice(KANALLAR),
                    "giriş": iso(c),
                    "süre_sn": c.rng.randint(20, 2400),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.no_content()
    return b.build()


def tekrar_nabiz(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/tekrar/nabiz")
    b.view("query yayin_id + pozisyon (catch-up heartbeat)")
    b.param("yayin_id", f"ee-{c.rng.randint(10000, 99999)}")
    b.param("program", c.rng.choice(PROGRAMLAR))
    b.param("pozisyon", str(c.rng.randint(0, 3600)))
    b.param("durum", c.rng.choice(["oynuyor", "duraklatıldı"]))
    b.param("cihaz", b.id("aid_kanal", where="query cihaz"))
    b.no_content()
    return b.build()


def olcum_opaque(c: Context) -> Flow:
    """Audience-measurement tag with numbered keys: c2 client, c4 content, c7 seconds."""
    b = FB(c, "egeekran-olcum", "GET", "https://olcum.egeekran.example/p")
    b.header("user-agent", UA)
    b.view("query c4 content + c7 seconds (numbered keys)", detectable=False)
    for k, v in [
        ("c1", "2"),
        ("c2", "31772011"),
        ("c4", f"ee-{c.rng.randint(10000, 99999)}"),
        ("c7", str(c.rng.randint(10, 3600))),
        ("c8", "1"),
        ("rn", new_hex(c.rng, 10)),
    ]:
        b.param(k, v)
    b.no_content()
    return b.build()


def yayin_akisi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/yayin-akisi?kanal={c.rng.choice(KANALLAR)}&gun=bugun")
    b.decoy("programme guide with start times and durations (EPG)")
    b.ok_json(
        {
            "akış": [
                {"program": p, "başlangıç": iso(c), "süre_dk": c.rng.choice([30, 60, 90])}
                for p in PROGRAMLAR
            ]
        }
    )
    return b.build()


def anlik_izleyici(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/canli/izleyici-sayisi?kanal={c.rng.choice(KANALLAR)}")
    b.decoy("live audience count over all viewers (aggregate)")
    b.ok_json(
        {
            "anlık_izleyici": c.rng.randint(2000, 90000),
            "reyting_payı": round(c.rng.uniform(1, 9), 2),
            "ts": ms(c),
        }
    )
    return b.build()


def haber(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/haber/{c.rng.randint(100000, 999999)}")
    b.decoy("news article with a video embed")
    b.ok_json(
        {
            "başlık": "İzmir'de hafta sonu sağanak bekleniyor",
            "video": {"süre": 94, "url": "/v/hls.m3u8"},
        }
    )
    return b.build()


def netmera(c: Context) -> Flow:
    return sdks.netmera_register(c, "egeekran-7f2a")


def netmera_batch(c: Context) -> Flow:
    return sdks.netmera_events_opaque(c, "egeekran-7f2a")


def mipush(c: Context) -> Flow:
    return sdks.mipush_register(c, "tr.egeekran.mobil")
