"""The library's MDM (a cloud MDM, admin console and agent), seen from the coordinator's phone.

Console side: the lending tablets (Galaxy Tab A9+) and e-readers (Onyx Boox,
Android-based) that patrons borrow are enrolled devices of the library; the
console lists them with serial numbers, IMEIs and Wi-Fi MACs, their battery,
last check-in and compliance, and the coordinator sends wipe-on-return, lock
and app-push commands. Those ids are the library's inventory, not his devices.

Agent side: his own work phone is enrolled too. Its agent checks in with the
phone's serial, IMEI, Wi-Fi MAC and ANDROID_ID (and the enrolment id the MDM
gave it); the agent's heartbeat carries a SHA-256 of the IMEI under `h`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex

from .phone import FB, chrome, dalvik, equipment_mac, inventory, iso, rf, rid

CONSOLE = "https://kalevatalo.mdm-pilvi.example"


def _tablets() -> list[dict[str, str]]:
    rng = inventory("mdm")
    out = []
    for i in range(1, 25):
        tab = i <= 16
        out.append(
            {
                "nimi": f"LAINA-{'TAB' if tab else 'EKIR'}-{i:02d}",
                "malli": "SM-X216B" if tab else "Onyx BOOX Page",
                "sarjanumero": ("R9PX" if tab else "BP3") + new_hex(rng, 7).upper(),
                "imei": luhn_complete(new_digits(rng, 14, "35")) if tab else "",
                "wifiMac": equipment_mac(rng, "D0:C2:4E" if tab else "00:0B:6F"),
                "id": new_digits(rng, 6, "4"),
            }
        )
    return out


TABLETS = _tablets()


def _console(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mdm-console", method, url)
    b.header("user-agent", chrome())
    b.header("x-api-key", "mdmk_" + new_hex(c.rng, 24))
    b.header("accept", "application/json")
    return b


def laitelista(c: Context) -> Flow:
    ryhma = c.rng.choice(["Lainattavat tabletit", "E-lukulaitteet"])
    b = _console(c, "GET", f"{CONSOLE}/api/v2/laitteet?ryhma={ryhma.replace(' ', '%20')}&sivu=1")
    b.decoy("lending tablets' serials, IMEIs and Wi-Fi MACs (library inventory)")
    rows = [t for t in TABLETS if ("TAB" in t["nimi"]) == (ryhma == "Lainattavat tabletit")]
    b.ok_json(
        {
            "laitteet": [
                {
                    "id": t["id"],
                    "nimi": t["nimi"],
                    "malli": t["malli"],
                    "serialNumber": t["sarjanumero"],
                    "imei": t["imei"] or None,
                    "wifiMac": t["wifiMac"],
                    "akku": c.rng.randint(5, 100),
                    "viimeksiNahty": iso(c),
                    "vaatimustenmukainen": c.rng.random() > 0.1,
                    "tila": c.rng.choice(["lainassa", "hyllyssä", "latauksessa"]),
                }
                for t in rows[:12]
            ],
            "yhteensa": len(rows),
        }
    )
    return b.build()


def laite(c: Context) -> Flow:
    t = c.rng.choice(TABLETS)
    b = _console(c, "GET", f"{CONSOLE}/api/v2/laitteet/{t['id']}")
    b.decoy("one lending tablet's serial, IMEI, MAC and storage (library inventory)")
    b.ok_json(
        {
            "id": t["id"],
            "nimi": t["nimi"],
            "hardware": {
                "SerialNumber": t["sarjanumero"],
                "IMEI": t["imei"] or None,
                "WiFiMAC": t["wifiMac"],
                "Model": t["malli"],
            },
            "os": {"version": "14", "securityPatch": "2024-10-01"},
            "storage": {"freeMB": c.rng.randint(2000, 40000), "totalMB": 65536},
            "apps": ["fi.kirjasto.lainaus", "com.ellibs.ereader", "org.libby.kiosk"],
        }
    )
    return b.build()


def komento(c: Context) -> Flow:
    t = c.rng.choice(TABLETS)
    cmd = c.rng.choice(["TyhjennaPalautuksessa", "Lukitse", "AsennaSovellus", "Hae sijainti"])
    b = _console(c, "POST", f"{CONSOLE}/api/v2/laitteet/{t['id']}/komennot")
    b.decoy("MDM command to a lending tablet (equipment)")
    b.json({"komento": cmd, "syy": "palautus tiskille", "pyytaja": b.acct("staff_user")})
    b.ok_json({"komentoId": rid(c.rng), "tila": "jonossa", "laite": t["nimi"]})
    return b.build()


def raportti(c: Context) -> Flow:
    b = _console(c, "GET", f"{CONSOLE}/api/v2/raportit/vaatimustenmukaisuus?kk={iso(c)[:7]}")
    b.decoy("fleet compliance aggregates")
    b.ok_json(
        {
            "laitteita": len(TABLETS),
            "vaatimustenmukaisia": len(TABLETS) - c.rng.randint(0, 3),
            "vanhaKayttojarjestelma": c.rng.randint(0, 2),
            "keskimAkku": rf(c.rng, 40, 90, 1),
        }
    )
    return b.build()


def rekisterointi_qr(c: Context) -> Flow:
    b = _console(c, "POST", f"{CONSOLE}/api/v2/rekisterointi/qr")
    b.decoy("enrolment token for new lending tablets")
    b.json({"ryhma": "Lainattavat tabletit", "voimassa_h": 24})
    b.ok_json({"token": new_hex(c.rng, 40), "qr": "data:image/png;base64,iVBORw0KGgo="})
    return b.build()


# --- the agent on the coordinator's own phone ------------------------------------


def _agent(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mdm-agent", method, url)
    b.header("user-agent", dalvik() + " MdmAgent/6.3.1")
    b.header("authorization", "Bearer " + b.acct("mdm_token"))
    return b


def agentti_checkin(c: Context) -> Flow:
    b = _agent(c, "POST", f"{CONSOLE}/agent/v1/checkin")
    b.json(
        {
            "enrolmentId": b.id("mdm_enrolment", where="json enrolmentId"),
            "hardware": {
                "serialNumber": b.id("phone_serial", where="json hardware.serialNumber"),
                "imei": b.id("imei", where="json hardware.imei"),
                "wifiMac": b.id("wifi_mac", where="json hardware.wifiMac"),
                "androidId": b.id("aid_mdm", where="json hardware.androidId"),
                "model": "SM-G736B",
                "manufacturer": "samsung",
            },
            "os": {"version": "14", "securityPatch": "2024-11-01"},
            "owner": "staff",
            "battery": c.rng.randint(20, 100),
            "time": iso(c),
        }
    )
    b.ok_json({"policyVersion": 41, "commands": []})
    return b.build()


def agentti_syke(c: Context) -> Flow:
    b = _agent(c, "POST", f"{CONSOLE}/agent/v1/hb")
    b.json(
        {
            "h": b.id("imei", "sha256", "json h", detectable=False),
            "b": c.rng.randint(20, 100),
            "n": c.rng.choice(["wifi", "lte"]),
        }
    )
    b.no_content()
    return b.build()


def agentti_politiikka(c: Context) -> Flow:
    b = _agent(c, "GET", f"{CONSOLE}/agent/v1/policy?v=41")
    b.ok_json(
        {
            "passcode": {"minLength": 6},
            "wifi": [{"ssid": "Kalevatalo-Henkilosto", "eap": "PEAP"}],
            "apps": ["com.microsoft.teams", "fi.kalevatalo.av"],
        }
    )
    return b.build()
