"""The airline's crew app (fictional "Safwa Crew"): rosters, duty times, fatigue
reports, pairings, passenger manifests and special-meal lists.

Everything here is ordinary operational data that LOOKS sensitive: pairing and
duty ids, aircraft registrations, per-seat passenger lists with a gender code,
fatigue-risk scores (KSS / Samn-Perelli scales, as FRMS reporting uses, see ICAO
Doc 9966), IATA SSR meal codes (VGML, MOML, ...). No device identifier of the
tester, no face or voice, nothing watched: every flow is a labelled decoy.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, seat, tail, ua

HOST = "https://api.safwacrew.example"
UA = ua("SafwaCrew", "4.12", "7")
MEALS = ["VGML", "MOML", "HNML", "KSML", "DBML", "GFML", "CHML", "BBML"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "safwa-crew", method, HOST + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-request-id", rid(c.rng))
    return b


def roster(c: Context) -> Flow:
    b = _b(c, "GET", "/roster/v3/duties")
    b.param("staffNo", b.acct("crew_no"))
    b.param("month", "2026-11")
    duties = [
        {
            "pairingId": f"P{c.rng.randint(1000, 9999)}",
            "dutyStart": iso(c),
            "reportTime": f"{c.rng.randint(0, 23):02d}:{c.rng.choice(['00', '15', '30', '45'])}",
            "sectors": [{"flt": f"SF{c.rng.randint(1, 999)}", "tailNo": tail(c.rng)}],
            "blockMinutes": c.rng.randint(90, 900),
            "jadual_rehat": c.rng.randint(10, 48),
        }
        for _ in range(c.rng.randint(3, 8))
    ]
    b.ok_json({"duties": duties, "fdpLimitMin": 780})
    b.decoy("crew roster: pairing ids, duty times, aircraft tail numbers (no device id)")
    return b.build()


def duty_log(c: Context) -> Flow:
    b = _b(c, "POST", "/duty/v2/times")
    b.json(
        {
            "staffNo": b.acct("crew_no"),
            "pairingId": f"P{c.rng.randint(1000, 9999)}",
            "onChocks": ms(c),
            "offChocks": ms(c) - c.rng.randint(3600, 40000) * 1000,
            "wa2t_ta2khir": c.rng.randint(0, 90),
            "aircraftReg": tail(c.rng),
        }
    )
    b.ok_json({"ok": True, "ref": rid(c.rng)})
    b.decoy("duty times with aircraft registration and pairing id")
    return b.build()


def fatigue_report(c: Context) -> Flow:
    b = _b(c, "POST", "/frms/v1/reports")
    b.json(
        {
            "kss": c.rng.randint(1, 9),
            "samnPerelli": c.rng.randint(1, 7),
            "sleep24h": rf(c.rng, 3, 9, 1),
            "fatigueRiskScore": rf(c.rng, 0, 1, 3),
            "timeZonesCrossed": c.rng.randint(0, 8),
            "circadianLowHit": c.rng.random() < 0.3,
            "catatan": c.rng.choice(["", "penat", "ok", "tidur kurang"]),
        }
    )
    b.ok_json({"received": True})
    b.decoy("fatigue self-report scores (KSS, Samn-Perelli): not biometric")
    return b.build()


def manifest(c: Context) -> Flow:
    b = _b(c, "GET", f"/ops/v1/flights/SF{c.rng.randint(1, 999)}/manifest")
    pax = [
        {
            "paxId": f"{c.rng.randint(100000, 999999)}",
            "seat": seat(c.rng),
            "gender": c.rng.choice(["M", "F", "U"]),
            "cls": c.rng.choice(["F", "J", "Y"]),
            "ssr": c.rng.sample(MEALS, c.rng.randint(0, 2)),
            "ffTier": c.rng.choice(["", "Silver", "Gold", "Platinum"]),
        }
        for _ in range(c.rng.randint(8, 30))
    ]
    b.ok_json({"tailNo": tail(c.rng), "pax": pax, "infants": c.rng.randint(0, 4)})
    b.decoy("passenger manifest: seats, gender codes, SSR meal codes (not the tester)")
    return b.build()


def special_meals(c: Context) -> Flow:
    b = _b(c, "POST", "/catering/v1/ack")
    b.json(
        {
            "flight": f"SF{c.rng.randint(1, 999)}",
            "wajbat_khassa": {m: c.rng.randint(0, 9) for m in c.rng.sample(MEALS, 4)},
            "loadedBy": b.acct("crew_no"),
            "galley": c.rng.choice(["G1", "G2", "G4"]),
        }
    )
    b.ok_json({"ack": True})
    b.decoy("special-meal counts per SSR code")
    return b.build()


def briefing(c: Context) -> Flow:
    b = _b(c, "GET", "/brief/v1/notices")
    b.param("since", str(ms(c) - 86400000))
    items = [
        {"noticeId": rid(c.rng), "title": t, "readCount": c.rng.randint(0, 400)}
        for t in c.rng.sample(
            [
                "Face mask policy update",
                "New galley inserts on A350",
                "Watch the updated safety demo (cabin)",
                "Voice PA script, Ramadan",
            ],
            2,
        )
    ]
    b.ok_json({"notices": items})
    b.decoy("crew notices with 'face', 'watch', 'voice' in their titles")
    return b.build()
