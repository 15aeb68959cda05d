"""Site apps the guide uses at Cairo, Luxor and Petra (fictional backends): a
museum's audio-guide statistics (plays and listening time aggregated per
exhibit stop), the exhibit video screens' playout schedule, the e-ticket app
that scans his group's tickets at turnstiles, and a crowd-counting feed of
queue lengths from the sites' people counters.

All hard negatives: listening figures are aggregates over all visitors (no
person's history), screen playout is what a screen showed (nobody watched it
from this phone), scanners and turnstiles belong to the site, and people
counters send counts, never faces.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, fleet_mac, fleet_serial, iso, ms, rf, rid, ua

MUSEUM = "https://guide-api.egy-museums-app.com"
TICKETS = "https://eticket.sites-gateway.com"
CROWD = "https://crowd.sites-gateway.com"
EXHIBITS = ["TUT-042", "TUT-118", "RAM-007", "HAT-031", "AKH-012", "MUM-220"]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua("SitesGuide", "2.4.0"))
    return b


def audioguide_stats(c: Context) -> Flow:
    hall = c.rng.choice(["grand-hall", "tut-gallery", "royal-mummies"])
    b = _b(c, "museum-guide", "GET", f"{MUSEUM}/v1/stats/stops?hall={hall}&period=7d")
    b.decoy(
        "audio-guide plays / avgListenSec / completionRate aggregated per exhibit over all "
        "visitors: no person's listening history"
    )
    stops = [
        {
            "exhibitId": e,
            "stop": i + 1,
            "plays": c.rng.randint(80, 4000),
            "avgListenSec": rf(c.rng, 30, 240, 1),
            "completionRate": rf(c.rng, 0.2, 0.95, 2),
            "langs": {"ar": c.rng.randint(5, 900), "fr": c.rng.randint(5, 900)},
        }
        for i, e in enumerate(EXHIBITS)
    ]
    b.ok_json({"hall": hall, "stops": stops})
    return b.build()


def audioguide_track(c: Context) -> Flow:
    stop = c.rng.choice(EXHIBITS)
    b = _b(c, "museum-guide", "GET", f"{MUSEUM}/v1/tracks/{stop}/fr.json")
    b.decoy("audio-guide track metadata (duration, transcript): a catalogue entry")
    b.ok_json(
        {
            "exhibitId": stop,
            "titre": "Le masque d'or",
            "dureeSec": c.rng.randint(60, 300),
            "audioUrl": f"https://cdn.egy-museums-app.com/a/{stop}-fr.m4a",
        }
    )
    return b.build()


def screen_playout(c: Context) -> Flow:
    screen = f"GEM-H{c.rng.randint(1, 9)}-SCR{c.rng.randint(1, 30):02d}"
    b = _b(c, "museum-screens", "GET", f"{MUSEUM}/v1/screens/{screen}/playout?date=today")
    b.decoy(
        "exhibit screen playout log (clip, startedAt, durationSec, plays) of a museum screen "
        "and its MAC: not anyone's viewing, not the tester's device"
    )
    b.ok_json(
        {
            "screenId": screen,
            "screenMac": fleet_mac(c.rng),
            "playout": [
                {
                    "clip": c.rng.choice(["tut-tomb-3d", "rosetta-intro", "nile-flood"]),
                    "startedAt": iso(c),
                    "durationSec": c.rng.randint(90, 600),
                    "loop": k,
                }
                for k in range(c.rng.randint(3, 8))
            ],
        }
    )
    return b.build()


def ticket_scan(c: Context) -> Flow:
    gate = c.rng.choice(["PETRA-VC-T3", "KARNAK-N-T1", "GIZA-MAIN-T5"])
    b = _b(c, "eticket", "POST", f"{TICKETS}/api/scan/batch")
    b.decoy("site's turnstile id and scanner serial, group ticket codes: site equipment")
    b.json(
        {
            "gateId": gate,
            "scannerSerial": fleet_serial(c.rng, "HSM-"),
            "تذاكر": [f"TK{c.rng.randint(10**9, 10**10 - 1)}" for _ in range(c.rng.randint(5, 20))],
            "scannedAt": ms(c),
        }
    )
    b.ok_json({"accepted": True, "turnstile": gate, "passes": c.rng.randint(5, 20)})
    return b.build()


def turnstile_status(c: Context) -> Flow:
    b = _b(c, "eticket", "GET", f"{TICKETS}/api/gates?site=petra")
    b.decoy("turnstile device ids and firmware of the site")
    b.ok_json(
        {
            "gates": [
                {"id": f"T{i}", "deviceId": fleet_serial(c.rng, "TS"), "fw": "4.2.1", "up": True}
                for i in range(1, 6)
            ]
        }
    )
    return b.build()


def crowd_feed(c: Context) -> Flow:
    site = c.rng.choice(["karnak", "valley-kings", "petra-siq", "giza-plateau"])
    b = _b(c, "crowd", "GET", f"{CROWD}/v1/occupancy/{site}")
    b.decoy(
        "people-counter occupancy: personCount / faceDetections counts / queue minutes per "
        "zone; counts only, no face data"
    )
    b.ok_json(
        {
            "site": site,
            "zones": [
                {
                    "zone": z,
                    "personCount": c.rng.randint(10, 600),
                    "faceDetections": c.rng.randint(5, 500),
                    "queueMin": c.rng.randint(0, 45),
                    "densityPerM2": rf(c.rng, 0.1, 2.5, 2),
                    "cameraId": f"PC-{c.rng.randint(100, 999)}",
                }
                for z in ("entrance", "ticketing", "main-hall")
            ],
            "updated": iso(c),
        }
    )
    return b.build()


def crowd_report(c: Context) -> Flow:
    b = _b(c, "crowd", "POST", f"{CROWD}/v1/reports")
    b.decoy("guide's manual queue report, wait minutes")
    b.json(
        {"site": "karnak", "zahma": c.rng.choice(["khafifa", "wasat", "shedida"]), "id": rid(c.rng)}
    )
    b.ok_json({"thanks": True})
    return b.build()


def nearby_landmarks(c: Context) -> Flow:
    b = _b(c, "museum-guide", "GET", f"{MUSEUM}/v1/landmarks/nearby?r=3000")
    b.decoy("'landmarks' = nearby monuments with coordinates and distances, not face landmarks")
    b.ok_json(
        {
            "landmarks": [
                {
                    "name": n,
                    "lat": rf(c.rng, 25.6, 25.8, 5),
                    "lon": rf(c.rng, 32.5, 32.7, 5),
                    "distanceM": c.rng.randint(50, 3000),
                }
                for n in (
                    "Karnak Temple",
                    "Luxor Temple",
                    "Avenue of Sphinxes",
                    "Mummification Museum",
                )
            ]
        }
    )
    return b.build()


def face_article(c: Context) -> Flow:
    b = _b(c, "museum-guide", "GET", f"{MUSEUM}/v1/articles/tut-face-reconstruction?lang=fr")
    b.decoy("article about reconstructing Tutankhamun's face from his skull: text, no face data")
    b.ok_json(
        {
            "title": "Le visage de Toutânkhamon reconstitué",
            "tags": ["face", "reconstruction", "CT-scan", "وجه"],
            "body": (
                "Les chercheurs ont reconstitué le visage du pharaon "
                "à partir du scanner de son crâne."
            ),
            "heroImage": "https://cdn.egy-museums-app.com/i/tut-face.jpg",
        }
    )
    return b.build()
