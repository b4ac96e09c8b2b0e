"""What loading the pipeline's resources sets up for the whole process."""

from __future__ import annotations

from threadpoolctl import threadpool_info

from credstack.resources import Resources


def test_loading_resources_runs_numpy_products_on_one_blas_thread():
    Resources.load()
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)
