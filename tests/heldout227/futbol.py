"""PremyerLiqa Canlı: an app for Azerbaijan's Premyer Liqa (the uncle's Galaxy A34 in Baku).

Live scores, line-ups and the table are polled; the app also streams matches
and highlights, reporting watch time per match (`oyunId`, `izlənilənSaniyə`)
to its backend. AppsFlyer launches and in-app events go to
launches.appsflyer.com / inapps.appsflyer.com `/api/v6.x/androidevent` with
the SDK's ServerParameters names (`advertiserId`, `uid`, `android_id`,
`af_timestamp`, `eventName`, `eventValue`); the app's `af_content_view`
events name the video watched in `eventValue`. A stats ping of the player
carries positional rows and an MD5 of the ANDROID_ID in a one-letter header.
Match minutes, the scorers, the table and the highlight view counters are
not anyone's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.premyerliqa-canli.example"
UA = ua("PremyerLiqa", "2.6.1", "emi")
PKG = "az.premyerliqa.canli"
KLUBLAR = [
    "Qarabağ",
    "Neftçi",
    "Sabah",
    "Zirə",
    "Turan Tovuz",
    "Sumqayıt",
    "Kəpəz",
    "Araz-Naxçıvan",
    "Səbail",
    "Qəbələ",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "premyerliqa", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _oyun(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(KLUBLAR, 2)
    return c.rng.randint(70000, 79999), home, away


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.14/androidevent",
        [("app_id", PKG), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik("emi"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    b.json(
        {
            "advertiserId": b.id("gaid_emi", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("qol_af_uid", where="json uid"),
            "android_id": b.id("aid_qol", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "2.6.1",
            "model": "SM-A346E",
            "brand": "samsung",
            "lang_code": "az",
            "country": "AZ",
            "operator": "Azercell",
            "counter": str(c.rng.randint(1, 80)),
            "iaecounter": str(c.rng.randint(0, 40)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = _af(c, "inapps")
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "klub_izle", "af_login"]),
            "eventValue": js({"klub": c.rng.choice(KLUBLAR)}),
            "advertiserId": b.id("gaid_emi", where="json advertiserId"),
            "uid": b.id("qol_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_content_view(c: Context) -> Flow:
    oid, home, away = _oyun(c)
    b = _af(c, "inapps")
    b.view("json eventValue af_content_id/af_content + izlənilənSaniyə")
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": js(
                {
                    "af_content_type": "highlight",
                    "af_content_id": f"video_{oid}",
                    "af_content": f"{home} - {away} icmal",
                    "izlenilenSaniye": c.rng.randint(30, 300),
                }
            ),
            "advertiserId": b.id("gaid_emi", where="json advertiserId"),
            "uid": b.id("qol_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def yayim_nebz(c: Context) -> Flow:
    oid, home, away = _oyun(c)
    b = _b(c, "POST", f"{API}/v2/yayim/nebz")
    b.view("json oyunId + izlənilənSaniyə (live match watch time)")
    b.json(
        {
            "oyunId": oid,
            "oyun": f"{home} - {away}",
            "izlənilənSaniyə": c.rng.randint(30, 5400),
            "canlı": True,
            "vaxt": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def icmal_baxildi(c: Context) -> Flow:
    oid, home, away = _oyun(c)
    b = _b(c, "POST", f"{API}/v2/video/baxildi")
    b.view("json videoId + faiz (highlight watched)")
    b.json(
        {
            "videoId": f"icm_{oid}",
            "başlıq": f"Qollar: {home} {c.rng.randint(0, 4)}:{c.rng.randint(0, 4)} {away}",
            "faiz": c.rng.choice([25, 50, 90, 100]),
            "müddət": c.rng.randint(90, 300),
            "baxılıb": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/st")
    b.header("x-h", b.id("aid_qol", "md5", "header x-h", detectable=False))
    b.view("json q[] positional rows", detectable=False)
    b.json({"q": [[_oyun(c)[0], c.rng.randint(30, 5400), ms(c)]], "s": 1})
    b.no_content()
    return b.build()


def canli_hesab(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/oyunlar/canli?liqa=premyer")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        oid, home, away = _oyun(c)
        rows.append(
            {
                "oyunId": oid,
                "ev": home,
                "qonaq": away,
                "hesab": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
                "dəqiqə": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"oyunlar": rows})
    return b.build()


def oyun_hadiseleri(c: Context) -> Flow:
    oid, home, _ = _oyun(c)
    b = _b(c, "GET", f"{API}/v2/oyunlar/{oid}/hadiseler")
    b.decoy("event minutes (content)")
    b.ok_json(
        {
            "hadisələr": [
                {
                    "növ": c.rng.choice(["qol", "sarı_vərəqə", "əvəzetmə"]),
                    "dəqiqə": c.rng.randint(1, 90),
                    "klub": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def icmallar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/video/icmallar?sehife=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "videolar": [
                {
                    "videoId": f"icm_{_oyun(c)[0]}",
                    "müddət": c.rng.randint(90, 300),
                    "baxış": c.rng.randint(500, 90000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def cedvel(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/cedvel?mövsüm=2024-25".replace("ö", "%C3%B6"))
    b.ok_json({"cədvəl": [{"klub": k, "xal": c.rng.randint(10, 60), "oyun": 22} for k in KLUBLAR]})
    return b.build()


def bildiris_abune(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/bildirisler/abune")
    b.json({"mövzu": "klub_" + str(c.rng.randint(1, 10)), "istifadəçi": b.acct("qol_user")})
    b.no_content()
    return b.build()
