"""Staff passwords as slow hashes (Argon2id, argon2-cffi's recommended parameters).

A password is never stored or logged; only its hash is kept. A sign-in for an
unknown name still verifies against a dummy hash, so the time taken does not tell
which names exist.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()
#: Shorter passwords are refused; longer than the maximum is an input error, not a password.
MIN_LENGTH = 10
MAX_LENGTH = 256
_DUMMY = _hasher.hash("guidebot-no-such-user")


class WeakPassword(ValueError):
    """A password that is too short or too long."""


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"密码至少 {MIN_LENGTH} 个字符 (password must have at least "
                           f"{MIN_LENGTH} characters)")
    if len(password) > MAX_LENGTH:
        raise WeakPassword(f"密码最多 {MAX_LENGTH} 个字符")


def hash_password(password: str) -> str:
    check_strength(password)
    return _hasher.hash(password)


def verify(stored_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches; ``None`` (no such user) burns the same time and fails."""
    try:
        matched = _hasher.verify(stored_hash or _DUMMY, password[:MAX_LENGTH])
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    return matched and stored_hash is not None


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
