#!/usr/bin/env python3
"""Summarises the execution samples of a JFR recording (from JMH's -prof jfr).

Usage: jfr-top.py profile.jfr [--filter SUBSTRING] [--top N] [--under METHOD]...
                   [--tree METHOD --depth D --min PERCENT] [--layers]

Prints the methods with the most samples on top of the stack (self) and the methods present
anywhere in the stack (total), as percentages of the samples whose stack contains --filter
(default: the JMH benchmark thread's generated stub, "_jmhTest"). Each --under METHOD (a
substring of "package/Class.method") adds a breakdown of the samples inside METHOD by the
method it called directly. --tree METHOD prints the call tree below the outermost METHOD to
depth D (default 4), hiding branches under --min percent (default 1) of all samples.
--layers attributes each sample to the layer of its innermost non-JDK frame (database driver,
pool, Jdbi, Joinery runtime, generated code, hand-written benchmark code), JDK frames counting
for the code that called them.
"""
import collections
import json
import subprocess
import sys


def main():
    args = sys.argv[1:]
    path = args[0]
    flt = args[args.index("--filter") + 1] if "--filter" in args else "_jmhTest"
    top = int(args[args.index("--top") + 1]) if "--top" in args else 30
    unders = [args[i + 1] for i, a in enumerate(args) if a == "--under"]
    tree_root = args[args.index("--tree") + 1] if "--tree" in args else None
    depth = int(args[args.index("--depth") + 1]) if "--depth" in args else 4
    minimum = float(args[args.index("--min") + 1]) if "--min" in args else 1.0
    tree = {}
    layers = collections.Counter()
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events",
                          "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    self_counts = collections.Counter()
    total_counts = collections.Counter()
    under_counts = {u: collections.Counter() for u in unders}
    n = 0
    for e in events:
        frames = e["values"]["stackTrace"]["frames"]
        names = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in frames]
        if not any(flt in name for name in names):
            continue
        n += 1
        self_counts[names[0]] += 1
        layers[layer(names)] += 1
        for name in set(names):
            total_counts[name] += 1
        if tree_root is not None:
            # Synthetic lambda and method-handle frames only lengthen the tree.
            real = [x for x in names if "$$Lambda" not in x and "LambdaForm$" not in x
                    and not x.startswith("java/lang/invoke/")]
            for i in range(len(real) - 1, -1, -1):
                if tree_root in real[i]:
                    node = tree
                    for name in reversed(real[max(0, i - depth):i + 1]):
                        entry = node.setdefault(name, [0, {}])
                        entry[0] += 1
                        node = entry[1]
                    break
        for u in unders:
            # The outermost occurrence of u, and what it called.
            for i in range(len(names) - 1, -1, -1):
                if u in names[i]:
                    under_counts[u][names[i - 1] if i > 0 else "(self)"] += 1
                    break
    print(f"{n} samples containing {flt!r}")
    if "--layers" in args:
        print("\n-- self time by layer")
        for name, c in layers.most_common():
            print(f"{100.0 * c / n:6.1f}%  {name}")
    print("\n-- self (top of stack)")
    for name, c in self_counts.most_common(top):
        print(f"{100.0 * c / n:6.1f}%  {name}")
    print("\n-- total (anywhere in stack)")
    for name, c in total_counts.most_common(top * 2):
        print(f"{100.0 * c / n:6.1f}%  {name}")
    for u in unders:
        inside = sum(under_counts[u].values())
        print(f"\n-- inside {u}: {100.0 * inside / max(n, 1):.1f}% of samples, by direct callee")
        for name, c in under_counts[u].most_common(top):
            print(f"{100.0 * c / n:6.1f}%  {name}")
    if tree_root is not None:
        print(f"\n-- call tree below {tree_root} (% of all samples)")
        print_tree(tree, n, minimum, "")


LAYERS = [
    ("org/h2/", "H2 engine and driver"),
    ("com/mysql/", "MySQL driver (connector-j)"),
    ("org/postgresql/", "PostgreSQL driver"),
    ("com/zaxxer/hikari/", "HikariCP"),
    ("org/jdbi/", "Jdbi"),
    ("dev/joinery/bench/model/", "generated code (XTable, XDao)"),
    ("dev/joinery/bench/", "benchmark and hand-written JDBC"),
    ("dev/joinery/", "Joinery runtime"),
    ("jdk/proxy", "Jdbi (SqlObject proxy)"),
]


def layer(names):
    for name in names:
        if name.startswith(("java/", "jdk/internal/", "sun/", "javax/")) or "$$Lambda" in name \
                or "LambdaForm$" in name:
            continue
        for prefix, label in LAYERS:
            if name.startswith(prefix):
                return label
        return "other: " + name.split(".")[0]
    return "JDK only"


def print_tree(node, n, minimum, indent):
    for name, (count, children) in sorted(node.items(), key=lambda kv: -kv[1][0]):
        if 100.0 * count / n < minimum:
            continue
        print(f"{100.0 * count / n:6.1f}%  {indent}{name}")
        print_tree(children, n, minimum, indent + "  ")


main()
