#!/bin/sh
# Fails when a user-visible string has no German translation: runs lupdate over the current
# sources into a scratch copy of the .ts file and looks for unfinished or empty entries.
# usage: check-complete.sh LUPDATE TS-FILE SOURCE-DIR...
set -eu
lupdate=$1 ts=$2
shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$ts" "$scratch/check.ts"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h "$@" -ts "$scratch/check.ts"
python3 - "$scratch/check.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
missing = []
for context in root.iter('context'):
    name = context.findtext('name')
    for message in context.iter('message'):
        translation = message.find('translation')
        source = message.findtext('source')
        numerus = message.get('numerus') == 'yes'
        text = ''.join(translation.itertext()) if translation is not None else ''
        if translation is None or translation.get('type') in ('unfinished',) or not text.strip():
            missing.append(f'{name}: {source!r}')
for line in missing:
    print('untranslated:', line)
print(f'{len(missing)} strings without a German translation')
sys.exit(1 if missing else 0)
PY
