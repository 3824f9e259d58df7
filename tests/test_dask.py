"""score_frame runs unchanged on a local Dask cluster with two worker processes."""
from __future__ import annotations

import pandas as pd
import pytest

from framing import score_frame
from framing.score import ARTICLE_COLUMNS

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")


def test_score_frame_on_two_dask_workers(seeds):
    frame = pd.DataFrame({"id": [a.id for a in seeds], "outlet": [a.outlet for a in seeds],
                          "title": [a.title for a in seeds], "text": [a.text for a in seeds]})
    expected = score_frame(frame)
    meta = score_frame(frame.iloc[:0])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        result = dd.from_pandas(frame, npartitions=2).map_partitions(score_frame, meta=meta).compute()
    assert list(result.columns) == ARTICLE_COLUMNS
    pd.testing.assert_frame_equal(result.reset_index(drop=True), expected, check_dtype=False)
