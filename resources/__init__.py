"""Resources shipped with SafeCase (icons, styles, rule packs, translations) as a package."""
