#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The translations against the sources:
#   tests/i18n/check-translations.sh            check (the .ts files are left as they are)
#   tests/i18n/check-translations.sh --update   bring resources/translations/*.ts up to date
#                                               with the sources first (new entries added,
#                                               vanished ones dropped), then check
# Runs lupdate over app/ and widgets/ and fails on any lupdate warning, any unfinished or
# vanished entry, and any translation whose placeholders (%1, %L2, %n) differ from its
# source; each problem is listed with its context and source text. Needs lupdate (Debian:
# qt6-l10n-tools) and python3.
set -eu

here=$(cd "$(dirname "$0")/../.." && pwd)
update=no
[ "${1:-}" = "--update" ] && update=yes
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=$(command -v lupdate6 || command -v lupdate)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for ts in "$here"/resources/translations/*.ts; do
    target="$work/$(basename "$ts")"
    cp "$ts" "$target"
    # No line numbers in the .ts: they would change with every edit of a source file and
    # make every branch conflict in it.
    # --update also drops the entries whose source text is gone (after the checks below
    # have listed them once); a plain check keeps them, so that they fail it.
    obsolete=""
    [ "$update" = yes ] && obsolete="-no-obsolete"
    # shellcheck disable=SC2086
    (cd "$here" && "$lupdate" -locations none $obsolete -recursive app widgets -ts "$target") \
        >"$work/lupdate.log" 2>&1 || { cat "$work/lupdate.log"; exit 1; }
    warnings=$(grep -v -e "^Scanning directory" -e "^Updating " -e "^    Found " \
        -e "^    Kept " -e "^    Removed " -e "heuristic provided" "$work/lupdate.log" || true)
    if [ -n "$warnings" ]; then
        echo "lupdate warnings:"
        echo "$warnings"
        status=1
    fi
    if [ "$update" = yes ]; then
        cp "$target" "$ts"
        echo "updated $(basename "$ts")"
    fi
    python3 - "$target" "$(basename "$ts")" <<'PYTHON' || status=1
import re
import sys
import xml.etree.ElementTree as ET

path, name = sys.argv[1], sys.argv[2]
placeholder = re.compile(r"%(?:L?\d{1,2}|n)")
problems = {"unfinished": [], "vanished": [], "placeholders": []}
total = 0
for context in ET.parse(path).getroot().iter("context"):
    context_name = context.findtext("name")
    for message in context.iter("message"):
        total += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type", "")
        where = f"{context_name}: {source!r}"
        if kind in ("vanished", "obsolete"):
            problems["vanished"].append(where)
            continue
        forms = translation.findall("numerusform")
        texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
        if kind == "unfinished" or any(not text for text in texts):
            problems["unfinished"].append(where)
            continue
        wanted = sorted(placeholder.findall(source))
        for text in texts:
            if sorted(placeholder.findall(text)) != wanted:
                problems["placeholders"].append(f"{where} -> {text!r}")
failed = False
for kind, entries in problems.items():
    if entries:
        failed = True
        print(f"{name}: {len(entries)} {kind}:")
        for entry in entries:
            print(f"  {entry}")
print(f"{name}: {total} entries, "
      + ("problems above" if failed else "all translated, placeholders match"))
sys.exit(1 if failed else 0)
PYTHON
done
exit $status
