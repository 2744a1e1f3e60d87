#!/bin/sh
# Fails when a user-visible string has no German translation: runs lupdate over the current
# sources into a scratch copy of the .ts file and looks for unfinished or empty entries.
# With --plurals-only, only messages with a %n plural must be translated (the English file, which
# gives "1 day" and "2 days" for "%n day(s)").
# usage: check-complete.sh [--plurals-only] LUPDATE TS-FILE SOURCE-DIR...
set -eu
plurals_only=no
if [ "$1" = "--plurals-only" ]; then plurals_only=yes; shift; fi
lupdate=$1 ts=$2
shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$ts" "$scratch/check.ts"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h "$@" -ts "$scratch/check.ts"
python3 - "$scratch/check.ts" "$plurals_only" <<'PY'
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
        if sys.argv[2] == 'yes' and not numerus:
            continue
        forms = [''.join(f.itertext()) for f in translation.iter('numerusform')] if translation is not None else []
        text = ''.join(translation.itertext()) if translation is not None else ''
        if (translation is None or translation.get('type') == 'unfinished' or not text.strip()
                or any(not f.strip() for f in forms)):
            missing.append(f'{name}: {source!r}')
for line in missing:
    print('untranslated:', line)
print(f'{len(missing)} strings without a translation in this file')
sys.exit(1 if missing else 0)
PY
