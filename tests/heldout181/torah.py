"""Kol Torah: Torah lessons (shiurim) and synagogue prayer audio, used by the
grandparents in Russian and by the parents in Hebrew. The listening log names the
shiur and the minutes heard in Hebrew transliteration (`shiur_id`, `dakot_shmia`)
or Russian (`урок`, `прослушано_сек`); Firebase Analytics carries the app-instance
id. Zmanim (prayer times from coordinates), the weekly parasha text (reading)
and donations are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, ua

API = "https://api.kol-torah.example"
UA = ua("KolTorah", "4.1.7")
SHIURIM = ["daf-yomi-brachot-12", "parashat-vayera-rav-cohen", "halacha-shabbat-18"]
TEFILOT = ["shacharit-nusach-sfarad", "kabbalat-shabbat-carlebach", "selichot"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "koltorah", method, url)
    b.header("user-agent", UA)
    return b


def shiur_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/shiurim/hitkadmut")
    b.view("json shiur_id + dakot_shmia + nekudat_atzira")
    b.json(
        {
            "user": b.acct("torah_user"),
            "shiur_id": c.rng.choice(SHIURIM),
            "dakot_shmia": c.rng.randint(1, 55),
            "nekudat_atzira_sec": c.rng.randint(60, 3300),
            "siyem": False,
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def russian_listen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ru/api/прослушивание")
    b.view("json урок + прослушано_сек + начало (Russian keys)")
    b.json(
        {
            "урок": c.rng.choice(SHIURIM),
            "прослушано_сек": c.rng.randint(60, 3000),
            "начало": iso(c),
            "язык": "ru",
        }
    )
    b.no_content()
    return b.build()


def tefila_play(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/tefilot/nigun")
    b.view("json tefila + mikum_sec + sug_eru'a")
    b.json(
        {
            "tefila": c.rng.choice(TEFILOT),
            "mikum_sec": c.rng.randint(0, 1800),
            "sug_eru'a": c.rng.choice(["hatchala", "atzira", "siyum"]),
            "zman": ms(c),
        }
    )
    b.no_content()
    return b.build()


def firebase_event(c: Context) -> Flow:
    """GA4 for Firebase batch (protobuf): audio_progress with the shiur id and seconds."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B)")
    iid = b.id("torah_fiid", "protobuf", "protobuf app_instance_id (field 3)")
    b.view("protobuf event audio_progress params shiur_id, seconds_listened")
    params = [
        pb_msg(2, [pb_bytes(1, "shiur_id"), pb_bytes(2, c.rng.choice(SHIURIM))]),
        pb_msg(2, [pb_bytes(1, "seconds_listened"), pb_varint(4, c.rng.randint(30, 3000))]),
    ]
    event = pb_msg(2, [*params, pb_bytes(1, "audio_progress"), pb_varint(4, ms(c))])
    body = pb_msg(1, [pb_varint(1, 1), event, pb_bytes(3, iid), pb_bytes(8, "android")])
    b.set_body(body, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def opaque_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s?k=7")
    b.view("form q (pipe-joined shiur index|seconds|ts)", detectable=False)
    b.form([("q", f"{c.rng.randint(100, 999)}|{c.rng.randint(30, 3000)}|{ms(c)}")])
    b.no_content()
    return b.build()


def install(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/device")
    b.json(
        {
            "android_id": b.id("aid_torah", where="json android_id"),
            "fcm_instance": b.id("torah_fiid", where="json fcm_instance"),
            "lang": c.rng.choice(["he", "ru"]),
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def zmanim(c: Context) -> Flow:
    lat, lon = c.rng.choice([(32.08, 34.78), (32.79, 34.99), (31.25, 34.79)])
    b = _b(c, "GET", f"{API}/api/zmanim?lat={lat}&lng={lon}&date=2026-11-20")
    b.decoy("prayer times from the city's coordinates")
    b.ok_json({"alot": "04:58", "netz": "06:11", "shkia": "16:42", "tzeit": "17:05"})
    return b.build()


def parasha_text(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/parasha/vayera/text?perek=18")
    b.decoy("reading the weekly portion: reading is not viewing history")
    b.ok_json(
        {
            "psukim": [{"pasuk": i, "text": "וַיֵּרָא אֵלָיו ה'"} for i in range(1, 6)],
            "reading_position": c.rng.randint(1, 33),
        }
    )
    return b.build()


def donation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/truma")
    b.decoy("donation amount and receipt number")
    b.json({"schum": rf(c.rng, 18, 360, 0), "matbea": "ILS", "kabala": c.rng.randint(10**5, 10**6)})
    b.ok_json({"status": "ushar"})
    return b.build()


def synagogue_screen(c: Context) -> Flow:
    """The synagogue's lobby screen (managed by the gabbai in the app): its playout."""
    b = _b(c, "POST", f"{API}/api/beit-knesset/masach/playout")
    b.decoy(
        "a synagogue's public lobby screen: playout log and the screen's serial (public"
        " equipment, not the household's viewing or device)"
    )
    b.json(
        {
            "masach_serial": "BK-" + str(c.rng.randint(10**6, 10**7)),
            "hukran": [
                {
                    "item": c.rng.choice(["zmanei-tefila", "luach-moadim", "hodaot"]),
                    "start": iso(c),
                    "sec": c.rng.choice([15, 30]),
                }
                for _ in range(4)
            ],
        }
    )
    b.no_content()
    return b.build()
