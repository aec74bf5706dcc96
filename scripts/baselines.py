#!/usr/bin/env python3
"""Baselines for scripts/compare-baselines.sh, on the train/test CSVs of one task.

  baselines.py svm TRAIN.csv TEST.csv       LinearSVC over word 1-2-gram + char 2-5-gram TF-IDF,
                                            C tuned by 5-fold CV grouped by 'article' on TRAIN
  baselines.py fasttext TRAIN.csv TEST.csv WORKDIR
                                            fastText supervised (-epoch 25 -wordNgrams 2 -minn 2 -maxn 4)
  baselines.py score TRUTH.csv PRED.txt     macro-F1 and accuracy of one predicted label per line

Each prints one line: "macro_f1 accuracy [setting]". Columns: text, label, and article (the CV group).
"""
import csv
import os
import re
import subprocess
import sys

from sklearn.metrics import accuracy_score, f1_score


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["text"] for r in rows], [r["label"] for r in rows], [r.get("article", str(i)) for i, r in enumerate(rows)]


def report(truth, predicted, setting=""):
    print(f"{f1_score(truth, predicted, average='macro'):.4f} {accuracy_score(truth, predicted):.4f} {setting}".strip())


def svm(train, test):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.model_selection import GridSearchCV, GroupKFold
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.svm import LinearSVC

    x, y, groups = read(train)
    tx, ty, _ = read(test)
    pipeline = Pipeline([
        ("features", FeatureUnion([
            ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
            ("chars", TfidfVectorizer(analyzer="char", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
        ])),
        ("svm", LinearSVC(class_weight="balanced")),
    ])
    search = GridSearchCV(pipeline, {"svm__C": [0.01, 0.03, 0.1, 0.3, 1, 3]}, scoring="f1_macro", cv=GroupKFold(n_splits=5), n_jobs=-1)
    search.fit(x, y, groups=groups)
    report(ty, search.predict(tx), f"C={search.best_params_['svm__C']}")


def fasttext_line(text):
    text = re.sub(r"([^\w\s@#'])", r" \1 ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


def fasttext(train, test, workdir):
    os.makedirs(workdir, exist_ok=True)
    x, y, _ = read(train)
    tx, ty, _ = read(test)
    train_txt = os.path.join(workdir, "train.txt")
    test_txt = os.path.join(workdir, "test.txt")
    with open(train_txt, "w", encoding="utf-8") as f:
        for text, label in zip(x, y):
            f.write(f"__label__{label} {fasttext_line(text)}\n")
    with open(test_txt, "w", encoding="utf-8") as f:
        for text in tx:
            f.write(fasttext_line(text) + "\n")
    model = os.path.join(workdir, "model")
    subprocess.run(["fasttext", "supervised", "-input", train_txt, "-output", model, "-epoch", "25", "-wordNgrams", "2",
                    "-minn", "2", "-maxn", "4", "-thread", "1", "-seed", "1", "-verbose", "0"], check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run(["fasttext", "predict", model + ".bin", test_txt], check=True, capture_output=True, text=True).stdout
    predicted = [line.strip().replace("__label__", "") for line in out.splitlines()]
    report(ty, predicted, "epoch=25 wordNgrams=2 minn=2 maxn=4")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "svm":
        svm(sys.argv[2], sys.argv[3])
    elif command == "fasttext":
        fasttext(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(f"unknown command {command}")
