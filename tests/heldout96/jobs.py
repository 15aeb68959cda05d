"""Job sheets and time sheets: photos of clients' installations (multipart
JPEG), the client's signature strokes, hours worked, the technician's own
profile. Photos of switchboards are not face images; signature strokes are
coordinate lists, not landmarks; a self-declared gender is not biometric.

Sources: the job-sheet backend is the employer's own (fictional "ZlecenieApp",
Polish/Czech keys). Multipart layout as URLSession / Alamofire write it
(RFC 7578 form-data with a boundary, filename and Content-Type per part); EXIF
fields named as in the EXIF 2.32 spec (Make, Model, DateTimeOriginal, GPS).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, js, multipart

from .phone import FB, iso, ms, new_digits, new_hex, rf, rid, ua

API = "https://app.zlecenieapp.pl/api"


def photo_upload(c: Context) -> Flow:
    b = FB(c, "zlecenieapp", "POST", f"{API}/zlecenia/{c.rng.randint(1000, 9999)}/zdjecia")
    b.header("user-agent", ua("ZlecenieApp", "1203"))
    boundary = "Boundary+" + new_hex(c.rng, 16).upper()
    what = c.rng.choice(
        ["rozdzielnica_po", "rozdzielnica_przed", "uziemienie", "falownik_tabliczka", "trasa_kabla"]
    )
    meta = {
        "opis": what.replace("_", " "),
        "exif": {
            "Make": "Apple",
            "Model": "iPhone 14",
            "DateTimeOriginal": iso(c),
            "GPSLatitude": rf(c.rng, 49.9, 50.1, 5),
            "GPSLongitude": rf(c.rng, 19.8, 20.1, 5),
        },
    }
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", js(meta).encode()),
            (
                "plik",
                f"{what}_{c.rng.randint(1, 40)}.jpg",
                "image/jpeg",
                fake_jpeg(c.rng.randrange(1 << 30), 1200),
            ),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {"id": rid(c.rng), "miniatura": f"https://cdn.zlecenieapp.pl/t/{new_hex(c.rng, 24)}.jpg"}
    )
    b.decoy(
        "JPEG photo of a switchboard / installation uploaded to the job sheet: no face API, no face"
    )
    return b.build()


def signature(c: Context) -> Flow:
    b = FB(c, "zlecenieapp", "POST", f"{API}/zlecenia/{c.rng.randint(1000, 9999)}/podpis")
    strokes = []
    for _ in range(c.rng.randint(2, 4)):
        x, y = c.rng.uniform(20, 200), c.rng.uniform(40, 120)
        pts = []
        for _ in range(c.rng.randint(12, 30)):
            x, y = x + c.rng.uniform(1, 9), y + c.rng.gauss(0, 6)
            pts.append({"x": round(x, 1), "y": round(y, 1), "t": c.rng.randint(0, 900)})
        strokes.append(pts)
    b.json(
        {
            "podpisujacy": "klient",
            "kreski": strokes,
            "szerokosc": 340,
            "wysokosc": 160,
            "zatwierdzono": iso(c),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("client's handwritten signature as stroke point lists (x, y, t): not face landmarks")
    return b.build()


def protocol_cz(c: Context) -> Flow:
    b = FB(c, "zlecenieapp", "POST", f"{API}/cz/revize/{c.rng.randint(100, 999)}")
    b.json(
        {
            "revizniZprava": f"RZ-{c.rng.randint(100, 999)}/2026",
            "mereni": [
                {
                    "obvod": f"F{i}",
                    "izolacniOdpor": rf(c.rng, 200, 999, 1),
                    "impedanceSmycky": rf(c.rng, 0.2, 1.4, 2),
                }
                for i in range(1, 9)
            ],
            "zavady": [],
            "technik": "T" + new_digits(c.rng, 5),
        }
    )
    b.ok_json({"stav": "ulozeno"})
    b.decoy("Czech inspection report with measured values per circuit")
    return b.build()


def timesheet(c: Context) -> Flow:
    b = FB(c, "godzinki", "POST", "https://api.godzinki.pl/v1/wpisy")
    b.header("user-agent", ua("Godzinki", "540"))
    b.json(
        {
            "data": "2026-11-30",
            "start": "07:" + str(c.rng.randint(0, 59)).zfill(2),
            "koniec": f"{c.rng.randint(14, 18)}:00",
            "przerwaMin": 30,
            "zlecenie": c.rng.randint(1000, 9999),
            "dojazdKm": c.rng.randint(3, 80),
            "lokalizacjaStart": [rf(c.rng, 49.9, 50.1, 5), rf(c.rng, 19.8, 20.1, 5)],
            "clientTs": ms(c),
        }
    )
    b.ok_json({"id": c.rng.randint(100000, 999999), "sumaTygodnia": rf(c.rng, 20, 45, 2)})
    b.decoy("hours worked with start/end times and a start location: a time sheet")
    return b.build()


def timesheet_week(c: Context) -> Flow:
    b = FB(c, "godzinki", "GET", "https://api.godzinki.pl/v1/tydzien", [("od", "2026-11-23")])
    b.ok_json(
        {
            "dni": [
                {
                    "data": f"2026-11-{23 + i}",
                    "godziny": rf(c.rng, 0, 10, 2),
                    "zlecenia": [c.rng.randint(1000, 9999)],
                }
                for i in range(7)
            ],
            "nadgodziny": rf(c.rng, 0, 6, 1),
        }
    )
    b.decoy("a week of hours per day: numeric series")
    return b.build()


def profile(c: Context) -> Flow:
    b = FB(c, "godzinki", "PATCH", "https://api.godzinki.pl/v1/profil")
    b.json(
        {
            "imie": "Marek",
            "plec": "M",
            "rozmiarOdziezy": "XL",
            "uprawnienia": ["SEP E1", "SEP D1", "F-gaz"],
            "zdjecieProfilowe": None,
            "jezyk": c.rng.choice(["pl", "cs"]),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("self-declared gender (plec) and clothing size on a profile form: not biometric")
    return b.build()


def job_list(c: Context) -> Flow:
    b = FB(c, "zlecenieapp", "GET", f"{API}/zlecenia", [("status", "otwarte"), ("strona", "1")])
    rows = [
        {
            "id": c.rng.randint(1000, 9999),
            "klient": c.rng.choice(["Nowak", "Kowalska", "Dvořák", "Svoboda"]),
            "adres": "ul. Długa " + str(c.rng.randint(1, 90)),
            "zakres": c.rng.choice(["fotowoltaika", "pompa ciepła", "smart home", "wideodomofon"]),
            "termin": iso(c),
        }
        for _ in range(6)
    ]
    b.ok_json({"zlecenia": rows, "strona": 1})
    b.decoy("list of open jobs with clients and addresses")
    return b.build()


def analytics_no_att(c: Context) -> Flow:
    b = FB(c, "zlecenieapp", "POST", f"{API}/analytics/batch")
    b.json(
        {
            "idfa": "00000000-0000-0000-0000-000000000000",
            "att": "denied",
            "events": [{"name": "job_opened", "ts": ms(c), "trace": rid(c.rng)}],
        }
    )
    b.no_content()
    b.decoy("all-zero IDFA (ATT denied): identifies no device; trace id")
    return b.build()


DECOYS = [
    photo_upload,
    signature,
    protocol_cz,
    timesheet,
    timesheet_week,
    profile,
    job_list,
    analytics_no_att,
]
