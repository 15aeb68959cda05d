"""Záznam přednášek: the halls' lecture-capture recorders and their schedule.

Each hall has a hardware recorder (the university's kit) that polls the capture
server for its schedule, reports its state with its own serial and MAC and
ingests the recording when a lecture ends. The tester checks recordings in the
server's editor: playhead and cut points of an editor timeline are work on a
recording, not a report of what she watched. None of it is sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_mp4

from .phone import FB, iso, mac, ms, rf, rid

API = "https://zaznam.avc.univerzita.example"
HALLS = ["S1", "S3", "S9", "M1", "K1", "P2", "A-Velka"]
COURSES = ["NMAI054", "NPRG030", "NDMI002", "NTIN060", "NMFY160", "NSWI170"]


def _recorder(c: Context) -> tuple[str, str, str]:
    hall = c.rng.choice(HALLS)
    serial = f"PRL2-{c.rng.randint(1000, 1999)}{hall[:1]}"
    return hall, serial, mac(c.rng, "00:1E:C0")


def _b(c: Context, method: str, url: str, agent: str = "Pearl-2/4.19.1") -> FB:
    b = FB(c, "capture", method, url, http_version="HTTP/1.1")
    b.header("user-agent", agent)
    b.header("authorization", 'Digest username="capture_agent", nonce="' + new_hex(c.rng, 16) + '"')
    return b


def agent_state(c: Context) -> Flow:
    hall, serial, hw = _recorder(c)
    b = _b(c, "POST", f"{API}/capture-admin/agents/{hall.lower()}")
    b.decoy("lecture recorder's serial and MAC: the university's hall equipment, not hers")
    b.form(
        [
            ("state", c.rng.choice(["idle", "capturing", "uploading"])),
            ("address", f"10.41.{c.rng.randint(1, 40)}.{c.rng.randint(2, 250)}"),
            ("serial_number", serial),
            ("mac_adresa", hw),
            ("firmware", "4.19.1"),
        ]
    )
    b.respond(204, None)
    return b.build()


def schedule(c: Context) -> Flow:
    hall = c.rng.choice(HALLS)
    b = _b(c, "GET", f"{API}/recordings/calendars?agentid={hall.lower()}&cutoff=604800000")
    b.decoy("recording schedule (iCal) with event uids: timetable, not viewing")
    events = []
    for _ in range(c.rng.randint(2, 5)):
        events.append(
            "BEGIN:VEVENT\r\nUID:" + rid(c.rng) + "\r\nDTSTART:20241105T"
            f"{c.rng.randint(7, 17):02d}2000Z\r\nSUMMARY:{c.rng.choice(COURSES)} přednáška"
            "\r\nLOCATION:" + hall + "\r\nEND:VEVENT\r\n"
        )
    ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(events) + "END:VCALENDAR\r\n"
    b.respond(200, "text/calendar; charset=utf-8", ics.encode())
    return b.build()


def ingest(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ingest/addTrack?mediaPackage={rid(c.rng)}&flavor=presenter/source")
    b.set_body(fake_mp4(c.rng.randint(0, 10**9)), "video/mp4")
    b.respond(200, "text/xml", b"<mediapackage/>")
    return b.build()


def recorder_health(c: Context) -> Flow:
    hall, serial, hw = _recorder(c)
    b = _b(c, "GET", f"{API}/api/v2/recorders/{serial}/health")
    b.decoy("recorder serial in path, disk and audio levels: university kit")
    b.ok_json(
        {
            "serial": serial,
            "hall": hall,
            "macAddress": hw,
            "diskFreeGb": c.rng.randint(40, 900),
            "audioPeakDb": [rf(c.rng, -40, -3, 1) for _ in range(12)],
            "uptimeSec": c.rng.randint(3600, 9 * 10**6),
        }
    )
    return b.build()


def editor_timeline(c: Context) -> Flow:
    """Her check of a recording in the editor: cut points and playhead (work, not viewing)."""
    b = _b(c, "POST", f"{API}/editor/{rid(c.rng)}/edit.json", agent="Mozilla/5.0 (X11; Linux)")
    b.decoy(
        "editor timeline: playhead and segments of a recording being cut (editing, not viewing)"
    )
    length = c.rng.randint(4800, 6000) * 1000
    start = c.rng.randint(0, 300) * 1000
    b.json(
        {
            "segments": [
                {"start": 0, "end": start, "deleted": True},
                {"start": start, "end": length - 120000, "deleted": False},
                {"start": length - 120000, "end": length, "deleted": True},
            ],
            "playheadPosition": c.rng.randint(0, length),
            "workflow": "publish-kontrola",
            "kontrolovala": "AV technik",
            "ulozeno": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def qc_report(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/events/{rid(c.rng)}/kontrola", agent="Mozilla/5.0 (X11; Linux)")
    b.decoy("quality-check notes at timestamps of a recording (work, not viewing)")
    b.json(
        {
            "predmet": c.rng.choice(COURSES),
            "zavady": [
                {"cas_s": c.rng.randint(0, 5400), "typ": c.rng.choice(["zvuk", "obraz", "sync"])}
                for _ in range(c.rng.randint(0, 3))
            ],
            "schvaleno": c.rng.random() < 0.8,
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def asr_captions(c: Context) -> Flow:
    """Automatic captions: speech-to-text of a lecture, no speaker model (not biometric)."""
    b = _b(c, "POST", f"{API}/api/v2/events/{rid(c.rng)}/titulky", agent="Opencast-Worker/15.4")
    b.decoy("speech transcription segments of a lecture (transcription, no voiceprint)")
    t = 0.0
    segments = []
    for text in ("Dobrý den, dnes navážeme", "na minulou přednášku", "o grafových algoritmech"):
        segments.append({"od": round(t, 2), "do": round(t + 2.4, 2), "text": text})
        t += rf(c.rng, 2.5, 4.0, 2)
    b.json({"jazyk": "cs", "model": "whisper-large-v3", "segmenty": segments, "audio_ms": ms(c)})
    b.ok_json({"ulozeno": True})
    return b.build()
