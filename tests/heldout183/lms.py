"""The learning platform (Moodle with a video plugin): recorded lectures, their
catalogue and the students' viewing statistics the teachers ask her about.

The statistics are aggregates over a course (views, mean watched share, a
heatmap of how many students were at each minute): no person's viewing. The
catalogue, the HLS manifests and the thumbnails are fetches of content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .capture import COURSES
from .phone import FB, rf, rid

API = "https://moodle.univerzita.example"
VIDEO = "https://video.univerzita.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "moodle", method, url)
    b.header("user-agent", "MoodleMobile 4.4.0 (44000)")
    b.header("cookie", "MoodleSession=" + new_hex(c.rng, 26))
    return b


def view_stats(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/webservice/rest/server.php")
    b.decoy("course viewing statistics: counts and means over all students (aggregate)")
    b.form(
        [
            ("wsfunction", "mod_videotime_get_statistics"),
            ("moodlewsrestformat", "json"),
            ("cmid", str(c.rng.randint(10000, 99999))),
        ]
    )
    b.ok_json(
        {
            "predmet": c.rng.choice(COURSES),
            "pocet_zhlednuti": c.rng.randint(20, 900),
            "unikatni_studenti": c.rng.randint(10, 240),
            "prumerne_shlednuto_procent": rf(c.rng, 20, 95, 1),
            "heatmap_po_minutach": [c.rng.randint(0, 200) for _ in range(90)],
        }
    )
    return b.build()


def watch_heatmap_csv(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/report/videotime/export.php?id={c.rng.randint(100, 999)}&format=csv")
    b.decoy("exported per-lecture watch statistics: views and average completion (aggregate)")
    rows = ["lecture,views,avg_watch_seconds,completion_rate"]
    for i in range(1, 13):
        views, seconds = c.rng.randint(5, 300), c.rng.randint(60, 5400)
        rows.append(f"Přednáška {i},{views},{seconds},{rf(c.rng, 0.1, 0.9, 2)}")
    b.respond(200, "text/csv; charset=utf-8", ("\n".join(rows) + "\n").encode())
    return b.build()


def recordings_list(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/webservice/rest/server.php?wsfunction=local_zaznamy_list"
        f"&courseid={c.rng.randint(100, 999)}",
    )
    b.decoy("catalogue of recorded lectures with durations")
    b.ok_json(
        {
            "zaznamy": [
                {
                    "id": rid(c.rng),
                    "nazev": f"Přednáška {i}",
                    "delka_s": c.rng.randint(4800, 6000),
                    "nahled": f"{VIDEO}/thumb/{new_hex(c.rng, 12)}.jpg",
                }
                for i in range(1, 8)
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(c, "moodle", "GET", f"{VIDEO}/hls/{rid(c.rng)}/master.m3u8")
    b.header("user-agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1800000,RESOLUTION=1280x720\n720p/index.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(c, "moodle", "GET", f"{VIDEO}/thumb/{new_hex(c.rng, 12)}.jpg")
    b.header("user-agent", "MoodleMobile 4.4.0 (44000)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def pdf_progress(c: Context) -> Flow:
    """Her progress through a course PDF: reading is not watching."""
    b = _b(c, "POST", f"{API}/webservice/rest/server.php")
    b.decoy("reading position in a study PDF (reading, not viewing history)")
    b.form(
        [
            ("wsfunction", "mod_resource_log_progress"),
            ("resourceid", str(c.rng.randint(1000, 9999))),
            ("strana", str(c.rng.randint(1, 240))),
            ("precteno_procent", str(c.rng.randint(1, 100))),
        ]
    )
    b.ok_json({"status": True})
    return b.build()
