"""Leisure apps: a surf-cam site, a weather / tide app, a photo-printing shop, a
te reo Māori language app and a rugby club's ticketing.

Almost all ordinary: the surf-cam streams, thumbnails and `/watch/<cam>` pages
are video fetches and the site's camera list holds its own cameras' serials;
tide heights and swell are float vectors with coordinates; the print shop
receives photos to print (no face analysis) with order numbers; the language app
fetches audio lessons and vocabulary lists that contain `kanohi` (face),
`mātaki` (watch), `pūrere` (device), `whakaahua` (photo); the club's
"mātaki ngātahi" (watch together) is an event at the clubrooms with tickets.
One kind of flow is viewing history: the surf-cam site, for a logged-in
member, reports which cam was watched and for how long.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js, multipart

from .phone import WB, chrome, iso, ms, rf, rid, ua

SURF = "https://www.ngaru-cams.example"
CAMS = [
    ("piha", "Piha North", -36.95, 174.47),
    ("raglan", "Raglan Manu Bay", -37.82, 174.81),
    ("sumner", "Sumner Bar", -43.57, 172.76),
    ("lyall", "Lyall Bay", -41.33, 174.80),
    ("gisborne", "Wainui Beach", -38.69, 178.07),
]
REO = "https://api.reoako.example"
CLUB = "https://tickets.ponekerugby.example"
PRINT = "https://api.whakaahuaprint.example"


def _s(c: Context, method: str, url: str) -> WB:
    b = WB(c, "surfcam", method, url)
    b.header("user-agent", chrome("aroha"))
    return b


# --- surf cams ---------------------------------------------------------------------


def cam_list(c: Context) -> Flow:
    b = _s(c, "GET", f"{SURF}/api/cams?region=all")
    b.decoy("the site's own cameras with serials and coordinates")
    b.ok_json(
        {
            "cams": [
                {
                    "slug": slug,
                    "name": name,
                    "lat": lat,
                    "lon": lon,
                    "camera_serial": f"AXIS-{new_hex(c.rng, 8).upper()}",
                    "stream": f"https://stream.ngaru-cams.example/{slug}/index.m3u8",
                }
                for slug, name, lat, lon in CAMS
            ]
        }
    )
    return b.build()


def cam_watch_page(c: Context) -> Flow:
    slug = c.rng.choice(CAMS)[0]
    b = _s(c, "GET", f"{SURF}/watch/{slug}")
    b.decoy("'/watch/<cam>' page fetch (content, not a report)")
    b.respond(
        200,
        "text/html; charset=utf-8",
        f"<html><title>Watch {slug} live</title><video id=player></video></html>".encode(),
    )
    return b.build()


def cam_segment(c: Context) -> Flow:
    slug = c.rng.choice(CAMS)[0]
    b = WB(
        c,
        "surfcam",
        "GET",
        f"https://stream.ngaru-cams.example/{slug}/live-{c.rng.randint(10**6, 10**7)}.ts",
    )
    b.header("user-agent", chrome("aroha"))
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def cam_thumb(c: Context) -> Flow:
    slug = c.rng.choice(CAMS)[0]
    b = WB(c, "surfcam", "GET", f"https://stream.ngaru-cams.example/{slug}/still.jpg?t={ms(c)}")
    b.header("user-agent", chrome("aroha"))
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def surf_forecast(c: Context) -> Flow:
    slug, _, lat, lon = c.rng.choice(CAMS)
    b = _s(c, "GET", f"{SURF}/api/forecast/{slug}?days=3")
    b.decoy("swell height / period vectors and coordinates")
    b.ok_json(
        {
            "lat": lat,
            "lon": lon,
            "swell_m": [rf(c.rng, 0.3, 3.5, 2) for _ in range(24)],
            "period_s": [rf(c.rng, 6, 16, 1) for _ in range(24)],
            "wind_dir": [c.rng.randint(0, 359) for _ in range(24)],
        }
    )
    return b.build()


def cam_view_report(c: Context) -> Flow:
    slug, name, _, _ = c.rng.choice(CAMS)
    b = _s(c, "POST", f"{SURF}/api/member/views")
    b.header("cookie", f"ngaru_member={new_hex(c.rng, 32)}")
    b.view("json cam + watchedSeconds + startedAt (member's cam viewing)")
    b.json(
        {
            "cam": slug,
            "camName": name,
            "watchedSeconds": c.rng.choice([45, 90, 180, 300]),
            "startedAt": iso(c),
            "quality": "720p",
        }
    )
    b.no_content()
    return b.build()


# --- weather and tides -------------------------------------------------------------


def marine(c: Context) -> Flow:
    _, _, lat, lon = c.rng.choice(CAMS)
    b = WB(
        c,
        "weather",
        "GET",
        f"https://marine-api.open-meteo.com/v1/marine?latitude={lat}&longitude={lon}"
        "&hourly=wave_height,swell_wave_period",
    )
    b.header("user-agent", "okhttp/4.12.0")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"wave_height": [rf(c.rng, 0.2, 4, 2) for _ in range(24)]},
        }
    )
    return b.build()


def tides(c: Context) -> Flow:
    port = c.rng.choice(["Lyttelton", "Wellington", "Tauranga", "Onehunga"])
    b = WB(
        c, "tides", "GET", f"https://api.tai-moana.example/v1/tai?{urlencode({'tauranga': port})}"
    )
    b.header("user-agent", ua("TaiMoana", "2.0.4", "aroha"))
    b.decoy("tide heights and moon phase (float vectors, no face)")
    b.ok_json(
        {
            "tauranga_waka": port,
            "tai_pari": [iso(c), iso(c)],
            "teitei_m": [rf(c.rng, 0.1, 2.4, 2) for _ in range(48)],
            "marama": c.rng.choice(["Whiro", "Rākaunui", "Tamatea"]),
        }
    )
    return b.build()


def weather(c: Context) -> Flow:
    _, _, lat, lon = c.rng.choice(CAMS)
    b = WB(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,uv_index",
    )
    b.header("user-agent", "okhttp/4.12.0")
    b.ok_json({"hourly": {"temperature_2m": [rf(c.rng, 4, 26, 1) for _ in range(24)]}})
    return b.build()


# --- photo printing ----------------------------------------------------------------


def _p(c: Context, method: str, url: str) -> WB:
    b = WB(c, "printshop", method, url)
    b.header("user-agent", ua("WhakaahuaPrint", "4.0.2", "aroha"))
    return b


def print_upload(c: Context) -> Flow:
    b = _p(c, "POST", f"{PRINT}/v2/uploads")
    b.decoy("whānau photo uploaded for printing (no face analysis)")
    boundary = new_hex(c.rng, 24)
    parts = [
        ("rahi", None, None, c.rng.choice([b"6x4", b"7x5", b"A4"]).decode().encode()),
        ("whakaahua", f"IMG_{c.rng.randint(1000, 9999)}.jpg", "image/jpeg",
         fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]  # fmt: skip
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"upload_id": rid(c.rng), "dpi_ok": True})
    return b.build()


def print_order(c: Context) -> Flow:
    b = _p(c, "POST", f"{PRINT}/v2/orders")
    b.decoy("order number, address, upload ids")
    b.json(
        {
            "items": [{"upload_id": rid(c.rng), "rahi": "6x4", "tatau": c.rng.randint(1, 10)}],
            "tuku": {"street": "12 Rata Street", "city": "Christchurch", "postcode": "8011"},
        }
    )
    b.ok_json({"order": order_no(c.rng), "total_nzd": rf(c.rng, 3, 60, 2)})
    return b.build()


def print_prices(c: Context) -> Flow:
    b = _p(c, "GET", f"{PRINT}/v2/products")
    b.ok_json(
        {
            "whakaahua": [
                {"rahi": r, "utu": p} for r, p in (("6x4", 0.29), ("7x5", 0.89), ("A4", 4.5))
            ],
            "frames": ["Rimu", "Black", "White"],
        }
    )
    return b.build()


# --- te reo language app -----------------------------------------------------------


def _r(c: Context, method: str, url: str) -> WB:
    b = WB(c, "reoako", method, url)
    b.header("user-agent", ua("ReoAko", "5.6.0", "aroha"))
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


def reo_lessons(c: Context) -> Flow:
    b = _r(c, "GET", f"{REO}/v1/akoranga?taumata={c.rng.randint(1, 5)}")
    b.decoy("lesson list with audio durations (content fetch)")
    b.ok_json(
        {
            "akoranga": [
                {
                    "id": f"ak{i}",
                    "taitara": t,
                    "oro": f"https://cdn.reoako.example/oro/ak{i}.mp3",
                    "roanga_s": c.rng.randint(60, 600),
                }
                for i, t in enumerate(["Te tinana", "Te kāinga", "Ngā tae", "Hangarau"], 1)
            ]
        }
    )
    return b.build()


def reo_audio(c: Context) -> Flow:
    b = WB(c, "reoako", "GET", f"https://cdn.reoako.example/oro/ak{c.rng.randint(1, 40)}.mp3")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 90000)}-")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def reo_vocab(c: Context) -> Flow:
    b = _r(c, "GET", f"{REO}/v1/kupu?kaupapa=hangarau")
    b.decoy("vocabulary list: kanohi=face, mātaki=watch, pūrere=device, whakaahua=photo")
    words = [
        ("kanohi", "face"),
        ("mātaki", "to watch"),
        ("matakitaki", "to watch, observe"),
        ("pūrere", "device, machine"),
        ("whakaahua", "photo, picture"),
        ("mata", "screen; face; eye"),
        ("hōtaka", "programme"),
        ("reo irirangi", "radio"),
    ]
    b.ok_json({"kupu": [{"kupu": k, "tikanga": t} for k, t in words]})
    return b.build()


def reo_quiz(c: Context) -> Flow:
    b = _r(c, "POST", f"{REO}/v1/whakamatautau")
    b.decoy("quiz score and XP (lesson progress, not media)")
    b.json(
        {
            "kaiako": b.acct("reo_user"),
            "akoranga": f"ak{c.rng.randint(1, 40)}",
            "tika": c.rng.randint(5, 10),
            "katoa": 10,
            "wā_s": c.rng.randint(60, 400),
        }
    )
    b.ok_json({"xp": c.rng.randint(10, 50), "raupapa_rā": c.rng.randint(1, 90)})
    return b.build()


def reo_pronounce(c: Context) -> Flow:
    """Pronunciation check: the learner's recording of one word, scored for vowels."""
    b = _r(c, "POST", f"{REO}/v1/whakahua")
    b.decoy("pronunciation score of a recorded word (speech scoring, no speaker enrolment)")
    b.json(
        {
            "kupu": c.rng.choice(["whakaahua", "pūrere", "kanohi"]),
            "oro_b64_len": c.rng.randint(8000, 30000),
            "reo": "mi",
        }
    )
    b.ok_json({"piro": rf(c.rng, 0.5, 1.0, 2), "oropuare": {"ā": "pai", "ū": "whakapai ake"}})
    return b.build()


# --- rugby club ----------------------------------------------------------------


def _cl(c: Context, method: str, url: str) -> WB:
    b = WB(c, "rugbyclub", method, url)
    b.header("user-agent", ua("PonekeRugby", "1.3.0", "rawiri"))
    return b


def fixtures(c: Context) -> Flow:
    b = _cl(c, "GET", f"{CLUB}/api/fixtures?grade=premier")
    b.ok_json(
        {
            "fixtures": [
                {"home": "Pōneke", "away": o, "kickoff": iso(c), "ground": "Kilbirnie Park"}
                for o in ("Oriental-Rongotai", "Marist St Pats", "Norths")
            ]
        }
    )
    return b.build()


def buy_tickets(c: Context) -> Flow:
    b = _cl(c, "POST", f"{CLUB}/api/orders")
    b.decoy("ticket order, seats and QR payload")
    b.json(
        {
            "member": b.acct("club_member"),
            "match": c.rng.randint(1000, 9999),
            "seats": [f"B{c.rng.randint(1, 20)}-{c.rng.randint(1, 30)}" for _ in range(2)],
        }
    )
    b.ok_json(
        {
            "order": order_no(c.rng),
            "qr": new_hex(c.rng, 48),
            "seats_confirmed": True,
        }
    )
    return b.build()


def watch_party(c: Context) -> Flow:
    b = _cl(c, "GET", f"{CLUB}/api/events/matakitaki-ngatahi")
    b.decoy("'mātaki ngātahi' watch-party event at the clubrooms (an event, not viewing)")
    b.ok_json(
        {
            "event": "Mātaki ngātahi: All Blacks v Wallabies",
            "venue": "Pōneke clubrooms, big screen",
            "doors": iso(c),
            "tickets_left": c.rng.randint(0, 80),
        }
    )
    return b.build()


def live_score(c: Context) -> Flow:
    b = _cl(c, "GET", f"{CLUB}/api/live/{c.rng.randint(1000, 9999)}?since={ms(c)}")
    b.decoy("match minute, score, try times")
    b.ok_json(
        {
            "minute": c.rng.randint(1, 80),
            "score": [c.rng.randint(0, 40), c.rng.randint(0, 40)],
            "events": js([{"t": "try", "min": c.rng.randint(1, 80)}]),
        }
    )
    return b.build()
