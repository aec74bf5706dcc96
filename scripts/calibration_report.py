#!/usr/bin/env python3
"""Calibration of a custom model's predictions on a labelled file.

Reads the CSV written by `classify predict --model M FILE.csv` (FILE.csv must keep its label column)
and prints: rows, accuracy, mean top probability, expected calibration error (ECE; equal-width bins
of the top probability, default 10, |accuracy - mean confidence| weighted by the bin's share) and
the share of rows whose top probability is below 0.6 (what `--threshold 0.6` writes `uncertain`).

Usage: calibration_report.py PREDICTIONS.csv [LABEL_COLUMN] [BINS]
"""
import csv
import sys


def main() -> None:
    path = sys.argv[1]
    label_column = sys.argv[2] if len(sys.argv) > 2 else "label"
    bins = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    with open(path, newline="", encoding="utf-8") as f:
        rows = [(r[label_column], r["predicted_label"], float(r["confidence"])) for r in csv.DictReader(f) if not r.get("error")]
    n = len(rows)
    correct = [truth == predicted for truth, predicted, _ in rows]
    confidence = [c for _, _, c in rows]
    ece = 0.0
    for b in range(bins):
        members = [i for i, c in enumerate(confidence) if min(int(c * bins), bins - 1) == b]
        if members:
            accuracy = sum(correct[i] for i in members) / len(members)
            mean = sum(confidence[i] for i in members) / len(members)
            ece += len(members) / n * abs(accuracy - mean)
    below = sum(c < 0.6 for c in confidence) / n
    print(f"rows {n} accuracy {sum(correct) / n:.3f} mean-top {sum(confidence) / n:.3f} ECE {ece:.3f} top<0.6 {below:.3f}")


if __name__ == "__main__":
    main()
