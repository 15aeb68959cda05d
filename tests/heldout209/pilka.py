"""Gole Ekstraklasy: an Ekstraklasa football app on the father's Samsung in Warsaw.

Live scores, line-ups and the league table are polled; the app also streams
matches and goal clips, and reports watch time per match to its backend in
snake_case Polish (`mecz_id`, `sekundy_ogladania`, `pozycja_sek`). AppsFlyer
launches carry `advertiserId`, AppsFlyer's `uid` and `android_id`; an in-app
event `skrot_obejrzany` carries the clip watched in `eventValue`. Meta app
events go to graph.facebook.com/{app-id}/activities as a form
(`event=CUSTOM_APP_EVENTS`, `advertiser_id`, `anon_id`, `custom_events`).
Banner ads are bought through an OpenRTB 2.5 exchange (`device.ifa`,
`dpidsha1`). The table's `pozycja` (a club's league position), a match's
minute-by-minute events and the clips' view counters are not anyone's viewing
history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.gole-ekstraklasy.example"
UA = ua("GoleEkstraklasy", "4.3.1", "tata")
KLUBY = [
    "Legia Warszawa",
    "Lech Poznań",
    "Raków Częstochowa",
    "Jagiellonia Białystok",
    "Pogoń Szczecin",
    "Górnik Zabrze",
    "Cracovia",
    "Widzew Łódź",
    "Śląsk Wrocław",
    "Zagłębie Lubin",
]
FB_APP = "318204661570921"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gole-ekstraklasy", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _mecz(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(KLUBY, 2)
    return c.rng.randint(70000, 79999), home, away


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "pl.gole.ekstraklasy"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("tata"))
    b.json(
        {
            "advertiserId": b.id("gaid_tata", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("pilka_af_uid", where="json uid"),
            "android_id": b.id("aid_pilka", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "4.3.1",
            "model": "SM-S911B",
            "brand": "samsung",
            "lang_code": "pl",
            "country": "PL",
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_skrot(c: Context) -> Flow:
    mid, home, away = _mecz(c)
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "pl.gole.ekstraklasy"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("tata"))
    b.view("json eventName skrot_obejrzany + eventValue (clip watched)")
    b.json(
        {
            "eventName": "skrot_obejrzany",
            "eventValue": js(
                {
                    "af_content_id": f"skrot-{mid}",
                    "af_content_type": "skrot_meczu",
                    "mecz": f"{home} - {away}",
                    "obejrzano_procent": c.rng.choice([50, 75, 100]),
                }
            ),
            "advertiserId": b.id("gaid_tata", where="json advertiserId"),
            "uid": b.id("pilka_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def meta_app_event(c: Context) -> Flow:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.decoy("fb_mobile_content_view of a club page (an app screen, not watch history)")
    events = [
        {
            "_eventName": "fb_mobile_content_view",
            "fb_content_type": "klub",
            "fb_content_id": c.rng.choice(KLUBY),
            "_logTime": int(c.now),
        }
    ]
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_tata", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("anon_id", b.id("pilka_fb_anon", where="form anon_id")),
            ("extinfo", js(["a2", "pl.gole.ekstraklasy", 431, "4.3.1", "14", "SM-S911B", "pl_PL"])),
            ("custom_events", js(events)),
            ("application_package_name", "pl.gole.ekstraklasy"),
            ("format", "json"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def rtb_bid(c: Context) -> Flow:
    b = FB(c, "rtb-exchange", "POST", "https://rtb.wislaads.example/openrtb2/auction")
    b.header("x-openrtb-version", "2.5")
    b.header("user-agent", dalvik("tata"))
    b.decoy("bid id uuid, user.id hex, geo coordinates")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [{"id": "1", "tagid": "gole_wyniki_320x50", "banner": {"w": 320, "h": 50}}],
            "app": {
                "bundle": "pl.gole.ekstraklasy",
                "name": "Gole Ekstraklasy",
                "cat": ["IAB17"],
                "publisher": {"id": new_hex(c.rng, 24)},
            },
            "device": {
                "ua": dalvik("tata"),
                "ifa": b.id("gaid_tata", where="json device.ifa"),
                "dpidsha1": b.id("aid_pilka", "sha1", "json device.dpidsha1"),
                "lmt": 0,
                "make": "samsung",
                "model": "SM-S911B",
                "os": "android",
                "osv": "14",
                "devicetype": 4,
                "geo": {"lat": rf(c.rng, 52.2, 52.3), "lon": rf(c.rng, 20.9, 21.1), "type": 2},
            },
            "user": {"id": new_hex(c.rng, 40)},
            "at": 1,
            "tmax": 300,
        }
    )
    b.ok_json({"id": rid(c.rng), "seatbid": []})
    return b.build()


def transmisja_heartbeat(c: Context) -> Flow:
    mid, home, away = _mecz(c)
    b = _b(c, "POST", f"{API}/v2/transmisje/{mid}/heartbeat")
    b.view("json mecz_id + sekundy_ogladania + pozycja_sek")
    b.json(
        {
            "mecz_id": mid,
            "gospodarz": home,
            "gosc": away,
            "sekundy_ogladania": c.rng.choice([30, 60]),
            "pozycja_sek": c.rng.randint(0, 6000),
            "na_zywo": True,
            "czas": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def skrot_obejrzany(c: Context) -> Flow:
    mid, home, away = _mecz(c)
    b = _b(c, "POST", f"{API}/v2/skroty/obejrzane")
    b.view("json skrot_id + obejrzano_sek")
    b.json(
        {
            "skrot_id": f"sk{mid}",
            "tytul": f"Skrót: {home} - {away}",
            "obejrzano_sek": c.rng.randint(20, 240),
            "dlugosc_sek": 240,
            "czas": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """Player stats: rows [match, seconds, offset, ts] under 'd', no names."""
    b = _b(c, "POST", f"{API}/s")
    b.view("json d[] rows", detectable=False)
    b.json(
        {
            "d": [
                [c.rng.randint(70000, 79999), 30, c.rng.randint(0, 6000), ms(c)]
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def wyniki(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/wyniki/na-zywo")
    b.ok_json(
        {
            "mecze": [
                {
                    "mecz_id": m,
                    "gospodarz": h,
                    "gosc": a,
                    "wynik": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
                    "minuta": c.rng.randint(1, 90),
                }
                for m, h, a in (_mecz(c) for _ in range(3))
            ]
        }
    )
    return b.build()


def zdarzenia(c: Context) -> Flow:
    mid, home, away = _mecz(c)
    b = _b(c, "GET", f"{API}/v2/mecze/{mid}/zdarzenia")
    b.decoy("match events with minutes (not viewing)")
    b.ok_json(
        {
            "zdarzenia": [
                {"minuta": c.rng.randint(1, 90), "typ": t, "druzyna": c.rng.choice([home, away])}
                for t in ("gol", "zolta_kartka", "zmiana")
            ]
        }
    )
    return b.build()


def tabela(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tabela?sezon=2024-25")
    b.decoy("league table: pozycja is a club's position")
    b.ok_json(
        {
            "tabela": [
                {"pozycja": i + 1, "klub": k, "punkty": 40 - 3 * i, "mecze": 17}
                for i, k in enumerate(KLUBY)
            ]
        }
    )
    return b.build()


def skroty_lista(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/skroty?kolejka={c.rng.randint(1, 34)}")
    b.decoy("clip list with view counters (wyswietlenia)")
    b.ok_json(
        {
            "skroty": [
                {
                    "skrot_id": f"sk{m}",
                    "tytul": f"Skrót: {h} - {a}",
                    "wyswietlenia": c.rng.randint(1000, 400000),
                    "dlugosc_sek": 240,
                }
                for m, h, a in (_mecz(c) for _ in range(4))
            ]
        }
    )
    return b.build()


def push_temat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/powiadomienia/tematy")
    b.json({"tematy": ["gole", "klub_" + c.rng.choice(KLUBY).split()[0].lower()], "t": ms(c)})
    b.ok_json({"ok": True})
    return b.build()
