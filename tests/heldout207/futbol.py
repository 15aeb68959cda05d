"""TribünCepte: a Süper Lig football app on the son's Redmi Note 13 in Istanbul.

Live scores, the league table (`puan_durumu`, where `pozisyon` is a club's
place) and match events are polled; the app streams matches and goal
highlights, reporting watch time per match to its backend in snake_case
Turkish (`mac_id`, `izlenen_sure_sn`, some keys with Turkish letters:
`özet_id`, `izlenme_yüzdesi`). AppsFlyer launches carry `advertiserId`,
AppsFlyer's `uid` and `android_id` (the SDK's ServerParameters names). Meta
app events go to the Graph API `/{app-id}/activities` endpoint as a form with
`event=CUSTOM_APP_EVENTS`, `advertiser_id`, `anon_id`, `custom_events`
(https://developers.facebook.com/docs/marketing-api/app-event-api/); a
`fb_mobile_content_view` of a video names the highlight watched. Line-ups,
players' positions (`mevki`), minutes of goals and highlight view counters are
nobody's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.tribuncepte.example"
UA = ua("TribunCepte", "5.1.3", "oglu")
FB_APP = "1893064417731205"
KULUPLER = [
    "Galatasaray",
    "Fenerbahçe",
    "Beşiktaş",
    "Trabzonspor",
    "Başakşehir",
    "Samsunspor",
    "Göztepe",
    "Eyüpspor",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tribuncepte", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _mac(c: Context) -> tuple[int, str, str]:
    ev, dep = c.rng.sample(KULUPLER, 2)
    return c.rng.randint(700000, 799999), ev, dep


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "com.tribuncepte.android"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("oglu"))
    b.json(
        {
            "advertiserId": b.id("gaid_oglu", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("futbol_af_uid", where="json uid"),
            "android_id": b.id("aid_futbol", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "5.1.3",
            "model": "23129RAA4G",
            "brand": "Redmi",
            "lang_code": "tr",
            "country": "TR",
            "counter": str(c.rng.randint(1, 90)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "com.tribuncepte.android"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("oglu"))
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "takim_takip", "bildirim_acik"]),
            "eventValue": js({"takim": c.rng.choice(KULUPLER)}),
            "advertiserId": b.id("gaid_oglu", where="json advertiserId"),
            "uid": b.id("futbol_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def _meta(c: Context, events: list[dict[str, object]]) -> FB:
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_oglu", where="form advertiser_id")),
            ("anon_id", b.id("futbol_anon_id", where="form anon_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("custom_events", js(events)),
            ("extinfo", js(["a2", "com.tribuncepte.android", 513, "5.1.3", "14", "23129RAA4G"])),
            ("application_package_name", "com.tribuncepte.android"),
            ("format", "json"),
        ]
    )
    b.ok_json({"success": True})
    return b


def meta_activate(c: Context) -> Flow:
    b = _meta(c, [{"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now)}])
    return b.build()


def meta_content_view(c: Context) -> Flow:
    mid, ev, dep = _mac(c)
    events = [
        {
            "_eventName": "fb_mobile_content_view",
            "fb_content_type": "video",
            "fb_content_id": f"ozet_{mid}",
            "fb_description": f"{ev} - {dep} maç özeti",
            "_logTime": int(c.now),
        }
    ]
    b = _meta(c, events)
    b.view("form custom_events fb_mobile_content_view (video)")
    return b.build()


def yayin_nabiz(c: Context) -> Flow:
    mid, ev, dep = _mac(c)
    b = _b(c, "POST", f"{API}/v2/yayin/nabiz")
    b.view("json mac_id + izlenen_sure_sn (live match watch time)")
    b.json(
        {
            "mac_id": mid,
            "mac_adi": f"{ev} - {dep}",
            "izlenen_sure_sn": c.rng.randint(30, 5700),
            "canli": True,
            "zaman": iso(c),
        }
    )
    b.ok_json({"devam": True})
    return b.build()


def ozet_izlendi(c: Context) -> Flow:
    mid, ev, dep = _mac(c)
    b = _b(c, "POST", f"{API}/v2/video/izlendi")
    b.view("json özet_id + izlenme_yüzdesi (highlight watched)")
    b.json(
        {
            "özet_id": f"oz_{mid}",
            "başlık": f"Goller: {ev} {c.rng.randint(0, 4)}-{c.rng.randint(0, 4)} {dep}",
            "izlenme_yüzdesi": c.rng.choice([25, 50, 90, 100]),
            "süre_sn": c.rng.randint(90, 420),
            "izlenme_zamanı": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's stats ping: match and seconds as positional rows; the ANDROID_ID
    rides md5-hashed in a one-letter header."""
    b = _b(c, "POST", f"{API}/s/v")
    b.header("x-t", b.id("aid_futbol", "md5", "header x-t", detectable=False))
    b.view("json s[] rows", detectable=False)
    b.json({"s": [[_mac(c)[0], c.rng.randint(30, 5700), ms(c)]], "k": 1})
    b.no_content()
    return b.build()


def canli_skorlar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/maclar/canli?lig=super-lig")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        mid, ev, dep = _mac(c)
        rows.append(
            {
                "mac_id": mid,
                "ev_sahibi": ev,
                "deplasman": dep,
                "skor": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                "dakika": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"maclar": rows})
    return b.build()


def mac_olaylari(c: Context) -> Flow:
    mid, ev, _ = _mac(c)
    b = _b(c, "GET", f"{API}/v2/maclar/{mid}/olaylar")
    b.decoy("event minutes and players' positions (content)")
    b.ok_json(
        {
            "olaylar": [
                {
                    "tur": c.rng.choice(["gol", "sari_kart", "oyuncu_degisikligi"]),
                    "dakika": c.rng.randint(1, 90),
                    "takim": ev,
                    "oyuncu": {"ad": "Oyuncu " + str(c.rng.randint(1, 30)), "mevki": "forvet"},
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def puan_durumu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/puan-durumu?sezon=2024-2025")
    b.decoy("league table with 'pozisyon' (place in the table)")
    b.ok_json(
        {
            "puan_durumu": [
                {"pozisyon": i + 1, "takim": k, "puan": c.rng.randint(10, 70), "oynanan": 24}
                for i, k in enumerate(KULUPLER)
            ]
        }
    )
    return b.build()


def ozet_listesi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/video/ozetler?sayfa=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "ozetler": [
                {
                    "ozet_id": f"oz_{_mac(c)[0]}",
                    "sure_sn": c.rng.randint(90, 420),
                    "izlenme": c.rng.randint(1000, 900000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def takim_takip(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/bildirim/takip")
    b.json({"takim": c.rng.choice(KULUPLER), "uye": b.acct("futbol_uye")})
    b.no_content()
    return b.build()


def tahmin_oyunu(c: Context) -> Flow:
    mid, _, _ = _mac(c)
    b = _b(c, "POST", f"{API}/v2/tahmin")
    b.json({"mac_id": mid, "tahmin": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}"})
    b.ok_json({"kaydedildi": True, "kupon": new_hex(c.rng, 10)})
    return b.build()
