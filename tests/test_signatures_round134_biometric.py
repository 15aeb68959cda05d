"""Round 45 biometric (held-out sets 131 and 133): what an identity check captures and
compares, read by the parts that sit together rather than by one app's spelling
(structures/identity_captures.py, lexicon/identity_capture.yaml).

- a LIVE photo beside the photo of an identity DOCUMENT (its chip, a passport, an ID
  card) is a 1:1 face match, in any language (`canliFoto` + `cipFoto`, `lebendbild` +
  `ausweisfoto`, `zdjecieNaZywo` + `zdjecieDowodu`, `sora_mubashira` + `sora_jawaz`);
- a REFERENCE or template vector on a face or voice path, or beside a face field, is an
  enrolled template (`referenzVorlage` on `/gesichtsprofil`, `referansSablon`, `wzorzec`);
- a voice SAMPLE or signature (`Stimmprobe`, `probkaGlosu`, `signatureVocale`), or a
  sample or recording beside a speaker-verification flag (`sesOrnegi` +
  `konusmaciDogrulama`), is a voice taken to verify the speaker;
- a face or liveness video, and a head pose per frame beside a face box, a blink count or
  a face video, are an active liveness check.

Each positive found nothing before this round. Hard negatives (document scans with no
live capture, a card's front and back, voice messages, a ringtone's and a song's sample,
invoice and e-mail templates, a shop's reference vector, game, VR and drone poses, a
flat's live video tour): tests/fixtures/negatives/negatives_round134_biometric.jsonl.
"""

from __future__ import annotations

import base64
import json
import random
import struct
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.identity_captures import capture_classes, is_base64_video
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round134_biometric.jsonl"
_RNG = random.Random(4518)
_ROUND_RULES = {
    "biometric.face_match_live_document",
    "biometric.face_video",
    "biometric.liveness_head_pose_frames",
    "biometric.reference_template_vector",
    "biometric.template_vector_face_path",
    "biometric.voice_sample_verification",
}


def _noise(size: int) -> bytes:
    return bytes(_RNG.randrange(256) for _ in range(size))


def jpeg(size: int) -> str:
    return base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + _noise(size)).decode()


def wav(size: int) -> str:
    return base64.b64encode(b"RIFF\x00\x04\x00\x00WAVEfmt " + _noise(size)).decode()


def mp4(size: int) -> str:
    return base64.b64encode(b"\x00\x00\x00\x1cftypmp42\x00\x00\x00\x00" + _noise(size)).decode()


def f32(size: int) -> str:
    """A face template as base64 float32: small zero-centred reals."""
    return base64.b64encode(struct.pack(f"<{size}f", *vec(size))).decode()


def vec(size: int) -> list[float]:
    return [round(_RNG.gauss(0, 0.088), 5) for _ in range(size)]


def poses(count: int, roll: bool = False) -> list[dict[str, float]]:
    out = []
    for _ in range(count):
        pose = {"yaw": round(_RNG.uniform(-30, 30), 1), "pitch": round(_RNG.uniform(-12, 12), 1)}
        if roll:
            pose["roll"] = round(_RNG.uniform(-8, 8), 1)
        out.append(pose)
    return out


def _example(note: str, url: str, body: dict[str, Any], method: str = "POST") -> dict[str, Any]:
    return {"note": note, "url": url, "method": method, "json": body}


_POSITIVES = [
    _example(
        "Japanese: a live photo beside the driving licence's image",
        "https://api.example-honnin.jp/v1/kakunin",
        {"ライブ撮影画像": jpeg(80), "運転免許証画像": jpeg(80)},
    ),
    _example(
        "Arabic script: a live photo beside the passport photo",
        "https://api.example-wallet.eg/v1/tahaqquq",
        {"صورة_حية": jpeg(80), "صورة_جواز_السفر": jpeg(80)},
    ),
    _example(
        "Ukrainian: a live photo beside the ID card's photo",
        "https://api.example-bank.ua/v1/perevirka",
        {"фото_наживо": jpeg(80), "фото_id_картки": jpeg(80)},
    ),
    _example(
        "Arabic script: a voice sample",
        "https://api.example-bank.ma/v1/profil",
        {"عينة_صوت": wav(60)},
    ),
    _example(
        "Arabizi: a voice sample with its digit (3ayenat sot)",
        "https://api.example-bank.ma/v1/profile",
        {"3ayenat_sot": wav(60)},
    ),
    _example(
        "Japanese: a voice sample",
        "https://api.example-ginko.jp/v1/profile",
        {"音声サンプル": wav(60)},
    ),
    _example(
        "Japanese: a head pose per frame beside a blink count",
        "https://api.example-honnin.jp/v1/seitai",
        {"フレーム": [{"頭部姿勢": p, "t": i} for i, p in enumerate(poses(5))], "瞬き回数": 2},
    ),
    _example(
        "Turkish: a live photo beside the ID chip's photo",
        "https://api.example-kimlik.com.tr/v1/eslestir",
        {"canliFoto": jpeg(80), "cipFoto": jpeg(80), "islem": "t-9"},
    ),
    _example(
        "German: a live image beside the ID card photo",
        "https://api.example-bank.de/v1/abgleich",
        {"lebendbild": jpeg(80), "ausweisfoto": jpeg(80)},
    ),
    _example(
        "Polish: a live photo beside the ID card's photo",
        "https://api.example-bank.pl/v1/twarz",
        {"zdjecieNaZywo": jpeg(80), "zdjecieDowodu": jpeg(80)},
    ),
    _example(
        "Spanish: a live photo beside the DNI photo",
        "https://api.example-banco.es/v1/cotejo",
        {"fotoEnVivo": jpeg(80), "fotoDni": jpeg(80)},
    ),
    _example(
        "Indonesian: a live photo (foto langsung) beside the KTP photo",
        "https://api.example-pinjam.id/v1/verifikasi",
        {"fotoLangsung": jpeg(80), "fotoKtp": jpeg(80)},
    ),
    _example(
        "Vietnamese: a live photo (truc tiep) beside the CCCD chip photo",
        "https://api.example-vi.vn/v1/doi-chieu",
        {"anh_truc_tiep": jpeg(80), "anh_chip_cccd": jpeg(80)},
    ),
    _example(
        "Arabizi: a live photo beside the passport photo",
        "https://api.example-sa.com/v1/tahaqquq",
        {"sora_mubashira": jpeg(80), "sora_jawaz": jpeg(80)},
    ),
    _example(
        "Russian: a live photo beside the passport photo",
        "https://api.example-bank.ru/v1/sverka",
        {"zhivoe_foto": jpeg(80), "foto_pasporta": jpeg(80)},
    ),
    _example(
        "German: a reference template on a face-profile path",
        "https://app.example-kasse.de/auth/v1/gesichtsprofil",
        {"referenzVorlage": f32(128), "modell": "v2"},
        "PUT",
    ),
    _example(
        "Turkish: a reference template on a face-profile path",
        "https://api.example-banka.com.tr/v1/yuz-profili",
        {"referansSablon": f32(128)},
    ),
    _example(
        "Polish: a template beside a face field",
        "https://api.example-silownia.pl/v1/czlonek",
        {"wzorzec": vec(128), "twarzWersja": "3"},
    ),
    _example(
        "Spanish: a stored reference on a face-profile path",
        "https://api.example-acceso.es/v1/rostro-perfil",
        {"referenciaGuardada": f32(128)},
    ),
    _example(
        "German: a liveness video with head pose per frame",
        "https://api.example-ident.de/v1/ident/A1/liveness",
        {"livenessVideo": mp4(220), "challenge": "TURN_LEFT", "headPose": poses(5)},
    ),
    _example(
        "Spanish: a face video",
        "https://api.example-kyc.mx/v2/prueba-vida",
        {"videoRostro": mp4(220)},
    ),
    _example(
        "Turkish: per-frame head pose beside a face box and a blink count",
        "https://api.example-kimlik.com.tr/v1/canlilik",
        {
            "kareler": [
                {"basPozu": p, "yuzKutusu": [100, 120, 300, 400], "t": i * 100}
                for i, p in enumerate(poses(5, True))
            ],
            "gozKirpmaSayisi": 2,
        },
    ),
    _example(
        "Indonesian: head poses beside a blink count",
        "https://api.example-ekyc.id/v1/keaktifan",
        {"pose": poses(5), "jumlahKedipan": 3},
    ),
    _example(
        "Turkish: a voice sample beside a speaker-verification flag",
        "https://api.example-tel.com.tr/ses-imzasi/v1/dogrula",
        {"sesOrnegi": wav(60), "konusmaciDogrulama": True, "ornekleme": 16000},
    ),
    _example(
        "German: a voice sample (Stimmprobe)",
        "https://api.example-telko.de/v1/kunden/profil",
        {"stimmprobe": wav(60)},
    ),
    _example(
        "Spanish: a sample beside a speaker-verification flag",
        "https://api.example-banco.es/v1/verificar",
        {"muestra": wav(60), "verificacionHablante": True},
    ),
    _example(
        "Polish: a voice sample (probka glosu)",
        "https://api.example-bank.pl/v1/glos",
        {"probkaGlosu": wav(60)},
    ),
    _example(
        "Indonesian: a voice sample (sampel suara)",
        "https://api.example-bank.id/v1/profil",
        {"sampelSuara": wav(60)},
    ),
    _example(
        "French: a voice signature (signature vocale)",
        "https://api.example-banque.fr/v1/profil",
        {"signatureVocale": wav(60)},
    ),
]


def _found(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {
        f.signature for f in engine.analyse(example_exchange(example)) if f.category == "biometric"
    }


@pytest.mark.parametrize("example", _POSITIVES, ids=[p["note"][:48] for p in _POSITIVES])
def test_identity_captures_are_found_by_this_rounds_rules(engine: Engine, example: dict) -> None:
    found = _found(engine, example)
    assert found, example["note"]
    assert found <= _ROUND_RULES, found - _ROUND_RULES  # nothing older found these


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:48])
def test_look_alikes_are_not_biometric(engine: Engine, example: dict) -> None:
    assert not _found(engine, example), example["note"]


@pytest.mark.parametrize(
    ("key", "cls"),
    [
        ("canliFotograf", "live"),
        ("cipFotografi", "document"),
        ("zdjecieDowodu", "document"),
        ("referenzVorlage", "reference"),
        ("sesOrnegi", "voice_sample"),
        ("probkaGlosu", "sample"),
        ("gozKirpmaSayisi", "blink"),
    ],
)
def test_capture_words_are_read_by_class(key: str, cls: str) -> None:
    assert cls in capture_classes(key)


def test_a_video_is_known_by_its_container_not_its_name() -> None:
    assert is_base64_video(mp4(300))
    assert not is_base64_video(jpeg(300))
    m4a = base64.b64encode(b"\x00\x00\x00\x1cftypM4A \x00\x00\x00\x00" + _noise(300)).decode()
    assert not is_base64_video(m4a)  # an audio file in the same container
