"""The festival's screening-management app: venues' projectors and media blocks,
KDM key deliveries per projector, screening schedules and runtimes.

Every flow here is a negative: the serials, MACs and certificate thumbprints are
the cinemas' equipment (shared venue hardware, not the tester's), and the KDM
follows SMPTE ST 430-1 (KDM XML: `CompositionPlaylistId`, `ContentTitleText`,
`ContentKeysNotValidBefore/After`, `AuthorizedDeviceInfo` / `DeviceListIdentifier`
/ `CertificateThumbprint` = base64 SHA-1 of the recipient certificate), as the
ISDCF / SMPTE 430-1 documents describe. Key names mix English, Revised
Romanisation (sangyeonggwan = screening hall) and Hepburn (jōei = screening).
"""

from __future__ import annotations

import base64
import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid

from .phone import FB, iso, ms, rid, ua

HOST = "https://ops.seaside-filmfest.kr"
UA = ua("FestOps", "4.12.1")
HALLS = [
    "CGV Centum 1관",
    "영화의전당 하늘연극장",
    "롯데시네마 센텀 5관",
    "TOHOシネマズ日比谷 SCREEN 7",
]
FILMS = ["F2026-0412", "F2026-0388", "F2026-0151", "F2026-0209", "F2026-0077"]


def _base(c: Context, method: str, path: str) -> FB:
    b = FB(c, "festops", method, HOST + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("x-request-id", rid(c.rng))
    return b


def _thumb(c: Context) -> str:
    return base64.b64encode(hashlib.sha1(new_hex(c.rng, 16).encode()).digest()).decode()


def _mac(c: Context) -> str:
    return "00:1B:1F:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3))


def projector_registry(c: Context) -> Flow:
    b = _base(c, "GET", "/v2/venues/" + str(c.rng.randint(10, 60)) + "/equipment")
    b.decoy("venue projectors' and media blocks' serials, MACs, cert thumbprints (cinema-owned)")
    items = [
        {
            "sangyeonggwan": c.rng.choice(HALLS),
            "projector": {"model": "Christie CP4440-RGB", "serialNo": "CP" + new_digits(c.rng, 8)},
            "imb": {
                "vendor": "Dolby IMS3000",
                "serial": "IMS3K-" + new_digits(c.rng, 6),
                "macAddress": _mac(c),
                "certThumbprint": _thumb(c),
            },
            "lampHours": c.rng.randint(200, 9000),
            "lastKdmCheck": iso(c),
        }
        for _ in range(c.rng.randint(2, 4))
    ]
    b.ok_json({"equipment": items})
    return b.build()


def kdm_delivery(c: Context) -> Flow:
    b = _base(c, "POST", "/v2/kdm/deliveries")
    b.decoy("KDM per projector: recipient cert thumbprint and device serial of a cinema's IMB")
    cpl = "urn:uuid:" + new_uuid(c.rng)
    b.json(
        {
            "cplId": cpl,
            "contentTitleText": "LongNight_FTR-1_F_KO-EN_51_4K_20260301_SMPTE_OV",
            "notValidBefore": "2026-10-02T09:00:00+09:00",
            "notValidAfter": "2026-10-12T23:59:00+09:00",
            "recipient": {
                "deviceListIdentifier": "urn:uuid:" + new_uuid(c.rng),
                "certificateThumbprint": _thumb(c),
                "subjectName": "CS=IMS3K-" + new_digits(c.rng, 6) + ".DOLBY.COM",
                "screen": c.rng.choice(HALLS),
            },
        }
    )
    b.ok_json({"deliveryId": "kdm_" + new_hex(c.rng, 12), "status": "QUEUED"})
    return b.build()


def kdm_xml(c: Context) -> Flow:
    b = FB(c, "festops", "GET", HOST + "/v2/kdm/" + new_hex(c.rng, 12) + ".xml")
    b.header("user-agent", UA)
    b.decoy("SMPTE KDM XML: DeviceListIdentifier and CertificateThumbprint of a projector")
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<DCinemaSecurityMessage xmlns="http://www.smpte-ra.org/schemas/430-3/2006/ETM">'
        f"<AuthenticatedPublic><MessageId>urn:uuid:{new_uuid(c.rng)}</MessageId>"
        "<RequiredExtensions><KDMRequiredExtensions>"
        f"<CompositionPlaylistId>urn:uuid:{new_uuid(c.rng)}</CompositionPlaylistId>"
        "<ContentTitleText>SeaOfCranes_FTR_S_JA-KO_51_2K</ContentTitleText>"
        "<ContentKeysNotValidBefore>2026-10-03T00:00:00+09:00</ContentKeysNotValidBefore>"
        "<AuthorizedDeviceInfo>"
        f"<DeviceListIdentifier>urn:uuid:{new_uuid(c.rng)}</DeviceListIdentifier>"
        f"<DeviceList><CertificateThumbprint>{_thumb(c)}</CertificateThumbprint></DeviceList>"
        "</AuthorizedDeviceInfo></KDMRequiredExtensions></RequiredExtensions>"
        "</AuthenticatedPublic></DCinemaSecurityMessage>"
    )
    b.respond(200, "application/xml", xml.encode())
    return b.build()


def schedule(c: Context) -> Flow:
    b = _base(c, "GET", "/v2/schedule?day=" + str(c.rng.randint(2, 11)) + "&lang=ko")
    b.decoy("screening schedule: film ids with runtimes and start times, nobody's viewing")
    rows = [
        {
            "yeonghwa_id": c.rng.choice(FILMS),
            "sangyeong_sigan": f"{c.rng.randint(10, 22)}:{c.rng.choice(['00', '30'])}",
            "reonning_taim_bun": c.rng.randint(72, 168),
            "sangyeonggwan": c.rng.choice(HALLS),
            "GV": c.rng.random() < 0.3,
        }
        for _ in range(c.rng.randint(4, 8))
    ]
    b.ok_json({"date": "2026-10-0" + str(c.rng.randint(2, 9)), "sangyeong": rows})
    return b.build()


def joei_status(c: Context) -> Flow:
    b = _base(c, "POST", "/v2/screenings/status")
    b.decoy("a screening's playback position on the venue's server (projectionist log)")
    b.json(
        {
            "jōei_id": "S" + new_digits(c.rng, 5),
            "sakuhin": c.rng.choice(FILMS),
            "jōkyō": c.rng.choice(["上映中", "準備中", "終了"]),
            "reel_position_s": c.rng.randint(0, 9000),
            "server": {"model": "IMS3000", "serialNumber": "IMS3K-" + new_digits(c.rng, 6)},
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def runtime_check(c: Context) -> Flow:
    b = _base(c, "GET", "/v2/films/" + c.rng.choice(FILMS) + "/dcp")
    b.decoy("DCP runtimes per reel (frames, seconds): a film's metadata")
    reels = [{"reel": i + 1, "durationFrames": c.rng.randint(20000, 40000)} for i in range(5)]
    b.ok_json({"editRate": "24 1", "reels": reels, "hash": new_hex(c.rng, 40), "sizeBytes": 10**11})
    return b.build()


def register_device(c: Context) -> Flow:
    """Her phone registers for push with the festival app: IDFV in the body."""
    b = _base(c, "POST", "/v2/staff/devices")
    b.json(
        {
            "staffId": b.acct("fest_user"),
            "identifierForVendor": b.id("idfv_fest", where="body.identifierForVendor"),
            "apnsToken": new_hex(c.rng, 64),
            "model": "iPhone16,1",
            "os": "iOS 17.5",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ops_telemetry(c: Context) -> Flow:
    """The app's own telemetry: the IDFV as a header on a stats call."""
    b = _base(c, "POST", "/v2/telemetry")
    b.header("x-device-id", b.id("idfv_fest", where="header.x-device-id"))
    b.json({"screen": "schedule", "dur_ms": c.rng.randint(300, 60000), "net": "5g"})
    b.no_content()
    return b.build()
