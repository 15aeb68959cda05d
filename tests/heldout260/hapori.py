"""Community apps: the marae and iwi app, the museum's kiosks and gallery screens,
the school's class-tablet management and the council's library and parking apps.

Nearly all of it is ordinary, with the look-alike words on purpose: `kanohi`
(face) in "kanohi ki te kanohi" (in person) hui, `pūrere` (device, machine) in
the marae kitchen's appliance bookings, `whakaahua` (photo) in gallery fetches,
`mata` (screen) for the museum's gallery screens and their loop playlists, and
lists of the museum's kiosks, the school's class tablets and the library's
lending tablets with serials, IMEIs and MACs: the institutions' own equipment,
not device identifiers of a person's device. Two flows are sensitive: the
museum's kiosk camera reports the visitors' estimated age, gender, emotion and
head pose (other people's faces are biometric), and the marae gallery groups
the whānau's photos by face, sending a face signature (`waitohu_kanohi`) per
face found. The marae app registers Aroha's phone (`pūrere_id`).
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, multipart

from .phone import WB, chrome, floats, iso, ms, rf, rid, ua

MARAE = "https://api.totatoumarae.example"
MUSEUM = "https://kiosk.patakataonga.example"
KURA = "https://mdm.kurapapa.example"
COUNCIL = "https://api.kaunihera.example"
UA_MARAE = ua("TōTātouMarae", "2.4.1", "aroha")


def _m(c: Context, method: str, url: str) -> WB:
    b = WB(c, "marae", method, url)
    b.header("user-agent", UA_MARAE)
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


# --- marae and iwi app -----------------------------------------------------------


def marae_register(c: Context) -> Flow:
    b = _m(c, "POST", f"{MARAE}/v1/purere")
    b.json(
        {
            "pūrere_id": b.id("aid_marae", where="json pūrere_id"),
            "mema": b.acct("marae_member"),
            "pānui_tuku": True,
        }
    )
    b.ok_json({"kua_rēhita": True})
    return b.build()


def panui(c: Context) -> Flow:
    b = _m(c, "GET", f"{MARAE}/v1/panui?wharangi=1")
    b.decoy("notices mentioning watching a livestream and photos")
    b.ok_json(
        {
            "pānui": [
                {"taitara": "Hui-ā-iwi: mātaki ā-ipurangi ka wātea", "rā": iso(c)},
                {"taitara": "Tukuna mai ō whakaahua o te kapa haka", "rā": iso(c)},
                {"taitara": "Working bee: wharekai roof", "rā": iso(c)},
            ]
        }
    )
    return b.build()


def hui_calendar(c: Context) -> Flow:
    b = _m(c, "GET", f"{MARAE}/v1/hui?marama={c.rng.randint(1, 12)}")
    b.decoy("'kanohi ki te kanohi' (in person) hui type, coordinates")
    b.ok_json(
        {
            "hui": [
                {
                    "ingoa": "Hui-ā-tau",
                    "momo": "kanohi ki te kanohi",
                    "wāhi": {"lat": rf(c.rng, -43.6, -43.4), "lon": rf(c.rng, 172.5, 172.7)},
                    "tīmata": iso(c),
                },
                {"ingoa": "Wānanga reo", "momo": "ā-ipurangi (Zoom)", "tīmata": iso(c)},
            ]
        }
    )
    return b.build()


def koha(c: Context) -> Flow:
    b = _m(c, "POST", f"{MARAE}/v1/koha")
    b.decoy("donation order number and amount")
    b.json({"moni": rf(c.rng, 20, 200, 0), "kaupapa": "Tangihanga", "idempotency": rid(c.rng)})
    b.ok_json({"tau_ota": order_no(c.rng), "mihi": "Ngā mihi nui"})
    return b.build()


def kitchen_booking(c: Context) -> Flow:
    b = _m(c, "GET", f"{MARAE}/v1/wharekai/purere")
    b.decoy("marae kitchen appliances ('pūrere') with serials (the marae's own equipment)")
    b.ok_json(
        {
            "pūrere": [
                {
                    "ingoa": n,
                    "nama_rangatū": "WK" + new_digits(c.rng, 8),
                    "wātea": c.rng.random() < 0.7,
                }
                for n in ("Pūrere horoi rīhi", "Umu nui", "Pouaka makariri", "Pūrere kawhe")
            ]
        }
    )
    return b.build()


def gallery(c: Context) -> Flow:
    b = _m(c, "GET", f"{MARAE}/v1/whakaahua?pukaemi={c.rng.randint(1, 40)}")
    b.decoy("photo album listing (photos fetched, no face data)")
    b.ok_json(
        {
            "whakaahua": [
                {
                    "id": new_hex(c.rng, 12),
                    "url": f"https://cdn.totatoumarae.example/w/{new_hex(c.rng, 16)}.jpg",
                    "kupu": "Pōwhiri 2024",
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def gallery_photo(c: Context) -> Flow:
    b = WB(c, "marae", "GET", f"https://cdn.totatoumarae.example/w/{new_hex(c.rng, 16)}.jpg")
    b.header("user-agent", UA_MARAE)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def face_grouping(c: Context) -> Flow:
    b = _m(c, "POST", f"{MARAE}/v1/whakaahua/kanohi/ropu")
    b.bio("face_embedding", "json kanohi[].waitohu_kanohi (128 floats per face found)")
    b.json(
        {
            "whakaahua_id": new_hex(c.rng, 12),
            "kanohi": [
                {
                    "pouaka": [c.rng.randint(0, 900) for _ in range(4)],
                    "waitohu_kanohi": floats(c.rng, 128),
                    "tauira": "facenet-128",
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.ok_json({"rōpū": [new_hex(c.rng, 8)], "kua_tūtohu": True})
    return b.build()


# --- museum: kiosks and gallery screens (the museum's own equipment) -------------


def _mu(c: Context, method: str, url: str) -> WB:
    b = WB(c, "museum", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "PatakaKiosk/5.1 (Linux; Android 11; kiosk)")
    b.header("x-api-key", new_hex(c.rng, 24))
    return b


def _kiosk(c: Context) -> tuple[str, str, str]:
    n = c.rng.randint(1, 14)
    return f"K{n:02d}", f"PKT-{2200 + n}", f"00:1B:C5:0A:{n:02X}:{(n * 7) % 256:02X}"


def kiosk_heartbeat(c: Context) -> Flow:
    kid, serial, mac = _kiosk(c)
    b = _mu(c, "POST", f"{MUSEUM}/api/kiosk/{kid}/heartbeat")
    b.decoy("the museum's own kiosk: serial, MAC, uptime (institution equipment)")
    b.json(
        {
            "kiosk_id": kid,
            "serial": serial,
            "mac": mac,
            "uptime_s": c.rng.randint(1000, 900000),
            "screen": "on",
            "touch_ok": True,
            "gallery": c.rng.choice(["Te Ao Māori", "Moana", "Whenua", "Taonga Pūoro"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def kiosk_inventory(c: Context) -> Flow:
    b = _mu(c, "GET", f"{MUSEUM}/api/admin/devices?site=main")
    b.decoy("inventory of the museum's kiosks and screens: serials, MACs, IMEIs")
    rows = []
    for n in range(1, 7):
        rows.append(
            {
                "asset": f"K{n:02d}",
                "serial": f"PKT-{2200 + n}",
                "mac": f"00:1B:C5:0A:{n:02X}:{(n * 7) % 256:02X}",
                "imei": luhn_complete("35" + new_digits(c.rng, 12)),
                "location": f"Level {c.rng.randint(1, 3)}",
            }
        )
    b.ok_json({"devices": rows})
    return b.build()


def gallery_screen_playlist(c: Context) -> Flow:
    screen = f"mata-{c.rng.randint(1, 9)}"
    b = _mu(c, "GET", f"{MUSEUM}/api/mata/{screen}/rarangi")
    b.decoy("gallery screen ('mata') playlist of videos with durations")
    b.ok_json(
        {
            "mata": screen,
            "whakaaturanga": "Ngā Taonga o te Moana",
            "rārangi": [
                {"ataata": f"moana-{i}.mp4", "roanga_s": c.rng.randint(60, 400)}
                for i in range(1, 5)
            ],
        }
    )
    return b.build()


def gallery_screen_log(c: Context) -> Flow:
    screen = f"mata-{c.rng.randint(1, 9)}"
    b = _mu(c, "POST", f"{MUSEUM}/api/mata/{screen}/proof-of-play")
    b.decoy("signage proof-of-play log of a gallery screen loop (no viewer)")
    b.json(
        {
            "mata": screen,
            "serial": f"SCR-{c.rng.randint(100, 199)}",
            "played": [
                {"ataata": f"moana-{i}.mp4", "started": iso(c), "position_s": 0, "complete": True}
                for i in range(1, 4)
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def people_counter(c: Context) -> Flow:
    b = _mu(c, "POST", f"{MUSEUM}/api/tatau")
    b.decoy("door people-counter totals (beam sensor, no faces)")
    b.json(
        {
            "kuaha": c.rng.choice(["Matua", "Tonga"]),
            "tatau_manuhiri": c.rng.randint(10, 400),
            "haora": iso(c)[:13],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def visitor_face_analytics(c: Context) -> Flow:
    kid, serial, _ = _kiosk(c)
    b = _mu(c, "POST", f"{MUSEUM}/api/kiosk/{kid}/audience")
    b.bio("face_attributes", "json faces[] age_est/gender_est/emotion/head_pose (kiosk camera)")
    b.decoy("kiosk serial (museum equipment)")
    b.json(
        {
            "kiosk_id": kid,
            "serial": serial,
            "window_s": 60,
            "faces": [
                {
                    "track": c.rng.randint(1, 999),
                    "age_est": c.rng.randint(6, 80),
                    "gender_est": c.rng.choice(["F", "M"]),
                    "emotion": c.rng.choice(["neutral", "happy", "surprised"]),
                    "head_pose": {"yaw": rf(c.rng, -30, 30, 1), "pitch": rf(c.rng, -15, 15, 1)},
                    "dwell_s": c.rng.randint(2, 90),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ar_anchor(c: Context) -> Flow:
    b = WB(c, "museum", "POST", f"{MUSEUM}/api/ar/anchor")
    b.header("user-agent", chrome("aroha"))
    b.decoy("AR camera pose and plane anchors (no face)")
    b.json(
        {
            "taonga": c.rng.choice(["waka-taua", "hei-tiki", "korowai"]),
            "camera_pose": {
                "position": [rf(c.rng, -2, 2, 3) for _ in range(3)],
                "rotation": [rf(c.rng, -1, 1, 4) for _ in range(4)],
            },
            "planes": [[rf(c.rng, -2, 2, 2) for _ in range(3)] for _ in range(3)],
        }
    )
    b.ok_json({"model": "https://cdn.patakataonga.example/ar/waka.glb"})
    return b.build()


def exhibition_page(c: Context) -> Flow:
    b = WB(
        c, "museum", "GET", f"https://www.patakataonga.example/whakaaturanga/{c.rng.randint(1, 30)}"
    )
    b.header("user-agent", chrome("aroha"))
    b.respond(
        200,
        "text/html; charset=utf-8",
        "<html><h1>Kanohi ki te Kanohi: portraits 1900–1950</h1><video src='intro.mp4'></video>"
        "<p>Mātakihia te ataata</p></html>".encode(),
    )
    b.decoy("exhibition page titled 'Kanohi ki te Kanohi' with a video element")
    return b.build()


# --- school: class tablets (the school's own) -------------------------------------


def _k(c: Context, method: str, url: str) -> WB:
    b = WB(c, "kura", method, url)
    b.header("user-agent", chrome("aroha"))
    b.header("cookie", f"kura_sess={new_hex(c.rng, 32)}")
    return b


def class_tablets(c: Context) -> Flow:
    room = c.rng.randint(1, 12)
    b = _k(c, "GET", f"{KURA}/api/akomanga/{room}/papa")
    b.decoy("the school's class tablets: serials, IMEIs, Wi-Fi MACs (school inventory)")
    b.ok_json(
        {
            "akomanga": f"Rūma {room}",
            "papa": [
                {
                    "ingoa": f"Papa {room}-{i:02d}",
                    "serial": "DMP" + new_hex(c.rng, 9).upper(),
                    "imei": luhn_complete("35" + new_digits(c.rng, 12)),
                    "wifi_mac": "F0:18:98:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3)),
                    "pūhiko": c.rng.randint(10, 100),
                }
                for i in range(1, 5)
            ],
        }
    )
    return b.build()


def class_screen_time(c: Context) -> Flow:
    b = _k(c, "GET", f"{KURA}/api/akomanga/{c.rng.randint(1, 12)}/wa-mata?ra=today")
    b.decoy("class-level app minutes on the school tablets ('wā mata' = screen time)")
    b.ok_json(
        {
            "wā_mata": [
                {"taupānga": a, "meneti": c.rng.randint(5, 90)}
                for a in ("Reo Ako", "Pāngarau", "Kōrero Pūrākau")
            ]
        }
    )
    return b.build()


def class_lock(c: Context) -> Flow:
    b = _k(c, "POST", f"{KURA}/api/akomanga/{c.rng.randint(1, 12)}/raka")
    b.decoy("lock the class tablets' screens (school equipment command)")
    b.json({"mahi": "raka_mata", "meneti": 15, "karere": "Titiro mai ki te kaiako"})
    b.ok_json({"tukuna": 24})
    return b.build()


def school_newsletter(c: Context) -> Flow:
    b = _k(c, "GET", f"{KURA}/api/panui/{c.rng.randint(100, 300)}")
    b.ok_json({"taitara": "Pānui o te wiki", "tinana": "Kapa haka practice Thursday, bring togs."})
    return b.build()


# --- council: library and parking ------------------------------------------------


def _co(c: Context, method: str, url: str) -> WB:
    b = WB(c, "council", method, url)
    b.header("user-agent", ua("Kaunihera", "1.8.3", "aroha"))
    return b


def library_search(c: Context) -> Flow:
    q = c.rng.choice(["whakapapa", "haka", "surfing", "rongoā"])
    b = _co(c, "GET", f"{COUNCIL}/library/v2/search?{urlencode({'q': q, 'format': 'all'})}")
    b.decoy("catalogue search incl. DVDs and streaming titles (content fetch)")
    b.ok_json(
        {
            "results": [
                {"title": f"{q.title()} {i}", "format": c.rng.choice(["book", "dvd", "stream"])}
                for i in range(1, 5)
            ]
        }
    )
    return b.build()


def library_loans(c: Context) -> Flow:
    b = _co(c, "GET", f"{COUNCIL}/library/v2/patron/loans")
    b.header("x-library-card", b.acct("library_card"))
    b.decoy("library card number; books on loan (reading, not watching)")
    b.ok_json(
        {
            "loans": [
                {"title": t, "due": iso(c)[:10], "barcode": "3900" + new_digits(c.rng, 10)}
                for t in ("He Kupu Tuku Iho", "The Bone People", "Surf Aotearoa")
            ]
        }
    )
    return b.build()


def library_tablets(c: Context) -> Flow:
    b = _co(c, "GET", f"{COUNCIL}/library/v2/branches/{c.rng.randint(1, 9)}/lending-tablets")
    b.decoy("the library's lending tablets with serials and MACs (library inventory)")
    b.ok_json(
        {
            "tablets": [
                {
                    "asset_tag": f"LIB-TAB-{c.rng.randint(100, 999)}",
                    "serial": "R9" + new_hex(c.rng, 9).upper(),
                    "mac": "A4:C3:F0:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3)),
                    "available": c.rng.random() < 0.5,
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def parking_start(c: Context) -> Flow:
    b = _co(c, "POST", f"{COUNCIL}/parking/v1/sessions")
    b.decoy("plate, zone, meter id (council equipment), coordinates")
    b.json(
        {
            "plate": f"{''.join(c.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
            f"{c.rng.randint(100, 999)}",
            "zone": f"CBD-{c.rng.randint(1, 30)}",
            "meter_id": f"PM{c.rng.randint(10000, 99999)}",
            "lat": rf(c.rng, -43.54, -43.52),
            "lon": rf(c.rng, 172.62, 172.65),
            "minutes": c.rng.choice([30, 60, 120]),
        }
    )
    b.ok_json({"session": rid(c.rng), "expires": iso(c), "cost": rf(c.rng, 2, 9, 2)})
    return b.build()


def parking_zones(c: Context) -> Flow:
    b = _co(c, "GET", f"{COUNCIL}/parking/v1/zones?lat=-43.53&lon=172.63&r=500")
    b.ok_json({"zones": [{"id": f"CBD-{i}", "rate": rf(c.rng, 2, 4.5, 2)} for i in range(1, 6)]})
    return b.build()


def rates_invoice(c: Context) -> Flow:
    b = _co(c, "GET", f"{COUNCIL}/rates/v1/invoices?property={c.rng.randint(10**6, 10**7)}")
    b.decoy("rates invoice number and valuation reference")
    b.ok_json({"invoice": f"RT{c.rng.randint(10**6, 10**7)}", "amount": rf(c.rng, 500, 1200, 2)})
    return b.build()


def council_upload(c: Context) -> Flow:
    """Report a problem (a pothole photo) with location."""
    b = _co(c, "POST", f"{COUNCIL}/snap-send/v1/reports")
    b.decoy("pothole photo with coordinates (not a face)")
    boundary = new_hex(c.rng, 24)
    parts = [
        ("category", None, None, b"pothole"),
        ("lat", None, None, str(rf(c.rng, -43.6, -43.4)).encode()),
        ("lon", None, None, str(rf(c.rng, 172.5, 172.7)).encode()),
        ("photo", "IMG_2291.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"reference": f"SR-{c.rng.randint(10**5, 10**6)}", "t": ms(c)})
    return b.build()
