"""Chat app "Charla" (WhatsApp-like): voice notes, stickers, receipts, previews.

All look-alikes: a voice note is message content uploaded to the media CDN (no
speaker model, no enrolment); stickers and emoji reactions are named after
faces ("face_with_tears_of_joy", Unicode CLDR names); read receipts say
"visto"/"görüldü"; a link preview of a news article about facial recognition;
"last seen" presence of contacts; the voice-note "played" receipt.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://g.charla.chat"
UA = ua("Charla", "2.24.19")
FACES = [
    "face_with_tears_of_joy",
    "smiling_face_with_heart_eyes",
    "face_savoring_food",
    "grinning_face_with_sweat",
    "face_with_rolling_eyes",
    "yuz_gulen",
    "carinha_piscando",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "charla", method, url)
    b.header("user-agent", UA)
    return b


def voice_note(c: Context) -> Flow:
    h = rid(c.rng).replace("-", "")
    b = _b(c, "POST", f"https://mmg.charla.chat/v/t62.7117-24/{h}")
    b.param("hash", b64(h.encode())[:43])
    opus = b"OggS\x00\x02" + bytes(c.rng.getrandbits(8) for _ in range(900))
    b.set_body(opus, "audio/ogg; codecs=opus")
    b.ok_json(
        {
            "url": f"https://mmg.charla.chat/v/{h}.enc",
            "mimetype": "audio/ogg; codecs=opus",
            "duration": c.rng.randint(2, 90),
        }
    )
    b.decoy("voice-note upload: message content, not a voiceprint")
    return b.build()


def sticker_pack(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stickers/v1/packs/{c.rng.choice(['caritas', 'yuzler', 'carinhas'])}")
    b.ok_json(
        {
            "stickers": [
                {"name": f, "emoji": "😂", "file": f"{f}.webp", "animated": c.rng.random() < 0.3}
                for f in c.rng.sample(FACES, 4)
            ]
        }
    )
    b.decoy("sticker pack named after faces")
    return b.build()


def reaction(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/messages/{rid(c.rng)}/reaction")
    b.json(
        {
            "emoji": c.rng.choice(["😂", "😮", "😍", "👍"]),
            "cldr_name": c.rng.choice(FACES),
            "ts": ms(c),
        }
    )
    b.no_content()
    b.decoy("emoji reaction with a face name")
    return b.build()


def receipts(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/receipts")
    b.json(
        {
            "type": c.rng.choice(["visto", "görüldü", "read", "played"]),
            "ids": [rid(c.rng) for _ in range(c.rng.randint(1, 4))],
            "chat": f"52155{c.rng.randint(10**7, 10**8)}@c.charla",
            "t": ms(c),
        }
    )
    b.no_content()
    b.decoy("read / played receipts of chat messages (not media viewing)")
    return b.build()


def link_preview(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/preview")
    b.param("url", "https://noticias-ejemplo.mx/tecnologia/reconocimiento-facial-metro-cdmx")
    b.ok_json(
        {
            "title": "El Metro probará reconocimiento facial en 12 estaciones",
            "description": (
                "Cámaras con análisis de rostros, landmarks faciales y edad estimada"
                " generan debate sobre privacidad."
            ),
            "image": fake_jpeg(c.rng.randint(0, 10**6), 60).hex()[:80],
        }
    )
    b.decoy("link preview of an article about face recognition")
    return b.build()


def presence(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/presence")
    b.ok_json(
        {
            "contacts": [
                {
                    "jid": f"55119{c.rng.randint(10**7, 10**8)}@c.charla",
                    "last_seen": iso(c),
                    "status": c.rng.choice(["en línea", "escribiendo…", "çevrimiçi"]),
                }
                for _ in range(3)
            ]
        }
    )
    b.decoy("contacts' last-seen presence")
    return b.build()


def avatar_thumb(c: Context) -> Flow:
    b = _b(c, "GET", f"https://pps.charla.chat/v/t61.24694-24/{c.rng.randint(10**8, 10**9)}_n.jpg")
    b.param("stp", "dst-jpg_s96x96")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    b.decoy("contact profile-picture thumbnail fetch")
    return b.build()
