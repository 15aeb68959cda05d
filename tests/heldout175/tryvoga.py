"""Tryvoga: an air-raid and shelling alerts app on the Galaxy phone.

Push goes through OneSignal (the legacy `api/v1/players` registration with
`ad_id`, the player id in OneSignal's answer and in later session paths). The
app subscribes to oblasts and hromadas with the phone's ANDROID_ID under
`pristrii_id`, and its location check-in keys the phone by an MD5 under `h`.
Alert feeds (regions with start times), the city's siren devices (public
equipment with their own serials) and alert statistics are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, dalvik, iso, kyiv_point, rf, ua

API = "https://api.tryvoga.example"
UA = ua("Tryvoga", "3.2.7")
ONESIGNAL_APP = "6f1c2a94-33b0-4c51-9e0a-2d5b7a1e8c40"
REGIONS = ["м. Київ", "Київська область", "Львівська область", "м. Львів", "Харківська область"]


def onesignal_register(c: Context) -> Flow:
    b = FB(c, "onesignal", "POST", "https://onesignal.com/api/v1/players")
    b.header("user-agent", dalvik())
    b.header("sdk-version", "onesignal/android/050116")
    b.json(
        {
            "app_id": ONESIGNAL_APP,
            "device_type": 1,
            "identifier": b.acct("tryvoga_push"),
            "ad_id": b.id("gaid", where="json ad_id"),
            "device_model": "SM-A546B",
            "device_os": "14",
            "language": "uk",
            "timezone": 7200,
            "timezone_id": "Europe/Kyiv",
            "sdk": "050116",
            "net_type": 0,
        }
    )
    b.decoy("push token under identifier (a token, not labelled as a device id)")
    pid = b.id("onesignal_id", where="response json id (OneSignal player)", direction="response")
    b.ok_json({"success": True, "id": pid})
    return b.build()


def onesignal_session(c: Context) -> Flow:
    b = FB(c, "onesignal", "POST", "https://onesignal.com/api/v1/players/")
    pid = b.id("onesignal_id", where="path players/{id}/on_session")
    b.base = f"https://onesignal.com/api/v1/players/{pid}/on_session"
    b.header("user-agent", dalvik())
    b.json({"app_id": ONESIGNAL_APP, "device_type": 1, "ad_id": b.id("gaid", where="json ad_id")})
    b.ok_json({"success": True})
    return b.build()


def subscribe(c: Context) -> Flow:
    b = FB(c, "tryvoga", "POST", f"{API}/api/v1/pidpysky")
    b.header("user-agent", UA)
    b.json(
        {
            "pristrii_id": b.id("aid_tryvoga", where="json pristrii_id"),
            "oblasti": c.rng.sample(REGIONS, 2),
            "hromada_id": c.rng.randint(100, 1500),
            "typy": ["povitriana_tryvoha", "artobstril", "vulychni_boi"],
            "tykhyi_rezhym": c.rng.random() < 0.3,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def checkin(c: Context) -> Flow:
    """Location check-in for the local alert zone, the phone keyed by an MD5 under 'h'."""
    b = FB(c, "tryvoga", "POST", f"{API}/api/v1/l")
    b.header("user-agent", UA)
    lat, lon = kyiv_point(c.rng)
    b.decoy("coordinates of the check-in")
    b.form(
        [
            ("h", b.id("aid_tryvoga", "md5", "form h", detectable=False)),
            ("la", str(lat)),
            ("lo", str(lon)),
            ("a", str(c.rng.randint(5, 60))),
        ]
    )
    b.ok_json({"zona": c.rng.randint(1, 40)})
    return b.build()


def active_alerts(c: Context) -> Flow:
    b = FB(c, "tryvoga", "GET", f"{API}/api/v1/tryvohy/aktyvni")
    b.header("user-agent", UA)
    b.decoy("alerts per region with start times (public alerts, not a viewing log)")
    b.ok_json(
        {
            "tryvohy": [
                {
                    "region": r,
                    "typ": "povitriana_tryvoha",
                    "pochatok": iso(c),
                    "tryvalist_khv": None,
                }
                for r in c.rng.sample(REGIONS, c.rng.randint(1, 4))
            ],
            "onovleno": iso(c),
        }
    )
    return b.build()


def sirens(c: Context) -> Flow:
    b = FB(c, "tryvoga", "GET", f"{API}/api/v1/syreny?misto=kyiv&raion=shevchenkivskyi")
    b.header("user-agent", UA)
    b.decoy("city siren devices with their serials and MACs (public equipment)")
    b.ok_json(
        {
            "syreny": [
                {
                    "seriinyi_nomer": "SRN-" + new_digits(c.rng, 7),
                    "mac": ":".join(new_hex(c.rng, 2) for _ in range(6)),
                    "lat": kyiv_point(c.rng)[0],
                    "lon": kyiv_point(c.rng)[1],
                    "status": "ok",
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def stats(c: Context) -> Flow:
    b = FB(c, "tryvoga", "GET", f"{API}/api/v1/statystyka?period=30d")
    b.header("user-agent", UA)
    b.decoy("alert durations per day over the region (aggregate series)")
    b.ok_json(
        {
            "region": "м. Київ",
            "khvylyn_na_den": [c.rng.randint(0, 600) for _ in range(30)],
            "serednia_tryvalist": rf(c.rng, 40, 200, 1),
        }
    )
    return b.build()


def shelter_map(c: Context) -> Flow:
    b = FB(c, "tryvoga", "GET", f"{API}/api/v1/ukryttia?radius=800")
    b.header("user-agent", UA)
    b.decoy("shelter coordinates")
    b.ok_json(
        {
            "ukryttia": [
                {"adresa": "вул. Хрещатик, 22", "lat": p[0], "lon": p[1], "mistkist": 120}
                for p in (kyiv_point(c.rng) for _ in range(4))
            ]
        }
    )
    return b.build()
