"""CPU time of a benchmark step, including the worker processes it waited for.

Example::

    started = cpu_seconds()
    ck.agency(articles)
    print(cpu_seconds() - started)
"""

from __future__ import annotations

import resource


def cpu_seconds() -> float:
    """User and system CPU seconds of this process and of the children it waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
