"""The regional league's site and the stadium entry system.

The league publishes a "most watched goals" chart (view counts over all fans:
an aggregate), a highlights catalogue and standings. At the stadium he scans
officials' accreditation at the turnstiles; turnstile and reader serials are the
stadium's equipment, card UIDs and ticket barcodes are other people's passes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import CLUBS, FB, PLAYERS, iso, other_mac, other_serial, rid, ua

LEAGUE = "https://www.eps-makedonias-league.example"
GATE = "https://access.stadio-kalamarias.example"


def _b(c: Context, method: str, url: str, sdk: str = "league") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua("LeagueApp", "2.3.0"))
    return b


def most_watched_goals(c: Context) -> Flow:
    b = _b(c, "GET", f"{LEAGUE}/api/v1/highlights/most-watched?period=week")
    b.decoy("most-watched goals chart: view counts and watch time summed over all viewers")
    b.ok_json(
        {
            "period": "week",
            "items": [
                {
                    "rank": i,
                    "videoId": f"g{c.rng.randint(10**5, 10**6)}",
                    "title": f"Γκολ {c.rng.choice(PLAYERS)}",
                    "views": c.rng.randint(2000, 90000),
                    "totalWatchSeconds": c.rng.randint(10**5, 10**7),
                    "avgWatchedPct": c.rng.randint(40, 95),
                }
                for i in range(1, 11)
            ],
        }
    )
    return b.build()


def highlights_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{LEAGUE}/api/v1/highlights?round={c.rng.randint(1, 30)}")
    b.decoy("highlights catalogue rail with durations and thumbnails")
    b.ok_json(
        {
            "rail": [
                {
                    "videoId": f"g{c.rng.randint(10**5, 10**6)}",
                    "match": f"{c.rng.choice(CLUBS)} - {c.rng.choice(CLUBS)}",
                    "durationSec": c.rng.randint(30, 240),
                    "thumb": f"{LEAGUE}/thumbs/{rid(c.rng)}.jpg",
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def standings(c: Context) -> Flow:
    b = _b(c, "GET", f"{LEAGUE}/api/v1/vathmologia")
    b.ok_json(
        {
            "pinakas": [
                {"omada": t, "vathmoi": c.rng.randint(5, 60), "agones": c.rng.randint(5, 30)}
                for t in CLUBS
            ]
        }
    )
    return b.build()


def turnstile_scan(c: Context) -> Flow:
    b = _b(c, "POST", f"{GATE}/api/v2/scans", "stadium-access")
    b.decoy(
        "stadium turnstile scan: the stadium's turnstile and reader serial and MAC, another "
        "person's accreditation card UID (public equipment, not the tester's device)"
    )
    b.json(
        {
            "turnstileId": f"T-{c.rng.randint(1, 24):02d}",
            "readerSerial": other_serial(c.rng, "RDR", 9),
            "readerMac": other_mac(c.rng, "00:1B:C5"),
            "cardUid": "04" + rid(c.rng).replace("-", "")[:12].upper(),
            "cardType": c.rng.choice(["official", "media", "steward"]),
            "scannedAt": iso(c),
        }
    )
    b.ok_json({"granted": c.rng.random() < 0.95, "zone": c.rng.choice(["A", "B", "VIP"])})
    return b.build()


def gate_occupancy(c: Context) -> Flow:
    b = _b(c, "GET", f"{GATE}/api/v2/occupancy", "stadium-access")
    b.decoy("stadium occupancy per gate: counts")
    b.ok_json({"gates": [{"gate": g, "inside": c.rng.randint(0, 2500)} for g in "ABCDE"]})
    return b.build()


def ticket_validate(c: Context) -> Flow:
    code = str(c.rng.randint(10**12, 10**13))
    b = _b(c, "GET", f"{GATE}/api/v2/tickets/{code}/validate", "stadium-access")
    b.decoy("ticket barcode check (a ticket number, not a device)")
    b.ok_json({"valid": True, "seat": f"{c.rng.choice('ABCD')}{c.rng.randint(1, 40)}"})
    return b.build()
