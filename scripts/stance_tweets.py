#!/usr/bin/env python3
"""Cross-validation on ../shared/stance-tweets/ for scripts/compare-stance-tweets.sh.

  stance_tweets.py folds TRAIN.csv OUT_DIR K   K folds stratified by (target, stance), seeded; writes
                                               OUT_DIR/foldN/{train,test}.csv (id,target,text,label)
  stance_tweets.py svm FOLD_DIR                per-target LinearSVC over word 1-3 + char 2-5 TF-IDF
                                               (sublinear tf), C tuned per target by 5-fold stratified
                                               CV on the fold's training rows; writes FOLD_DIR/svm.txt
  stance_tweets.py score OUT_DIR K NAME        F_avg (mean F1 of FAVOR and AGAINST over all pooled
                                               out-of-fold predictions) of FOLD_DIR/NAME.txt, plus macro-F1

The benchmark's measure is F_avg; the organisers' baseline is a per-target SVM on these n-grams.
"""
import csv
import os
import random
import sys

from sklearn.metrics import f1_score


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def folds(train, out, k):
    rows = read(train)
    by_stratum = {}
    for i, r in enumerate(rows):
        by_stratum.setdefault((r["target"], r["stance"]), []).append(i)
    rng = random.Random(1)
    fold_of = {}
    for key in sorted(by_stratum):
        ids = by_stratum[key]
        rng.shuffle(ids)
        for j, i in enumerate(ids):
            fold_of[i] = j % k
    for f in range(k):
        d = os.path.join(out, f"fold{f}")
        os.makedirs(d, exist_ok=True)
        for name, keep in (("train", lambda i: fold_of[i] != f), ("test", lambda i: fold_of[i] == f)):
            with open(os.path.join(d, f"{name}.csv"), "w", newline="", encoding="utf-8") as w:
                writer = csv.writer(w)
                writer.writerow(["id", "target", "text", "label"])
                for i, r in enumerate(rows):
                    if keep(i):
                        writer.writerow([i, r["target"], r["text"], r["stance"]])


def svm(fold_dir):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.model_selection import GridSearchCV, StratifiedKFold
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.svm import LinearSVC

    train = read(os.path.join(fold_dir, "train.csv"))
    test = read(os.path.join(fold_dir, "test.csv"))
    predicted = {}
    for target in sorted({r["target"] for r in train}):
        rows = [r for r in train if r["target"] == target]
        pipeline = Pipeline([
            ("features", FeatureUnion([
                ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 3), sublinear_tf=True)),
                ("chars", TfidfVectorizer(analyzer="char", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
            ])),
            ("svm", LinearSVC()),
        ])
        search = GridSearchCV(pipeline, {"svm__C": [0.01, 0.03, 0.1, 0.3, 1, 3]}, scoring="f1_macro",
                              cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=1), n_jobs=-1)
        search.fit([r["text"] for r in rows], [r["label"] for r in rows])
        tests = [r for r in test if r["target"] == target]
        for r, p in zip(tests, search.predict([r["text"] for r in tests])):
            predicted[r["id"]] = p
    with open(os.path.join(fold_dir, "svm.txt"), "w", encoding="utf-8") as w:
        for r in test:
            w.write(predicted[r["id"]] + "\n")


def score(out, k, name):
    truth, predicted = [], []
    for f in range(k):
        d = os.path.join(out, f"fold{f}")
        truth += [r["label"] for r in read(os.path.join(d, "test.csv"))]
        with open(os.path.join(d, f"{name}.txt"), encoding="utf-8") as p:
            predicted += [line.strip() for line in p]
    if len(truth) != len(predicted):
        sys.exit(f"{name}: {len(predicted)} predictions for {len(truth)} rows")
    favg = f1_score(truth, predicted, labels=["FAVOR", "AGAINST"], average="macro")
    print(f"{100 * favg:.2f} {f1_score(truth, predicted, average='macro'):.4f}")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "folds":
        folds(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif command == "svm":
        svm(sys.argv[2])
    elif command == "score":
        score(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        sys.exit(f"unknown command {command}")
