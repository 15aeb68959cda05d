"""Nur Səsi: Islamic lectures and Quran recitation audio, with prayer times.

Listening to a recitation or a lecture is listening history: surah and ayah
with the seconds heard, the reciter, the lecture position. Reading the mushaf
text (page reached) is reading, not listening; prayer times by coordinates and
the qibla bearing are ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, baku, iso, ms, rf, rid, ua

API = "https://api.nursesi.example"
UA = ua("NurSesi", "2.4.7")
QARIS = ["Mishary Alafasy", "Abdul Basit", "Hacı Şahin", "Maher Al-Muaiqly"]
LECTURES = [
    ("m311", "Səbr haqqında"),
    ("m402", "Ramazan ayının fəzilətləri"),
    ("m518", "Ailədə mərhəmət"),
    ("m620", "Namazın əhəmiyyəti"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "nursesi", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-nur-install", b.id("nur_install", where="header x-nur-install"))
    return b


def recitation_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tilavet/dinleme")
    b.view("json sura + ayə + dinlənilən_saniyə (recitation listening)")
    b.json(
        {
            "sura": c.rng.randint(1, 114),
            "ayə": c.rng.randint(1, 50),
            "qari": c.rng.choice(QARIS),
            "dinlənilən_saniyə": c.rng.randint(10, 2400),
            "tamamlandı": c.rng.random() < 0.3,
            "tarix": iso(c),
        }
    )
    b.no_content()
    return b.build()


def lecture_progress(c: Context) -> Flow:
    lid, title = c.rng.choice(LECTURES)
    b = _b(c, "PUT", f"{API}/v1/muhazireler/{lid}/movqe")
    b.view("json muhazire_id + movqe_ms (lecture position)")
    b.json(
        {
            "muhazire_id": lid,
            "movzu": title,
            "movqe_ms": c.rng.randint(10_000, 3_600_000),
            "surət": 1.25,
            "androidId": b.id("aid_nur", where="json androidId"),
        }
    )
    b.no_content()
    return b.build()


def listening_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/istifadeci/dinleme-tarixcesi")
    b.view("response json tarixce[] (recitations heard)", direction="response")
    b.ok_json(
        {
            "tarixce": [
                {
                    "sura": c.rng.randint(1, 114),
                    "qari": c.rng.choice(QARIS),
                    "son_dinleme": iso(c),
                    "saniye": c.rng.randint(30, 1800),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def opaque_sync(c: Context) -> Flow:
    """Widget sync: protobuf with surah, ayah, seconds as bare field numbers."""
    b = _b(c, "POST", f"{API}/w/s", device=False)
    b.view("protobuf fields 1-4 (surah, ayah, seconds, ts)", detectable=False)
    body = (
        pb_varint(1, c.rng.randint(1, 114))
        + pb_varint(2, c.rng.randint(1, 50))
        + pb_varint(3, c.rng.randint(10, 2000))
        + pb_varint(4, ms(c))
        + pb_bytes(5, "az")
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def prayer_times(c: Context) -> Flow:
    lat, lon = baku(c.rng)
    b = _b(c, "GET", f"{API}/v1/namaz-vaxtlari?lat={lat}&lng={lon}&metod=13", device=False)
    b.decoy("prayer times for coordinates (location, not sensitive here)")
    b.ok_json(
        {
            "sübh": "05:41",
            "günorta": "12:58",
            "ikindi": "15:37",
            "axşam": "17:59",
            "işa": "19:19",
            "koordinat": [lat, lon],
        }
    )
    return b.build()


def qibla(c: Context) -> Flow:
    lat, lon = baku(c.rng)
    b = _b(c, "POST", f"{API}/v1/qible/kalibrasiya", device=False)
    b.decoy("compass yaw/pitch/roll calibration (device orientation, not a head pose)")
    b.json(
        {
            "lat": lat,
            "lng": lon,
            "qible_bucagi": rf(c.rng, 205, 215, 2),
            "yaw": rf(c.rng, -180, 180, 1),
            "pitch": rf(c.rng, -30, 30, 1),
            "roll": rf(c.rng, -20, 20, 1),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def mushaf_reading(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/mushaf/oxuma", device=False)
    b.decoy("Quran text reading progress (page reached): reading is not watching or listening")
    b.json({"sehife": c.rng.randint(1, 604), "cuz": c.rng.randint(1, 30), "oxundu": iso(c)})
    b.no_content()
    return b.build()


def audio_file(c: Context) -> Flow:
    q = c.rng.randint(1, 4)
    b = FB(
        c, "nursesi", "GET", f"https://cdn.nursesi.example/qari{q}/{c.rng.randint(1, 114):03d}.mp3"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def sadaqa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ianə", device=False)
    b.decoy("donation transaction id")
    b.json({"mebleg": c.rng.choice([5, 10, 20]), "valyuta": "AZN", "ref": rid(c.rng)})
    b.ok_json({"emeliyyat": rid(c.rng), "status": "ugurlu"})
    return b.build()
