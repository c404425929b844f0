"""Find `safecase.resources` where setup.py maps it from: the top-level resources/ directory.

The wheel installs resources/ as the package safecase.resources (setup.py, package_dir), but in
the source tree it is not under src/safecase/, so PyInstaller's analysis cannot find it by
walking safecase.__path__. This hook points the search at the repository root, where
resources/__init__.py lives; the package's data files are added by safecase_bundle.py.
"""

from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parents[4]


def pre_find_module_path(hook_api: object) -> None:
    hook_api.search_dirs = [str(REPOSITORY_ROOT)]  # type: ignore[attr-defined]
