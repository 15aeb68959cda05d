"""Aava Mobiili: the electronic health record's nurse app in the phone's work profile.

Vital-sign charting, medication administration, the CPOT pain assessment (its
"facial expression" item is a score the nurse types after looking at the patient:
no face is processed), patient photos stored for visual identification, wound
images with measurements, and dictated nursing notes sent to speech recognition
(transcription, no speaker model). None of those is biometric data here.

One feature is: before a high-risk medication, the app can compare a bedside photo
with the patient's stored photo on the hospital's face-comparison service
("kasvovertailu"): a face image to a face-matching API, biometric data although the
face is a patient's, not the tester's. Its old endpoint sends the same photo under
one-letter keys. The app registers the phone with its work-profile ANDROID_ID and
the Intune device id (the nurse's own phone: device ids).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, jsb, multipart

from . import ward
from .phone import FB, iso, ms, rf, rid, ua

API = "https://aava-mobiili.hyks.example"
UA = ua("AavaMobiili", "24.3.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "aava-mobiili", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _photo(c: Context, size: int = 900) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/mobiili/laite/rekisteroi")
    b.json(
        {
            "deviceId": b.id("aid_work", where="json deviceId (work-profile ANDROID_ID)"),
            "intuneDeviceId": b.id("intune_device", where="json intuneDeviceId"),
            "platform": "android",
            "model": "SM-S911B",
            "appVersion": "24.3.1",
            "kayttaja": b.acct("employee_no"),
        }
    )
    b.ok_json({"rekisteroity": True, "istunto": rid(c.rng)})
    return b.build()


def patient_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/osastot/{ward.WARD}/potilaat")
    b.decoy("medical record numbers and bed ids (not device ids)")
    b.ok_json(
        {
            "potilaat": [
                {"mrn": mrn, "huone": room, "hoitoisuusluokka": c.rng.randint(1, 4)}
                for mrn, room in zip(ward.PATIENTS, ward.ROOMS, strict=True)
            ]
        }
    )
    return b.build()


def chart_vitals(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kirjaus/vitaalit")
    b.json(
        {
            "potilas": c.rng.choice(ward.PATIENTS),
            "RR_sys": c.rng.randint(90, 160),
            "RR_dia": c.rng.randint(50, 95),
            "syke": c.rng.randint(55, 120),
            "SpO2": c.rng.randint(88, 100),
            "lampo": rf(c.rng, 36, 39, 1),
            "GCS": {
                "silmat": c.rng.randint(1, 4),
                "puhe": c.rng.randint(1, 5),
                "liike": c.rng.randint(1, 6),
            },
            "kirjattu": iso(c),
        }
    )
    b.ok_json({"id": c.rng.randint(10**7, 10**8)})
    return b.build()


def cpot(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kirjaus/kipu/cpot")
    b.decoy("CPOT facial-expression score typed by the nurse (an observation, no face data)")
    items = {
        "kasvojenIlme": c.rng.randint(0, 2),
        "kehonLiikkeet": c.rng.randint(0, 2),
        "lihasjannitys": c.rng.randint(0, 2),
        "hengityskoneSietokyky": c.rng.randint(0, 2),
    }
    b.json(
        {
            "potilas": c.rng.choice(ward.PATIENTS),
            "cpot": items,
            "yhteensa": sum(items.values()),
            "kirjattu": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def med_admin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/laakehoito/annostelu")
    b.json(
        {
            "potilas": c.rng.choice(ward.PATIENTS),
            "laake": c.rng.choice(
                ["Parasetamoli 1 g iv", "Furosemidi 20 mg iv", "Enoksapariini 40 mg sc"]
            ),
            "annettu": iso(c),
            "kaksoistarkastus": c.rng.random() < 0.4,
            "antaja": b.acct("employee_no"),
        }
    )
    b.ok_json({"tila": "ANNETTU"})
    return b.build()


def patient_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/potilaat/{c.rng.choice(ward.PATIENTS)}/tunnistuskuva")
    b.decoy(
        "patient identification photo stored in the record for nurses to look at; not sent "
        "to a face-matching or liveness API (judged not biometric)"
    )
    boundary = rid(c.rng)
    meta = {"tyyppi": "TUNNISTUSKUVA", "suostumus": True, "otettu": iso(c)}
    b.set_body(
        multipart(
            boundary,
            [
                ("meta", None, "application/json", jsb(meta)),
                ("kuva", "IMG_0412.jpg", "image/jpeg", _photo(c)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"mediaId": rid(c.rng)})
    return b.build()


def wound_image(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/media/haavakuva")
    b.decoy("wound image with length / width / depth (clinical photo, no face)")
    boundary = rid(c.rng)
    meta = {
        "potilas": c.rng.choice(ward.PATIENTS),
        "sijainti": c.rng.choice(["sakraali", "kantapää vasen", "leikkaushaava vatsa"]),
        "pituus_mm": c.rng.randint(5, 80),
        "leveys_mm": c.rng.randint(3, 40),
        "syvyys_mm": c.rng.randint(0, 15),
        "painehaavaluokka": c.rng.randint(1, 4),
    }
    b.set_body(
        multipart(
            boundary,
            [
                ("tiedot", None, "application/json", jsb(meta)),
                ("kuva", "haava.jpg", "image/jpeg", _photo(c, 1200)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"mediaId": rid(c.rng)})
    return b.build()


def face_compare(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/potilastunnistus/kasvovertailu")
    b.bio("face_image", "multipart kasvokuva (bedside photo to the face-comparison service)")
    boundary = rid(c.rng)
    meta = {"potilas": c.rng.choice(ward.PATIENTS), "vertailukuva": rid(c.rng), "syy": "LAAKEHOITO"}
    b.set_body(
        multipart(
            boundary,
            [
                ("pyynto", None, "application/json", jsb(meta)),
                ("kasvokuva", "kasvot.jpg", "image/jpeg", _photo(c)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"samankaltaisuus": rf(c.rng, 0.55, 0.99, 3), "tulos": "TUNNISTETTU"})
    return b.build()


def face_compare_legacy(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/pt/v1/t")
    b.bio("face_image", "json k (base64 JPEG, old face-comparison endpoint)", detectable=False)
    b.json({"p": c.rng.choice(ward.PATIENTS), "r": rid(c.rng), "k": b64(_photo(c)), "t": ms(c)})
    b.ok_json({"s": rf(c.rng, 0.55, 0.99, 3), "ok": 1})
    return b.build()


def dictation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/sanelu/tekstiksi")
    b.decoy("dictated nursing note sent to speech recognition (transcription, no speaker model)")
    boundary = rid(c.rng)
    b.set_body(
        multipart(
            boundary,
            [
                ("kieli", None, None, b"fi-FI"),
                ("sanelu", "sanelu.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json(
        {
            "teksti": "Potilas levollinen, kivut hallinnassa, diureesi riittävä.",
            "varmuus": rf(c.rng, 0.8, 0.97, 2),
        }
    )
    return b.build()


def handover(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/raportti/vuoronvaihto?osasto={ward.WARD}")
    b.ok_json(
        {
            "potilaat": [
                {"mrn": m, "isbar": "S: hengitysvajaus. B: COPD. A: vakaa. R: jatka seurantaa."}
                for m in ward.PATIENTS[:4]
            ],
            "laadittu": iso(c),
        }
    )
    return b.build()


def access_log(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/potilaat/{c.rng.choice(ward.PATIENTS)}/katseluloki")
    b.decoy(
        "the record's access log (katseluloki: who opened the chart, when, for how long): "
        "reading a patient record is not watching or listening"
    )
    b.ok_json(
        {
            "katselut": [
                {
                    "kayttaja": f"T{c.rng.randint(100000, 999999)}",
                    "rooli": c.rng.choice(["SH", "LL", "FT"]),
                    "nakyma": c.rng.choice(["Vitaalit", "Lääkelista", "Hoitokertomus"]),
                    "avattu": iso(c),
                    "kesto_s": c.rng.randint(5, 600),
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    return b.build()
