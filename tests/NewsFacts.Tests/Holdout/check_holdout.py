"""Validate the holdout corpus: every HNN_name.txt with its HNN_name.expected.json.

The same checks as ../Corpus/check_corpus.py (see its docstring), with the holdout's profile:
HNN_ names, 300-800 words, and a person's title may change between articles set in different years.

Usage: python3 check_holdout.py [DIR]   (default: the folder of this script)
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Corpus"))
import check_corpus  # noqa: E402

if __name__ == "__main__":
    sys.exit(check_corpus.check(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)), check_corpus.HOLDOUT))
