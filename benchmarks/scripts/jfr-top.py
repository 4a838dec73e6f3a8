#!/usr/bin/env python3
"""Where a JFR recording's CPU samples went: the share of each part of the pipeline, the hottest
frames (self) and the project's and Jackson's frames (inclusive).

    python3 benchmarks/scripts/jfr-top.py FILE.jfr [THREAD]   # THREAD: part of a thread name, e.g. StreamThread

Reads `jfr print --events jdk.ExecutionSample` (the JDK's jfr tool on the PATH). A sample counts
in the first part (in the order below) that a method of its stack belongs to.
"""
import collections
import re
import subprocess
import sys

PARTS = [
    ("SectionModel.describe", "model: reasons (n-grams named)"), ("SectionModel.deciding", "model: reasons (inputs named)"),
    ("cue.Cues.of", "model: cues"), ("NaiveBayes", "model: naive Bayes"), ("Vocabulary.inputs", "model: n-gram inputs"),
    ("SoftmaxRegression", "model: regression"), ("Ngrams.of", "model: n-grams"),
    ("SimplifiedScript", "model: simplified script"), ("SectionModel", "model: other"),
    ("JsonSerde", "JSON (serde)"), ("jackson", "JSON (other)"),
    ("DraftBuilder.fingerprint", "assembler: fingerprints"), ("DraftBuilder", "assembler: draft builds"),
    ("IssueAssembler", "assembler: issue state"), ("IssueRouter", "assembler: routing"),
    ("rocksdb", "RocksDB"), ("RocksDB", "RocksDB"),
    ("KafkaProducer", "producer"), ("Sender", "producer (network)"), ("KafkaConsumer", "consumer"),
    ("streams", "Kafka Streams (other)"), ("kafka", "Kafka (other)"),
]


def main():
    path = sys.argv[1]
    thread = sys.argv[2] if len(sys.argv) > 2 else None
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                          capture_output=True, text=True, check=True).stdout
    parts, own, inclusive, threads = (collections.Counter() for _ in range(4))
    n = 0
    for event in text.split("jdk.ExecutionSample {")[1:]:
        name = re.search(r'sampledThread = "([^"]*)"', event)
        name = re.sub(r"\d+", "N", name.group(1)) if name else "?"
        if thread and thread not in name:
            continue
        stack = event.split("stackTrace = [", 1)
        if len(stack) < 2:
            continue
        frames = [re.sub(r"\s+line:.*", "", line.strip())
                  for line in re.split(r"\n\s*\]\s*\n", stack[1], 1)[0].splitlines()
                  if line.strip() and line.strip() != "..."]
        if not frames:
            continue
        n += 1
        threads[name] += 1
        own[frames[0]] += 1
        for frame in set(frames):
            inclusive[frame] += 1
        joined = " ".join(frame.split("(")[0] for frame in frames)  # names only: not the parameters' types
        parts[next((part for key, part in PARTS if key in joined), "other")] += 1
    print(f"{n} samples")
    for title, counter, limit, keep in [("threads", threads, 8, None), ("parts", parts, 30, None),
                                        ("self", own, 25, None),
                                        ("inclusive (project, Jackson)", inclusive, 40,
                                         lambda f: "bulletin" in f or "jackson" in f)]:
        print(f"-- {title}")
        rows = [(k, v) for k, v in counter.most_common() if keep is None or keep(k)][:limit]
        for k, v in rows:
            print(f"{100 * v / max(n, 1):5.1f}% {k}")


if __name__ == "__main__":
    main()
