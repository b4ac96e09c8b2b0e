"""The catalog and the resources (vocabulary alone, no tagger) the credential tests read, loaded
once per test module."""

from __future__ import annotations

import pytest

from credstack.credentials.catalog import load_catalog
from credstack.resources import Resources


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def res():
    return Resources.load(tagger=False)
