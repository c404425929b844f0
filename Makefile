# SafeCase developer commands. `make help` lists them.
# Every target that needs Python sets up .venv first, so a fresh clone needs only Python 3.11 and make.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen

.DEFAULT_GOAL := help
.PHONY: help run demo test lint typecheck importlint stress bench security-report system-deps clean \
        selftest icons package-linux translations screenshots

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 20

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-deps:  ## install the Debian tools the tests use (age CLI, Xvfb), when missing and root
	@bash packaging/system-deps.sh

run: $(STAMP)  ## set up and start the app
	env -u QT_QPA_PLATFORM $(VENV)/bin/safecase

demo: $(STAMP)  ## start the app on a throwaway vault of fictional people (passphrase is printed)
	@d=$$(mktemp -d /tmp/safecase-demo-XXXXXX); \
	$(PY) -m safecase.services.demo_data $$d/vault && \
	env -u QT_QPA_PLATFORM $(VENV)/bin/safecase --vault $$d/vault; \
	rm -rf $$d

lint: $(STAMP)  ## ruff lint and format check
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks

typecheck: $(STAMP)  ## mypy strict on src/
	$(VENV)/bin/mypy

importlint: $(STAMP)  ## layering contracts
	$(VENV)/bin/lint-imports

test: $(STAMP) system-deps lint typecheck importlint  ## set up and run lint, types, layering and the whole suite
	$(PY) -m pytest -m "not stress" -q

security-report: $(STAMP) system-deps  ## adversarial suite T1–T17 with large counts, one table (~7 min)
	$(PY) tests/security/report.py

stress: $(STAMP) system-deps  ## long stress and fuzz runs
	SAFECASE_STRESS=1 $(PY) -m pytest -m stress -q

bench: $(STAMP)  ## benchmarks that print figures (records, deadlines, GUI start-up, KDF, age)
	$(PY) benchmarks/records.py
	$(PY) benchmarks/deadlines.py
	$(PY) benchmarks/gui_startup.py
	$(PY) benchmarks/kdf.py
	$(PY) benchmarks/age_throughput.py

clean:  ## remove the environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist src/*.egg-info

screenshots: $(STAMP) system-deps  ## run the app on a virtual screen with fictional data and save docs/screenshots/*.png
	@d=$$(mktemp -d); Xvfb :97 -screen 0 1440x900x24 >/dev/null 2>&1 & x=$$!; sleep 1; \
	env -u QT_QPA_PLATFORM DISPLAY=:97 HOME=$$d XDG_CONFIG_HOME=$$d/.config XDG_DATA_HOME=$$d/.local/share \
	    $(PY) docs/screenshots/take_screenshots.py docs/screenshots; \
	kill $$x; rm -rf $$d

selftest: $(STAMP)  ## headless check of the installed app: throwaway vault, unlock window, lock
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/safecase --self-test

icons: $(STAMP)  ## render resources/icons/app.svg to packaging/linux/icons (PNG 16..512 + SVG)
	$(PY) packaging/linux/render_icons.py

package-linux: $(STAMP)  ## PyInstaller one-folder app in dist/safecase, then its --version and self-test
	@$(PY) -m PyInstaller --version >/dev/null 2>&1 || $(PY) -m pip install --quiet 'pyinstaller>=6.10'
	@start=$$(date +%s); \
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
	    --workpath build/pyinstaller packaging/pyinstaller/safecase.spec || exit 1; \
	echo "built dist/safecase in $$(( $$(date +%s) - start )) s with PyInstaller $$($(PY) -m PyInstaller --version):" \
	    "$$(du -sh dist/safecase | cut -f1) on disk, $$(find dist/safecase -type f | wc -l) files," \
	    "$$(tar -C dist -czf - safecase | wc -c | awk '{printf "%.0f MiB", $$1 / 1048576}') as .tar.gz"
	dist/safecase/safecase --version
	QT_QPA_PLATFORM=offscreen dist/safecase/safecase --self-test
	dist/safecase/safecase-cli --version

# English is the source language. Keep these in step with tests/gui/translation_files.py.
TS_LANGUAGES := ru kk uz_Latn
TS_FILES     := $(foreach lang,$(TS_LANGUAGES),resources/translations/safecase_$(lang).ts)
LUPDATE_ARGS := -extensions py -locations none -no-obsolete -source-language en \
                -tr-function-alias QT_TRANSLATE_NOOP+=translatable

translations: $(STAMP)  ## extract the GUI's texts into resources/translations/*.ts and compile .qm
	$(VENV)/bin/pyside6-lupdate $(LUPDATE_ARGS) src/safecase/gui src/safecase/app.py -ts $(TS_FILES)
	@for ts in $(TS_FILES); do \
	    $(VENV)/bin/pyside6-lrelease -silent -nounfinished $$ts -qm $${ts%.ts}.qm || exit 1; \
	done
	@echo "compiled $(words $(TS_FILES)) translations; translate new texts with pyside6-linguist"
