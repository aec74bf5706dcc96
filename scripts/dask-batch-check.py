#!/usr/bin/env python3
"""CI check of scripts/dask-batch.py on a real Dask cluster, with a worker killed mid-shard.

Starts dask-scheduler and two dask-worker processes (no nanny, so a killed worker stays dead and
its shard must be re-run on the other one), trains the default models (or takes --models), builds
a batch of 200 records (the samples and the seed articles, repeated with unique ids, and one record
without text), runs dask-batch.py over it, kills the worker of the first executing shard that has
written part of its output, and checks: the other worker finished that shard, the merged output
has line k with input record k's id for every k (each record once, in order), the record without
text came out as its error line, and no partial output and no classify process was left behind.

    /usr/bin/python3 scripts/dask-batch-check.py        # after dotnet build -c Release
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CLASSIFY_DLL = REPO / "src/Classifier.Cli/bin/Release/net10.0/classify.dll"
# Until classify has a train command, the trainer is its own program.
TRAIN_DLL = REPO / "src/Classifier.Train/bin/Release/net10.0/Classifier.Train.dll"
RECORDS = 200
SHARDS = 8
WORKERS = 2
BAD_RECORD_ID = "no-text"
STARTUP_SECONDS = 60
BATCH_SECONDS = 1200


def say(message):
    print(f"dask-batch-check: {message}", file=sys.stderr, flush=True)


def fail(message):
    say(f"FAILED: {message}")
    sys.exit(1)


def wait_for(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    fail(f"timed out after {seconds} s waiting for {what}")


def train_models(folder):
    help_text = subprocess.run(["dotnet", str(CLASSIFY_DLL), "--help"], capture_output=True, text=True, check=False).stdout
    has_train = any(line.split()[:1] == ["train"] for line in help_text.splitlines())
    trainer = ["dotnet", str(CLASSIFY_DLL), "train"] if has_train else ["dotnet", str(TRAIN_DLL)]
    started = time.monotonic()
    subprocess.run(trainer + ["--labels", str(REPO / "labels"), "--out", str(folder), "--folds", "0"], stdout=subprocess.DEVNULL, check=True)
    say(f"trained the default models in {time.monotonic() - started:.0f} s")


def write_batch(path):
    """Returns the ids in input order; the record without text is last but one."""
    sources = sorted((REPO / "samples").glob("*.txt")) + sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sources]
    ids = []
    with open(path, "w", encoding="utf-8") as out:
        for i in range(RECORDS):
            if i == RECORDS - 2:
                ids.append(BAD_RECORD_ID)
                out.write(json.dumps({"id": BAD_RECORD_ID}) + "\n")
                continue
            name, text = texts[i % len(texts)]
            ids.append(f"{i:04d}-{name}")
            out.write(json.dumps({"id": ids[-1], "text": text}) + "\n")
    say(f"batch of {RECORDS} records from {len(texts)} articles")
    return ids


def executing_shard(dask_worker):
    """Runs on each worker (Client.run): the shard task it is executing, if any, and its pid."""
    keys = [ts.key for ts in dask_worker.state.executing if str(ts.key).startswith("shard-")]
    return {"pid": os.getpid(), "keys": keys}


def classify_processes(work):
    """Processes still running with the work folder in their command line."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and str(work) in (entry / "cmdline").read_bytes().decode(errors="replace"):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", help="an existing model bundle (default: train one into the temporary folder)")
    args = parser.parse_args()
    if not CLASSIFY_DLL.is_file():
        fail(f"{CLASSIFY_DLL} not found: run dotnet build -c Release first")

    from distributed import Client

    processes = []
    client = None
    with tempfile.TemporaryDirectory(prefix="classifier-dask-check-") as temp:
        work = Path(temp)
        try:
            models = Path(args.models).resolve() if args.models else work / "models"
            if not args.models:
                train_models(models)
            ids = write_batch(work / "batch.jsonl")

            scheduler_file = work / "scheduler.json"
            common = ["--no-dashboard"]
            processes.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0", "--scheduler-file", str(scheduler_file)] + common, stderr=open(work / "scheduler.log", "wb")))
            wait_for(scheduler_file.exists, STARTUP_SECONDS, "the scheduler")
            for n in range(WORKERS):
                processes.append(subprocess.Popen(
                    [sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file", str(scheduler_file), "--nthreads", "1", "--no-nanny",
                     "--name", f"worker-{n}", "--local-directory", str(work / f"worker-{n}")] + common,
                    stderr=open(work / f"worker-{n}.log", "wb")))
            client = Client(scheduler_file=str(scheduler_file))
            client.wait_for_workers(WORKERS, timeout=STARTUP_SECONDS)
            say(f"cluster up: scheduler and {WORKERS} workers")

            started = time.monotonic()
            batch = subprocess.Popen(
                [sys.executable, str(REPO / "scripts/dask-batch.py"), "--scheduler-file", str(scheduler_file), "--shards", str(SHARDS), "--models", str(models),
                 "--work", str(work / "shards"), str(work / "batch.jsonl"), str(work / "batch.tagged.jsonl")],
                stdout=subprocess.PIPE, stderr=open(work / "dask-batch.log", "wb"))

            def written(shard):
                """Bytes of output the shard's run has written so far (its temporary file, whatever its name)."""
                files = (work / "shards").glob(f"shard-{shard:05d}.out.jsonl*")
                return sum(f.stat().st_size for f in files if not f.name.endswith(".err"))

            def running_with_output():
                # Killed only once it has written part of its output, so that a shard output written in
                # place (not to a temporary file renamed when whole) would leave a torn or doubled shard.
                for address, state in client.run(executing_shard).items():
                    for key in state["keys"]:
                        shard = int(str(key).split("-")[1])
                        if written(shard):
                            return address, state["pid"], shard
                return None

            victim, pid, killed_shard = wait_for(running_with_output, BATCH_SECONDS, "a shard to write output")
            os.kill(pid, signal.SIGKILL)
            say(f"killed {victim} (pid {pid}) while it ran shard {killed_shard}, {written(killed_shard):,} bytes into its output")
            wait_for(lambda: len(client.scheduler_info()["workers"]) == WORKERS - 1, STARTUP_SECONDS, "the scheduler to notice the dead worker")

            out, _ = batch.communicate(timeout=BATCH_SECONDS)
            log = (work / "dask-batch.log").read_text(encoding="utf-8", errors="replace")
            if batch.returncode != 1:  # 1: the record without text failed, as documented
                fail(f"dask-batch exited {batch.returncode}, expected 1 (one failed record):\n{log}")
            if not out.strip():
                fail(f"dask-batch printed no summary:\n{log}")
            summary = json.loads(out)
            say(f"batch done in {time.monotonic() - started:.1f} s: {json.dumps({k: v for k, v in summary.items() if k != 'runs'})}")

            rerun = next(r for r in summary["runs"] if r["shard"] == killed_shard)
            if rerun["worker"] == victim:
                fail(f"shard {killed_shard} was reported by the killed worker {victim}: the kill came too late to test a re-run")
            tagged = [json.loads(line) for line in open(work / "batch.tagged.jsonl", encoding="utf-8")]
            got = [record["id"] for record in tagged]
            if got != ids:
                missing, extra = set(ids) - set(got), [i for i in got if got.count(i) > 1]
                fail(f"the merged output's ids differ from the input's: {len(got)} lines for {len(ids)} records, missing {sorted(missing)[:5]}, repeated {sorted(set(extra))[:5]}")
            errors = [record["id"] for record in tagged if "error" in record]
            if errors != [BAD_RECORD_ID]:
                fail(f"expected exactly the record '{BAD_RECORD_ID}' to fail, got {errors}")
            if not all(record.get("segments") for record in tagged if "error" not in record):
                fail("a record came out with no segments")
            leftovers = list((work / "shards").glob("*.tmp-*")) + list(work.glob("*.tmp"))
            if leftovers:
                fail(f"partial outputs left behind: {leftovers}")
            stragglers = [pid for pid in classify_processes(work) if pid not in [p.pid for p in processes]]
            if stragglers:
                fail(f"processes of the batch still running: {stragglers}")
            say(f"ok: {len(got)} records out once each, in order; shard {killed_shard} re-run on {rerun['worker']} after its worker was killed")
        finally:
            if client is not None:
                client.close()
            for process in processes:
                if process.poll() is None:
                    process.terminate()
            for process in processes:
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


if __name__ == "__main__":
    main()
