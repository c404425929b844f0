#!/usr/bin/env bash
# Build, sign, package and (optionally) notarise SafeCase for macOS.
# Run on macOS from the repository root, in a venv with SafeCase installed (`pip install -e .`):
#
#   packaging/macos/build-dmg.sh
#
# Environment:
#   SAFECASE_CODESIGN_IDENTITY  "Developer ID Application: NAME (TEAMID)"; unset = ad-hoc
#                               signature, for local testing only (Gatekeeper blocks it elsewhere)
#   SAFECASE_NOTARY_PROFILE     a notarytool keychain profile, made once with
#                               `xcrun notarytool store-credentials NAME --apple-id … --team-id …`;
#                               unset = no notarisation
# Output: dist/SafeCase-<version>.dmg
# Notarisation uploads the disk image to Apple: that is the only network use, it happens on the
# build machine, and the app itself never connects anywhere (packaging/README.md, "macOS").
set -euo pipefail

cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
identity=${SAFECASE_CODESIGN_IDENTITY:-}
profile=${SAFECASE_NOTARY_PROFILE:-}
version=$("$PY" -c 'import safecase; print(safecase.__version__)')
app=dist/SafeCase.app
dmg=dist/SafeCase-$version.dmg

# Pillow turns the PNG icon into .icns.
"$PY" -c 'import PyInstaller, PIL' 2>/dev/null || "$PY" -m pip install --quiet "pyinstaller>=6.10" pillow
rm -rf "$app" dist/safecase
SAFECASE_CODESIGN_IDENTITY=$identity "$PY" -m PyInstaller --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller-macos packaging/macos/safecase-macos.spec

# The outer signature, over the whole bundle, with the hardened runtime and a secure timestamp.
if [ -n "$identity" ]; then
  codesign --force --options runtime --timestamp \
    --entitlements packaging/macos/entitlements.plist --sign "$identity" "$app"
else
  codesign --force --sign - "$app"
fi
codesign --verify --strict --verbose=2 "$app"

# Smoke test of the bundle before it is packaged.
"$app/Contents/MacOS/safecase" --version
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/safecase" --self-test

# Disk image: the app and a link to /Applications, compressed (UDZO), read-only.
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "SafeCase $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
if [ -n "$identity" ]; then
  codesign --force --timestamp --sign "$identity" "$dmg"
fi

if [ -n "$profile" ] && [ -n "$identity" ]; then
  xcrun notarytool submit "$dmg" --keychain-profile "$profile" --wait
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
else
  echo "not notarised (set SAFECASE_CODESIGN_IDENTITY and SAFECASE_NOTARY_PROFILE)" >&2
fi
echo "$dmg"
