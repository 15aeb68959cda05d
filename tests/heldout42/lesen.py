"""A reading-aloud learning app (fictional "Lesefuchs", `api.lesefuchs-example.de`)
on the kids' tablet: siblings read aloud, the app recognises which child reads.

- Microsoft Speaker Recognition (Azure Cognitive Services, api-version
  2021-09-05): `POST {endpoint}/speaker-recognition/identification/
  text-independent/profiles/{profileId}/enrollments` with a 16 kHz WAV body,
  and `.../profiles:identifySingleSpeaker?profileIds=...` (Microsoft Learn,
  "Speaker Recognition REST API"). Biometric: speaker enrolment.
- The app's own "Stimmprofil" sync: a speaker embedding (192 float32, base64)
  under German key names of our own. Biometric: voiceprint.
- Azure Speech-to-text with a `Pronunciation-Assessment` header (base64 JSON
  with ReferenceText): reading-aloud audio scored for pronunciation, no
  speaker identity (a decoy: speech, not a voiceprint).
- Firebase Installations `POST /v1/projects/{p}/installations` with `fid`
  (firebase.google.com, "Firebase installations" REST).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_uuid
from tests.heldout.wire import b64, fake_wav, floats_b64, js

from .phone import FB, floats, iso, tab_ua

AZ = "https://westeurope.api.cognitive.microsoft.com/speaker-recognition"
APP = "https://api.lesefuchs-example.de/v1"
UA = tab_ua("Lesefuchs", "5.2.0")
BOOKS = ["Das kleine Gespenst", "Die kleine Raupe Nimmersatt", "Sams", "Der Regenbogenfisch"]


def _app(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-kind", b.acct("lesen_child"))


def speaker_enrol(c: Context) -> Flow:
    pid = new_uuid(c.rng)
    b = FB(
        c,
        "azure-speaker",
        "POST",
        f"{AZ}/identification/text-independent/profiles/{pid}/enrollments",
    )
    b.params += [("api-version", "2021-09-05"), ("ignoreMinLength", "false")]
    b.header("ocp-apim-subscription-key", "0" * 8 + "lesefuchs" + "0" * 15)
    b.set_body(fake_wav(c.rng.getrandbits(32), 1600), "audio/wav; codecs=audio/pcm")
    b.bio("voiceprint", "path.speaker-recognition/.../enrollments + audio body")
    b.ok_json(
        {
            "profileId": pid,
            "enrollmentStatus": "Enrolling",
            "remainingEnrollmentsSpeechLength": 12.5,
        }
    )
    return b.build()


def speaker_identify(c: Context) -> Flow:
    ids = ",".join(new_uuid(c.rng) for _ in range(3))
    b = FB(
        c,
        "azure-speaker",
        "POST",
        f"{AZ}/identification/text-independent/profiles:identifySingleSpeaker",
    )
    b.params += [("api-version", "2021-09-05"), ("profileIds", ids)]
    b.header("ocp-apim-subscription-key", "0" * 8 + "lesefuchs" + "0" * 15)
    b.set_body(fake_wav(c.rng.getrandbits(32), 1400), "audio/wav; codecs=audio/pcm")
    b.bio("voiceprint", "path.identifySingleSpeaker + audio body")
    b.ok_json(
        {"identifiedProfile": {"profileId": ids[:36], "score": round(c.rng.uniform(0.6, 0.95), 4)}}
    )
    return b.build()


def stimmprofil(c: Context) -> Flow:
    b = FB(c, "lesefuchs", "PUT", f"{APP}/kinder/{c.phone.lesen_child}/stimmprofil")  # type: ignore[attr-defined]
    _app(b)
    b.header("x-geraet", b.id("aid_lesen", where="header.x-geraet"))
    b.json(
        {
            "stimmabdruck": floats_b64(floats(c.rng, 192)),
            "modell": "ecapa-tdnn-192",
            "abtastrate": 16000,
            "aufnahmenAnzahl": c.rng.randint(3, 8),
            "erstellt": iso(c),
        }
    )
    b.bio("voiceprint", "body.stimmabdruck (speaker embedding)")
    b.no_content()
    return b.build()


def stimmprofil_plain(c: Context) -> Flow:
    b = FB(c, "lesefuchs", "POST", f"{APP}/sprecher/abgleich")
    _app(b)
    b.json(
        {
            "sprecherEinbettung": floats(c.rng, 64, 4),
            "kandidaten": [b.acct("lesen_child")],
            "schwelle": 0.72,
        }
    )
    b.bio("voiceprint", "body.sprecherEinbettung (speaker embedding, float list)")
    b.ok_json({"treffer": True})
    return b.build()


def pronunciation(c: Context) -> Flow:
    b = FB(
        c,
        "azure-speech",
        "POST",
        "https://westeurope.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1",
    )
    b.params += [("language", "de-DE"), ("format", "detailed")]
    ref = {
        "ReferenceText": "Es war einmal ein kleines Gespenst.",
        "GradingSystem": "HundredMark",
        "Granularity": "Word",
        "Dimension": "Comprehensive",
    }
    b.header("pronunciation-assessment", b64(js(ref)))
    b.header("ocp-apim-subscription-key", "0" * 8 + "lesefuchs" + "0" * 15)
    b.set_body(
        fake_wav(c.rng.getrandbits(32), 1200), "audio/wav; codecs=audio/pcm; samplerate=16000"
    )
    b.ok_json(
        {"RecognitionStatus": "Success", "NBest": [{"AccuracyScore": c.rng.randint(60, 100)}]}
    )
    b.decoy("reading-aloud audio for pronunciation scoring (no speaker recognition)")
    return b.build()


def lesefortschritt(c: Context) -> Flow:
    b = FB(c, "lesefuchs", "POST", f"{APP}/lesefortschritt")
    _app(b)
    b.json(
        {
            "buch": c.rng.choice(BOOKS),
            "seite": c.rng.randint(1, 60),
            "seitenGesamt": 64,
            "woerterProMinute": c.rng.randint(30, 90),
            "datum": iso(c),
        }
    )
    b.decoy("reading progress in a book (not watching or listening)")
    b.no_content()
    return b.build()


def vorlesen_log(c: Context) -> Flow:
    b = FB(c, "lesefuchs", "POST", f"{APP}/hoerbuch/gehoert")
    _app(b)
    b.header("x-geraet", b.id("aid_lesen", where="header.x-geraet"))
    b.json(
        {
            "hoerbuchId": f"hb-{c.rng.randint(100, 999)}",
            "titel": c.rng.choice(BOOKS),
            "gehoertBisSek": c.rng.randint(10, 900),
            "abgespieltAm": iso(c),
        }
    )
    b.view("body.hoerbuchId+gehoertBisSek (audiobook listen log)")
    b.no_content()
    return b.build()


def lektion(c: Context) -> Flow:
    b = FB(c, "lesefuchs", "GET", f"{APP}/lektionen/gesichter-und-gefuehle")
    b.ok_json(
        {
            "titel": "Gesichter und Gefühle",
            "text": "Wenn wir uns freuen, heben sich die Mundwinkel. "
            "Bei Angst werden die Augen groß. Male ein Gesicht mit Nase, Mund und zwei Augen!",
            "bilder": 3,
        }
    )
    b.decoy("lesson text about faces")
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/lesefuchs-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + "L" * 33)
    b.header("x-android-package", "de.lesefuchs.app")
    b.json(
        {
            "fid": b.id("fid_lesen", where="body.fid"),
            "appId": "1:448812734021:android:5e2c1d9f0a7b3c11",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/448812734021/installations/x", "refreshToken": "2_" + "r" * 40})
    return b.build()
