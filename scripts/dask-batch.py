#!/usr/bin/env python3
"""Tag a JSON Lines batch with `classify` on a Dask distributed cluster.

Splits INPUT ({"id","text"} per line) into shards of whole lines, in order; submits one task per
shard that runs `classify tag --input jsonl --format jsonl --parallel 1` over it; merges the shard
outputs in shard order into OUTPUT; and checks that output line k carries input record k's id, so
every record comes out exactly once, in input order. Dask re-runs the task of a worker that dies;
a task writes its output to a temporary file and renames it into place, so a re-run shard replaces
its output instead of adding to it. Shards, outputs and models must be on a filesystem every worker
sees.

Prints a JSON summary on standard output (records, segments, seconds, throughput, which worker ran
each shard). Exit status as classify's: 0 every record tagged, 1 some records failed (their
{"id","error"} lines are in OUTPUT) or a shard failed, 2 usage error.

    python3 scripts/dask-batch.py --scheduler-file sched.json --models models batch.jsonl batch.tagged.jsonl
    python3 scripts/dask-batch.py --local-workers 2 --models models batch.jsonl batch.tagged.jsonl
"""

import argparse
import json
import os
import shlex
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CLASSIFY = f"dotnet {REPO / 'src/Classifier.Cli/bin/Release/net10.0/classify.dll'}"
DEFAULT_SHARDS = 16
# A shard's task may be re-run this many times after an error of its own (a worker's death is
# counted apart, by the scheduler's distributed.scheduler.allowed-failures).
TASK_RETRIES = 1
# Exit codes of classify (src/Classifier.Cli/ExitCodes.cs), which this script keeps.
SUCCESS, FAILED, USAGE = 0, 1, 2


class BatchError(Exception):
    """A problem with the batch (input, a shard, the merge), said in one line."""


def record_id(line):
    """The id classify writes for this input line: the record's id, or None when it has none (its
    error line then carries a fallback id of classify's own, checked by position only)."""
    try:
        value = json.loads(line).get("id")
    except (json.JSONDecodeError, AttributeError):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return json.dumps(value)
    return None


def records(path):
    """(line number, line) of every non-blank line, as classify reads them: blank lines are skipped."""
    with open(path, "rb") as stream:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield number, line if line.endswith(b"\n") else line + b"\n"


def split(input_path, shard_count, work):
    """Writes the shards (whole lines, contiguous, in order) and returns their paths."""
    total = sum(1 for _ in records(input_path))
    if total == 0:
        raise BatchError(f"{input_path}: no records")
    count = min(shard_count, total)
    sizes = [total // count + (1 if i < total % count else 0) for i in range(count)]
    paths = [work / f"shard-{i:05d}.jsonl" for i in range(count)]
    lines = records(input_path)
    for path, size in zip(paths, sizes):
        with open(path, "wb") as shard:
            for _ in range(size):
                shard.write(next(lines)[1])
    return paths


def run_shard(index, shard, output, command):
    """A Dask task: tags one shard into `output`, atomically. Runs on a worker."""
    import ctypes
    import signal
    import subprocess
    import uuid

    from distributed import get_worker

    def die_with_worker():
        # A worker killed mid-shard must not leave classify running on and renaming a late output.
        # (Linux only; elsewhere the late output is still a whole one, renamed over an equal one.)
        if sys.platform.startswith("linux"):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG

    started = time.monotonic()
    temporary = f"{output}.tmp-{uuid.uuid4().hex}"
    errors = f"{output}.err"
    with open(temporary, "wb") as out, open(errors, "wb") as err:
        exit_code = subprocess.run(command + [shard], stdout=out, stderr=err, preexec_fn=die_with_worker, check=False).returncode
    expected = sum(1 for _ in records(shard))
    written = sum(1 for _ in open(temporary, "rb"))
    if exit_code not in (SUCCESS, FAILED) or written != expected:
        os.remove(temporary)
        tail = Path(errors).read_text(encoding="utf-8", errors="replace").strip().splitlines()[-3:]
        raise RuntimeError(f"{shard}: classify exited {exit_code} after {written} of {expected} records: {' | '.join(tail)}")
    os.replace(temporary, output)
    return {"shard": index, "worker": get_worker().address, "records": expected, "exit": exit_code, "seconds": round(time.monotonic() - started, 2)}


def merge_and_check(input_path, outputs, merged):
    """Concatenates the shard outputs in order into `merged` (atomically) and checks it line by line
    against the input; returns (records, segments, error records)."""
    temporary = merged.with_name(merged.name + ".tmp")
    with open(temporary, "wb") as out:
        for path in outputs:
            with open(path, "rb") as shard:
                out.writelines(shard)
    count = segments = failed = 0
    with open(temporary, "rb") as tagged:
        for (number, line), result in zip(records(input_path), tagged):
            count += 1
            expected = record_id(line)
            try:
                record = json.loads(result)
            except json.JSONDecodeError:
                raise BatchError(f"{merged}: output line {count} (input {input_path}:{number}) is not whole JSON: a torn shard output") from None
            if expected is not None and record.get("id") != expected:
                raise BatchError(f"{input_path}:{number}: output line {count} has id {record.get('id')!r}, expected {expected!r}")
            if "error" in record:
                failed += 1
            segments += len(record.get("segments", []))
        if next(tagged, None) is not None or count != sum(1 for _ in records(input_path)):
            raise BatchError(f"{merged}: the merged output and {input_path} differ in length")
    os.replace(temporary, merged)
    return count, segments, failed


def connect(args):
    from distributed import Client, LocalCluster

    if args.local_workers:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, dashboard_address=None)
        return Client(cluster), cluster
    if args.scheduler_file:
        return Client(scheduler_file=args.scheduler_file), None
    return Client(args.scheduler), None


def run(args):
    input_path = Path(args.input).resolve()
    merged = Path(args.output).resolve()
    work = Path(args.work or f"{merged}.shards").resolve()
    models = Path(args.models).resolve()
    if not input_path.is_file():
        raise BatchError(f"{input_path}: input not found")
    if not models.is_dir():
        raise BatchError(f"{models}: model folder not found")
    work.mkdir(parents=True, exist_ok=True)
    command = shlex.split(args.classify) + ["tag", "--input", "jsonl", "--format", "jsonl", "--models", str(models), "--parallel", "1"]

    started = time.monotonic()
    shards = split(input_path, args.shards, work)
    outputs = [shard.with_suffix(".out.jsonl") for shard in shards]
    client, cluster = connect(args)
    try:
        from distributed import as_completed

        futures = [
            client.submit(run_shard, i, str(shard), str(output), command, key=f"shard-{i:05d}-{os.getpid()}", retries=TASK_RETRIES)
            for i, (shard, output) in enumerate(zip(shards, outputs))
        ]
        runs = []
        for future in as_completed(futures):
            result = future.result()
            print(f"dask-batch: shard {result['shard']}: {result['records']} records in {result['seconds']} s on {result['worker']}", file=sys.stderr)
            runs.append(result)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    count, segments, failed = merge_and_check(input_path, outputs, merged)
    for leftover in work.glob("*.tmp-*"):
        leftover.unlink()  # a killed worker's partial output; its shard was re-run elsewhere
    seconds = time.monotonic() - started
    return {
        "records": count,
        "segments": segments,
        "error_records": failed,
        "shards": len(shards),
        "seconds": round(seconds, 2),
        "records_per_second": round(count / seconds, 1),
        "segments_per_second": round(segments / seconds, 1),
        "runs": sorted(runs, key=lambda r: r["shard"]),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="scheduler address, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--scheduler-file", help="the file dask-scheduler --scheduler-file wrote")
    where.add_argument("--local-workers", type=int, help="start a local cluster of this many one-thread workers")
    parser.add_argument("--models", required=True, help="model bundle folder, seen by every worker")
    parser.add_argument("--shards", type=int, default=DEFAULT_SHARDS, help=f"number of shards (default {DEFAULT_SHARDS})")
    parser.add_argument("--work", help="folder for shards and their outputs (default OUTPUT.shards)")
    parser.add_argument("--classify", default=DEFAULT_CLASSIFY, help="the classify command on the workers (default: the built classify.dll via dotnet)")
    parser.add_argument("input", help="JSON Lines batch, one {\"id\",\"text\"} record a line")
    parser.add_argument("output", help="merged output, one line per input record, in input order")
    args = parser.parse_args()
    if args.shards < 1 or (args.local_workers is not None and args.local_workers < 1):
        parser.error("--shards and --local-workers must be at least 1")
    try:
        summary = run(args)
    except BatchError as e:
        print(f"dask-batch: {e}", file=sys.stderr)
        return FAILED
    except RuntimeError as e:  # a shard's task failed on every try
        print(f"dask-batch: {e}", file=sys.stderr)
        return FAILED
    print(json.dumps(summary))
    if summary["error_records"]:
        print(f"dask-batch: {summary['error_records']} records failed; their {{\"id\",\"error\"}} lines are in {args.output}, the messages in the shards' .err files", file=sys.stderr)
        return FAILED
    return SUCCESS


if __name__ == "__main__":
    sys.exit(main())
