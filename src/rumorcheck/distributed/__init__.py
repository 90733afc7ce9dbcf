"""rumorcheck beyond one machine: the same batch as a Ray Data job (``check --engine ray``).

Ray is an optional extra (``pip install "rumorcheck[ray]"``). Importing this package does not
import Ray; :func:`check_on_ray` does, and says how to install it when it is missing.

    >>> from rumorcheck import Checker, Library
    >>> from rumorcheck.distributed import check_on_ray
    >>> totals = check_on_ray(["articles.parquet"], Checker(Library.load()), "results/",
    ...                       input_format="parquet", output_format="parquet")
"""

from __future__ import annotations

import importlib

from ..errors import UsageError

INSTALL = 'pip install "rumorcheck[ray]"'


def check_on_ray(*args, **kwargs):
    """See :func:`rumorcheck.distributed.engine.check_on_ray`."""
    return require_ray().check_on_ray(*args, **kwargs)


def require_ray():
    """The Ray engine module, or a one-line error saying how to install Ray."""
    try:
        return importlib.import_module(".engine", __name__)
    except ImportError as exc:
        if exc.name is None or exc.name.split(".")[0] not in ("ray", "pyarrow"):
            raise
        raise UsageError(f"--engine ray needs Ray Data, which is not installed ({exc.name}): {INSTALL}") from None
