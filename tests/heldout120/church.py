"""Two church audio apps: an Ethiopian Orthodox mezmur/sermon app (Ge'ez-script keys)
and a Protestant (Mekane Yesus style) sermon app that pushes through OneSignal.

Listening to a sermon or a mezmur with position is listening history. Reading the
daily synaxarium (ስንክሳር) or a Bible chapter is reading, not listening; the
church's donation form is ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, ua

ORTH = "https://api.tewahedo-media.example"
PROT = "https://api.qalehiwot.example"
MEZMUR = ["ቅዱስ ቅዱስ", "አምላኬ", "ማርያም ድንግል", "Waaqayyo Gaariidha"]


def mezmur_listen(c: Context) -> Flow:
    b = FB(c, "tewahedo", "POST", f"{ORTH}/api/ማዳመጥ")
    b.header("user-agent", ua("Tewahedo", "1.8"))
    b.view("json መዝሙር / የተደመጠ_ሰከንድ (Ge'ez 'mezmur', 'seconds listened')")
    b.json(
        {
            "መሣሪያ": b.id("aid_church", where="json መሣሪያ (Ge'ez 'device')"),
            "መዝሙር": c.rng.choice(MEZMUR),
            "የተደመጠ_ሰከንድ": c.rng.randint(10, 600),
            "ጊዜ": iso(c),
        }
    )
    b.no_content()
    return b.build()


def synaxarium(c: Context) -> Flow:
    b = FB(c, "tewahedo", "GET", f"{ORTH}/api/ስንክሳር/today")
    b.header("user-agent", ua("Tewahedo", "1.8"))
    b.decoy("daily synaxarium text with a read-position: reading, not listening")
    b.ok_json({"ርዕስ": "ስንክሳር", "ጽሑፍ": "በዚህች ቀን ...", "read_pos": c.rng.randint(0, 900)})
    return b.build()


def sermon_progress(c: Context) -> Flow:
    b = FB(c, "qalehiwot", "POST", f"{PROT}/v2/sermons/{c.rng.randint(100, 999)}/played")
    b.header("user-agent", ua("QaleHiwot", "3.4.2"))
    b.view("json position_ms / listened_pct (sermon audio)")
    b.json(
        {
            "user": c.phone.church_user,
            "position_ms": c.rng.randint(10000, 3_000_000),
            "listened_pct": c.rng.randint(5, 100),
            "at": ms(c),
        }
    )
    b.no_content()
    return b.build()


def sermon_hashed(c: Context) -> Flow:
    b = FB(c, "qalehiwot", "POST", f"{PROT}/v2/x")
    b.header("user-agent", ua("QaleHiwot", "3.4.2"))
    b.view("json k=sermon id, v=position: single-letter keys", detectable=False)
    h = b.id("aid_church", how="md5", where="json h (MD5 of ANDROID_ID)", detectable=False)
    b.json({"h": h, "k": f"s{c.rng.randint(100, 999)}", "v": c.rng.randint(10000, 3_000_000)})
    b.no_content()
    return b.build()


def onesignal_player(c: Context) -> Flow:
    b = FB(c, "onesignal", "PUT", f"https://api.onesignal.com/players/{c.phone.onesignal_id}")
    b.other_id("onesignal_id", where="path players/{id} (OneSignal player id)")
    b.header("user-agent", "OneSignal/5.1.6")
    b.json(
        {
            "app_id": "5eb5a37e-b458-11e3-ac11-000c2940e62c",
            "ad_id": b.id("gaid", where="json ad_id"),
            "device_type": 1,
            "language": "am",
            "timezone": 10800,
        }
    )
    b.ok_json({"success": True})
    return b.build()


def donation(c: Context) -> Flow:
    b = FB(c, "qalehiwot", "POST", f"{PROT}/v2/asrat")
    b.header("user-agent", ua("QaleHiwot", "3.4.2"))
    b.decoy("tithe form with amount and a Telebirr reference: a payment, no device id")
    b.json({"amount_etb": c.rng.choice([100, 250, 500]), "ref": "TB" + new_hex(c.rng, 10).upper()})
    b.ok_json({"status": "ok"})
    return b.build()
