"""The district's device management: pupils' Chromebooks (Google Admin directory API,
the district's own console) and teachers' iPads (Jamf School). Every serial, MAC and
UDID here belongs to the city's devices lent to pupils and staff, not to the
technician: decoys only. Finnish keys in the Helsinki console, Swedish ones where the
Espoo Swedish-language schools' sync writes its own (`enhet`, `serienummer`).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, district_mac, district_serial, iso, ms, pupil_alias, rid, ua

CONSOLE = "https://mdm.kouluverkko.example"
SCHOOLS = [
    "Kallion ala-aste",
    "Tapiolan koulu",
    "Mattlidens skola",
    "Olarin lukio",
    "Aleksis Kiven koulu",
]
UA = ua("KouluverkkoAdmin", "3.8.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kouluverkko-mdm", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def chromebook_inventory(c: Context) -> Flow:
    b = _b(c, "GET", f"{CONSOLE}/api/v2/laitteet?tyyppi=chromebook&koulu={c.rng.randint(100, 180)}")
    b.decoy("district Chromebooks lent to pupils: sarjanumero/mac are the city's devices")
    b.ok_json(
        {
            "laitteet": [
                {
                    "sarjanumero": district_serial(c.rng, "PF3", 5),
                    "mac_osoite": district_mac(c.rng, "3C:22:FB"),
                    "malli": "Lenovo 300e Chromebook Gen 4",
                    "haltija": pupil_alias(c.rng),
                    "koulu": c.rng.choice(SCHOOLS),
                    "viimeksi_nahty": iso(c),
                    "akku_pct": c.rng.randint(5, 100),
                }
                for _ in range(c.rng.randint(3, 8))
            ],
            "sivu": 1,
        }
    )
    return b.build()


def google_admin_devices(c: Context) -> Flow:
    url = (
        "https://admin.googleapis.com/admin/directory/v1/customer/my_customer/devices/chromeos"
        f"?maxResults=50&orgUnitPath=%2FOppilaat%2F{c.rng.choice(['Espoo', 'Helsinki'])}"
    )
    b = FB(c, "google-admin", "GET", url)
    b.header("authorization", "Bearer ya29." + new_hex(c.rng, 60))
    b.decoy("Google Admin directory of the district's Chromebooks (serialNumber, macAddress)")
    b.ok_json(
        {
            "kind": "admin#directory#chromeosdevices",
            "chromeosdevices": [
                {
                    "deviceId": rid(c.rng),
                    "serialNumber": district_serial(c.rng, "5CD", 7),
                    "macAddress": district_mac(c.rng, "F8:0F:F9").replace(":", "").lower(),
                    "annotatedUser": pupil_alias(c.rng) + "@edu.espoo.example",
                    "annotatedAssetId": f"ESP-{c.rng.randint(10000, 99999)}",
                    "status": "ACTIVE",
                    "lastSync": iso(c),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
            "nextPageToken": new_hex(c.rng, 24),
        }
    )
    return b.build()


def ipad_checkin_sv(c: Context) -> Flow:
    b = _b(c, "POST", f"{CONSOLE}/api/v2/enhet/incheckning")
    b.decoy("Swedish-school sync of a teacher's district iPad: enhet.serienummer is the city's")
    b.json(
        {
            "enhet": {
                "serienummer": district_serial(c.rng, "DMP", 9),
                "wifi_mac": district_mac(c.rng, "A4:83:E7").lower(),
                "modell": "iPad (9th generation)",
                "skola": "Mattlidens skola",
                "larare": f"lärare{c.rng.randint(100, 999)}",
            },
            "tidpunkt": ms(c),
        }
    )
    b.ok_json({"status": "ok", "policy": "larare-ipad-2024"})
    return b.build()


def jamf_devices(c: Context) -> Flow:
    b = FB(c, "jamf-school", "GET", "https://espoo-edu.jamfcloud.com/api/devices?includeApps=0")
    b.header("authorization", "Basic " + new_hex(c.rng, 32))
    b.header("x-server-protocol-version", "3")
    b.decoy("Jamf School inventory of teachers' iPads (UDID, serialNumber, WiFiMAC: district's)")
    b.ok_json(
        {
            "code": 200,
            "count": 4,
            "devices": [
                {
                    "UDID": new_hex(c.rng, 8).upper() + "-" + new_hex(c.rng, 16).upper(),
                    "serialNumber": district_serial(c.rng, "GG7", 9),
                    "WiFiMAC": district_mac(c.rng, "F0:B3:EC").lower(),
                    "name": f"Opettaja-iPad {c.rng.randint(1, 400)}",
                    "owner": {"username": f"ope{c.rng.randint(100, 999)}"},
                    "lastCheckin": iso(c),
                }
                for _ in range(4)
            ],
        }
    )
    return b.build()


def enrol_device(c: Context) -> Flow:
    serial = district_serial(c.rng, "PF3", 5)
    b = _b(c, "POST", f"{CONSOLE}/api/v2/laitteet/{serial}/rekisteroi")
    b.decoy("technician enrols a pupil's district Chromebook (path serial is the city's)")
    b.json(
        {
            "laite": {"sarjanumero": serial, "laitetunnus": f"HKI-{c.rng.randint(10**5, 10**6)}"},
            "organisaatioyksikko": "/Oppilaat/Helsinki/" + c.rng.choice(SCHOOLS),
            "kaytannot": ["kioskitila-koe", "verkkosuodatin"],
        }
    )
    b.ok_json({"tila": "rekisteröity", "tehtava": rid(c.rng)})
    return b.build()


def wipe_lost(c: Context) -> Flow:
    b = _b(c, "POST", f"{CONSOLE}/api/v2/laitteet/toimenpide")
    b.decoy("remote lock of a lost pupil Chromebook: its IMEI-less serial and MAC are the city's")
    b.json(
        {
            "toimenpide": "lukitse",
            "laite_id": f"d-{new_hex(c.rng, 10)}",
            "sarjanumero": district_serial(c.rng, "PF3", 5),
            "syy": "kadonnut",
        }
    )
    b.ok_json({"ok": True, "jono": c.rng.randint(1, 30)})
    return b.build()
