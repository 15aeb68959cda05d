"""Virtual 3D tours, the agency's shared drone and smart lockboxes on listings.

Tour analytics are aggregates about anonymous visitors (visits, average time in
tour, dwell per room, drop-off); the tour's camera poses (sweep yaw / pitch)
are geometry of a house, not of a face. Matterport's Model API is GraphQL at
api.matterport.com/api/models/graph (matterport.github.io/showcase-sdk/
docs/reference/current, "Model API"); the stats fields here are the app's own.
The drone (DJI Mavic 3 Pro, shared by the agency) uploads photos with gimbal
yaw / pitch / roll and its own serial (DJI XMP "drone-dji" tags:
GimbalYawDegree, FlightPitchDegree...): not the tester's device. Lockboxes
(BLE key safes on the sellers' doors) report serials and BLE MACs of boxes the
agency rents out per listing: not hers either.
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, mac, ms, rf, rid, ua

DRONE_SERIAL = "1581F5FHD23" + "0A00" + "3Q7"  # the agency's shared drone


def tour_stats(c: Context) -> Flow:
    b = FB(c, "matterport", "POST", "https://api.matterport.com/api/models/graph")
    b.header("user-agent", ua("AgentPro", "5.4.2"))
    model = new_hex(c.rng, 11)
    b.json(
        {
            "operationName": "ModelStats",
            "variables": {"id": model},
            "query": "query ModelStats($id: ID!) { model(id: $id) { id name visibility } }",
        }
    )
    rooms = ["living", "kitchen", "master_bedroom", "balcony", "bathroom"]
    b.ok_json(
        {
            "data": {"model": {"id": model, "name": "Marina Gate 2BR", "visibility": "public"}},
            "tourAnalytics": {
                "visits": c.rng.randint(30, 900),
                "avgTimeInTourSec": rf(c.rng, 30, 400, 1),
                "dwellByRoomSec": {r: rf(c.rng, 2, 90, 1) for r in rooms},
                "dropOffStep": c.rng.randint(2, 14),
                "mudat_al_ziyara": rf(c.rng, 30, 400, 1),
            },
        }
    )
    b.decoy("3D-tour analytics: visits and dwell times of anonymous visitors, aggregated")
    return b.build()


def tour_sweeps(c: Context) -> Flow:
    b = FB(
        c,
        "agentpro",
        "GET",
        f"https://tours.agentpro-example.ae/v1/tours/{new_hex(c.rng, 11)}/sweeps",
    )
    sweeps = [
        {
            "sid": new_hex(c.rng, 8),
            "position": [rf(c.rng, -8, 8), rf(c.rng, 0, 3), rf(c.rng, -8, 8)],
            "rotation": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -30, 30, 2),
                "roll": 0.0,
            },
            "floor": 0,
        }
        for _ in range(c.rng.randint(6, 15))
    ]
    b.ok_json({"sweeps": sweeps})
    b.decoy("tour camera positions with yaw / pitch / roll: room geometry, no face")
    return b.build()


def tour_viewer_event(c: Context) -> Flow:
    b = FB(c, "agentpro", "POST", "https://tours.agentpro-example.ae/v1/agent-preview/events")
    b.json(
        {
            "tourId": new_hex(c.rng, 11),
            "event": "sweep_move",
            "from": new_hex(c.rng, 8),
            "to": new_hex(c.rng, 8),
            "elapsedMs": c.rng.randint(500, 20000),
            "ts": ms(c),
        }
    )
    b.no_content()
    b.decoy("agent previewing her own listing's tour: navigation, not media viewing")
    return b.build()


def drone_upload(c: Context) -> Flow:
    bnd = "dji-" + new_hex(c.rng, 16)
    meta = {
        "droneSerial": DRONE_SERIAL,
        "model": "DJI Mavic 3 Pro",
        "owner": "agency-pool",
        "GimbalYawDegree": rf(c.rng, -180, 180, 1),
        "GimbalPitchDegree": rf(c.rng, -90, 0, 1),
        "GimbalRollDegree": 0.0,
        "FlightYawDegree": rf(c.rng, -180, 180, 1),
        "AbsoluteAltitude": rf(c.rng, 80, 160, 2),
        "GpsLatitude": rf(c.rng, 25.05, 25.12, 6),
        "GpsLongitude": rf(c.rng, 55.12, 55.16, 6),
        "listingId": "PF-" + new_digits(c.rng, 7),
    }
    body = multipart(
        bnd,
        [
            ("meta", None, "application/json", json.dumps(meta).encode()),
            (
                "photo",
                "DJI_0" + new_digits(c.rng, 3) + ".JPG",
                "image/jpeg",
                fake_jpeg(c.rng.randint(0, 10**9), 700),
            ),
        ],
    )
    b = FB(c, "agentpro", "POST", "https://media.agentpro-example.ae/v2/uploads/aerial")
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"assetId": "as_" + new_hex(c.rng, 12)})
    b.decoy("aerial photo of a listing from the agency's shared drone: drone serial, gimbal angles")
    return b.build()


def _box(c: Context) -> dict:
    return {
        "serialNumber": "IGK3" + new_digits(c.rng, 8),
        "bleMac": mac(c.rng, "E4:5F:01"),
        "battery": c.rng.randint(20, 100),
        "firmware": "3.2.7",
        "propertyRef": "PF-" + new_digits(c.rng, 7),
    }


def lockbox_list(c: Context) -> Flow:
    b = FB(
        c,
        "keysafe",
        "GET",
        "https://api.keysafe-example.ae/v1/agency/lockboxes",
        [("assigned", "me")],
    )
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.ok_json({"lockboxes": [_box(c) for _ in range(c.rng.randint(2, 6))]})
    b.decoy("rented lockboxes on sellers' doors: serials and BLE MACs, not the tester's devices")
    return b.build()


def lockbox_unlock(c: Context) -> Flow:
    box = _box(c)
    b = FB(
        c,
        "keysafe",
        "POST",
        f"https://api.keysafe-example.ae/v1/lockboxes/{box['serialNumber']}/pin",
    )
    b.json(
        {
            "bleMac": box["bleMac"],
            "durationMin": 60,
            "reason": "viewing",
            "visitorName": "Rahul Menon",
            "requestId": rid(c.rng),
            "at": iso(c),
        }
    )
    b.ok_json({"otp": new_digits(c.rng, 8), "validUntil": ms(c) + 3_600_000})
    b.decoy("one-time PIN for a property viewing: lockbox serial in path, 'viewing' reason")
    return b.build()
