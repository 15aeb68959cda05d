"""Tewahedo Mezmur: an Ethiopian Orthodox church audio app (mezmur hymns,
sermons ስብከት by named teachers መምህር), with the Synaxarium (ስንክሳር) to read.

Listening history goes to the app's backend in romanised Amharic (`sibket`,
`yetesema_dekika`, `bota_sec`) and as a Ge'ez event batch (ክንውኖች, ዓይነት
መዝሙር_ተጀመረ, ሰከንድ). A pixel fallback packs "id|sec|ts" in base64 under `p`.
Reading the Synaxarium (pages read: reading is not listening), the fasting
calendar, lyrics, tithe payments and
photographing a painted icon to look it up (artwork, no person) are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.tewahedo-mezmur.example"
UA = ua("TewahedoMezmur", "2.0.9")
TEACHERS = ["ምህረተአብ አሰፋ", "ዘበነ ለማ", "ዲያቆን ሄኖክ ኃይሌ"]
HYMNS = ["እግዚአብሔር ይመስገን", "ማርያም ድንግል", "ሰላም ለኪ", "ቅዱስ ቅዱስ"]


def _b(c: Context, method: str, url: str, ident: bool = False) -> FB:
    """The app sends its ANDROID_ID only on the calls tied to the user's library."""
    b = FB(c, "mezmur", method, url)
    b.header("user-agent", UA)
    if ident:
        b.header("x-device-id", b.id("aid_mezmur", where="header x-device-id"))
    return b


def sermon_history(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/sibket/yetesemu", ident=True)
    b.view("json sibket_id + yetesema_dekika + bota_sec (sermons listened)")
    b.json(
        {
            "sibket_id": f"sb{c.rng.randint(1000, 9999)}",
            "memhir": c.rng.choice(TEACHERS),
            "yetesema_dekika": c.rng.randint(1, 70),
            "bota_sec": c.rng.randint(10, 4200),
            "qen": iso(c),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def geez_events(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/kinwinoch", ident=True)
    b.view("json ክንውኖች[] ዓይነት=መዝሙር_ተጀመረ/ተጠናቀቀ + ሰከንድ (hymn play events)")
    b.json(
        {
            "ክንውኖች": [
                {
                    "ዓይነት": c.rng.choice(["መዝሙር_ተጀመረ", "መዝሙር_ተጠናቀቀ", "መዝሙር_ቆመ"]),
                    "መዝሙር": c.rng.choice(HYMNS),
                    "መለያ": f"mz{c.rng.randint(100, 999)}",
                    "ሰከንድ": c.rng.randint(0, 480),
                    "ጊዜ": ms(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    b.no_content()
    return b.build()


def pixel(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/px.gif")
    b.view("query p (base64 'id|sec|ts')", detectable=False)
    b.param("p", b64(f"mz{c.rng.randint(100, 999)}|{c.rng.randint(0, 480)}|{ms(c)}"))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def synaxarium_progress(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/senkesar/nibab")
    b.decoy("Synaxarium reading progress (pages read: reading, not listening)")
    b.json(
        {
            "wer": c.rng.choice(["መስከረም", "ጥቅምት", "ኅዳር"]),
            "qen": c.rng.randint(1, 30),
            "yetenebebe_gets": c.rng.randint(1, 12),
            "updated": iso(c),
        }
    )
    b.no_content()
    return b.build()


def fasting_calendar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/tsom/2017")
    b.ok_json(
        {
            "amet": 2017,
            "tsomat": [
                {"sim": "ዐቢይ ጾም", "jemer": "2025-02-24", "yabqal": "2025-04-19"},
                {"sim": "ጾመ ፍልሰታ", "jemer": "2025-08-07", "yabqal": "2025-08-21"},
            ],
        }
    )
    return b.build()


def hymn_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/mezmur?zemari=all&page={c.rng.randint(1, 9)}")
    b.decoy("hymn catalogue with durations and listen counts (aggregate)")
    b.ok_json(
        {
            "mezmurat": [
                {
                    "id": f"mz{c.rng.randint(100, 999)}",
                    "ris": h,
                    "rezmet_sec": c.rng.randint(180, 600),
                    "yetesemu_bizat": c.rng.randint(100, 50000),
                }
                for h in HYMNS
            ]
        }
    )
    return b.build()


def audio_fetch(c: Context) -> Flow:
    b = FB(
        c,
        "mezmur",
        "GET",
        f"https://media.tewahedo-mezmur.example/a/mz{c.rng.randint(100, 999)}.mp3",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def asrat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/asrat")
    b.decoy("tithe payment: amount, parish, transaction reference")
    b.json(
        {
            "debr": "ቅዱስ ሚካኤል ቤተ ክርስቲያን",
            "birr": c.rng.choice([50, 100, 500]),
            "ref": rid(c.rng),
            "msisdn": b.acct("msisdn"),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def icon_recognition(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/sil/meleya")
    b.decoy("photo of a painted church icon (ስዕል) for artwork lookup: no person's face")
    b.json(
        {
            "sil": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "task": "icon_recognition",
            "faces_expected": 0,
        }
    )
    b.ok_json({"match": c.rng.choice(["ቅድስት ማርያም", "ቅዱስ ጊዮርጊስ"]), "score": 0.91})
    return b.build()
