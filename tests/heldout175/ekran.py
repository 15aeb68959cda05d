"""Ekran: a Ukrainian streaming service (series, films, the live news marathon).

Runs on the Galaxy phone and, as a TV app, on the Mi Box. The backend team
writes its keys in transliterated Ukrainian (`pozytsiia_sek`, `tryvalist_sek`,
`prodovzhyty_perehliad`, the national transliteration of 2010) and the TV
app's older statistics endpoint in Cyrillic (`позиція`, `серіал`). Progress,
heartbeats, the continue-watching rail, the marathon tuning log and a packed
resume beacon are viewing history; the catalogue, the "most watched" rail (view
counts over all viewers), the manifest, posters, search and the marathon's
programme guide are not. Firebase Analytics (app-measurement.com protobuf) and
AppsFlyer ride along.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz, js, pb_bytes, pb_msg, pb_varint

from .phone import FB, TVBOX, dalvik, iso, ms, rf, rid, ua

API = "https://api.ekran.example"
UA = ua("Ekran", "4.18.2")
UA_TV = f"EkranTV/2.7.0 ({TVBOX})"
SERIES = [
    ("Спіймати Кайдаша", 12, 2820),
    ("Перші ластівки", 8, 2640),
    ("Будиночок на щастя", 20, 1500),
    ("Школа", 30, 1320),
    ("Кава з кардамоном", 16, 2700),
]
FILMS = [("Памфір", 6120), ("Носоріг", 6060), ("Мирний-21", 5820), ("Я, «Побєда» і Берлін", 5700)]
MARATHON = ["Єдині новини", "1+1 Марафон", "Рада", "Суспільне Новини"]


def _b(c: Context, method: str, url: str, tv: bool = False) -> FB:
    b = FB(c, "ekran", method, url)
    b.header("user-agent", UA_TV if tv else UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    attr = "aid_tvbox" if tv else "aid_ekran"
    b.header("x-ekran-device-id", b.id(attr, where="header x-ekran-device-id"))
    b.header("accept-language", "uk-UA,uk;q=0.9,ru;q=0.5")
    return b


def _episode(c: Context) -> tuple[str, str, int, int, int]:
    title, eps, dur = c.rng.choice(SERIES)
    return f"ser{c.rng.randint(100, 999)}", title, c.rng.randint(1, 3), c.rng.randint(1, eps), dur


def progress(c: Context) -> Flow:
    sid, title, season, ep, dur = _episode(c)
    tv = c.rng.random() < 0.4
    b = _b(c, "PUT", f"{API}/api/v3/perehliad/progres", tv=tv)
    b.view("json pozytsiia_sek / tryvalist_sek (episode)")
    b.json(
        {
            "kontent_id": f"{sid}-s{season}e{ep}",
            "nazva": title,
            "sezon": season,
            "seriia": ep,
            "pozytsiia_sek": c.rng.randint(30, dur),
            "tryvalist_sek": dur,
            "prystrii": "tv" if tv else "mobile",
            "onovleno": iso(c),
        }
    )
    b.no_content()
    return b.build()


def film_finished(c: Context) -> Flow:
    title, dur = c.rng.choice(FILMS)
    b = _b(c, "POST", f"{API}/api/v3/perehliad/zaversheno")
    b.view("json film_id / perehlianuto_vidsotkiv (film completed)")
    b.json(
        {
            "film_id": f"flm{c.rng.randint(1000, 9999)}",
            "nazva": title,
            "perehlianuto_vidsotkiv": c.rng.choice([92, 97, 100]),
            "tryvalist_sek": dur,
            "chas": iso(c),
        }
    )
    b.ok_json({"ok": True, "bonusy": c.rng.randint(0, 5)})
    return b.build()


def tv_heartbeat(c: Context) -> Flow:
    """The TV app's older statistics endpoint, keys in Cyrillic."""
    _sid, title, season, ep, dur = _episode(c)
    b = _b(c, "POST", f"{API}/stat/v1/heartbeat", tv=True)
    b.view("json подія / серіал / позиція (Cyrillic keys)")
    b.json(
        {
            "подія": c.rng.choice(["відтворення", "пауза", "перемотка"]),
            "серіал": title,
            "сезон": season,
            "серія": ep,
            "позиція": c.rng.randint(0, dur),
            "тривалість": dur,
            "час": ms(c),
            "ід_пристрою": b.id("aid_tvbox", where="json ід_пристрою"),
        }
    )
    b.no_content()
    return b.build()


def pl_progress(c: Context) -> Flow:
    """The Polish edition (for viewers in Poland): the grandmother's account in Warsaw,
    on the family phone when she visits; its team writes Polish keys."""
    _sid, title, season, ep, dur = _episode(c)
    b = _b(c, "POST", f"{API}/pl/api/v1/ogladanie/postep")
    b.view("json pozycja_sek / czas_trwania_sek (Polish keys)")
    b.json(
        {
            "tytul": title,
            "sezon": season,
            "odcinek": ep,
            "pozycja_sek": c.rng.randint(30, dur),
            "czas_trwania_sek": dur,
            "zaktualizowano": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/korystuvach/prodovzhyty-perehliad?limit=10")
    b.view("response json prodovzhyty_perehliad[].zupynka_sek", direction="response")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, season, ep, dur = _episode(c)
        items.append(
            {
                "kontent_id": f"{sid}-s{season}e{ep}",
                "nazva": title,
                "zupynka_sek": c.rng.randint(60, dur),
                "tryvalist_sek": dur,
                "ostannii_perehliad": iso(c),
            }
        )
    b.ok_json({"prodovzhyty_perehliad": items})
    return b.build()


def marathon_log(c: Context) -> Flow:
    """Live-channel tuning log of the news marathon (when the set was on which channel)."""
    tv = c.rng.random() < 0.6
    b = _b(c, "POST", f"{API}/api/v3/efir/zhurnal", tv=tv)
    b.view("json efir[] kanal / uvimkneno / vymkneno (live tuning log)")
    rows = []
    for _ in range(c.rng.randint(1, 4)):
        start = c.now - c.rng.randint(600, 7200)
        rows.append(
            {
                "kanal": c.rng.choice(MARATHON),
                "uvimkneno": int(start),
                "vymkneno": int(start + c.rng.randint(120, 3600)),
            }
        )
    b.json({"efir": rows})
    b.no_content()
    return b.build()


def packed_beacon(c: Context) -> Flow:
    """The player's resume beacon: gzip + base64 rows under form field 'd'."""
    b = FB(c, "ekran", "POST", f"{API}/s")
    b.header("user-agent", UA)
    b.view("form d = base64(gzip(rows [content, seconds, ts]))", detectable=False)
    rows = [
        [f"ser{c.rng.randint(100, 999)}", c.rng.randint(30, 2800), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.form([("d", b64(gz(js(rows).encode()))), ("v", "3")])
    b.no_content()
    return b.build()


def _fa_param(name: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(2, [pb_bytes(1, name), pb_varint(3, value)])
    return pb_msg(2, [pb_bytes(1, name), pb_bytes(2, value)])


def firebase_video(c: Context) -> Flow:
    """Firebase Analytics batch: event and parameter names are readable strings."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik())
    _, title, _, _, dur = _episode(c)
    b.view("protobuf event video_progress with video_title / video_current_time")
    pct = c.rng.choice([25, 50, 75])
    event = pb_msg(
        2,
        [
            _fa_param("video_title", title),
            _fa_param("video_percent", pct),
            _fa_param("video_current_time", dur * pct // 100),
            pb_bytes(2, "video_progress"),
            pb_varint(3, ms(c)),
        ],
    )
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(8, "android"),
            pb_bytes(9, "14"),
            pb_bytes(10, "SM-A546B"),
            pb_bytes(14, "ua.ekran.android"),
            pb_bytes(19, b.id("gaid", "protobuf", "protobuf resettable device id", False)),
            pb_bytes(27, b.id("ekran_fid", "protobuf", "protobuf app instance id", False)),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


def appsflyer(c: Context, watched: bool = False) -> Flow:
    kind = "androidevent" if watched else "launches"
    host = "inapps.appsflyer.com" if watched else "launches.appsflyer.com"
    b = FB(c, "appsflyer", "POST", f"https://{host}/api/v6.13/{kind}", http_version="HTTP/1.1")
    b.params.extend([("app_id", "ua.ekran.android"), ("buildnumber", "6.13.1")])
    b.header("user-agent", dalvik())
    body = {
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("ekran_af_uid", where="json uid"),
        "af_timestamp": str(ms(c)),
        "app_version_name": "4.18.2",
        "brand": "samsung",
        "model": "SM-A546B",
        "lang": "українська",
        "country": "UA",
        "counter": str(c.rng.randint(2, 80)),
    }
    if watched:
        title, _dur = c.rng.choice(FILMS)
        b.view("json eventName=perehliad_50 eventValue af_content_id / progress")
        body["eventName"] = "perehliad_50"
        body["eventValue"] = js(
            {"af_content_id": title, "af_content_type": "film", "progres_vidsotkiv": 50}
        )
    b.json(body)
    b.respond(200, "text/plain", b"ok")
    return b.build()


def register_tvbox(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/prystrii/reiestratsiia", tv=True)
    b.json(
        {
            "typ": "androidtv",
            "model": "MIBOX4",
            "mac_adresa": b.id("tvbox_mac", where="json mac_adresa"),
            "seriinyi_nomer": b.id("tvbox_serial", where="json seriinyi_nomer"),
            "kod_pryviazky": str(c.rng.randint(100000, 999999)),
        }
    )
    b.decoy("pairing code kod_pryviazky (one-time, not a device id)")
    b.ok_json({"zareiestrovano": True, "sesiia": rid(c.rng)})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "ekran", "GET", f"{API}/api/v3/katalog/holovna?mova=uk")
    b.header("user-agent", UA)
    b.decoy("rails with durations and 'most watched' view counts over all viewers (aggregate)")
    rails = [
        {
            "nazva": "Найпопулярніше",
            "elementy": [
                {"nazva": t, "perehliadiv": c.rng.randint(10**4, 10**6), "tryvalist_sek": d}
                for t, _, d in SERIES
            ],
        },
        {
            "nazva": "Фільми",
            "elementy": [{"nazva": t, "tryvalist_sek": d} for t, d in FILMS],
        },
    ]
    b.ok_json({"rails": rails})
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["кайдаш", "памфір", "serial komediia", "новини"])
    b = FB(c, "ekran", "GET", f"{API}/api/v3/poshuk", [("q", q), ("limit", "20")])
    b.header("user-agent", UA)
    b.decoy("search results with durations (content fetch)")
    b.ok_json(
        {"rezultaty": [{"nazva": t, "tryvalist_sek": d, "rik": 2020} for t, _, d in SERIES[:3]]}
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(
        c,
        "ekran",
        "GET",
        f"https://vod.ekran.example/hls/ser{c.rng.randint(100, 999)}/master.m3u8",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = (
        "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3200000,RESOLUTION=1920x1080\n1080/index.m3u8\n"
        "#EXT-X-STREAM-INF:BANDWIDTH=1400000,RESOLUTION=1280x720\n720/index.m3u8\n"
    )
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def segment(c: Context) -> Flow:
    b = FB(
        c,
        "ekran",
        "GET",
        f"https://vod.ekran.example/hls/ser{c.rng.randint(100, 999)}"
        f"/720/seg{c.rng.randint(1, 900)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(c, "ekran", "GET", f"https://img.ekran.example/poster/{new_hex(c.rng, 16)}_w360.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def marathon_guide(c: Context) -> Flow:
    b = FB(c, "ekran", "GET", f"{API}/api/v3/efir/teleprohrama?den=sohodni")
    b.header("user-agent", UA)
    b.decoy("programme guide with start times (content fetch, not a tuning log)")
    slots = []
    for i in range(6):
        slots.append(
            {
                "kanal": c.rng.choice(MARATHON),
                "pochatok": f"{8 + i * 2:02d}:00",
                "nazva": c.rng.choice(["Новини", "Ранок", "Марафон", "Підсумки дня"]),
            }
        )
    b.ok_json({"teleprohrama": slots})
    return b.build()


def subscription(c: Context) -> Flow:
    b = FB(c, "ekran", "POST", f"{API}/api/v3/pidpyska/oplata")
    b.header("user-agent", UA)
    b.decoy("payment order id and price")
    b.json({"taryf": "premium_misiats", "tsina": 149, "valiuta": "UAH", "idempotency": rid(c.rng)})
    b.ok_json({"zamovlennia": f"EK-{c.rng.randint(10**6, 10**7)}", "status": "created"})
    return b.build()


def ratings(c: Context) -> Flow:
    b = FB(c, "ekran", "GET", f"{API}/api/v3/reitynh/ser{c.rng.randint(100, 999)}")
    b.header("user-agent", UA)
    b.decoy("average rating and average watch time over all viewers (aggregate)")
    b.ok_json(
        {
            "serednia_otsinka": rf(c.rng, 6, 9.5, 1),
            "serednii_chas_perehliadu_khv": c.rng.randint(18, 45),
            "kilkist_glyadachiv": c.rng.randint(1000, 90000),
        }
    )
    return b.build()
