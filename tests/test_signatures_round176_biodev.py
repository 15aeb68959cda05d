"""Round 51 (biometric and device ids, held-out sets 171-176): vowel-dropped key words
(`spkrEmbd`, `faceTmpl`), a features word of any language under a face path (`dac_trung`),
Swahili face words after a connective (`picha_ya_uso`, `umri_kutoka_uso`), voice enrolment
paths as Russian, Ukrainian and Finnish apps write them, a selfie archive PUT to storage;
device ids under `imei` among other words, a device's number in any language, a printed
serial after a device noun, a decoder's smart-card number, `seri`, Naver's NNB cookie; and
the units that are not the tester's: a sharing or rental scheme's, a city district's.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import random
import struct
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round176_biodev.jsonl"
_RNG = random.Random(51176)
_ZIP = "UEsDBBQAAAAIAAAAAAAAAAAAAAAAAAAAAAAJAAAAaW1nXzAuanBn"


def _b64_vector(size: int) -> str:
    """A unit-norm float32 embedding as base64, the form face SDKs post."""
    values = [_RNG.gauss(0, 0.05) for _ in range(size)]
    norm = sum(v * v for v in values) ** 0.5
    return base64.b64encode(struct.pack(f"<{size}f", *[v / norm for v in values])).decode()


def _vector(size: int) -> list[float]:
    return [round(_RNG.gauss(0, 0.06), 5) for _ in range(size)]


def _jpeg(size: int = 600) -> str:
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return base64.b64encode(head + bytes(_RNG.getrandbits(8) for _ in range(size))).decode()


def _wav(size: int = 400) -> str:
    head = b"RIFF" + (size + 36).to_bytes(4, "little") + b"WAVEfmt \x10\x00\x00\x00\x01\x00"
    head += b"\x01\x00\x80\x3e\x00\x00\x00\x7d\x00\x00\x02\x00\x10\x00data"
    body = size.to_bytes(4, "little") + bytes(_RNG.getrandbits(8) for _ in range(size))
    return base64.b64encode(head + body).decode()


def _multipart(parts: list[tuple[str, str, str, str]]) -> dict:
    chunks = []
    for name, filename, ctype, content in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        head = f"Content-Disposition: {disposition}\r\n"
        if ctype:
            head += f"Content-Type: {ctype}\r\n"
        chunks.append(f"--BB\r\n{head}\r\n{content}\r\n")
    return {
        "headers": {"Content-Type": "multipart/form-data; boundary=BB"},
        "body": "".join(chunks) + "--BB--\r\n",
    }


def _found(engine: Engine, example: dict, category: str) -> set[str]:
    return {
        f.signature for f in engine.analyse(example_exchange(example)) if f.category == category
    }


NAMED = "biometric.named_biometric.multilingual"
AUDIO_JSON = "biometric.speaker_recognition.audio_json"

BIOMETRIC = {
    "en: a face template under a vowel-dropped key (faceTmpl) on a sign-in call": (
        {
            "url": "https://api.example-id.kr/v2/auth/verify",
            "method": "POST",
            "json": {"faceTmpl": _b64_vector(128), "userNo": "88120"},
        },
        NAMED,
    ),
    "en: a speaker embedding under spkrEmbd": (
        {
            "url": "https://api.example-id.kr/v1/auth/step-up",
            "method": "POST",
            "json": {"spkrEmbd": _vector(192)},
        },
        NAMED,
    ),
    "vi: features (dac_trung) as base64 float32 on a face login path": (
        {
            "url": "https://ebank.example-bank.vn/api/v2/sinh-trac/khuon-mat/xac-thuc",
            "method": "POST",
            "json": {"so_tk": "0021", "dac_trung": _b64_vector(512)},
        },
        "biometric.face_template_path_multilingual",
    ),
    "sw: a selfie under picha_ya_uso (picture of the face)": (
        {
            "url": "https://api.example-wallet.co.tz/v3/kyc/hatua-2",
            "method": "POST",
            "json": {"picha_ya_uso": _jpeg()},
        },
        NAMED,
    ),
    "sw: an age read off the face (umri_kutoka_uso)": (
        {
            "url": "https://api.example-credit.co.ke/api/v1/tathmini",
            "method": "POST",
            "json": {"umri_kutoka_uso": 27, "jinsia_kutoka_uso": "M", "alama": 0.8},
        },
        "biometric.face_age_estimate",
    ),
    "en: faceAge as one number beside a score": (
        {
            "url": "https://api.example-age.com/v1/check",
            "method": "POST",
            "json": {"faceAge": 19, "score": 0.91},
        },
        "biometric.face_age_estimate",
    ),
    "uk: voice samples to a voice/registration path (reiestratsiia)": (
        {
            "url": "https://api.example-bank.ua/v3/holos/reiestratsiia",
            "method": "POST",
            "json": {"fraza": "test", "zrazky_holosu": [_wav(), _wav()]},
        },
        AUDIO_JSON,
    ),
    "ru: speaker (diktor) enrolment, transliterated registraciya": (
        {
            "url": "https://voice.example-bank.ru/api/v1/diktor/registraciya",
            "method": "POST",
            "json": {"diktor_id": "K-1", "obrazcy_golosa": [_wav(), _wav()]},
        },
        AUDIO_JSON,
    ),
    "fi: multipart voice samples to a voice-ID (aanitunniste) enrolment": (
        {
            "url": "https://mobiili.example-pankki.fi/api/aanitunniste/rekisteroi",
            "method": "POST",
            **_multipart(
                [
                    ("asiakas", "", "", "5260"),
                    ("aaninayte1", "n1.wav", "audio/wav", "RIFF-WAVE-bytes"),
                ]
            ),
        },
        "biometric.voice_sample_path_multilingual",
    ),
    "en: a selfie archive PUT to a pre-signed storage URL": (
        {
            "url": "https://kyc.example-bucket.s3.amazonaws.com/jobs/9/job-77/selfie.zip",
            "method": "PUT",
            "headers": {"Content-Type": "application/zip"},
            "body_base64": _ZIP,
        },
        "biometric.face_image.capture_archive_upload",
    ),
}

DEVICE = {
    "sw: a modem's IMEI (imei_ya_modem)": (
        {
            "url": "https://m2m.example-solar.co.tz/t/v3",
            "method": "POST",
            "json": {"imei_ya_modem": "490154203237518", "volti": 12.1},
        },
        "device_id.imei_word_compound_key",
    ),
    "sw: the device's number (namba_ya_kifaa) holding a printed serial": (
        {
            "url": "https://m2m.example-solar.co.tz/t/v3",
            "method": "POST",
            "json": {"namba_ya_kifaa": "SLK5512093388", "volti": 12.1},
        },
        "device_id.device_number_serial_multilingual",
    ),
    "sw: a printed serial after kifaa in the path": (
        {"url": "https://api.example-solar.co.tz/v1/kifaa/SLK5512093388/hali", "method": "GET"},
        "device_id.device_serial_url_path_multilingual",
    ),
    "en: a decoder's smart-card number and chip id": (
        {
            "url": "https://logs.example-paytv.co.ug/v1/log",
            "method": "POST",
            "json": {"chip_id": "ST55A0C1E27F09", "iuc": "4033918820"},
        },
        "device_id.pay_tv_smartcard_chip_id",
    ),
    "vi: a tracker's serial under seri": (
        {
            "url": "https://gps.example-dinhvi.vn/api/lo-trinh?ngay=2025-01-02&seri=TK905B44120071",
            "method": "GET",
        },
        "device_id.serial_word_seri",
    ),
    "ko: Naver's NNB browser cookie": (
        {
            "url": "https://api.example-webtoon.kr/v1/episode/read",
            "method": "POST",
            "headers": {"Cookie": "NNB=5TQZC7W2MKR8D; lang=ko"},
            "json": {"ep": 3},
        },
        "device_id.naver_nnb_cookie",
    ),
}


@pytest.mark.parametrize("name", sorted(BIOMETRIC))
def test_biometric_positive(engine: Engine, name: str) -> None:
    example, rule = BIOMETRIC[name]
    assert rule in _found(engine, example, "biometric"), name


@pytest.mark.parametrize("name", sorted(DEVICE))
def test_device_positive(engine: Engine, name: str) -> None:
    example, rule = DEVICE[name]
    assert rule in _found(engine, example, "device_id"), name


def test_swahili_face_word_needs_its_connective(engine: Engine) -> None:
    """`uso` alone is Spanish and Italian "use": only `ya uso` / `kutoka uso` is the face."""
    image = _jpeg()
    url = "https://api.example-app.co.ke/v1/hatua"
    assert _found(
        engine, {"url": url, "method": "POST", "json": {"picha_ya_uso": image}}, "biometric"
    )
    assert not _found(
        engine, {"url": url, "method": "POST", "json": {"uso_foto": image}}, "biometric"
    )


def test_face_age_range_is_a_target_not_a_reading(engine: Engine) -> None:
    url = "https://api.example-skin.com/v1/quiz"
    reading = {"url": url, "method": "POST", "json": {"faceAge": 41, "conf": 0.8}}
    target = {"url": url, "method": "POST", "json": {"faceAge": {"min": 30, "max": 45}}}
    assert _found(engine, reading, "biometric")
    assert not _found(engine, target, "biometric")


@pytest.mark.parametrize(
    ("own", "shared"),
    [
        (
            {"carShareYn": "N", "headUnitBtAddr": "34:6b:6b:30:9c:93"},
            {"carShareYn": "Y", "headUnitBtAddr": "34:6b:6b:30:9c:93"},
        ),
        (
            {"headUnitBtAddr": "34:6b:6b:30:9c:93"},
            {"rentEndDt": "20250104100000", "headUnitBtAddr": "34:6b:6b:30:9c:93"},
        ),
    ],
)
def test_a_sharing_schemes_unit_is_not_the_testers(engine: Engine, own: dict, shared: dict) -> None:
    url = "https://api.example-car.kr/v1/car/link"
    assert _found(engine, {"url": url, "method": "POST", "json": own}, "device_id")
    assert not _found(engine, {"url": url, "method": "POST", "json": shared}, "device_id")


@pytest.mark.parametrize(
    "path", ["/v2/xe-dap-cong-cong/mo-khoa", "/v2/bike-share/unlock", "/v2/deelfiets/open"]
)
def test_a_public_bikes_lock_is_the_schemes(engine: Engine, path: str) -> None:
    body = {"lock_imei": "861522266534172"}
    own = {"url": "https://api.example-lock.com/v2/my-lock/unlock", "method": "POST", "json": body}
    public = {"url": "https://api.example-lock.com" + path, "method": "POST", "json": body}
    assert _found(engine, own, "device_id")
    assert not _found(engine, public, "device_id")


@pytest.mark.parametrize("query", ["raion=podilskyi", "bezirk=pankow", "dzielnica=wola"])
def test_units_listed_for_a_city_district_are_the_citys(engine: Engine, query: str) -> None:
    rows = [{"mac": "d4:6d:5e:eb:17:61"}, {"mac": "5c:55:1c:54:c3:29"}]
    base = "https://api.example-city.example/v1/units"
    listed = {"url": f"{base}?{query}", "method": "GET", "response": {"json": {"units": rows}}}
    mine = {"url": f"{base}?mine=1", "method": "GET", "response": {"json": {"units": rows}}}
    assert _found(engine, mine, "device_id")
    assert not _found(engine, listed, "device_id")


def test_negatives_corpus_is_clean(engine: Engine) -> None:
    dirty = []
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        found = {f.signature for f in engine.analyse(example_exchange(example))}
        if found:
            dirty.append((example["note"], sorted(found)))
    assert not dirty, dirty
