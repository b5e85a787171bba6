# The two commands a newcomer needs (README.md): `make run` and `make test`.
.PHONY: run test setup bench

run: ## set up (venv, packages, model) and start the bot with its web chat
	bash scripts/setup.sh
	.venv/bin/needscout run

test: ## set up the same way and run the whole test suite
	bash scripts/test.sh

setup: ## only set up
	bash scripts/setup.sh
