import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Models trained by the tests are cached in a throwaway folder, never the user's cache.
_CACHE = tempfile.mkdtemp(prefix="stance-test-cache-")
os.environ["STANCE_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_449ec84bc6e24a76.txt"
SAMPLE_GOLD = ROOT / "tests" / "gold" / "000_449ec84bc6e24a76.csv"


@pytest.fixture(scope="session")
def scheme():
    from stance.scheme import default_scheme

    return default_scheme()


@pytest.fixture(scope="session")
def model(scheme):
    from stance.classify import load_or_train

    return load_or_train(scheme)


@pytest.fixture(scope="session")
def sample():
    from stance.articles import read_article

    return read_article(SAMPLE)
