"""Packaging glue pyproject.toml cannot express: the top-level resources/ directory ships inside
the wheel as the package `safecase.resources` (icons, styles, rule packs, translations)."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("src"), "safecase.resources"],
    package_dir={"": "src", "safecase.resources": "resources"},
)
