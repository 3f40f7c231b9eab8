"""Validate the sixth holdout corpus: every H6NN_name.txt with its H6NN_name.expected.json.

The same checks as ../Corpus/check_corpus.py (see its docstring), with this folder's profile:
H6NN_ names (H601, H602, ...), 400-800 words, and a person's title may change between articles
set in different years.

Usage: python3 check_holdout6.py [DIR]   (default: the folder of this script)
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Corpus"))
import check_corpus  # noqa: E402

HOLDOUT6 = {"pattern": r"^H6\d{2}_.+\.txt$", "words": (400, 800), "titles_may_change": True}

if __name__ == "__main__":
    sys.exit(check_corpus.check(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)), HOLDOUT6))
