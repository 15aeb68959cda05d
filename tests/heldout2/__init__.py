"""Second held-out evaluation set: a phone running a streaming app, a selfie-filter
app and a voice assistant, with ad-tech and analytics SDKs that set 1 does not have.

Written without reading the signature rules (see the README, evaluation, "Set 2").
It reuses set 1's wire-format writers (HAR, mitmproxy dump, replay list) so that
`bench/evaluate.py` scores it unchanged; the apps, SDKs, payloads and labels are
its own.
"""
