"""scikit-learn's side of bench/naiveBayesCv.js: 5-fold cross-validation of
make_pipeline(CountVectorizer(), MultinomialNB()) on the SpamAssassin corpus.

    python bench/sklearn_nb_cv.py CORPUS.jsonl [--json] [--runs N]

CORPUS.jsonl is the file bench/naiveBayesCv.js writes (one message a line, in the corpus's
directory order: {"text", "label", "fold"}, fold = the test fold evalgate's stratifiedKFold put
the row in). The folds used are StratifiedKFold(n_splits=5) (unshuffled); the script checks that
they are the ones in the file and stops otherwise. For each fold it fits on the other four, predicts
the fold and takes the macro F1 (f1_score(average='macro')). The time covers the folds (vectorizing,
fitting, predicting, scoring), not reading the file; with --runs N the best of N runs is kept.
Prints the per-fold macro F1, the mean and the time, or one JSON object with --json.
Run it from a directory without stray .py files.
"""
import argparse
import json
import sys
import time

import numpy as np
import sklearn
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.naive_bayes import MultinomialNB


def cross_validate(texts, y, folds):
    f1 = []
    for train, test in folds:
        vectorizer = CountVectorizer()
        model = MultinomialNB().fit(vectorizer.fit_transform(texts[train]), y[train])
        predicted = model.predict(vectorizer.transform(texts[test]))
        f1.append(float(f1_score(y[test], predicted, average="macro")))
    return f1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()

    texts, labels, given = [], [], []
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            texts.append(row["text"])
            labels.append(row["label"])
            given.append(row.get("fold"))
    texts = np.array(texts, dtype=object)
    y = np.array(labels)
    folds = list(StratifiedKFold(n_splits=5).split(texts, y))
    if all(g is not None for g in given):
        expected = np.empty(len(y), dtype=int)
        for k, (_, test) in enumerate(folds):
            expected[test] = k
        if not np.array_equal(expected, np.array(given)):
            sys.exit("the folds in the file differ from StratifiedKFold(n_splits=5)")

    best = None
    for _ in range(max(1, args.runs)):
        wall, cpu = time.perf_counter(), time.process_time()
        f1 = cross_validate(texts, y, folds)
        run = {"wall_ms": (time.perf_counter() - wall) * 1000, "cpu_ms": (time.process_time() - cpu) * 1000}
        if best is None or run["wall_ms"] < best["wall_ms"]:
            best = run
    result = {
        "reference": f"scikit-learn {sklearn.__version__}, numpy {np.__version__}",
        "n": len(y),
        "fold_sizes": [len(test) for _, test in folds],
        "f1_macro": f1,
        "mean": float(np.mean(f1)),
        **best,
    }
    if args.json:
        print(json.dumps(result))
        return
    print(f"{result['reference']}: {result['n']} messages, StratifiedKFold(n_splits=5)")
    for k, v in enumerate(f1):
        print(f"  fold {k + 1}: macro F1 {v:.6f}")
    print(f"  mean macro F1 {result['mean']:.6f}; {best['wall_ms']:.0f} ms wall, {best['cpu_ms']:.0f} ms CPU")


if __name__ == "__main__":
    main()
