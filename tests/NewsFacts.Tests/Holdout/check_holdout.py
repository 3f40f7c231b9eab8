"""Validate a holdout corpus: every HNN_name.txt (Holdout/) or HKNN_name.txt (HoldoutK/) with its .expected.json.

The same checks as ../Corpus/check_corpus.py (see its docstring), with a holdout's profile, chosen by
the folder's name: Holdout/ has HNN_ names and 300-800 words; Holdout2/ to HoldoutK/ have HKNN_ names
(H201, H702, ...) and 400-800 words. In all of them a person's title may change between articles set
in different years.

Usage: python3 check_holdout.py [DIR]   (default: the folder of this script, the first holdout)
       python3 ../Holdout/check_holdout.py .   (from another holdout's folder)
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Corpus"))
import check_corpus  # noqa: E402


def profile(folder):
    """The first holdout's profile, or that of the numbered holdout the folder is named after."""
    numbered = re.fullmatch(r"Holdout(\d+)", os.path.basename(os.path.normpath(os.path.abspath(folder))))
    if not numbered:
        return check_corpus.HOLDOUT
    return {"pattern": r"^H" + numbered.group(1) + r"\d{2}_.+\.txt$", "words": (400, 800), "titles_may_change": True}


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    sys.exit(check_corpus.check(folder, profile(folder)))
