"""Train the Rasa model only when its inputs changed.

Rasa fingerprints its own inputs too, but only after importing TensorFlow and reading
everything; this check costs milliseconds, so a second start is quick.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from needscout.settings import ROOT, Settings, child_environment

MODEL_NAME = "needscout"
TRAINING_INPUTS = ("domain.yml", "config.yml", "bot/data", "requirements.txt")


def fingerprint(root: Path = ROOT) -> str:
    """Hash of every file the model is trained from (paths and contents)."""
    digest = hashlib.sha256()
    for name in TRAINING_INPUTS:
        path = root / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(root)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def model_path(settings: Settings) -> Path:
    return settings.model_dir / f"{MODEL_NAME}.tar.gz"


def is_current(settings: Settings) -> bool:
    stamp = settings.model_dir / f"{MODEL_NAME}.fingerprint"
    return model_path(settings).exists() and stamp.exists() and stamp.read_text() == fingerprint()


def train(settings: Settings, force: bool = False) -> Path:
    """Train into models/needscout.tar.gz unless the current model matches the inputs."""
    model = model_path(settings)
    if not force and is_current(settings):
        print(f"Model is up to date ({model}); skipping training.")
        return model
    print("Training the Rasa model (NLU and dialogue); this takes a few minutes...", flush=True)
    settings.model_dir.mkdir(parents=True, exist_ok=True)
    rasa = Path(sys.executable).with_name("rasa")
    command = [
        str(rasa), "train", "--domain", "domain.yml", "--config", "config.yml",
        "--data", "bot/data", "--out", str(settings.model_dir),
        "--fixed-model-name", MODEL_NAME,
    ]
    subprocess.run(command, cwd=ROOT, check=True, env=child_environment())
    (settings.model_dir / f"{MODEL_NAME}.fingerprint").write_text(fingerprint())
    print(f"Model trained: {model}", flush=True)
    return model
