"""The shared studio's equipment (decoys: serials and MACs of things the creator
does not own).

Sources: Blackmagic Camera REST control API (`/control/api/v1/system/product`,
`/control/api/v1/lens/iris`, `/control/api/v1/transports/0/record`, over
plain HTTP on the studio LAN); the studio's booking backend (lights, DMX nodes
and the rented lens with their serials and MACs, in English and CA French).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

CAMS = [("192.168.40.21", "7A1C3F02D9"), ("192.168.40.22", "7A1C3F0B44")]
BOOK = "https://api.studiohub.ca"


def _serial(c: Context, prefix: str) -> str:
    return prefix + "".join(c.rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(9))


def _mac(c: Context) -> str:
    return "00:50:C2:" + ":".join(f"{c.rng.randint(0, 255):02X}" for _ in range(3))


def bm_product(c: Context) -> Flow:
    ip, sn = c.rng.choice(CAMS)
    b = FB(
        c,
        "blackmagic",
        "GET",
        f"http://{ip}/control/api/v1/system/product",
        http_version="HTTP/1.1",
    )
    b.decoy("the studio's Blackmagic camera product info with its serial (shared studio gear)")
    b.ok_json(
        {
            "deviceName": "Studio Cam B",
            "productName": "Blackmagic Studio Camera 6K Pro",
            "serialNumber": sn,
            "softwareVersion": "8.6",
        }
    )
    return b.build()


def bm_iris(c: Context) -> Flow:
    ip, _ = c.rng.choice(CAMS)
    b = FB(c, "blackmagic", "PUT", f"http://{ip}/control/api/v1/lens/iris", http_version="HTTP/1.1")
    b.json({"apertureStop": rf(c.rng, 1.8, 8, 1)})
    b.decoy("iris control of a studio camera")
    b.no_content()
    return b.build()


def bm_record(c: Context) -> Flow:
    ip, _ = c.rng.choice(CAMS)
    b = FB(
        c,
        "blackmagic",
        "PUT",
        f"http://{ip}/control/api/v1/transports/0/record",
        http_version="HTTP/1.1",
    )
    b.json({"recording": c.rng.random() < 0.5})
    b.decoy("start/stop recording on a studio camera")
    b.no_content()
    return b.build()


def lights(c: Context) -> Flow:
    b = FB(c, "studiohub", "GET", BOOK + "/v1/rooms/plateau-b/fixtures")
    b.header("user-agent", ua("StudioHub", "88"))
    b.decoy(
        "the studio's light fixtures and DMX nodes with serials / MAC addresses (not the creator's)"
    )
    fixtures = [
        {
            "nom": f"Key light {i}",
            "numeroSerie": _serial(c, "AP"),
            "univers": 1,
            "adresseDmx": 1 + 8 * i,
            "intensite": rf(c.rng, 0, 1, 2),
        }
        for i in range(3)
    ]
    nodes = [
        {"model": "ODE Mk3", "macAddress": _mac(c), "ip": "192.168.40.50", "artnetUniverse": 1}
    ]
    b.ok_json({"salle": "Plateau B", "fixtures": fixtures, "dmxNodes": nodes})
    return b.build()


def lens_rental(c: Context) -> Flow:
    b = FB(c, "studiohub", "POST", BOOK + "/v1/rentals/checkout")
    b.header("user-agent", ua("StudioHub", "88"))
    b.json(
        {
            "item": "Sigma 18-35mm T2 Cine",
            "serialNumber": _serial(c, "SG"),
            "assetTag": f"LOC-{c.rng.randint(1000, 9999)}",
            "retourPrevu": iso(c),
            "depotCad": 500,
        }
    )
    b.decoy("rented lens checkout with the rental house's serial (a rented thing)")
    b.ok_json({"rentalId": rid(c.rng)})
    return b.build()


def booking(c: Context) -> Flow:
    b = FB(c, "studiohub", "GET", BOOK + "/v1/bookings?from=2025-03-10&room=plateau-b")
    b.header("user-agent", ua("StudioHub", "88"))
    b.decoy("studio room bookings")
    b.ok_json({"bookings": [{"id": rid(c.rng), "start": iso(c), "hours": 4}]})
    return b.build()
