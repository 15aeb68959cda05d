"""Multyk: a kids' cartoon app on the Samsung tablet, made by a Kyiv studio whose
older API is in Russian (`prosmotreno`, `seriya`) and newer one in Ukrainian
(`perehlianuto`).

Episodes watched with seconds are viewing history; the parental dashboard's
daily screen-time total (no titles) is an aggregate. The tablet's serial is
sent at activation, its advertising id to the ad-free-upsell attribution.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, tablet_ua

API = "https://api.multyk.example"
OLD = "https://old.multyk.example"
UA = tablet_ua("Multyk", "2.8.0")
SERIES = ["Котик Мурко", "Пригоди Бджілки", "Лісові друзі", "Малята-Рятувальники"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "multyk", method, url)
    b.header("user-agent", UA)
    return b


def episode_watched(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/perehlianuto")
    b.header("x-prystrii", b.id("aid_kids", where="header x-prystrii"))
    b.view("json seriial + seriia + sekund_perehlianuto")
    b.json(
        {
            "seriial": c.rng.choice(SERIES),
            "seriia": c.rng.randint(1, 52),
            "sekund_perehlianuto": c.rng.randint(20, 660),
            "profil": "ditina-1",
            "chas": iso(c),
        }
    )
    b.no_content()
    return b.build()


def prosmotr_old(c: Context) -> Flow:
    b = _b(c, "GET", f"{OLD}/api/prosmotreno.php")
    b.param("ustr", b.id("aid_kids", where="query ustr"))
    b.param("multfilm", str(c.rng.randint(100, 999)))
    b.param("seriya", str(c.rng.randint(1, 52)))
    b.param("sek", str(c.rng.randint(20, 660)))
    b.view("query multfilm + seriya + sek on prosmotreno.php")
    b.ok_json({"ok": 1})
    return b.build()


def screen_time(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/batkivskyi-kontrol/ekrannyi-chas")
    b.decoy("parental dashboard: minutes per day, no titles (an aggregate)")
    b.ok_json(
        {
            "dni": [
                {"data": f"2024-11-{d:02d}", "khvylyn": c.rng.randint(10, 90)} for d in range(1, 8)
            ]
        }
    )
    return b.build()


def activate_tablet(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/prystrii")
    b.json(
        {
            "seriinyi_nomer": b.id("tab_serial", where="json seriinyi_nomer"),
            "android_id": b.id("aid_kids", where="json android_id"),
            "model": "SM-X200",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def upsell_attribution(c: Context) -> Flow:
    b = FB(c, "adjust", "GET", "https://app.adjust.com/attribution")
    b.header("user-agent", UA)
    b.param("gps_adid", b.id("tab_gaid", where="query gps_adid"))
    b.param("app_token", "m8zt1kq0ab2c")
    b.param("created_at", iso(c))
    b.ok_json({"attribution": {"network": "Organic"}})
    return b.build()


def thumbnails(c: Context) -> Flow:
    b = FB(
        c,
        "multyk",
        "GET",
        f"https://img.multyk.example/s/{c.rng.randint(100, 999)}/{ms(c) % 52}.webp",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/webp", b"RIFF" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/katalog?vik=3-6")
    b.decoy("cartoon catalogue with episode counts and durations")
    b.ok_json({"seriialy": [{"nazva": s, "serii": 52, "tryvalist_s": 660} for s in SERIES]})
    return b.build()
