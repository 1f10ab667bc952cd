"""Archive scale: batch processing on Dask distributed workers and feed watching."""
