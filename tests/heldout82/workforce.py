"""The outsourcer's workforce-management app, wallboard and IT app: all decoys.

Schedule adherence minutes and break timers are work-time figures; the pool
headsets (Jabra / Poly) and hot-desk phones (Yealink) with their serials and
MACs are the company's, checked out per shift, not the tester's own devices;
the floor's shared PCs and badge readers are company assets. The wallboard's
"most played" hold music counts plays to all callers, not what she listened to.
Backends (wfm.kalingacx.ph, wall.kalingacx.ph, it.kalingacx.ph) are the
outsourcer's own; key names mix English, Taglish and Hinglish as its developers do.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, mac, ms, rf, rid, ua

UA = ua("KalingaWork", "3.2.0")
SITES = ["MNL-Ortigas-12F", "MNL-BGC-7F", "PNQ-Kharadi-3F"]


def _b(c: Context, host: str, method: str, path: str, sdk: str) -> FB:
    b = FB(c, sdk, method, f"https://{host}.kalingacx.ph{path}")
    b.header("user-agent", UA)
    b.header("x-trace-id", rid(c.rng))
    return b


def adherence(c: Context) -> Flow:
    b = _b(c, "wfm", "GET", "/api/adherence/today", "kalinga-wfm")
    segs = [
        {"activity": a, "scheduledMin": c.rng.randint(15, 120), "actualMin": c.rng.randint(10, 130)}
        for a in ("Phone", "Break", "Lunch", "Coaching", "Phone")
    ]
    b.ok_json(
        {
            "adherencePct": rf(c.rng, 85, 99, 1),
            "conformancePct": rf(c.rng, 90, 101, 1),
            "segments": segs,
            "out_of_adherence_min": c.rng.randint(0, 25),
        }
    )
    b.decoy("schedule adherence minutes per activity")
    return b.build()


def break_timer(c: Context) -> Flow:
    b = _b(c, "wfm", "POST", "/api/breaks", "kalinga-wfm")
    kind = c.rng.choice(["pahinga_15", "lunch_60", "chai_break", "bio_break"])
    b.json(
        {
            "uri_ng_break": kind,
            "simula": iso(c),
            "tagal_min": c.rng.randint(5, 60),
            "natitira_sec": c.rng.randint(0, 900),
            "samay_bacha": c.rng.randint(0, 900),
        }
    )
    b.decoy("break timer (Taglish/Hinglish keys: tagal, natitira, samay): time, not media")
    b.ok_json({"ok": 1})
    return b.build()


def headset_checkout(c: Context) -> Flow:
    b = _b(c, "wfm", "POST", "/api/assets/headset/checkout", "kalinga-wfm")
    b.json(
        {
            "headsetSerial": "JB" + new_digits(c.rng, 10),
            "model": "Jabra Evolve2 40",
            "headsetBtMac": mac(c.rng, "50:C2:ED"),
            "pool": c.rng.choice(SITES),
            "shift": "night",
            "agentId": b.acct("agent_id"),
            "checkedOutAt": iso(c),
        }
    )
    b.decoy("pool headset checked out for a shift: company device serial/MAC, not the tester's")
    b.ok_json({"status": "CHECKED_OUT", "returnBy": iso(c)})
    return b.build()


def hotdesk_login(c: Context) -> Flow:
    b = _b(c, "wfm", "POST", "/api/hotdesk/login", "kalinga-wfm")
    b.json(
        {
            "desk": f"{c.rng.choice(SITES)}-D{c.rng.randint(1, 240):03d}",
            "deskPhone": {
                "mac_address": mac(c.rng, "80:5E:C0").replace(":", ""),
                "serial_no": "YL" + new_hex(c.rng, 12).upper(),
                "model": "Yealink T54W",
                "sip_ext": str(c.rng.randint(4000, 4999)),
            },
            "agentId": b.acct("agent_id"),
        }
    )
    b.decoy("shared hot-desk phone's MAC and serial: a company desk phone, not hers")
    b.ok_json({"ok": True})
    return b.build()


def schedule(c: Context) -> Flow:
    b = _b(c, "wfm", "GET", "/api/schedule?week=48", "kalinga-wfm")
    days = [
        {"date": f"2026-11-{d:02d}", "start": "22:00", "end": "07:00", "skill": "Billing"}
        for d in range(23, 30)
    ]
    b.ok_json({"shifts": days, "tz": c.rng.choice(["Asia/Manila", "Asia/Kolkata"])})
    b.decoy("shift schedule")
    return b.build()


def wallboard(c: Context) -> Flow:
    b = _b(c, "wall", "GET", "/v1/boards/floor-12/live", "kalinga-wallboard")
    b.ok_json(
        {
            "queues": [
                {
                    "name": q,
                    "waiting": c.rng.randint(0, 40),
                    "longestWaitSec": c.rng.randint(0, 900),
                    "ahtSec": c.rng.randint(240, 600),
                    "slaPct": rf(c.rng, 60, 99, 1),
                }
                for q in ("Billing", "Returns", "Cards")
            ],
            "topAgents": [
                {"name": n, "calls": c.rng.randint(20, 70), "avgHandleSec": c.rng.randint(200, 500)}
                for n in ("Joy R.", "Arjun P.", "Lea M.")
            ],
        }
    )
    b.decoy("wallboard queue statistics and top agents")
    return b.build()


def hold_music_chart(c: Context) -> Flow:
    b = _b(c, "wall", "GET", "/v1/ivr/hold-music/top", "kalinga-wallboard")
    tracks = [
        {
            "trackId": "hm-" + new_hex(c.rng, 6),
            "title": t,
            "playCount": c.rng.randint(100, 9000),
            "totalPlaySec": c.rng.randint(10**4, 10**6),
            "sabse_zyada_baja": i == 0,
        }
        for i, t in enumerate(
            ["Smooth Jazz 3", "Acoustic Calm", "Sitar Lounge", "OPM Instrumental"]
        )
    ]
    b.ok_json({"period": "7d", "mostPlayed": tracks})
    b.decoy("'most played' hold music to all callers (play counts): not the tester's listening")
    return b.build()


def shared_pcs(c: Context) -> Flow:
    b = _b(c, "it", "GET", "/api/floor/12/assets?type=pc,badge_reader", "kalinga-it")
    pcs = [
        {
            "hostname": f"MNL12-PC{i:03d}",
            "assetTag": "KCX" + new_digits(c.rng, 6),
            "serialNumber": "5CG" + new_hex(c.rng, 7).upper(),
            "macAddress": mac(c.rng, "3C:52:82"),
            "status": c.rng.choice(["in_use", "free", "repair"]),
        }
        for i in range(c.rng.randint(3, 6))
    ]
    readers = [
        {"readerId": "BR-" + new_digits(c.rng, 4), "mac": mac(c.rng, "00:1B:5F"), "door": d}
        for d in ("12F-Main", "12F-Pantry")
    ]
    b.ok_json({"pcs": pcs, "badgeReaders": readers})
    b.decoy("the floor's shared PCs and badge readers with serials/MACs: company assets")
    return b.build()


def it_ticket(c: Context) -> Flow:
    b = _b(c, "it", "POST", "/api/tickets", "kalinga-it")
    b.json(
        {
            "summary": "Headset mic not working",
            "assetTag": "KCX" + new_digits(c.rng, 6),
            "pcSerial": "5CG" + new_hex(c.rng, 7).upper(),
            "priority": "P3",
            "createdAt": ms(c),
        }
    )
    b.decoy("IT ticket naming a shared PC's serial")
    b.ok_json({"ticket": "INC" + new_digits(c.rng, 7)}, 201)
    return b.build()


def mdm_checkin(c: Context) -> Flow:
    """The IT app's BYOD compliance check sends this phone's ANDROID_ID (truly a device id)."""
    b = _b(c, "it", "POST", "/api/byod/compliance", "kalinga-it")
    b.json(
        {
            "deviceInfo": {
                "androidId": b.id("aid_it", where="body.json.deviceInfo.androidId"),
                "model": "SM-A546E",
                "osVersion": "14",
                "patch": "2026-10-01",
            },
            "encrypted": True,
            "screenLock": True,
            "rooted": False,
        }
    )
    b.ok_json({"compliant": True})
    return b.build()
