"""A tenancy-contract app (Ejari-like registration, made-up backend) and the
agency CRM.

Tenants' and landlords' Emirates ID cards are scanned and sent for OCR only:
Google Cloud Vision `images:annotate` with DOCUMENT_TEXT_DETECTION
(cloud.google.com/vision/docs/ocr, request body `requests[].image.content`,
`features[].type`); the text fields extracted (name, ID number 784-..., dates,
nationality, sex as printed) are a document, not a face. The CRM uploads
recordings of calls with clients for transcription with speaker diarisation
("who spoke when", not a voiceprint): AWS Transcribe's diarisation settings
are `ShowSpeakerLabels` / `MaxSpeakerLabels` (docs.aws.amazon.com/transcribe/
latest/APIReference/API_Settings.html). Call audio of third parties is not the
tester's biometric data and is sent for speech-to-text.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, multipart

from .phone import FB, iso, ms, rid, ua

CRM = "https://crm.agentpro-example.ae"
TEN = "https://api.tenancy-example.ae"


def id_ocr(c: Context) -> Flow:
    b = FB(
        c,
        "gcv",
        "POST",
        "https://vision.googleapis.com/v1/images:annotate",
        [("key", "AIza" + new_hex(c.rng, 35))],
    )
    b.header("x-android-package", "ae.tenancy.app")
    img = b64(fake_jpeg(c.rng.randint(0, 10**9), 600))
    b.json(
        {
            "requests": [
                {
                    "image": {"content": img},
                    "features": [{"type": "DOCUMENT_TEXT_DETECTION"}],
                    "imageContext": {"languageHints": ["en", "ar"]},
                }
            ]
        }
    )
    b.ok_json(
        {
            "responses": [
                {
                    "fullTextAnnotation": {
                        "text": "United Arab Emirates\nResident Identity Card\n"
                        "ID Number 784-1987-" + new_digits(c.rng, 7) + "-1"
                    }
                }
            ]
        }
    )
    b.decoy("Emirates ID scan sent for OCR (document text detection), not face analysis")
    return b.build()


def contract_draft(c: Context) -> Flow:
    b = FB(c, "tenancy", "POST", f"{TEN}/v2/contracts")
    b.header("user-agent", ua("TenancyAE", "3.1.0"))
    b.json(
        {
            "tenant": {
                "name": "Arjun Mehta",
                "emiratesId": "784-1990-" + new_digits(c.rng, 7) + "-2",
                "nationality": "IN",
                "sex": "M",
                "dob": "1990-04-12",
                "idExpiry": "2027-08-01",
                "ocrConfidence": 0.97,
            },
            "landlord": {"name": "Khalid Al Marri", "al_jins": "ذكر"},
            "property": {"makaniNo": new_digits(c.rng, 10), "plot": "392-" + new_digits(c.rng, 4)},
            "rentAed": c.rng.randrange(60_000, 300_000, 5000),
            "cheques": 4,
            "draftId": rid(c.rng),
        }
    )
    b.ok_json({"contractNo": "EJ" + new_digits(c.rng, 12), "status": "draft", "created": iso(c)})
    b.decoy("tenancy contract: ID-card fields from OCR, sex as printed on a document")
    return b.build()


def contract_pdf(c: Context) -> Flow:
    b = FB(c, "tenancy", "GET", f"{TEN}/v2/contracts/EJ{new_digits(c.rng, 12)}/document.pdf")
    b.respond(
        200, "application/pdf", b"%PDF-1.7\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def call_recording(c: Context) -> Flow:
    bnd = "----okhttp" + new_hex(c.rng, 24)
    meta = (
        '{"callId":"'
        + rid(c.rng)
        + '","direction":"outbound","client":"+9715'
        + new_digits(c.rng, 8)
        + '","durationSec":'
        + str(c.rng.randint(20, 900))
        + ',"transcribe":true,'
        '"ShowSpeakerLabels":true,"MaxSpeakerLabels":2,"language":"ar-AE"}'
    )
    body = multipart(
        bnd,
        [
            ("meta", None, "application/json", meta.encode()),
            (
                "audio",
                "call_" + str(ms(c)) + ".wav",
                "audio/wav",
                fake_wav(c.rng.randint(0, 10**9), 900),
            ),
        ],
    )
    b = FB(c, "crm", "POST", f"{CRM}/v1/calls/recordings")
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"jobId": "tr-" + new_hex(c.rng, 12), "status": "queued"})
    b.decoy(
        "client call recording for transcription with diarisation: speech-to-text, not a voiceprint"
    )
    return b.build()


def call_transcript(c: Context) -> Flow:
    b = FB(c, "crm", "GET", f"{CRM}/v1/calls/tr-{new_hex(c.rng, 12)}/transcript")
    segs = [
        {
            "speaker": f"spk_{i % 2}",
            "start": round(i * 4.2, 1),
            "end": round(i * 4.2 + 3.9, 1),
            "text": c.rng.choice(
                [
                    "Is the unit vacant?",
                    "نعم، متاح من الشهر القادم",
                    "Can we do four cheques?",
                    "I'll send the Ejari draft",
                ]
            ),
        }
        for i in range(c.rng.randint(3, 8))
    ]
    b.ok_json({"segments": segs, "speakers": 2, "languageCode": "ar-AE"})
    b.decoy("call transcript with speaker labels spk_0 / spk_1")
    return b.build()


def crm_contacts(c: Context) -> Flow:
    b = FB(c, "crm", "GET", f"{CRM}/v1/contacts", [("updatedSince", str(ms(c) - 86_400_000))])
    rows = [
        {
            "id": "C" + new_digits(c.rng, 7),
            "name": "Client " + new_hex(c.rng, 3),
            "phone": "+9715" + new_digits(c.rng, 8),
            "tags": ["buyer", "JVC"],
            "voiceNote": c.rng.random() < 0.3,
        }
        for _ in range(4)
    ]
    b.ok_json({"contacts": rows})
    b.decoy("CRM contacts with a 'voiceNote' flag")
    return b.build()
