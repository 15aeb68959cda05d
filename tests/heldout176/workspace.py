"""The nurse's phone and the ward tablet at work: Intune check-ins and guest Wi-Fi.

The nurse's own phone is enrolled as a personally-owned work profile: Intune's
Company Portal reports the work profile's ANDROID_ID and the Intune device id
(her device: labelled), never IMEI or serial (Android hides those from a work
profile). The shared ward tablet is a corporate dedicated device: its check-in
carries serial, IMEI, Wi-Fi MAC and ANDROID_ID, all the hospital's (decoys).
The guest Wi-Fi captive portal registers the phone's randomised MAC (hers, on that
network) with the access point's MAC (the hospital's).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from . import ward
from .phone import FB, dalvik, iso, rid

INTUNE = "https://fef.msua06.manage.microsoft.com"
PORTAL = "https://vierasverkko.hyks.example"


def _intune(c: Context, path: str) -> FB:
    b = FB(c, "intune", "POST", f"{INTUNE}{path}")
    b.header("user-agent", "CompanyPortal/5.0.6254.0 " + dalvik())
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", "") * 3)
    b.header("client-request-id", rid(c.rng))
    return b


def phone_checkin(c: Context) -> Flow:
    b = _intune(c, "/StatelessAndroidFEService/DeviceCheckIn?api-version=1.3")
    b.json(
        {
            "IntuneDeviceId": b.id("intune_device", where="json IntuneDeviceId"),
            "AndroidId": b.id("aid_work", where="json AndroidId (work profile)"),
            "EnrollmentType": "AndroidEnterpriseWorkProfile",
            "Ownership": "Personal",
            "Manufacturer": "samsung",
            "Model": "SM-S911B",
            "OsVersion": "14",
            "SecurityPatchLevel": "2024-10-01",
            "IsEncrypted": True,
            "CheckInTime": iso(c),
        }
    )
    b.ok_json({"ComplianceState": "Compliant", "NextCheckInMinutes": 480})
    return b.build()


def tablet_checkin(c: Context) -> Flow:
    b = _intune(c, "/StatelessAndroidFEService/DeviceCheckIn?api-version=1.3")
    b.decoy(
        "the shared ward tablet's serial, IMEI, Wi-Fi MAC and ANDROID_ID: a corporate "
        "dedicated device of the hospital, not the tester's"
    )
    b.json(
        {
            "IntuneDeviceId": ward.TABLET_INTUNE_ID,
            "AndroidId": ward.TABLET_ANDROID_ID,
            "SerialNumber": ward.TABLET_SERIAL,
            "Imei": ward.TABLET_IMEI,
            "WiFiMacAddress": ward.TABLET_MAC,
            "EnrollmentType": "AndroidEnterpriseDedicatedDevice",
            "Ownership": "Corporate",
            "Manufacturer": "samsung",
            "Model": "SM-X306B",
            "OsVersion": "14",
            "CheckInTime": iso(c),
        }
    )
    b.ok_json({"ComplianceState": "Compliant", "NextCheckInMinutes": 480})
    return b.build()


def app_config(c: Context) -> Flow:
    b = _intune(c, "/StatelessAndroidFEService/AppConfig?api-version=1.3")
    b.decoy("policy ids and tenant ids (not device ids)")
    tenant = "0b3c1f1e-54d6-4f77-9a1c-5b1b2c9e1d0a"
    b.json({"TenantId": tenant, "PackageIds": ["fi.hyks.aava", "fi.hyks.kutsu"]})
    b.ok_json({"Policies": [{"Id": rid(c.rng), "Name": "TO3 tyoprofiili", "Version": 12}]})
    return b.build()


def captive_portal(c: Context) -> Flow:
    b = FB(c, "captive-portal", "POST", f"{PORTAL}/guest/login")
    b.header("user-agent", dalvik())
    b.param("client_mac", b.id("wifi_mac", where="query client_mac (randomised MAC of her phone)"))
    b.param("ap_mac", ward.MONITORS[0].mac.replace("00:09:FB", "F0:5C:19"))
    b.param("ssid", "HUS-Vieras")
    b.decoy("the access point's MAC (the hospital's)")
    b.form([("accept_terms", "1"), ("lang", "fi")])
    b.respond(302, None, headers=[("location", "https://www.hyks.example/")])
    return b.build()
