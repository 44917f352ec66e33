#!/usr/bin/env python3
"""Writes a `git fast-import` stream of a synthetic monorepo to stdout (build/bench/monorepo.sh pipes it into git).

Usage: make-monorepo.py <projects> <commits> <feed dir>

Deterministic (fixed seed and dates). Commit 1 holds:
- mono.slnx listing every project; a root Directory.Build.props that adds the PackageReference to ReleaseTasks when
  -p:BenchReleaseTasksVersion=<version> is given; nuget.config (the feed and nuget.org); a Directory.Packages.props
  that turns central package management off and a `root = true` .editorconfig, so no setting from above leaks in.
- 8 components under components/<name>/ of projects/20 projects each (at least 1), whose Directory.Build.props sets
  ReleaseTasksTagPrefix=<name>-v; the first 6 also set ReleaseTasksPathFilter=components/<name>/** (their own
  folder), the last 2 only the prefix. Within a component every project references the first, which targets
  netstandard2.0;net10.0.
- The other projects under libs/, with the repository's plain v1.2.3 tags and no filter.
- Multi-targeting: every 5th project net8.0;net10.0, every 7th netstandard2.0;net10.0, the others net10.0.
- bench-settings.tsv: each project's folder and its versioning setting (the benchmark attributes git processes).
Every later commit changes the Changes.txt of 1 or 2 projects (a component's 40 % of the time), with a Conventional
Commit message scoped to the project. Tags: v0.N.0 every 300 commits; <name>-v0.N.0 on every 25th commit that touches
that component (every 25th); none in the last 150 commits, so HEAD is past every tag. Every third tag is annotated.
"""
import random
import sys

COMPONENTS = ["billing", "catalog", "identity", "search", "shipping", "storage", "telemetry", "web"]
FILTERED = 6
EPOCH = 1_640_995_200  # 2022-01-01T00:00:00Z
TYPES = ["feat", "fix", "fix", "fix", "chore", "docs", "refactor", "perf", "test"]
PERSON = "Ada Lovelace <ada@example.com>"


def nuget_config(feed):
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n"
            f"    <add key=\"bench-feed\" value=\"{feed}\" />\n"
            "    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" />\n"
            "  </packageSources>\n</configuration>\n")


ROOT_PROPS = """<Project>
  <!-- build/bench/monorepo.sh passes -p:BenchReleaseTasksVersion=<the packed version>. -->
  <ItemGroup Condition="'$(BenchReleaseTasksVersion)' != ''">
    <PackageReference Include="ReleaseTasks" Version="$(BenchReleaseTasksVersion)" PrivateAssets="all" />
  </ItemGroup>
</Project>
"""


def component_props(name, filtered):
    lines = [f"    <ReleaseTasksTagPrefix>{name}-v</ReleaseTasksTagPrefix>"]
    if filtered:
        lines.append(f"    <ReleaseTasksPathFilter>components/{name}/**</ReleaseTasksPathFilter>")
    return ("<Project>\n  <Import Project=\"$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', "
            "'$(MSBuildThisFileDirectory)../'))\" />\n  <PropertyGroup>\n" + "\n".join(lines) +
            "\n  </PropertyGroup>\n</Project>\n")


def csproj(frameworks, reference=None):
    tf = f"<TargetFrameworks>{frameworks}</TargetFrameworks>" if ";" in frameworks else f"<TargetFramework>{frameworks}</TargetFramework>"
    refs = f"\n  <ItemGroup>\n    <ProjectReference Include=\"{reference}\" />\n  </ItemGroup>" if reference else ""
    return (f"<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    {tf}\n    <IsPackable>true</IsPackable>\n"
            f"  </PropertyGroup>{refs}\n</Project>\n")


def code(namespace, name):
    return (f"namespace {namespace}\n{{\n    public class {name}\n    {{\n        public int Value => 42;\n\n"
            f"        public string Describe(string what) => what + \": \" + Value;\n    }}\n}}\n")


def layout(projects):
    """(folder, name, setting, frameworks, reference) per project."""
    per = max(1, projects // 20)
    out = []
    index = 0

    def frameworks(i):
        return "net8.0;net10.0" if i % 5 == 0 else "netstandard2.0;net10.0" if i % 7 == 0 else "net10.0"
    for c, name in enumerate(COMPONENTS):
        first = None
        for k in range(1, per + 1):
            index += 1
            title = name.capitalize() + f".Part{k:02d}"
            folder = f"components/{name}/{title}"
            setting = f"{name}-v" + (f" components/{name}/**" if c < FILTERED else "")
            if k == 1:
                first = f"../{title}/{title}.csproj"
                out.append((folder, title, setting, "netstandard2.0;net10.0", None))
            else:
                out.append((folder, title, setting, frameworks(index), first))
    for k in range(1, projects - len(out) + 1):
        index += 1
        title = f"Lib{k:03d}"
        out.append((f"libs/{title}", title, "v", frameworks(index), None))
    return out


def blob(path, text):
    data = text.encode()
    return f"M 100644 inline {path}\ndata {len(data)}\n".encode() + data + b"\n"


def main():
    projects, commits, feed = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(12)
    w = sys.stdout.buffer
    projs = layout(projects)
    changes = {p[0]: 0 for p in projs}
    files = [("Directory.Build.props", ROOT_PROPS), ("Directory.Build.targets", "<Project />\n"),
             ("Directory.Packages.props", "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n"),
             (".editorconfig", "root = true\n"), (".gitignore", "bin/\nobj/\n"), ("nuget.config", nuget_config(feed)),
             ("README.md", "# Monorepo\n\nA synthetic repository made by build/bench/monorepo.sh.\n"),
             ("mono.slnx", "<Solution>\n" + "".join(f"  <Project Path=\"{f}/{n}.csproj\" />\n" for f, n, _, _, _ in projs) + "</Solution>\n"),
             ("bench-settings.tsv", "".join(f"{f}\t{s}\n" for f, _, s, _, _ in projs))]
    for c, name in enumerate(COMPONENTS):
        files.append((f"components/{name}/Directory.Build.props", component_props(name, c < FILTERED)))
    for folder, name, _, fw, ref in projs:
        files.append((f"{folder}/{name}.csproj", csproj(fw, ref)))
        files.append((f"{folder}/{name}.cs", code(name.replace(".", "_"), name.replace(".", "_"))))
        files.append((f"{folder}/Changes.txt", "0\n"))

    component_touches = {name: 0 for name in COMPONENTS}
    tag_counter = {name: 0 for name in COMPONENTS + ["v"]}
    tags = 0
    for i in range(1, commits + 1):
        when = EPOCH + i * 3600
        if i == 1:
            msg, changed = "feat: the monorepo", files
        else:
            touched = set()
            for _ in range(rng.choice((1, 1, 2))):
                pool = [p for p in projs if p[0].startswith("components/")] if rng.random() < 0.4 else [p for p in projs if p[0].startswith("libs/")]
                touched.add(rng.choice(pool or projs))
            changed = []
            for folder, name, _, _, _ in sorted(touched):
                changes[folder] += 1
                changed.append((f"{folder}/Changes.txt", f"{changes[folder]}\n"))
            t = rng.choice(TYPES)
            msg = f"{t}({sorted(touched)[0][1].lower()}): change {i}"
        w.write(f"commit refs/heads/main\nmark :{i}\nauthor {PERSON} {when} +0000\ncommitter {PERSON} {when} +0000\n".encode())
        data = (msg + "\n").encode()
        w.write(f"data {len(data)}\n".encode() + data)
        if i > 1:
            w.write(f"from :{i - 1}\n".encode())
        for path, text in changed:
            w.write(blob(path, text))
        w.write(b"\n")
        if i > commits - 150:
            continue
        names = []
        if i % 300 == 0:
            tag_counter["v"] += 1
            names.append(f"v0.{tag_counter['v']}.0")
        if i > 1:
            for name in {p[0].split("/")[1] for p in touched if p[0].startswith("components/")}:
                component_touches[name] += 1
                if component_touches[name] % 25 == 0:
                    tag_counter[name] += 1
                    names.append(f"{name}-v0.{tag_counter[name]}.0")
        for tag in names:
            tags += 1
            if tags % 3 == 0:
                data = f"release {tag}\n".encode()
                w.write(f"tag {tag}\nfrom :{i}\ntagger {PERSON} {when} +0000\ndata {len(data)}\n".encode() + data + b"\n")
            else:
                w.write(f"reset refs/tags/{tag}\nfrom :{i}\n\n".encode())


if __name__ == "__main__":
    main()
