"""Write the table of forms of the shipped English words, ``src/stancekit/lang/en/forms.json``.

    python scripts/generate_forms.py            # rewrite the table
    python scripts/generate_forms.py --check    # exit 1 when the table is out of date

Run it after changing the verbs of ``reporting.toml``, the role nouns of ``actors.toml`` or
the commitment phrases of ``stance.toml`` (their first words).
The forms come from lemminflect (a dependency); with the table, building the default lexicon
does not import it (see ``docs/lexicon.md``). ``tests/test_lexicon_forms.py`` fails when the
table is out of date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from stancekit.lexicon._files import inflected_words, phrase_heads
from stancekit.lexicon._morph import TABLE_FILE, dump_table, generate_table

TABLE = Path(__file__).resolve().parent.parent / "src" / "stancekit" / "lang" / "en" / TABLE_FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when out of date")
    args = parser.parse_args(argv)
    verbs, nouns = inflected_words()
    text = dump_table(generate_table(verbs, nouns, phrase_heads()))
    current = TABLE.read_text("utf-8") if TABLE.exists() else ""
    if args.check:
        if text != current:
            print(f"{TABLE} is out of date: run python scripts/generate_forms.py")
            return 1
        print(f"{TABLE} is up to date")
        return 0
    if text != current:
        TABLE.write_text(text, "utf-8")
        print(f"wrote {TABLE} ({len(verbs)} verbs, {len(nouns)} nouns)")
    else:
        print(f"{TABLE} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
