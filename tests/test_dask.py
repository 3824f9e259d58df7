"""score_frame runs unchanged on a local Dask cluster with two worker processes, as the README's
recipe uses it: JSON Lines in, Parquet out."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from framing import score_frame
from framing.score import ARTICLE_COLUMNS

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")


def test_score_frame_on_two_dask_workers(seeds, tmp_path):
    frame = pd.DataFrame({"id": [a.id for a in seeds],  # "000": read as a number unless told otherwise "outlet": [a.outlet for a in seeds],
                          "title": [a.title for a in seeds], "text": [a.text for a in seeds]})
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in frame.to_dict("records")), encoding="utf-8")
    expected = score_frame(frame)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        result = dd.from_pandas(frame, npartitions=2).map_partitions(score_frame,
                                                                     meta=score_frame(frame.iloc[:0])).compute()
        # The README's recipe: the empty result of the reader's meta gives the Parquet schema.
        articles = dd.read_json(str(corpus), lines=True, blocksize=None, dtype={"id": str})
        articles.map_partitions(score_frame, meta=score_frame(articles._meta)).to_parquet(str(tmp_path / "scores"))
    assert list(result.columns) == ARTICLE_COLUMNS
    pd.testing.assert_frame_equal(result.reset_index(drop=True), expected)
    written = pd.read_parquet(tmp_path / "scores")
    pd.testing.assert_frame_equal(written.reset_index(drop=True), expected)
