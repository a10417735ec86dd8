#!/usr/bin/env python3
"""Makes tests/vectors/crypto.json with Python's own `cryptography`, `random` and
`base64`, the libraries Langflow uses, so the Rust crypto module is checked
against the real thing rather than against itself.

    py=$(FLOWADMIN_CRYPTO=50 tests/interop/setup.sh)   # cryptography 50.0.2, from its lock
    $py tests/vectors/make_vectors.py > tests/vectors/crypto.json

The committed file was made with cryptography 50.x (Python's base64 reader);
tests/crypto_vectors.rs reads its refusals as that release's.

Each secret key gets the Fernet key(s) Langflow 1.13 derives from it (or the
error Langflow raises), and tokens made with each of them.
"""

import base64
import hashlib
import json
import os
import random

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MIN_LEN = 32
SSO_HEADER = "lf-sso:v1:hkdf-sha256-v1:aes-256-gcm"


def padded(text: str) -> str:
    return text + "=" * (-len(text) % 4)


def current_key(secret: str) -> bytes:
    # Langflow 1.10.1+: SHA-256 for short keys, the key itself (padded) otherwise.
    if len(secret) < MIN_LEN:
        return base64.urlsafe_b64encode(hashlib.sha256(secret.encode()).digest())
    return padded(secret).encode()


def legacy_key(secret: str) -> bytes:
    # Langflow up to 1.10.0 for short keys: random.seed(key), 32 x getrandbits(8).
    rng = random.Random(secret)
    return base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(32)))


def sso_seal(secret: str, plaintext: str) -> str:
    key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=b"langflow/sso/client-secret/hkdf-salt/v1",
        info=b"langflow/sso/client-secret/encryption",
    ).derive(secret.encode())
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, plaintext.encode(), SSO_HEADER.encode())
    enc = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()  # noqa: E731
    return f"{SSO_HEADER}:{enc(nonce)}:{enc(ct)}"


def main() -> None:
    token = "lnLqwKCwQY6r3KwBAea4pnfmdpuPruPVwiGD0C7lY1w"
    secrets = [
        ("token_urlsafe(32)", token),
        ("Fernet.generate_key()", Fernet.generate_key().decode()),
        ("openssl rand -base64 32 (standard alphabet)", "q+/Zq8sK1o2vV0b7m6Wc9b2T0xk3Ykz1v1pR/0Jm+Lo="),
        ("token with one trailing newline", token + "\n"),
        ("token with two trailing newlines", token + "\n\n"),
        ("40 characters, 30 bytes", "a" * 40),
        ("short key", "shortkey"),
        ("short legacy fixture key", "shortkey-legacy"),
        ("short non-ASCII key", "clé-courte"),
        ("31 characters", "x" * 31),
    ]
    cases = []
    for label, secret in secrets:
        case = {"label": label, "secret": secret, "chars": len(secret)}
        try:
            current = Fernet(current_key(secret))
        except (ValueError, TypeError) as exc:
            case["error"] = type(exc).__name__
            cases.append(case)
            continue
        plaintext = f"plaintext for {label}"
        case["plaintext"] = plaintext
        case["current_fernet_key"] = current_key(secret).decode()
        case["current_token"] = current.encrypt(plaintext.encode()).decode()
        if len(secret) < MIN_LEN:
            case["legacy_fernet_key"] = legacy_key(secret).decode()
            case["legacy_token"] = Fernet(legacy_key(secret)).encrypt(plaintext.encode()).decode()
        case["sso_envelope"] = sso_seal(secret, plaintext)
        cases.append(case)
    print(json.dumps({"cases": cases, "shortkey_legacy": legacy_key("shortkey").decode()}, indent=2))


if __name__ == "__main__":
    main()
