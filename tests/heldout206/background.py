"""Ordinary traffic between the apps: connectivity checks, weather for
Vientiane / Luang Prabang / Udon Thani, map tiles, Lao news, a market app
(with a rice cooker's serial-number field in its catalogue), a chat app (read
receipts "seen", voice notes between family members), a temple donation app,
exchange rates, crash reports with trace ids and update checks with commit
hashes. None of it carries biometric data, viewing history or a device
identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, fake_wav, js, multipart

from .phone import FB, iso, ms, rf, rid

CITIES = [(17.97, 102.61), (19.89, 102.13), (17.41, 102.79)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m,precipitation",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "timezone": "Asia/Vientiane",
            "hourly": {
                "temperature_2m": [rf(c.rng, 18, 36, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 8, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.khaosan-lao.example/v1/khao?mouat=sangkhom&t={ms(c)}")
    b.decoy("article view counts (yot_beung) of all readers")
    b.ok_json(
        {
            "khao": [
                {
                    "id": c.rng.randint(10**5, 10**6),
                    "hua_khao": t,
                    "yot_beung": c.rng.randint(100, 50000),
                }
                for t in ("ລົດໄຟລາວ-ຈີນ ເພີ່ມຖ້ຽວ", "ນ້ຳຂອງຂຶ້ນສູງ ຢູ່ວຽງຈັນ", "ລາຄານ້ຳມັນ ອາທິດນີ້")
            ]
        }
    )
    return b.build()


def talat_catalogue(c: Context) -> Flow:
    b = _b(
        c,
        "market",
        "GET",
        f"https://api.talat-online.example/v1/sinkha?mouat=kheuang_fai&na={c.rng.randint(1, 9)}",
    )
    b.decoy("product catalogue with model and serial_no fields of the goods")
    b.ok_json(
        {
            "sinkha": [
                {
                    "sku": f"RC-{c.rng.randint(1000, 9999)}",
                    "sue": "ໝໍ້ຫຸງເຂົ້າ Sharp 1.8L",
                    "model": "KS-N18",
                    "serial_no": f"SN{c.rng.randint(10**8, 10**9)}",
                    "lakha": c.rng.randint(300, 900) * 1000,
                    "yot_beung": c.rng.randint(10, 4000),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def talat_order(c: Context) -> Flow:
    b = _b(c, "market", "POST", "https://api.talat-online.example/v1/sangxue")
    b.decoy("order number and delivery address")
    b.json(
        {
            "lainyan": [{"sku": f"RC-{c.rng.randint(1000, 9999)}", "jamnuan": 1}],
            "thi_yu": "ບ້ານ ໂພນສະອາດ, ເມືອງສີສັດຕະນາກ",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"lek_sangxue": order_no(c.rng), "ruam": c.rng.randint(300, 900) * 1000})
    return b.build()


def chat_message(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://msg.laochat.example/v3/messages")
    b.decoy("message read receipts ('seen') with times")
    b.json(
        {
            "to": "g_" + new_hex(c.rng, 12),
            "text": c.rng.choice(["ກິນເຂົ້າແລ້ວບໍ່ລູກ?", "แม่สบายดีไหม", "ມື້ນີ້ຝົນຕົກໜັກ", "see you Sunday"]),
            "clientMsgId": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.ok_json({"id": new_hex(c.rng, 16), "seen_by": [{"u": new_hex(c.rng, 8), "seen_at": iso(c)}]})
    return b.build()


def chat_voice_note(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://media.laochat.example/v3/upload/voice")
    b.decoy("voice note between family members (message content, no voiceprint)")
    boundary = rid(c.rng)
    b.set_body(
        multipart(
            boundary,
            [
                ("file", "voice.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600)),
                ("duration_ms", None, None, str(c.rng.randint(2000, 30000)).encode()),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"media_id": new_hex(c.rng, 24)})
    return b.build()


def wat_list(c: Context) -> Flow:
    b = _b(c, "temple", "GET", "https://api.thambun.example/v1/vat?khweang=luangprabang")
    b.ok_json(
        {
            "vat": [
                {"id": i, "sue": n, "khong_kan": k}
                for i, (n, k) in enumerate(
                    [("ວັດຊຽງທອງ", "ບູລະນະສິມ"), ("ວັດວິຊູນ", "ກອງທຶນພະເນນ"), ("ວັດສີສະເກດ", "ຕັກບາດ")], 1
                )
            ]
        }
    )
    return b.build()


def wat_donate(c: Context) -> Flow:
    b = _b(c, "temple", "POST", "https://api.thambun.example/v1/thambun")
    b.decoy("donation amount, temple and donor's self-declared name")
    b.json(
        {
            "vat_id": c.rng.randint(1, 3),
            "jamnuan": c.rng.choice([20000, 50000, 100000]),
            "sue_phu_thambun": "ແມ່ ບົວພັນ",
            "kham_uthit": "ອຸທິດສ່ວນບຸນໃຫ້ພໍ່ແມ່",
            "vithi_jai": "qr",
        }
    )
    b.ok_json({"bai_hap": f"TB{c.rng.randint(10**6, 10**7)}", "anumothana": "ສາທຸ"})
    return b.build()


def exchange_rates(c: Context) -> Flow:
    b = _b(c, "rates", "GET", "https://api.attra-lao.example/v1/rates?base=LAK")
    b.ok_json(
        {"date": iso(c)[:10], "USD": rf(c.rng, 21500, 22100, 0), "THB": rf(c.rng, 600, 650, 1)}
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41877.ingest.sentry.io/api/6701934/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "api unreachable"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.lao-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.9.5", "commit": new_hex(c.rng, 40), "note": "ແກ້ໄຂບັນຫາ"})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.khaosan-lao.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news,
    talat_catalogue,
    talat_order,
    chat_message,
    chat_message,
    chat_voice_note,
    wat_list,
    wat_donate,
    exchange_rates,
    sentry_crash,
    update_check,
    cdn_image,
    weather,
]
