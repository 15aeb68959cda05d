"""The company's mobile-device management, seen from the administrator's phone.

The console side is Microsoft Intune through Microsoft Graph (documented at
learn.microsoft.com/graph/api/resources/intune-devices-manageddevice: `value`
lists of managedDevice with serialNumber, imei, meid, wiFiMacAddress,
ethernetMacAddress, azureADDeviceId; actions syncDevice / rebootNow / retire /
wipe; `hardwareInformation`; Autopilot's importedWindowsAutopilotDeviceIdentity
with serialNumber and hardwareIdentifier). Every serial, IMEI and MAC there is a
COMPANY laptop or phone used by someone else: decoys, never labelled.

The one true carrier is the company's own self-service agent enrolled on the
admin's phone, which reports THIS phone's IMEI, serial and ANDROID_ID (in-house
key names), and an attestation blob that hides them (not detectable).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, jsb

from .phone import FB, iso, mac, other_imei, other_serial, rid, sites, ua

GRAPH = "https://graph.microsoft.com/beta/deviceManagement"
SELECT = "id,deviceName,serialNumber,imei,wiFiMacAddress,complianceState,lastSyncDateTime,model"
PEOPLE = ["aoife.byrne", "ciaran.walsh", "sinead.doyle", "tom.price", "priya.shah", "liam.kelly"]


def _graph(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "intune-graph", method, f"{GRAPH}/{path}", params)
    b.header("authorization", "Bearer eyJ0eXAiOiJKV1Qi." + new_hex(c.rng, 40))
    b.header("client-request-id", rid(c.rng))
    b.header("user-agent", ua("IntuneAdmin", "5.2311.1"))
    return b


def _device(c: Context) -> dict[str, object]:
    rng = c.rng
    phone = rng.random() < 0.4
    who = rng.choice(PEOPLE)
    return {
        "id": new_uuid(rng),
        "deviceName": f"{who.split('.')[0]}_{'Android' if phone else 'Laptop'}_{rng.randint(1, 9)}",
        "userPrincipalName": f"{who}@cnoc-systems.example",
        "serialNumber": other_serial(rng),
        "imei": other_imei(rng) if phone else "",
        "meid": "",
        "wiFiMacAddress": mac(rng).replace(":", "").upper(),
        "ethernetMacAddress": "" if phone else mac(rng).replace(":", "").upper(),
        "azureADDeviceId": new_uuid(rng),
        "complianceState": rng.choice(["compliant", "compliant", "noncompliant", "inGracePeriod"]),
        "lastSyncDateTime": iso(c),
        "model": rng.choice(["Latitude 5440", "ThinkPad T14 Gen 4", "SM-A546B", "SM-G991B"]),
        "operatingSystem": "Android" if phone else "Windows",
    }


def device_list(c: Context) -> Flow:
    b = _graph(c, "GET", "managedDevices", [("$select", SELECT), ("$top", "50")])
    b.ok_json(
        {
            "@odata.context": f"{GRAPH}/$metadata#managedDevices",
            "value": [_device(c) for _ in range(c.rng.randint(6, 14))],
        }
    )
    b.decoy("Intune device inventory: serials, IMEIs, MACs of the COMPANY's laptops and phones")
    return b.build()


def device_lookup(c: Context) -> Flow:
    serial = other_serial(c.rng)
    b = _graph(c, "GET", "managedDevices", [("$filter", f"serialNumber eq '{serial}'")])
    b.ok_json({"value": [_device(c) | {"serialNumber": serial}]})
    b.decoy("lookup of a colleague's laptop by serialNumber in the query string")
    return b.build()


def hardware_info(c: Context) -> Flow:
    dev_id = new_uuid(c.rng)
    b = _graph(c, "GET", f"managedDevices/{dev_id}", [("$select", "id,hardwareInformation")])
    hw = {
        "serialNumber": other_serial(c.rng),
        "imei": other_imei(c.rng),
        "wifiMac": mac(c.rng),
        "phoneNumber": "+35387" + str(c.rng.randint(1000000, 9999999)),
        "batteryHealthPercentage": c.rng.randint(70, 100),
        "osBuildNumber": "UP1A.231005.007",
    }
    b.ok_json({"id": dev_id, "hardwareInformation": hw})
    b.decoy(
        "hardwareInformation of an employee's phone (IMEI, serial, Wi-Fi MAC): not the tester's"
    )
    return b.build()


def device_action(c: Context) -> Flow:
    action = c.rng.choice(["syncDevice", "rebootNow", "retire", "wipe", "locateDevice"])
    b = _graph(c, "POST", f"managedDevices/{new_uuid(c.rng)}/{action}")
    if action == "wipe":
        b.json({"keepEnrollmentData": False, "keepUserData": False, "macOsUnlockCode": None})
    b.no_content()
    b.decoy(f"remote {action} of a fleet device, addressed by its managedDevice id")
    return b.build()


def autopilot_import(c: Context) -> Flow:
    b = _graph(c, "POST", "importedWindowsAutopilotDeviceIdentities")
    serial = other_serial(c.rng)
    b.json(
        {
            "@odata.type": "#microsoft.graph.importedWindowsAutopilotDeviceIdentity",
            "groupTag": sites(c.rng),
            "serialNumber": serial,
            "productKey": "",
            "hardwareIdentifier": b64(c.rng.randbytes(120)),
            "assignedUserPrincipalName": "",
        }
    )
    b.ok_json(
        {"id": new_uuid(c.rng), "serialNumber": serial, "state": {"deviceImportStatus": "pending"}},
        201,
    )
    b.decoy("Autopilot import of a NEW company laptop: serialNumber + hardware hash")
    return b.build()


def _agent(c: Context, path: str) -> FB:
    b = FB(
        c, "selfservice-agent", "POST", f"https://selfservice.cnoc-systems.example/agent/v3/{path}"
    )
    b.header("user-agent", ua("CnocSelfService", "3.8.2"))
    b.header("x-tenant", "cnoc-ie")
    return b


def agent_checkin(c: Context) -> Flow:
    """The admin's OWN phone, enrolled in the company agent: its IMEI, serial, ANDROID_ID."""
    b = _agent(c, "checkin")
    b.json(
        {
            "eolas_gleis": {  # Irish: device information
                "imei": b.id("imei", where="body.eolas_gleis.imei"),
                "sraithUimhir": b.id(
                    "serial", where="body.eolas_gleis.sraithUimhir (serial number)"
                ),
                "androidId": b.id("aid_mdm", where="body.eolas_gleis.androidId"),
                "model": "SM-S911B",
                "patchLevel": "2024-10-01",
            },
            "compliance": {"encrypted": True, "screenLock": True, "rooted": False},
            "ts": iso(c),
        }
    )
    b.ok_json({"nextCheckinSec": 3600, "policies": ["wifi-corp", "vpn-always-on"]})
    return b.build()


def agent_attest(c: Context) -> Flow:
    """Attestation: the same identifiers sealed in a blob (nothing says what is inside)."""
    b = _agent(c, "attest")
    imei = b.id_raw("imei", "aes_gcm", "body.blob (sealed)")
    sealed = bytes(x ^ 0x5A for x in jsb({"i": imei, "n": new_hex(c.rng, 8)})) + c.rng.randbytes(16)
    b.json({"v": 2, "blob": b64(sealed), "kid": "k" + new_hex(c.rng, 6)})
    b.ok_json({"ok": True})
    return b.build()


def policy_fetch(c: Context) -> Flow:
    b = FB(
        c, "selfservice-agent", "GET", "https://selfservice.cnoc-systems.example/agent/v3/policies"
    )
    b.header("user-agent", ua("CnocSelfService", "3.8.2"))
    b.ok_json(
        {
            "policies": [
                {"id": "wifi-corp", "ssid": "Cnoc-Corp", "eap": "TLS"},
                {"id": "vpn-always-on", "gateway": "vpn.cnoc-systems.example"},
            ],
            "etag": new_hex(c.rng, 16),
        }
    )
    b.decoy("policy fetch: ids and etags, no device identifier")
    return b.build()
