"""Write a large synthetic corpus from the seeds, for the benchmark and batch scoring.

Usage: python scripts/make_corpus.py DIR N   (the same as python -m framing.bench --make-corpus DIR N)
"""
import sys

from framing.bench import main

if __name__ == "__main__":
    sys.exit(main(["--make-corpus", *sys.argv[1:]]))
