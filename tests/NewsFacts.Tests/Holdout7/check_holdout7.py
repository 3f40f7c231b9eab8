"""Validate the seventh holdout corpus: every H7NN_name.txt with its H7NN_name.expected.json.

The same checks as ../Corpus/check_corpus.py (see its docstring), with this folder's profile:
H7NN_ names (H701, H702, ...), 400-600 words, and a person's title may change between articles
set in different years.

Usage: python3 check_holdout7.py [DIR]   (default: the folder of this script)
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Corpus"))
import check_corpus  # noqa: E402

HOLDOUT7 = {"pattern": r"^H7\d{2}_.+\.txt$", "words": (400, 600), "titles_may_change": True}

if __name__ == "__main__":
    sys.exit(check_corpus.check(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)), HOLDOUT7))
