#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into OUT_DIR/<target>/.

Usage: make_corpus.py OUT_DIR [CONFORMANCE_DIR]

Sources: the committed hand-picked seeds (tests/fuzz/seeds/<target>/), the examples
(examples/*/), and, when present, the recorded conformance corpus (definitions, inputs and
mocks of ../shared/conformance/localstack*, expressions of its jsonata/ suite). Paths,
intrinsic calls and JSONata expressions are the strings found in the definitions.
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TARGETS = ("json", "path", "intrinsics", "jsonata", "pipeline")
MAX_SEED_BYTES = 16384


def write(out_dir, target, data):
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    if not data or len(data) > MAX_SEED_BYTES:
        return
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(out_dir, target, name), "wb") as f:
        f.write(data)


def strings_in(value, key=""):
    """Yields (key, string) for every string in a JSON value, keys included."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield key, k
            yield from strings_in(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from strings_in(v, key)
    elif isinstance(value, str):
        yield key, value


def templates_in(value):
    """Yields every object that holds a ".$" key (payload templates)."""
    if isinstance(value, dict):
        if any(k.endswith(".$") for k in value):
            yield value
        for v in value.values():
            yield from templates_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from templates_in(v)


def add_definition(out_dir, definition, input_value=None, mocks=None):
    text = json.dumps(definition, indent=1)
    write(out_dir, "json", text)
    parts = [text]
    if input_value is not None or mocks is not None:
        parts.append(json.dumps(input_value if input_value is not None else {}))
    if mocks is not None:
        parts.append(json.dumps(mocks))
    write(out_dir, "pipeline", "\0".join(parts))
    for key, s in strings_in(definition):
        if s.startswith("{%") and s.endswith("%}"):
            write(out_dir, "jsonata", s[2:-2].strip())
        elif s.startswith("States."):
            write(out_dir, "intrinsics", s)
        elif s.startswith("$"):
            write(out_dir, "path", s)
    for tmpl in templates_in(definition):
        write(out_dir, "intrinsics", json.dumps(tmpl))


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def from_conformance(out_dir, conformance):
    for sub in ("localstack", "localstack-validation"):
        directory = os.path.join(conformance, sub)
        if not os.path.isdir(directory):
            continue
        for name in sorted(os.listdir(directory)):
            case = load(os.path.join(directory, name)) if name.endswith(".json") else None
            if not isinstance(case, dict) or "definition" not in case:
                continue
            add_definition(out_dir, case["definition"], case.get("input"), case.get("mocks"))
    groups = os.path.join(conformance, "jsonata", "groups")
    if os.path.isdir(groups):
        for group in sorted(os.listdir(groups)):
            for name in sorted(os.listdir(os.path.join(groups, group))):
                cases = load(os.path.join(groups, group, name))
                for case in cases if isinstance(cases, list) else [cases]:
                    if isinstance(case, dict) and isinstance(case.get("expr"), str):
                        data = case.get("data")
                        seed = case["expr"]
                        if data is not None:
                            seed += "\0" + json.dumps(data)
                        write(out_dir, "jsonata", seed)


def from_examples(out_dir):
    examples = os.path.join(ROOT, "examples")
    if not os.path.isdir(examples):
        return
    for name in sorted(os.listdir(examples)):
        directory = os.path.join(examples, name)
        if not os.path.isdir(directory):
            continue
        definition = load(os.path.join(directory, "definition.asl.json")) or load(
            os.path.join(directory, "definition.json"))
        if definition is None:
            continue
        add_definition(out_dir, definition, load(os.path.join(directory, "input.json")),
                       load(os.path.join(directory, "mocks.json")))


def from_seeds(out_dir):
    for target in TARGETS:
        directory = os.path.join(HERE, "seeds", target)
        if os.path.isdir(directory):
            for name in sorted(os.listdir(directory)):
                with open(os.path.join(directory, name), "rb") as f:
                    write(out_dir, target, f.read())


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out_dir = sys.argv[1]
    conformance = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "..", "shared",
                                                                        "conformance")
    for target in TARGETS:
        os.makedirs(os.path.join(out_dir, target), exist_ok=True)
    from_seeds(out_dir)
    from_examples(out_dir)
    if os.path.isdir(conformance):
        from_conformance(out_dir, conformance)
    else:
        print(f"note: no conformance corpus at {conformance}; seeding from examples only")
    for target in TARGETS:
        print(f"{target}: {len(os.listdir(os.path.join(out_dir, target)))} seeds")


if __name__ == "__main__":
    main()
