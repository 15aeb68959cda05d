"""Crewbrief: the airline's crew-briefing and training video app, which she
watches at work on her own phone (safety briefings, de-icing procedures).

Her progress in a video is her viewing history: the app reports position and
completion (Norwegian key names) and a completion record; a compact xAPI
statement ("verb": watched) too. The catalogue, thumbnails, the HLS manifest,
the most-watched rail and course PDFs (reading) are not. The app sends her
phone's ANDROID_ID and its install id.
"""

from __future__ import annotations

import zlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64url, fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.crewbrief.example"
UA = ua("Crewbrief", "2.9.0")
VIDEOS = [
    ("v-deice-2024", "Avising type I/IV – prosedyre", 612),
    ("v-pushback-sop", "Pushback SOP Q400/737", 845),
    ("v-fod-walk", "FOD-walk og sikkerhet på oppstillingsplass", 402),
    ("v-dg-cargo", "Farlig gods – lasting", 1210),
]


def _b(c: Context, method: str, url: str, ids: bool = False) -> FB:
    b = FB(c, "crewbrief", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    if ids:
        b.header("x-enhet-id", b.id("aid_brief", where="header x-enhet-id"))
    return b


def progress(c: Context) -> Flow:
    vid, _, length = c.rng.choice(VIDEOS)
    b = _b(c, "POST", f"{API}/v1/videoer/{vid}/fremdrift", ids=True)
    b.view("json posisjon_sek / andel_sett for video id")
    pos = c.rng.randint(10, length)
    b.json(
        {
            "videoId": vid,
            "posisjon_sek": pos,
            "varighet_sek": length,
            "andel_sett": round(pos / length, 3),
            "hendelse": c.rng.choice(["pause", "heartbeat", "seek"]),
            "tidspunkt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def completion(c: Context) -> Flow:
    vid, title, length = c.rng.choice(VIDEOS)
    b = _b(c, "POST", f"{API}/v1/gjennomforing")
    b.view("json videoId + fullfort + settTid (completion record)")
    b.json({"videoId": vid, "tittel": title, "fullfort": True, "settTid": length, "dato": iso(c)})
    b.ok_json({"sertifikat": rid(c.rng)})
    return b.build()


def xapi_opaque(c: Context) -> Flow:
    """The LRS relay: a deflated xAPI statement, base64url under 's'."""
    vid, _, length = c.rng.choice(VIDEOS)
    b = _b(c, "POST", f"{API}/lrs/r")
    b.view("form s (deflate + base64url xAPI statement)", detectable=False)
    stmt = (
        '{"verb":"https://w3id.org/xapi/video/verbs/played","object":"' + vid + '",'
        '"result":{"extensions":{"time":' + str(c.rng.randint(0, length)) + "}}}"
    )
    b.form([("s", b64url(zlib.compress(stmt.encode())))])
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/katalog?rolle=rampeleder")
    b.decoy("catalogue of briefing videos with durations")
    b.ok_json(
        {
            "videoer": [
                {"id": v, "tittel": t, "varighet_sek": n, "obligatorisk": c.rng.random() < 0.5}
                for v, t, n in VIDEOS
            ]
        }
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mest-sett?periode=30d")
    b.decoy("most-watched rail: view counts over all staff (aggregate)")
    b.ok_json(
        {
            "liste": [
                {"videoId": v, "antallVisninger": c.rng.randint(40, 900), "snittSettSek": n // 2}
                for v, _, n in VIDEOS
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    vid = c.rng.choice(VIDEOS)[0]
    b = _b(c, "GET", f"https://media.crewbrief.example/hls/{vid}/master.m3u8")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1400000\n720p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def thumbnail(c: Context) -> Flow:
    vid = c.rng.choice(VIDEOS)[0]
    b = _b(c, "GET", f"https://media.crewbrief.example/thumbs/{vid}/640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def manual_pdf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dokumenter/GOM-4.2/lest")
    b.decoy("reading position in the ground-ops manual: reading is not watching")
    b.json({"side": c.rng.randint(1, 220), "lestProsent": rf(c.rng, 0, 100, 1), "ts": ms(c)})
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/enheter")
    b.json(
        {
            "androidId": b.id("aid_brief", where="json androidId"),
            "installId": b.other_id_value("brief_install", "json installId"),
            "plattform": "android",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def progress_crew_tablet(c: Context) -> Flow:
    """She watches a briefing on the crew room's shared tablet, signed in as herself."""
    vid, _, length = c.rng.choice(VIDEOS)
    b = FB(c, "crewbrief", "POST", f"{API}/v1/videoer/{vid}/fremdrift")
    b.header("user-agent", "Crewbrief/2.9.0 (Linux; Android 13; SM-X200 Build/TP1A)")
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.header("x-enhet-id", new_hex(c.rng, 16))
    b.view("json posisjon_sek / andel_sett (her progress, on a shared tablet)")
    b.decoy("x-enhet-id is the crew room's shared tablet (employer's, shared): not her device")
    pos = c.rng.randint(10, length)
    b.json(
        {
            "videoId": vid,
            "posisjon_sek": pos,
            "varighet_sek": length,
            "andel_sett": round(pos / length, 3),
            "hendelse": "heartbeat",
            "delt_enhet": True,
        }
    )
    b.no_content()
    return b.build()
