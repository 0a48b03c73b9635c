"""Near-duplicate articles (syndicated copies, light rewrites) by MinHash LSH.

Each stored article gets a MinHash signature over its word 5-shingles; signatures are kept
in the ``article_signatures`` table and loaded lazily into an LSH index the first time a
batch is written, so detection works across runs.  Only originals go into the index, so a
copy always points at an original.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE_WORDS = 5
THRESHOLD = 0.7
NUM_PERM = 128
SCHEME = "affine32"


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Word ``size``-grams of the lower-cased text (the whole text if it is shorter)."""
    words = text.lower().split()
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


_TEMPLATE = MinHash(num_perm=NUM_PERM, scheme=SCHEME)


def signature(text: str) -> MinHash:
    """The MinHash of ``text`` (permutations shared, so each call only hashes)."""
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_TEMPLATE.permutations)
    mh.update_batch(list(shingles(text)))
    return mh


def to_bytes(mh: MinHash) -> bytes:
    """Serialised hash values (stored in ``article_signatures.signature``)."""
    return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(blob: bytes, scheme: str = SCHEME) -> LeanMinHash:
    """Inverse of :func:`to_bytes` (a lean MinHash: no permutations, cheap to build)."""
    values = np.frombuffer(blob, dtype=np.uint64)
    return LeanMinHash(seed=1, hashvalues=values, scheme=scheme)


class NearDuplicateIndex:
    """An LSH index over the originals' signatures, verified by estimated Jaccard."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash | LeanMinHash] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def load(self, rows: Iterable[tuple[str, bytes, str]]) -> None:
        """Add stored (hash, signature, scheme) rows of original articles."""
        with self._lsh.insertion_session() as session:
            for key, blob, scheme in rows:
                if key in self._sigs or scheme != SCHEME:
                    continue
                mh = from_bytes(blob, scheme)
                self._sigs[key] = mh
                session.insert(key, mh)

    def match(self, mh: MinHash) -> str | None:
        """The stored original ``mh`` nearly duplicates (best Jaccard), if any."""
        best, best_key = self.threshold, None
        for key in self._lsh.query(mh):
            score = self._sigs[key].jaccard(mh)
            if score > best or (score == best and best_key is None):
                best, best_key = score, key
        return best_key

    def add(self, key: str, mh: MinHash) -> None:
        """Index an original article."""
        if key not in self._sigs:
            self._sigs[key] = mh
            self._lsh.insert(key, mh)
