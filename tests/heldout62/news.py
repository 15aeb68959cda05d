"""A news app for Greece and Portugal: "Kathimerini Nea / Notícias Já" (fictional).

Look-alikes: "most read" lists (ta pio diavasmena / mais lidas), video
thumbnails, voice search (speech sent for speech-to-text), an article about
facial recognition, scroll depth of articles read. Real viewing: the app's own
video-player heartbeats and podcast listen progress. Firebase Installations:
POST firebaseinstallations.googleapis.com/v1/projects/<p>/installations with
fid, appId, authVersion FIS_v2, sdkVersion (firebase-android-sdk,
FirebaseInstallationServiceClient.createFirebaseInstallation).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_wav, multipart

from .phone import FB, digits, hexs, iso, ms, rid, ua

API = "https://api.neanotizie.eu/v4"
ARTICLES = [
    ("Αναγνώριση προσώπου στα αεροδρόμια: τι αλλάζει", "el"),
    ("Reconhecimento facial: o que diz a CNPD", "pt"),
    ("Νέα δρομολόγια ΚΤΕΛ για τον χειμώνα", "el"),
    ("Preço do azeite sobe 12%", "pt"),
]
VIDEOS = [
    ("v-88121", "Καιρός: έρχεται κακοκαιρία", 142),
    ("v-90310", "Jornal da Tarde", 1710),
    ("v-90422", "Συνέντευξη υπουργού Υγείας", 904),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "neanotizie", method, API + path)
    b.header("user-agent", ua("NeaNotizie", "8.1.4"))
    return b


def pio_diavasmena(c: Context) -> Flow:
    b = _b(c, "GET", "/ta-pio-diavasmena?lang=" + c.rng.choice(["el", "pt"]))
    b.ok_json(
        {
            "mais_lidas": [
                {"id": digits(c.rng, 7), "titlos": t, "provoles": c.rng.randint(900, 90000)}
                for t, _ in ARTICLES
            ]
        }
    )
    b.decoy("most-read list: article ids, titles and public view counts (not this user's)")
    return b.build()


def thumbnail(c: Context) -> Flow:
    vid = c.rng.choice(VIDEOS)[0]
    b = FB(c, "neanotizie", "GET", f"https://img.neanotizie.eu/thumbs/{vid}/640x360.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 99999), 500))
    b.decoy("video thumbnail fetch (image download, nothing watched)")
    return b.build()


def article(c: Context) -> Flow:
    title, lang = c.rng.choice(ARTICLES)
    b = _b(c, "GET", f"/arthra/{digits(c.rng, 7)}?lang={lang}")
    b.ok_json(
        {
            "titlos": title,
            "soma": title + ". " + "Lorem ipsum " * 20,
            "eikona": "https://img.neanotizie.eu/a/" + hexs(c.rng, 12) + ".jpg",
        }
    )
    b.decoy("article text (some about facial recognition); no face data")
    return b.build()


def scroll(c: Context) -> Flow:
    b = _b(c, "POST", "/analytics/anagnosi")
    b.json(
        {
            "arthro": digits(c.rng, 7),
            "scrollDepth": round(c.rng.uniform(0.2, 1), 2),
            "chronosAnagnosisSec": c.rng.randint(20, 400),
            "ts": ms(c),
        }
    )
    b.no_content()
    b.decoy("article reading depth and time: reading an article is not viewing history")
    return b.build()


def voice_search(c: Context) -> Flow:
    bnd = "----" + hexs(c.rng, 16)
    b = _b(c, "POST", "/anazitisi/fonitiki")
    body = multipart(
        bnd,
        [
            ("lang", None, None, b"el-GR"),
            ("audio", "query.wav", "audio/wav", fake_wav(c.rng.randint(0, 9999), 600)),
        ],
    )
    b.set_body(body, "multipart/form-data; boundary=" + bnd)
    b.ok_json({"transcript": "καιρός αύριο Θεσσαλονίκη"})
    b.decoy("voice search: speech sent for speech-to-text, not a voiceprint")
    return b.build()


def video_heartbeat(c: Context) -> Flow:
    vid, title, dur = c.rng.choice(VIDEOS)
    b = _b(c, "POST", "/player/heartbeat")
    b.json(
        {
            "videoId": vid,
            "titlos": title,
            "thesi_sec": c.rng.randint(5, dur),
            "diarkeia_sec": dur,
            "event": "playing",
            "sessionId": rid(c.rng),
            "ts": iso(c),
        }
    )
    b.view("body videoId/thesi_sec/diarkeia_sec heartbeat")
    b.no_content()
    return b.build()


def podcast(c: Context) -> Flow:
    b = _b(c, "POST", "/podcasts/akroasi")
    b.json(
        {
            "epeisodio": {"id": "ep-" + digits(c.rng, 5), "titlos": "Ιστορίες της Αθήνας"},
            "akoustike_sec": c.rng.randint(60, 2400),
            "oloklirothike": c.rng.random() < 0.3,
        }
    )
    b.view("body epeisodio + akoustike_sec (podcast listening)")
    b.ok_json({"ok": True})
    return b.build()


def watch_beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/b")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(160)), "application/octet-stream")
    b.view("encrypted player beacon body", detectable=False)
    b.no_content()
    return b.build()


def installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/neanotizie-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + hexs(c.rng, 33))
    b.header("x-android-package", "eu.neanotizie.app")
    fid = c.phone.news_fid
    b.other_id("news_fid", "body fid (Firebase installation id)")
    b.json(
        {
            "fid": fid,
            "appId": "1:4410" + digits(c.rng, 8) + ":android:" + hexs(c.rng, 22),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/4410/installations/" + fid,
            "fid": fid,
            "refreshToken": "3_" + hexs(c.rng, 40),
        }
    )
    return b.build()


DECOYS = [
    (0.6, pio_diavasmena),
    (0.7, thumbnail),
    (0.6, article),
    (0.4, scroll),
    (0.12, voice_search),
]
SENSITIVE = [video_heartbeat, podcast, installation, video_heartbeat, watch_beacon_opaque, podcast]
