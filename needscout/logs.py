"""Logging set-up shared by every NeedScout process; keeps TensorFlow's noise out."""

from __future__ import annotations

import logging
import warnings

from needscout.settings import silence_tensorflow

NOISY_LOGGERS = ("tensorflow", "absl", "sanic.access", "sanic.root", "rasa_sdk.utils",
                 "urllib3", "h5py", "matplotlib")


def configure_logging(level: str = "INFO") -> None:
    """One readable log format for operators; third-party chatter at WARNING."""
    silence_tensorflow()
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    logging.basicConfig(
        level=getattr(logging, level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(logging.WARNING)
