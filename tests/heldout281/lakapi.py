"""Kalapu Lakapi Māngere: an Auckland rugby club's gym app (Mele's Pixel) and
the club's own check-in kiosks at the gym door.

Members book classes, show a QR pass and keep a profile (a self-declared
`itupa` = gender, a profile photo that nobody analyses). The kiosks are the
club's equipment: they post heartbeats with their serial and MAC and check
members in by QR, not by face (`foliga` on the kiosk is the screen's theme).
The app registers for push once with its ANDROID_ID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import b64, fake_jpeg

from .phone import AB, iso, mac, rid, ua

API = "https://app.lakapimangere.example"
UA = ua("LakapiMangere", "4.1.0", "mele")
KIOSKS = [("KIOSK-FALE-01", "KSK2208A113"), ("KIOSK-FALE-02", "KSK2208A147")]


def _b(c: Context, method: str, url: str) -> AB:
    b = AB(c, "lakapi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def push_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/push/register")
    b.json(
        {
            "androidId": b.id("aid_lakapi", where="json androidId"),
            "fcmToken": new_hex(c.rng, 22) + ":APA91b" + new_hex(c.rng, 60),
            "member": b.acct("lakapi_member"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def vasega(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/vasega?aso={iso(c)[:10]}")
    b.ok_json(
        {
            "vasega": [
                {"igoa": n, "taimi": iso(c), "avanoa": c.rng.randint(0, 20)}
                for n in ("Malosi Taeao", "Scrum Circuit", "Yoga mo Tuāʻau", "Sprint")
            ]
        }
    )
    return b.build()


def book(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/vasega/tusi")
    b.decoy("class booking number")
    b.json({"vasega": c.rng.choice(["Malosi Taeao", "Sprint"]), "member": b.acct("lakapi_member")})
    b.ok_json({"tusi_id": order_no(c.rng)})
    return b.build()


def qr_pass(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/member/pass")
    b.decoy("rotating QR pass token")
    b.ok_json({"qr": b64(rid(c.rng) + ":" + str(int(c.now))), "taimi_ngata": 30})
    return b.build()


def profile(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/api/member/profile")
    b.decoy("self-declared gender and weight goal")
    b.json(
        {
            "itupa": c.rng.choice(["fafine", "tamaloa"]),
            "mamafa_sini_kg": c.rng.randint(60, 110),
            "tulaga": c.rng.choice(["prop", "wing", "halfback"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def profile_photo(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/member/ata")
    b.decoy("member profile photo (stored, no face analysis)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 700), "image/jpeg")
    b.ok_json({"ata": f"https://cdn.lakapimangere.example/m/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def kiosk_heartbeat(c: Context) -> Flow:
    name, serial = c.rng.choice(KIOSKS)
    b = AB(c, "lakapi-kiosk", "POST", f"{API}/kiosk/v1/heartbeat", http_version="HTTP/1.1")
    b.header("user-agent", "KioskAgent/3.4 (Android 11; club-owned)")
    b.decoy("club check-in kiosk's own serial / MAC (institution equipment)")
    b.json(
        {
            "kiosk": name,
            "serial": serial,
            "mac": mac(c.rng, "00:1E:C0"),
            "foliga": "uliuli",
            "battery": c.rng.randint(70, 100),
            "version": "3.4.2",
        }
    )
    b.ok_json({"ok": True, "sync_in": 60})
    return b.build()


def kiosk_checkin(c: Context) -> Flow:
    name, serial = c.rng.choice(KIOSKS)
    b = AB(c, "lakapi-kiosk", "POST", f"{API}/kiosk/v1/checkin", http_version="HTTP/1.1")
    b.header("user-agent", "KioskAgent/3.4 (Android 11; club-owned)")
    b.header("x-kiosk-serial", serial)
    b.decoy("QR check-in at a club kiosk (no face)")
    b.json({"qr": b64(rid(c.rng)), "kiosk": name, "taimi": iso(c)})
    b.ok_json({"ulufale": True, "igoa": c.rng.choice(["Mele", "Ioane", "Salote", "Pita"])})
    return b.build()
