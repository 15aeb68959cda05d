"""Kanalım: a Tatar TV channels' streaming app (live channels, the archive of the
channels' shows, Tatar series and concerts) on the mother's Xiaomi and on the
living-room Android TV.

The backend speaks Tatar in Latin script (Zamanälif): `karau` (watching),
`eçtälek` (content), `bülek` (episode), `urın_sek` (position in seconds),
`dävamlılıq` (duration), `tuqtalış` (a pause); the archive and the
watch-history answer use Cyrillic Tatar keys (`карау_тарихы`, `тапшыру`,
`караган_вакыт`). The TV build sends a heartbeat naming the show and the
seconds watched in the living room (one room's viewing), keyed by the TV's
serial and Wi-Fi MAC. A terse beacon `/b` packs rows of
`[content, second, ts]` under `r`, keyed by an MD5 of the ANDROID_ID.
AppsFlyer (SDK v6) gets launches and `af_content_view` events. The catalogue,
the programme guide (`tapşırular programması`), "most watched this week"
counts, search and HLS segments are content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rf, rid, ua, url

API = "https://api.kanalim.example"
CDN = "https://hls.kanalim-cdn.example"
PKG = "tatar.kanalim.app"
UA = ua("Kanalim", "4.2.0", "ani")
UA_TV = "KanalimTV/4.2.0 (Linux; Android TV 11; KZTV-55Q)"
TAPSHIRULAR = [
    ("t104", "Мин татарча сөйләшәм", 1500),
    ("t117", "Күчтәнәч", 2400),
    ("t120", "Татарлар", 1800),
    ("t133", "Адымнар", 2700),
    ("t141", "Yäşlär tavışı", 2100),
    ("t158", "Сәхнә артында", 3000),
    ("t162", "Яңалыклар", 1200),
]
KANALLAR = ["Kanalım 1", "Kanalım Yäşlär", "Kanalım Balalar", "Kanalım Muzıka", "ТНВ-Планета"]


def _b(c: Context, method: str, target: str) -> FB:
    b = FB(c, "kanalim", method, url(target))
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", "") + new_hex(c.rng, 16))
    return b


def _tv(c: Context, method: str, target: str) -> FB:
    b = FB(c, "kanalim-tv", method, url(target))
    b.header("user-agent", UA_TV)
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    tid, isem, dur = c.rng.choice(TAPSHIRULAR)
    return tid, isem, c.rng.randint(1, 60), dur


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/caylanma/terkäw")
    b.json(
        {
            "caylanma": {
                "android_id": b.id("aid_kanal", where="json caylanma.android_id"),
                "reklama_id": b.id("gaid_ani", where="json caylanma.reklama_id"),
                "appsflyer_id": b.id("kanal_af_uid", where="json caylanma.appsflyer_id"),
                "model": "23124RA7EO",
                "os": "Android 14",
            },
            "tel": "tt",
        }
    )
    b.ok_json({"qullanuçı": b.acct("kanal_user"), "token": new_hex(c.rng, 40)})
    return b.build()


def karau_urini(c: Context) -> Flow:
    tid, isem, bulek, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v2/karau/urın")
    b.view("json karau{eçtälek_id, bülek, urın_sek, dävamlılıq}")
    b.json(
        {
            "karau": {
                "eçtälek_id": tid,
                "isem": isem,
                "bülek": bulek,
                "urın_sek": c.rng.randint(10, dur),
                "dävamlılıq": dur,
                "vaqıyğa": c.rng.choice(["progress", "tuqtalış", "ahır"]),
                "vaqıt": iso(c),
            }
        }
    )
    b.no_content()
    return b.build()


def karau_tarihy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/кулланучы/карау-тарихы?limit=20")
    b.view("response json карау_тарихы[]", direction="response")
    b.ok_json(
        {
            "карау_тарихы": [
                {
                    "тапшыру": t[1],
                    "бүлек": c.rng.randint(1, 40),
                    "караган_вакыт": iso(c),
                    "калды_сек": c.rng.randint(0, t[2]),
                }
                for t in c.rng.sample(TAPSHIRULAR, 4)
            ]
        }
    )
    return b.build()


def davam_it(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home/dävam-it")
    b.view("response json dävam_itü[] (continue watching, positions)", direction="response")
    b.ok_json(
        {
            "dävam_itü": [
                {
                    "eçtälek_id": t[0],
                    "isem": t[1],
                    "urın_sek": c.rng.randint(60, t[2]),
                    "progress": rf(c.rng, 0.05, 0.95, 2),
                }
                for t in c.rng.sample(TAPSHIRULAR, 3)
            ]
        }
    )
    return b.build()


def tv_heartbeat(c: Context) -> Flow:
    tid, isem, _bulek, dur = _ep(c)
    b = _tv(c, "POST", f"{API}/v2/tv/yörek-tibeşe")
    b.header("x-device-serial", b.id("tv_serial", where="header x-device-serial"))
    b.view("json tapşıru + karaldı_sek (living-room TV)")
    b.json(
        {
            "mac": b.id("tv_mac", where="json mac"),
            "kanal": c.rng.choice(KANALLAR),
            "tapşıru": isem,
            "eçtälek_id": tid,
            "karaldı_sek": c.rng.randint(30, dur),
            "vaqıt": ms(c),
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def tv_register(c: Context) -> Flow:
    b = _tv(c, "POST", f"{API}/v2/tv/terkäw")
    b.json(
        {
            "serial": b.id("tv_serial", where="json serial"),
            "wifi_mac": b.id("tv_mac", where="json wifi_mac"),
            "android_id": b.id("aid_tv", where="json android_id"),
            "install_id": b.id("tv_install", where="json install_id"),
            "model": "KZTV-55Q",
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "region": "RU-TA"})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = FB(c, "kanalim", "POST", f"{API}/b")
    b.header("user-agent", "okhttp/4.12.0")
    k = b.id("aid_kanal", "md5", "json k", detectable=False)
    b.view("json r[] positional rows [content, second, ts]", detectable=False)
    rows = [
        [c.rng.choice(TAPSHIRULAR)[0], c.rng.randint(30, 2400), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"k": k, "v": 3, "r": rows})
    b.no_content()
    return b.build()


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.14/androidevent",
        [("app_id", PKG), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik("ani"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    b.decoy("cksm_v1 checksum hex")
    b.json(
        {
            "advertiserId": b.id("gaid_ani", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("kanal_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "4.2.0",
            "brand": "Xiaomi",
            "model": "23124RA7EO",
            "lang": "татар",
            "lang_code": "tt",
            "country": "RU",
            "operator": "Летай",
            "counter": str(c.rng.randint(1, 90)),
            "isFirstCall": "false",
            "cksm_v1": new_hex(c.rng, 34),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_content_view(c: Context) -> Flow:
    tid, isem, bulek, dur = _ep(c)
    b = _af(c, "inapps")
    b.view("json eventName=af_content_view + eventValue|json af_content_id")
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": js(
                {
                    "af_content_id": f"{tid}_{bulek}",
                    "af_content_type": "bülek",
                    "af_content": isem,
                    "karau_sek": c.rng.randint(30, dur),
                }
            ),
            "advertiserId": b.id("gaid_ani", where="json advertiserId"),
            "uid": b.id("kanal_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


# --- content fetches: no viewing history -------------------------------------


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/katalog?bülek=serial&bit={c.rng.randint(1, 6)}")
    b.decoy("catalogue with 'karau' / 'bülek' words and durations (no viewer)")
    b.ok_json(
        {
            "eçtälek": [
                {
                    "id": t[0],
                    "isem": t[1],
                    "dävamlılıq": t[2],
                    "karau_yäşe": "12+",
                    "poster": f"{CDN}/p/{t[0]}.jpg",
                }
                for t in c.rng.sample(TAPSHIRULAR, 5)
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    tid = c.rng.choice(TAPSHIRULAR)[0]
    b = FB(c, "kanalim-cdn", "GET", f"{CDN}/vod/{tid}/720p/seg_{c.rng.randint(1, 400):05d}.ts")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch naming the content")
    b.respond(200, "video/mp2t", bytes([0x47]) + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def programma(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tapşırular-programması?kanal={c.rng.randint(1, 5)}&kön=bügen")
    b.decoy("TV schedule: channel, show, start times")
    b.ok_json(
        {
            "programma": [
                {"başlana": f"{h:02d}:00", "tapşıru": t[1], "kanal": c.rng.choice(KANALLAR)}
                for h, t in zip(range(17, 23), TAPSHIRULAR, strict=False)
            ]
        }
    )
    return b.build()


def in_kup_karalgan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/iñ-küp-karalğan?atna=1")
    b.decoy("aggregate 'most watched' counts (not one viewer)")
    b.ok_json(
        {
            "top": [
                {
                    "isem": t[1],
                    "karau_sanı": c.rng.randint(1000, 90000),
                    "urtaça_min": rf(c.rng, 5, 40, 1),
                }
                for t in TAPSHIRULAR[:5]
            ]
        }
    )
    return b.build()


def ezlau(c: Context) -> Flow:
    q = c.rng.choice(["Күчтәнәч", "концерт", "Tuqay", "мультфильм"])
    b = _b(c, "GET", f"{API}/v2/ezläw?q={q}")
    b.decoy("search query and results")
    b.ok_json({"q": q, "nätiçälär": [{"id": t[0], "isem": t[1]} for t in TAPSHIRULAR[:3]]})
    return b.build()
