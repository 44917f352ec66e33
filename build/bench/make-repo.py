#!/usr/bin/env python3
"""Writes a `git fast-import` stream of a synthetic repository to stdout (build/bench/make-repo.sh pipes it into git).

Usage: make-repo.py <commits> <feed dir> [maintained]

The history is deterministic (fixed seed, fixed dates): the same N gives the same commit ids on every machine.
- Commit 1 holds the class library bench/Bench.csproj (net10.0) + Class1.cs, a nuget.config listing the feed and
  nuget.org, and empty Directory.Build.props/.targets and Directory.Packages.props that keep the settings of any
  directory above the repository (e.g. this one, when it lives under artifacts/) out of the build.
- Every commit changes 1 to 4 of 500 small files under src/ (25 folders of 20), so trees stay small.
- Messages are Conventional Commits with a realistic mix: feat, fix, chore, docs, refactor, perf, test, ci, build,
  scopes, bodies, Refs:/Reviewed-by: footers, a breaking change every 125 commits (alternately `type!:` and a
  `BREAKING CHANGE:` footer), and about 5 % messages that are not conventional at all.
- Every 100 commits a two-commit topic branch is merged back with a merge commit (`Merge branch '...'`).
- A version tag every 500 commits on main (none on the last 500 commits, so HEAD is never tagged):
  v0.1.0, v0.2.0, ... with a patch release every sixth, pre-releases (vX.0.0-rc.1, vX.0.0-rc.2 before each
  new major, vX.Y.0-beta.1 now and then), every third tag and every major or rc annotated, plus a
  non-version tag (deploy/NN) every 2,000 commits that versioning must ignore.

With `maintained` the history is shaped like a long-lived real project's (build/bench/ci.sh):
- no patch release on main; every stable main tag vX.Y.0 starts a maintenance branch release/X.Y, and every 100 main
  commits each of the three newest lines gets a fix and a patch tag vX.Y.1, vX.Y.2, ... there, never merged back:
  HEAD's highest tags are on branches it does not contain (at 10k commits the five highest, and 40 % of all tags);
- every 10 main commits a two-commit topic branch that forked from main 1,500 commits earlier is merged (as in
  git.git, where topics start from old maintenance points): a range since a tag reaches far back into the history.
"""
import random
import sys

FILES_DIRS, FILES_PER_DIR = 25, 20
EPOCH = 1_577_836_800  # 2020-01-01T00:00:00Z
TYPES = [("feat", 20), ("fix", 30), ("chore", 10), ("docs", 8), ("refactor", 8), ("perf", 4), ("test", 8),
         ("ci", 4), ("build", 3), (None, 5)]
SCOPES = [None, None, None, "core", "api", "cli", "parser", "storage", "ui", "deps", "auth", "build/msbuild"]
WORDS = ["cache", "config", "parser", "index", "request", "response", "token", "session", "export", "import",
         "report", "query", "schema", "logger", "retry", "timeout", "buffer", "stream", "handler", "option"]
PEOPLE = ["Ada Lovelace <ada@example.com>", "Alan Turing <alan@example.com>", "Grace Hopper <grace@example.com>",
          "Edsger Dijkstra <edsger@example.com>", "Barbara Liskov <barbara@example.com>"]

ROOT_FILES = {
    "bench/Bench.csproj": """<Project Sdk="Microsoft.NET.Sdk">
  <!-- build/bench/run.sh builds this library without ReleaseTasks, and with it by passing
       -p:BenchReleaseTasksVersion=<the packed version>. -->
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup Condition="'$(BenchReleaseTasksVersion)' != ''">
    <PackageReference Include="ReleaseTasks" Version="$(BenchReleaseTasksVersion)" PrivateAssets="all" />
  </ItemGroup>
</Project>
""",
    "bench/Class1.cs": """namespace Bench;

public class Class1
{
    public int Value => 42;

    public string Describe(string name) => $"{name}: {Value}";
}
""",
    "Directory.Build.props": "<Project />\n",
    "Directory.Build.targets": "<Project />\n",
    "Directory.Packages.props": "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n",
    ".editorconfig": "root = true\n",
    ".gitignore": "bin/\nobj/\n",
    "README.md": "# Bench\n\nA synthetic repository made by build/bench/make-repo.sh.\n",
}


def nuget_config(feed):
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n"
            f"    <add key=\"bench-feed\" value=\"{feed}\" />\n"
            "    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" />\n"
            "  </packageSources>\n</configuration>\n")


def message(i, rng):
    words = " ".join(rng.sample(WORDS, 3))
    if i % 250 == 0:
        scope = rng.choice(["api", "core", "cli"])
        return (f"feat({scope})!: replace the {words} API ({i})\n\n"
                f"The old entry points are gone.\n\nRefs: #{i}\n")
    if i % 250 == 125:
        return (f"refactor(storage): rework the {words} layout ({i})\n\n"
                "Moves the files into one folder per tenant.\n\n"
                f"BREAKING CHANGE: the on-disk layout changed; run `bench migrate` once.\nRefs: #{i}\n")
    kind = rng.choices([t for t, _ in TYPES], weights=[w for _, w in TYPES])[0]
    if kind is None:
        return rng.choice([f"Update {words}\n", f"WIP {words}\n", f"Merge fixes for {words}\n",
                           f"bump version of {words}\n"])
    scope = rng.choice(SCOPES)
    head = f"{kind}({scope}): " if scope else f"{kind}: "
    text = head + f"{rng.choice(['add', 'handle', 'remove', 'speed up', 'simplify', 'document'])} {words} ({i})\n"
    if rng.random() < 0.3:
        text += f"\nA longer explanation of why the {words} needed to change,\nwrapped over two lines.\n"
        if rng.random() < 0.5:
            text += f"\nRefs: #{rng.randint(1, i)}\nReviewed-by: {rng.choice(PEOPLE)}\n"
    return text


def tag_name(k, state, patches=True):
    """The k-th release (k = 1, 2, ...); state is [major, minor, patch] of the last stable one."""
    major, minor, patch = state
    phase = k % 20
    if phase == 9:
        return f"v{major + 1}.0.0-rc.1"
    if phase == 10:
        return f"v{major + 1}.0.0-rc.2"
    if phase == 11:
        state[:] = [major + 1, 0, 0]
    elif phase == 16:
        return f"v{major}.{minor + 1}.0-beta.1"
    elif k % 6 == 0 and patches:
        state[:] = [major, minor, patch + 1]
    else:
        state[:] = [major, minor + 1, 0]
    return "v%d.%d.%d" % tuple(state)


def main(n, feed, maintained=False):
    rng = random.Random(20240601)
    extra = n  # marks of commits off main: n + 1, n + 2, ...
    lines = []  # maintenance lines: [name, tip mark, patch]
    out = sys.stdout.buffer
    chunks = []

    def emit(b):
        chunks.append(b)
        if len(chunks) >= 4096:
            out.write(b"".join(chunks))
            chunks.clear()

    def data(text):
        b = text.encode()
        emit(b"data %d\n" % len(b) + b + b"\n")

    main_tip = 0      # mark of the last commit on main
    state = [0, 0, 0]
    for i in range(1, n + 1):
        when = EPOCH + i * 600
        who = PEOPLE[i % len(PEOPLE)]
        # Every 100 commits: commits ...97 and ...98 are a topic branch off main, ...99 merges it.
        phase = i % 100
        topic = i > 100 and phase in (97, 98)
        merge = i > 100 and phase == 99
        old_topic = None
        if maintained and not topic and not merge and i > 1600 and i % 10 == 5:
            # A topic forked from main 1,500 commits back (a main commit: not ...97/...98), merged by commit i.
            base = i - 1500
            if base % 100 in (97, 98):
                base -= 2
            for t in range(2):
                extra += 1
                emit(b"commit refs/heads/topic/old-%d\nmark :%d\n" % (i, extra))
                emit(f"author {who} {when - 300 + t} +0000\ncommitter {who} {when - 300 + t} +0000\n".encode())
                data(message(i, rng))
                emit(b"from :%d\n" % (base if t == 0 else extra - 1))
                emit(f"M 644 inline src/m{t:02}/old.txt\n".encode())
                data(f"topic {i} commit {t}\n")
                emit(b"\n")
            old_topic = extra
        emit(b"commit refs/heads/main\nmark :%d\n" % i)
        emit(f"author {who} {when} +0000\ncommitter {who} {when} +0000\n".encode())
        if old_topic:
            data(f"Merge branch 'topic/old-{i}'\n")
        elif merge:
            data(f"Merge branch 'topic/{i // 100}'\n")
        elif i == 1:
            data("chore: initial commit with the bench library\n")
        else:
            data(message(i, rng))
        if i > 1:
            parent = i - 1 if topic and phase == 98 else main_tip
            emit(b"from :%d\n" % parent)
        if merge:
            emit(b"merge :%d\n" % (i - 1))
        if old_topic:
            emit(b"merge :%d\n" % old_topic)
        if i == 1:
            for name, text in {**ROOT_FILES, "nuget.config": nuget_config(feed)}.items():
                emit(f"M 644 inline {name}\n".encode())
                data(text)
            for d in range(FILES_DIRS):
                for f in range(FILES_PER_DIR):
                    emit(f"M 644 inline src/m{d:02}/f{f:02}.txt\n".encode())
                    data(f"module {d} file {f}\n")
        elif not merge and not old_topic:
            for _ in range(rng.randint(1, 4)):
                d, f = rng.randrange(FILES_DIRS), rng.randrange(FILES_PER_DIR)
                emit(f"M 644 inline src/m{d:02}/f{f:02}.txt\n".encode())
                data(f"module {d} file {f}\nchanged by commit {i}\n")
        emit(b"\n")
        if not topic:
            main_tip = i

        if i % 500 == 0 and i + 500 <= n:
            k = i // 500
            tag = tag_name(k, state, patches=not maintained)
            if k % 3 == 0 or "-rc." in tag or tag.endswith(".0.0"):
                emit(f"tag {tag}\nfrom :{i}\ntagger {who} {when + 30} +0000\n".encode())
                data(f"Release {tag}\n")
            else:
                emit(f"reset refs/tags/{tag}\nfrom :{i}\n\n".encode())
            if maintained and "-" not in tag:
                lines.append([tag[1:].rsplit(".", 1)[0], i, 0])
        if maintained and i % 100 == 50:
            for line in lines[-3:]:
                extra += 1
                emit(b"commit refs/heads/release/%s\nmark :%d\n" % (line[0].encode(), extra))
                emit(f"author {who} {when + 60} +0000\ncommitter {who} {when + 60} +0000\n".encode())
                data(f"fix: backport a fix to {line[0]} ({i})\n")
                emit(b"from :%d\n" % line[1])
                emit(f"M 644 inline src/m24/maintenance.txt\n".encode())
                data(f"{line[0]} fix {line[2] + 1}\n")
                emit(b"\n")
                line[1], line[2] = extra, line[2] + 1
                emit(f"reset refs/tags/v{line[0]}.{line[2]}\nfrom :{extra}\n\n".encode())
        if i % 2000 == 1000:
            emit(f"reset refs/tags/deploy/{i // 2000:02}\nfrom :{i}\n\n".encode())
    out.write(b"".join(chunks))
    out.flush()


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], len(sys.argv) > 3 and sys.argv[3] == "maintained")
