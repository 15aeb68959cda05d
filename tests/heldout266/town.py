"""The supermarket, the news site and the music school.

Supermarché Kirchberg: the self-checkout's age check for a bottle of Crémant is
done by staff at the till in most cases (the receipt says so: no camera, no
face stored); when the commuter uses Scan & Go, the app runs Yoti's facial age
estimation on a selfie (`img`, https://api.yoti.com/ai/v1/age-antispoofing):
an age estimated from a face is biometric, whatever is kept afterwards.
The self-checkout lanes' camera status (the shop's own cameras, their serials)
and the basket are ordinary.

Wort News: articles, video fetches, thumbnails, a poll, comments.

Museksschoul: lesson recordings (audio of a lesson the student uploads for the
teacher: no voiceprint, no speaker enrolment), the timetable, sheet music.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, fake_wav, multipart

from .phone import B, iso, mk, rf, ua

SUPER = "https://app.supermarche-kirchberg.example"
NEWS = "https://www.wortnews.example"
MUSIK = "https://portal.museksschoul.example"


def _s(c: Context, method: str, path: str) -> B:
    return mk(c, "supermarche", method, SUPER + path, ua("SuperKirchberg", "8.1.0"))


def basket(c: Context) -> Flow:
    b = _s(c, "POST", "/api/scan-go/kuerf")
    b.decoy("scan & go basket with EANs and prices")
    b.json({"artikelen": [{"ean": new_digits(c.rng, 13, "5"), "zuel": 1} for _ in range(3)]})
    b.ok_json({"total": rf(c.rng, 5, 80, 2)})
    return b.build()


def receipt_manual_age(c: Context) -> Flow:
    b = _s(c, "GET", f"/api/bong/{new_digits(c.rng, 10)}")
    b.decoy("receipt: age check done by staff, no camera, no face stored")
    b.ok_json(
        {
            "alterskontroll": {
                "methode": "Personal",
                "kamera": False,
                "gesiicht_gespäichert": False,
            },
            "kees": "Self-Checkout 4",
            "total": rf(c.rng, 5, 80, 2),
        }
    )
    return b.build()


def checkout_cameras(c: Context) -> Flow:
    b = _s(c, "GET", "/api/buttek/selfcheckout/status")
    b.decoy("self-checkout lanes and their cameras: the shop's equipment, serials")
    b.ok_json(
        {
            "keesen": [
                {
                    "kees": n,
                    "kamera": {"serial": "SCO-CAM-" + new_hex(c.rng, 6).upper()},
                    "fräi": True,
                }
                for n in range(1, 5)
            ]
        }
    )
    return b.build()


def yoti_age(c: Context) -> Flow:
    b = mk(c, "yoti", "POST", "https://api.yoti.com/ai/v1/age-antispoofing", "okhttp/4.12.0")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("x-yoti-auth-id", new_hex(c.rng, 32))
    b.bio("face_image", "json img (selfie for Yoti facial age estimation)")
    b.json({"img": b64(fake_jpeg(c.rng.randint(0, 10**9), 900)), "threshold": 18})
    b.mark(
        "biometric",
        "face_analysis",
        "response json age.age / st_dev (from the face)",
        True,
        "response",
    )
    b.ok_json(
        {
            "age": {"age": rf(c.rng, 30, 45, 2), "st_dev": rf(c.rng, 1.5, 3.5, 2)},
            "antispoofing": {"prediction": "real"},
        }
    )
    return b.build()


def article(c: Context) -> Flow:
    slug = c.rng.choice(["tram-bis-belval", "budget-2025", "pendler-a1-stau"])
    b = mk(c, "wortnews", "GET", f"{NEWS}/api/artikel/{slug}", ua("WortNews", "6.3"))
    b.decoy("news article with 'Video kucken' link")
    b.ok_json(
        {
            "titel": slug.replace("-", " ").title(),
            "text": "Moien ...",
            "video": {"label": "Video kucken", "src": f"https://video.wortnews.example/{slug}.mp4"},
        }
    )
    return b.build()


def news_video(c: Context) -> Flow:
    slug = c.rng.choice(["tram-bis-belval", "budget-2025", "pendler-a1-stau"])
    b = mk(
        c, "wortnews", "GET", f"https://video.wortnews.example/{slug}.mp4", "ExoPlayerLib/2.19.1"
    )
    b.decoy("news video fetch")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 700))
    return b.build()


def news_thumb(c: Context) -> Flow:
    b = mk(c, "wortnews", "GET", f"https://img.wortnews.example/{new_hex(c.rng, 10)}_640.jpg")
    b.decoy("article image")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def poll(c: Context) -> Flow:
    b = mk(c, "wortnews", "POST", f"{NEWS}/api/ëmfro/stemmen")
    b.decoy("poll vote")
    b.json({"ëmfro": "tram-gratis", "äntwert": "jo"})
    b.ok_json({"jo": c.rng.randint(40, 70), "nee": c.rng.randint(20, 50)})
    return b.build()


def lesson_recording(c: Context) -> Flow:
    bnd = "ms" + new_hex(c.rng, 16)
    b = mk(c, "museksschoul", "POST", f"{MUSIK}/api/coursen/opnam", ua("Museksschoul", "1.4"))
    b.decoy("lesson audio recording for the teacher (no voiceprint, no speaker id)")
    data = multipart(
        bnd,
        [
            ("stéck", None, None, b"Clementi Sonatine op. 36"),
            ("opnam", "opnam.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(data, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"opnam": "OP-" + new_digits(c.rng, 6), "zäit": iso(c)})
    return b.build()


def timetable(c: Context) -> Flow:
    b = mk(c, "museksschoul", "GET", f"{MUSIK}/api/stonneplang?woch=47")
    b.decoy("lesson timetable")
    b.ok_json({"coursen": [{"dag": "Dënschdeg", "zäit": "18:30", "instrument": "Piano"}]})
    return b.build()


def sheet_music(c: Context) -> Flow:
    b = mk(c, "museksschoul", "GET", f"{MUSIK}/files/noten/{new_hex(c.rng, 8)}.pdf")
    b.decoy("sheet music download")
    b.respond(200, "application/pdf", b"%PDF-1.5\n" + new_hex(c.rng, 200).encode())
    return b.build()


def teacher_video(c: Context) -> Flow:
    b = mk(c, "museksschoul", "GET", f"{MUSIK}/media/demo/{new_hex(c.rng, 8)}.mp4")
    b.decoy("teacher's demo video fetch")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 600))
    return b.build()
