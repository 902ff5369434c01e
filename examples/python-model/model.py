#!/usr/bin/env python3
"""A keyword spam classifier that speaks evalgate's command protocol (docs/command-protocol.md).

Standard library only. Two ways to run it:

    python3 model.py          serve: one JSON request per stdin line, one JSON answer per stdout line
    python3 model.py train    fit command: JSONL examples on stdin, saves to $EVALGATE_FIT_DIR/model.json

Before any fit it flags a few built-in spam keywords. Fitted (by a {"id", "fit": [...]} request, or by
`train` and then served with the same EVALGATE_FIT_DIR), it is a multinomial naive Bayes over words.
stdout carries protocol messages only; logs go to stderr.
"""
import json
import math
import os
import re
import sys

SPAM_WORDS = {"win", "free", "money", "prize", "cheap", "pills", "click", "offer"}
WORD = re.compile(r"[a-z0-9']+")


def log(message):
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def text_of(value):
    """The text of one input: a string, or an object with a string "text" field."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("text"), str):
        return value["text"]
    raise ValueError("input must be a string or an object with a string \"text\" field")


def words(text):
    return WORD.findall(text.lower())


def train(examples):
    """Word counts per label: the whole fitted state, JSON-serialisable."""
    counts, totals, docs = {}, {}, {}
    for example in examples:
        label = example["label"]
        if isinstance(label, list):
            raise ValueError("multi-label examples are not supported")
        key = json.dumps(label)  # keeps 1 and "1" apart
        docs[key] = docs.get(key, 0) + 1
        per_label = counts.setdefault(key, {})
        for w in words(text_of(example["input"])):
            per_label[w] = per_label.get(w, 0) + 1
            totals[key] = totals.get(key, 0) + 1
    if not docs:
        raise ValueError("no examples to fit on")
    return {"counts": counts, "totals": totals, "docs": docs}


def classes_of(state):
    return sorted((json.loads(k) for k in state["docs"]), key=lambda c: (isinstance(c, str), c))


def predict_one(state, value):
    tokens = words(text_of(value))
    if state is None:
        hits = sum(1 for w in tokens if w in SPAM_WORDS)
        score = min(1.0, hits / 2.0)
        return {"label": "spam" if hits else "ham", "score": score}
    vocabulary = set()
    for per_label in state["counts"].values():
        vocabulary.update(per_label)
    n_docs = sum(state["docs"].values())
    logp = {}
    for key, n in state["docs"].items():
        per_label, total = state["counts"].get(key, {}), state["totals"].get(key, 0)
        lp = math.log(n / n_docs)
        for w in tokens:
            if w in vocabulary:
                lp += math.log((per_label.get(w, 0) + 1) / (total + len(vocabulary)))
        logp[key] = lp
    top = max(logp.values())
    norm = sum(math.exp(v - top) for v in logp.values())
    probabilities = {}
    for key, v in logp.items():
        label = json.loads(key)
        probabilities[label if isinstance(label, str) else key] = math.exp(v - top) / norm
    best = max(sorted(logp), key=lambda k: logp[k])
    return {"label": json.loads(best), "probabilities": probabilities}


def answer(state, request):
    """The reply to one request, and the state after it."""
    rid = request.get("id")
    if "fit" in request:
        try:
            fitted = train(request["fit"])
        except (ValueError, KeyError, TypeError) as e:
            return {"id": rid, "error": "cannot fit: %s" % e}, state
        return {"id": rid, "fitted": True, "classes": classes_of(fitted)}, fitted
    inputs = request.get("inputs")
    if not isinstance(inputs, list):
        return {"id": rid, "error": "a request needs \"inputs\" (a list) or \"fit\""}, state
    outputs = []
    for value in inputs:
        try:
            outputs.append(predict_one(state, value))
        except ValueError as e:
            outputs.append({"error": str(e)})
    return {"id": rid, "outputs": outputs}, state


def load_saved():
    folder = os.environ.get("EVALGATE_FIT_DIR")
    path = os.path.join(folder, "model.json") if folder else None
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    return None


def serve():
    state = load_saved()
    log("keyword model ready (%s)" % ("fitted" if state else "built-in keywords"))
    while True:
        line = sys.stdin.readline()
        if not line:
            return  # stdin closed: evalgate is done with us
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except ValueError:
            log("ignoring a line that is not JSON: %r" % line[:100])
            continue
        reply, state = answer(state, request)
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


def train_command():
    folder = os.environ.get("EVALGATE_FIT_DIR")
    if not folder:
        log("EVALGATE_FIT_DIR is not set")
        return 2
    try:
        state = train(json.loads(line) for line in sys.stdin if line.strip())
    except (ValueError, KeyError, TypeError) as e:
        log("cannot fit: %s" % e)
        return 1
    with open(os.path.join(folder, "model.json"), "w", encoding="utf-8") as f:
        json.dump(state, f)
    log("saved a model of %d classes" % len(state["docs"]))
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["train"]:
        sys.exit(train_command())
    serve()
