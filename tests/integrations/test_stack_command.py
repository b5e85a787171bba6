"""The command that starts Rasa passes the API token whatever characters it holds."""

from __future__ import annotations

import argparse

from rasa.cli.arguments.run import add_server_arguments

from needscout.services import build_services
from needscout.settings import load_settings


def test_a_token_starting_with_a_dash_reaches_rasa_intact(tmp_path):
    # secrets.token_urlsafe() can start with "-"; as a separate argument argparse took it
    # for an option and Rasa exited with "expected one argument"
    settings = load_settings({"NEEDSCOUT_VAR_DIR": str(tmp_path), "NEEDSCOUT_RASA_TOKEN": "-Zq3token"})
    rasa = next(s for s in build_services(settings, with_web=False) if s.name == "rasa")
    parser = argparse.ArgumentParser()
    add_server_arguments(parser)
    args, _ = parser.parse_known_args(rasa.command[2:])
    assert args.auth_token == "-Zq3token"
