"""Run one command and print its wall time, CPU (with its children) and peak RSS as JSON.

A fresh process per measurement, so that ru_maxrss (a lifetime maximum over all
children) belongs to this command alone.
"""

import json
import resource
import subprocess
import sys
import time


def main() -> None:
    command = sys.argv[sys.argv.index("--") + 1:]
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True)
    wall = time.monotonic() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024,
                      "returncode": result.returncode, "stderr": result.stderr[-3000:],
                      "stdout": result.stdout[-3000:]}))


if __name__ == "__main__":
    main()
