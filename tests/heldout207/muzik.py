"""Ezgi: a Turkish music and podcast app on the mother's Huawei nova 9 in Izmir.

The phone has no Google services, so the advertising id is Huawei's OAID (HMS
Ads identifier service). Attribution is Adjust with its OAID plugin, which adds
`oaid`, `oaid_src=hms` to the SDK's form posts next to `android_uuid`
(https://dev.adjust.com/en/sdk/android/plugins/oaid); with no Google Play
advertising id the SDK falls back to sending `android_id` as well. Songs and podcast episodes
are reported to the backend in snake_case with Turkish letters in places
(`şarkı_id`, `dinlenen_sn`, `bölüm_id`, `kaldığı_sn`). The charts, lyrics,
playlists and a radio station's now-playing line are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.ezgi.example"
UA = ua("Ezgi", "3.9.1", "anne")
SARKILAR = [
    ("s501", "Sezen Aksu", "Gidiyorum"),
    ("s502", "Tarkan", "Kuzu Kuzu"),
    ("s503", "Zeki Müren", "Bir Muhabbet Kuşu"),
    ("s504", "Sertab Erener", "Everyway That I Can"),
    ("s505", "Müslüm Gürses", "Nilüfer"),
    ("s506", "Mabel Matiz", "Antidepresan"),
    ("s507", "Barış Manço", "Dönence"),
]
PODCASTLER = [("p81", "Kafa Radyo Sabah"), ("p82", "Tarih Sohbetleri"), ("p83", "Mutfak Sırları")]
ADJ_APP = "v4nq8e2r1ylc"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ezgi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", dalvik("anne"))
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", ADJ_APP),
            ("oaid", b.id("oaid_anne", where="form oaid")),
            ("oaid_tracking_enabled", "1"),
            ("oaid_src", "hms"),
            ("oaid_attempt", "1"),
            ("android_uuid", b.id("muzik_adid", where="form android_uuid")),
            ("android_id", b.id("aid_muzik", where="form android_id")),
            ("tracking_enabled", "1"),
            ("package_name", "com.ezgi.muzik"),
            ("app_version", "3.9.1"),
            ("device_name", "NAM-LX9"),
            ("device_manufacturer", "HUAWEI"),
            ("os_version", "12"),
            ("store", "huawei"),
            ("session_count", str(c.rng.randint(2, 500))),
            ("created_at", iso(c) + "+0300"),
            ("environment", "production"),
        ]
    )
    b.ok_json({"message": "Session tracked", "timestamp": iso(c), "adid": new_hex(c.rng, 32)})
    return b.build()


def cihaz(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cihaz")
    b.json(
        {
            "android_id": b.id("aid_muzik", where="json android_id"),
            "oaid": b.id("oaid_anne", where="json oaid"),
            "hms": True,
            "model": "HUAWEI NAM-LX9",
        }
    )
    b.ok_json({"uye_no": b.acct("muzik_uye")})
    return b.build()


def reklam_ayar(c: Context) -> Flow:
    """The in-house ad server keys its frequency caps on the OAID in the query."""
    b = _b(c, "GET", f"{API}/v1/reklam/ayarlar")
    b.param("oaid", b.id("oaid_anne", where="query oaid"))
    b.param("ulke", "TR")
    b.ok_json({"gecis_reklami": {"her": 5}, "banner": True})
    return b.build()


def dinleme(c: Context) -> Flow:
    sid, sanatci, ad = c.rng.choice(SARKILAR)
    b = _b(c, "POST", f"{API}/v1/dinleme")
    b.view("json şarkı_id + dinlenen_sn (song listened)")
    b.json(
        {
            "şarkı_id": sid,
            "sanatçı": sanatci,
            "şarkı_adı": ad,
            "dinlenen_sn": c.rng.randint(20, 300),
            "tamamlandı": c.rng.random() < 0.6,
            "zaman": iso(c),
        }
    )
    b.no_content()
    return b.build()


def podcast_ilerleme(c: Context) -> Flow:
    pid, ad = c.rng.choice(PODCASTLER)
    b = _b(c, "PUT", f"{API}/v1/podcast/{pid}/ilerleme")
    b.view("json bölüm_id + kaldığı_sn (podcast resume point)")
    b.json(
        {
            "podcast": ad,
            "bölüm_id": f"{pid}-{c.rng.randint(1, 200)}",
            "kaldığı_sn": c.rng.randint(30, 5400),
            "hız": c.rng.choice([1.0, 1.25, 1.5]),
            "zaman": iso(c),
        }
    )
    b.no_content()
    return b.build()


def son_dinlenenler(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/uye/son-dinlenenler")
    b.view("response json son_dinlenenler[] (recently played)", direction="response")
    b.ok_json(
        {
            "son_dinlenenler": [
                {"şarkı_id": s, "sanatçı": a, "şarkı_adı": t, "dinlenme_zamanı": iso(c)}
                for s, a, t in c.rng.sample(SARKILAR, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """Batched play log: 'song|seconds|ts' lines, base64 under a one-letter key."""
    b = _b(c, "POST", f"{API}/l")
    b.view("form z = base64 of song|seconds|ts lines", detectable=False)
    lines = "\n".join(
        f"{c.rng.choice(SARKILAR)[0][1:]}|{c.rng.randint(20, 300)}|{ms(c)}"
        for _ in range(c.rng.randint(2, 5))
    )
    b.form([("z", b64(lines)), ("v", "2")])
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/c")
    b.form([("p", "com.ezgi.muzik"), ("q", b.id("aid_muzik", "sha1", "form q", False))])
    b.ok_json({"ozellikler": {"sozler": True, "podcast_v2": c.rng.random() < 0.5}})
    return b.build()


def simdi_calan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/radyo/simdi?istasyon=ezgi-fm")
    b.decoy("station now-playing title (content fetch)")
    _, sanatci, ad = c.rng.choice(SARKILAR)
    b.ok_json(
        {"istasyon": "Ezgi FM", "simdi": f"{sanatci} - {ad}", "dinleyici": c.rng.randint(50, 9000)}
    )
    return b.build()


def top_liste(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/liste/turkiye-top-50")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "liste": [
                {"sira": i + 1, "şarkı_id": s, "ad": t, "dinlenme": c.rng.randint(10**4, 10**7)}
                for i, (s, _, t) in enumerate(SARKILAR)
            ]
        }
    )
    return b.build()


def ses_parcasi(c: Context) -> Flow:
    b = FB(c, "ezgi", "GET", f"https://cdn.ezgi.example/a/{new_hex(c.rng, 16)}/160.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 4) * 65536}-")
    b.respond(206, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def sarki_sozu(c: Context) -> Flow:
    sid, _, ad = c.rng.choice(SARKILAR)
    b = _b(c, "GET", f"{API}/v1/sarkilar/{sid}/soz")
    b.ok_json({"ad": ad, "soz": "La la la...\n" * 4})
    return b.build()
