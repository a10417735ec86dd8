"""Opens a flowadmin sealed bundle with nothing but its documented format
(docs/commands.md, "Sealed bundles: the format"), argon2-cffi and cryptography: proof that the
documentation is enough for another tool. Usage: open_bundle.py FILE, with
the passphrase on stdin; prints the payload JSON."""

import base64
import json
import sys

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

data = open(sys.argv[1], "rb").read()
passphrase = sys.stdin.buffer.read()
magic, header_line, body = data.split(b"\n", 2)
assert magic == b"flowadmin-sealed v1", magic
header = json.loads(header_line)
assert header["version"] == 1
kdf, aead = header["kdf"], header["aead"]
assert kdf["name"] == "argon2id" and kdf["version"] == 19 and aead["name"] == "AES-256-GCM"
key = hash_secret_raw(
    secret=passphrase,
    salt=base64.b64decode(kdf["salt"]),
    time_cost=kdf["iterations"],
    memory_cost=kdf["memory_kib"],
    parallelism=kdf["parallelism"],
    hash_len=kdf["key_bytes"],
    type=Type.ID,
    version=kdf["version"],
)
aad = magic + b"\n" + header_line + b"\n"
plain = AESGCM(key).decrypt(base64.b64decode(aead["nonce"]), base64.b64decode(body.strip()), aad)
payload = json.loads(plain)
print(json.dumps({"header": header, "payload": payload}))
