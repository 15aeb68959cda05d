"""Huzur: a Quran recitation and sermon (vaaz) audio app.

Keys are Turkish camelCase with Turkish letters where the team's IDE allowed
them (`dinlemeKaydı`, `kâri`) and without in the query string. Listening logs of
recitations and sermons (sura, reciter, seconds, position) are viewing history
(listening). Mushaf reading progress is reading, not listening (a decoy, chosen
by the issue's rule on e-books); prayer times with coordinates and the qibla
bearing are look-alikes. AppMetrica reports carry the md5 of the ANDROID_ID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from . import sdks
from .phone import FB, iso, ms, rf, ua

API = "https://api.huzur.example"
UA = ua("Huzur", "4.0.8")
KARILER = ["Mishary Alafasy", "Abdurrahman es-Sudeys", "İsmail Coşar", "Fatih Çollak"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "huzur", method, url)
    b.header("user-agent", UA)
    return b


def dinleme_kaydi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dinleme")
    b.view("json dinlemeKaydı sureNo + kâri + dinlenenSaniye")
    b.json(
        {
            "dinlemeKaydı": {
                "sureNo": c.rng.randint(1, 114),
                "ayetBaslangic": c.rng.randint(1, 20),
                "kâri": c.rng.choice(KARILER),
                "dinlenenSaniye": c.rng.randint(30, 1800),
                "tarih": iso(c),
            }
        }
    )
    b.no_content()
    return b.build()


def vaaz_konum(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/vaaz/konum")
    b.view("query vaazId + konumSn (sermon playback position)")
    b.param("vaazId", str(c.rng.randint(1000, 9999)))
    b.param("konumSn", str(c.rng.randint(0, 2700)))
    b.param("olay", c.rng.choice(["oynat", "duraklat", "bitti"]))
    b.param("cihazId", b.id("aid_huzur", where="query cihazId"))
    b.no_content()
    return b.build()


def dinleme_gecmisi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/gecmis")
    b.view("response json gecmis[] (listening history)", direction="response")
    b.ok_json(
        {
            "gecmis": [
                {
                    "tur": "vaaz",
                    "baslik": "Cuma Vaazı: Sabır",
                    "dinlendi": iso(c),
                    "sure": c.rng.randint(60, 2700),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def okuma_ilerleme(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/mushaf/okuma")
    b.decoy("Mushaf reading progress (okunanSayfa): reading, not watching or listening")
    b.json(
        {
            "okunanSayfa": c.rng.randint(1, 604),
            "cuz": c.rng.randint(1, 30),
            "sureSn": c.rng.randint(30, 900),
            "tarih": iso(c),
        }
    )
    b.no_content()
    return b.build()


def namaz_vakitleri(c: Context) -> Flow:
    lat, lon = rf(c.rng, 37.8, 41.2, 4), rf(c.rng, 26.9, 40.3, 4)
    b = _b(c, "GET", f"{API}/v1/vakitler?enlem={lat}&boylam={lon}")
    b.decoy("prayer times for coordinates")
    b.ok_json(
        {
            "imsak": "06:12",
            "ogle": "12:48",
            "ikindi": "15:21",
            "aksam": "17:44",
            "yatsi": "19:08",
            "kible_acisi": rf(c.rng, 140, 160, 2),
        }
    )
    return b.build()


def ses_dosyasi(c: Context) -> Flow:
    b = FB(
        c,
        "huzur-cdn",
        "GET",
        f"https://ses.huzur.example/kari/{c.rng.randint(1, 40)}/{c.rng.randint(1, 114):03d}.mp3",
    )
    b.respond(200, "audio/mpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def metrica(c: Context) -> Flow:
    return sdks.appmetrica_report(c, "3f9a1c27-5b1e-4e5a-9d10-huzur", "aid_huzur")


def gunun_ayeti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/gunun-ayeti?t={ms(c)}")
    b.ok_json(
        {
            "sure": "Bakara",
            "ayet": 286,
            "meal": "Allah hiçbir kimseye gücünün yetmediği şeyi yüklemez.",
        }
    )
    return b.build()
