"""Lecture capture (Panopto): the technician checks that a classroom's recording
arrived and fixes its captions. Session lists, captions, the HLS manifest, the
caption editor's timeline position and viewer statistics over all viewers are no
one's viewing history: decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_uuid

from .phone import FB, iso, rf

HOST = "https://helsinki-edu.eu.panopto.com"
FRAMES = f"{HOST}/Panopto/Services/FrameGrabber.svc/FrameRedirect"
SUBJECTS = ["Kemia", "Historia", "Fysiikka"]
UA = (
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"
)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "panopto", method, url)
    b.header("user-agent", UA)
    return b


def sessions(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{HOST}/Panopto/api/v1/folders/{new_uuid(c.rng)}/sessions?sortField=CreatedDate"
    )
    b.decoy("recordings list with durations (a catalogue)")
    b.ok_json(
        {
            "Results": [
                {
                    "Id": new_uuid(c.rng),
                    "Name": f"Luokka B{c.rng.randint(101, 320)} – {c.rng.choice(SUBJECTS)}",
                    "Duration": rf(c.rng, 600, 3000, 1),
                    "StartTime": iso(c),
                    "Urls": {"ThumbnailUrl": f"{FRAMES}?objectId={new_uuid(c.rng)}"},
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def captions(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{HOST}/Panopto/Pages/Transcription/GenerateSRT.ashx?id={new_uuid(c.rng)}&language=Finnish",
    )
    b.decoy("automatic captions of a lesson recording (speech recognition, no speaker model)")
    lines = [
        "Avatkaa kirja sivulta neljäkymmentä.",
        "Tänään käsitellään hapettumista.",
        "Kysymyksiä?",
    ]
    srt = "".join(
        f"{i + 1}\n00:00:{i * 4:02d},000 --> 00:00:{i * 4 + 3:02d},500\n{t}\n\n"
        for i, t in enumerate(lines)
    )
    b.respond(200, "application/x-subrip; charset=utf-8", srt.encode())
    return b.build()


def caption_edit(c: Context) -> Flow:
    b = _b(c, "POST", f"{HOST}/Panopto/api/v1/sessions/{new_uuid(c.rng)}/captions/edit")
    b.decoy("caption editor: cursor position on the editor's timeline, not watching")
    b.json(
        {
            "editorPositionSeconds": rf(c.rng, 0, 2400, 2),
            "captionIndex": c.rng.randint(0, 400),
            "text": "Tänään käsitellään hapettumista ja pelkistymistä.",
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def manifest(c: Context) -> Flow:
    b = _b(c, "GET", f"{HOST}/Panopto/Podcast/Stream/{new_uuid(c.rng)}.mp4/master.m3u8")
    b.decoy("HLS manifest fetch of a recording (fetching a video)")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1200000,RESOLUTION=1280x720\nindex_720.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def viewer_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"{HOST}/Panopto/api/v1/sessions/{new_uuid(c.rng)}/stats")
    b.decoy("a recording's stats over all viewers (views, average minutes): aggregate")
    b.ok_json(
        {
            "Views": c.rng.randint(5, 300),
            "UniqueViewers": c.rng.randint(5, 60),
            "AverageMinutesViewed": rf(c.rng, 2, 40, 1),
            "PercentCompleted": rf(c.rng, 5, 90, 1),
        }
    )
    return b.build()
