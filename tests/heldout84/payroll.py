"""Booking and payroll for casual instructors (Deputy, plus the gym's booking backend).

Deputy's public API (developer.deputy.com: /api/v1/supervise/roster,
/api/v1/resource/Timesheet/QUERY, /api/v1/supervise/timesheet/start with
intEmployeeId, intOpunitId, intCompanyId). Clock-ins happen on the gym's shared
kiosk iPad, whose device id is the gym's (decoy); payslip amounts and class
bookings are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

DEPUTY = "https://pulsecollective.au.deputy.com"


def roster(c: Context) -> Flow:
    b = FB(c, "deputy", "GET", DEPUTY + "/api/v1/supervise/roster")
    b.header("user-agent", ua("Deputy", "5.60"))
    b.header("authorization", "OAuth " + rid(c.rng).replace("-", ""))
    shifts = [
        {
            "Id": c.rng.randint(10**5, 10**6),
            "StartTime": int(c.now) + i * 86400,
            "EndTime": int(c.now) + i * 86400 + 3600,
            "OperationalUnit": c.rng.randint(1, 40),
            "Employee": 4127,
            "Comment": "RPM 6am",
        }
        for i in range(5)
    ]
    b.ok_json(shifts)
    return b.build()


def kiosk_clock(c: Context) -> Flow:
    b = FB(c, "deputy", "POST", DEPUTY + "/api/v1/supervise/timesheet/start")
    b.header("user-agent", ua("Deputy", "5.60"))
    b.json(
        {
            "intEmployeeId": 4127,
            "intOpunitId": c.rng.randint(1, 40),
            "intCompanyId": 3,
            "kioskDeviceId": rid(c.rng).upper(),
            "kioskName": "Ponsonby front desk iPad",
            "strComment": "",
            "blnSupervisor": 0,
        }
    )
    b.ok_json({"Id": c.rng.randint(10**5, 10**6), "StartTime": int(c.now)})
    b.decoy("clock-in via the gym's shared kiosk iPad (its device id, not hers)")
    return b.build()


def timesheets(c: Context) -> Flow:
    b = FB(c, "deputy", "POST", DEPUTY + "/api/v1/resource/Timesheet/QUERY")
    b.header("user-agent", ua("Deputy", "5.60"))
    b.json({"search": {"s1": {"field": "Employee", "data": 4127, "type": "eq"}}, "max": 50})
    b.ok_json(
        [
            {
                "Id": c.rng.randint(10**5, 10**6),
                "TotalTime": rf(c.rng, 0.75, 3, 2),
                "Cost": rf(c.rng, 40, 180, 2),
            }
            for _ in range(6)
        ]
    )
    b.decoy("timesheet query with hours and pay amounts")
    return b.build()


def booking(c: Context) -> Flow:
    b = FB(c, "gym-booking", "POST", "https://book.pulsecollective.example.com.au/v1/bookings")
    b.header("user-agent", ua("PulseCollective", "5.8"))
    b.json(
        {
            "classId": rid(c.rng),
            "spot": c.rng.randint(1, 30),
            "waitlist": False,
            "orderNo": f"PC-{c.rng.randint(10**6, 10**7)}",
            "paidCents": c.rng.choice([0, 2500, 3000]),
        }
    )
    b.ok_json({"bookingRef": "BK" + str(c.rng.randint(10**7, 10**8)), "createdAt": iso(c)})
    b.decoy("class booking with order number")
    return b.build()
