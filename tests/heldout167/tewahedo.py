"""Tewahedo Media: an Orthodox church app with mezmur (hymns), sermons (sibket) in
Amharic and Afaan Oromo, and the live Kidase (liturgy) stream.

Mezmur plays go to the backend as `mezmur_id` with `yadamtut_seconds`; Oromo
sermons as `barumsa_id` with `yeroo_daawwate` ("time watched"); the live Kidase
player sends a channel tuning log. The daily Bible-reading plan (chapter and verse
position: reading, not watching), the Ge'ez calendar, the church hall's screen
playout (the parish's public screen) and tithe (asrat) payments are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, iso, ms, rid, ua

API = "https://api.tewahedo-media.example"
UA = ua("TewahedoMedia", "2.4.3")
MEZMUR = ["ስለ ማርያም", "Kidist Silase", "Yemaryam Wudase", "ሆሣዕና", "Abune Gebre Menfes Kidus"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tewahedo", method, url)
    b.header("user-agent", UA)
    b.header("x-device", b.id("aid_tewahedo", where="header x-device"))
    return b


def mezmur_play(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/mezmur/tarik")
    b.view("json yadamtut_seconds with mezmur_id (romanised Amharic: listened seconds)")
    b.json(
        {
            "mezmur_id": f"mz-{c.rng.randint(100, 999)}",
            "rees": c.rng.choice(MEZMUR),
            "yadamtut_seconds": c.rng.randint(30, 600),
            "tekelatual": c.rng.random() < 0.5,
            "kenu": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def oromo_sermon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/om/barumsa/hordoffii")
    b.view("json yeroo_daawwate with barumsa_id (Afaan Oromo: time watched of a sermon)")
    b.json(
        {
            "barumsa_id": f"br-{c.rng.randint(100, 999)}",
            "mata_duree": "Jaalala Waaqayyoo",
            "yeroo_daawwate": c.rng.randint(60, 3000),
            "guutummaa": c.rng.randint(3000, 4200),
            "guyyaa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def kidase_tuning(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/live/log")
    b.view("json channel tuning log (live Kidase stream joined/left)")
    start = ms(c) - c.rng.randint(600, 5400) * 1000
    b.json(
        {
            "channel": "EOTC-TV",
            "ቤተ_ክርስቲያን": "መንበረ ፓትርያርክ",
            "joined_at": start,
            "left_at": ms(c),
            "quality": "480p",
        }
    )
    b.no_content()
    return b.build()


def opaque_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/x")
    b.view("json p (pipe-joined mezmur|seconds|ts)", detectable=False)
    b.json({"p": f"{c.rng.randint(100, 999)}|{c.rng.randint(30, 600)}|{ms(c)}", "k": 1})
    b.no_content()
    return b.build()


def reading_plan(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/metshaf/plan/progress")
    b.decoy("Bible-reading plan position (book, chapter, verse): reading, not watching")
    b.json(
        {
            "metshaf": "ዮሐንስ",
            "meraf": c.rng.randint(1, 21),
            "kifl": c.rng.randint(1, 40),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def calendar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/zemen/2017/megabit")
    b.ok_json({"ወር": "መጋቢት", "days": [{"qen": i, "bal": None} for i in range(1, 31)]})
    return b.build()


def hall_screen_playout(c: Context) -> Flow:
    """The parish volunteer's view of the church hall screen: what it played, when."""
    b = _b(c, "GET", f"{API}/api/parish/screens/hall-1/playout?date=today")
    b.decoy(
        "church hall screen playout with its serial: a public screen's proof-of-play,"
        " not the tester's device or viewing"
    )
    b.ok_json(
        {
            "screen_serial": "HSN" + new_digits(c.rng, 10),
            "played": [
                {"item": f"mz-{c.rng.randint(100, 999)}", "at": iso(c), "sec": 240}
                for _ in range(4)
            ],
        }
    )
    return b.build()


def asrat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/asrat/pay")
    b.decoy("tithe payment with a transaction reference")
    b.json({"amount_etb": c.rng.choice([100, 250, 500]), "via": "wallet", "ref": rid(c.rng)})
    b.ok_json({"status": "PENDING"})
    return b.build()
