"""The README and `kg --help` tell the same commands and options (as sqlite-utils' test_docs.py does).

A command or option added without a line in the README's reference, or a README
example naming one that no longer exists, fails here."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from kg.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
REFERENCE_HEADING = "### Every command and option"


def commands(cmd: click.Command = cli, path: str = "kg") -> dict[str, click.Command]:
    """Every command of the CLI tree by its full name ("kg", "kg build", ...)."""
    found = {path: cmd}
    if isinstance(cmd, click.Group):
        for name, sub in cmd.commands.items():
            found.update(commands(sub, f"{path} {name}"))
    return found


def documented_name(param: click.Parameter) -> str:
    """How the reference writes a parameter: an argument in capitals, an option by its long names."""
    if isinstance(param, click.Option):
        return "/".join(o for o in param.opts + param.secondary_opts if o.startswith("--"))
    return param.human_readable_name


def reference_table(readme: str = README) -> dict[str, list[str]]:
    """The README's table of every command: its name and the parameters it lists, in order."""
    start = readme.index(REFERENCE_HEADING)
    section = readme[start:readme.index("\n#", start + len(REFERENCE_HEADING))]
    table: dict[str, list[str]] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0].startswith("`kg"):
            params = [p for p in re.findall(r"`([^`]+)`", cells[1]) if re.fullmatch(r"--[\w/-]+|[A-Z_]+", p)]
            table[cells[0].strip("`")] = params
    return table


def readme_invocations(readme: str = README) -> list[str]:
    """Every `kg ...` the README shows: lines of its shell blocks and inline code spans."""
    found = []
    for block in re.findall(r"```(?:bash|sh|console)\n(.*?)```", readme, flags=re.S):
        found += [line.split("#")[0].strip() for line in block.splitlines()]
    found += re.findall(r"`(kg [^`]+)`", readme)
    parts = [part.strip() for f in found for part in re.split(r"&&|\|\||[|;]", f)]  # one command each
    return [f for f in parts if re.match(r"(\.venv/bin/)?kg(\s|$)", f)]


def split_invocation(text: str, tree: dict[str, click.Command]) -> tuple[str, list[str]]:
    """The command an invocation runs (the longest known name it starts with) and the options it gives."""
    words = text.replace(".venv/bin/kg", "kg").split()
    words = [w for i, w in enumerate(words) if not (i and words[i - 1] == "--store")]  # the store's path
    name = "kg"
    for word in words[1:]:
        if word.startswith("-"):
            continue
        if f"{name} {word}" in tree:
            name = f"{name} {word}"
        break
    return name, [w.split("=")[0] for w in words if re.fullmatch(r"--?[a-z][\w-]*(=.*)?", w)]


def test_the_reference_names_every_command_and_no_other():
    assert sorted(reference_table()) == sorted(commands())


@pytest.mark.parametrize("name", sorted(commands()))
def test_the_reference_lists_each_commands_parameters(name):
    command = commands()[name]
    expected = [documented_name(p) for p in command.params]
    assert reference_table()[name] == expected


@pytest.mark.parametrize("name", sorted(commands()))
def test_every_command_and_option_has_help(name):
    command = commands()[name]
    assert (command.help or "").strip(), f"{name} has no help"
    for param in command.params:
        if isinstance(param, click.Option) and param.name != "version":
            assert (param.help or "").strip(), f"{name} {documented_name(param)} has no help"


def test_every_command_the_readme_shows_exists_with_its_options():
    tree = commands()
    invocations = readme_invocations()
    assert len(invocations) > 20  # the Quick start, the "Using it" block and the inline examples
    for text in invocations:
        if re.match(r"kg [A-Z]+ ", text):  # "kg COMMAND --help": a placeholder
            continue
        name, options = split_invocation(text, tree)
        assert name != "kg" or len(text.split()) == 1 or text.split()[1].startswith("-"), \
            f"README runs a command kg does not have: {text!r}"
        known = {o for p in tree[name].params + tree["kg"].params for o in getattr(p, "opts", []) +
                 getattr(p, "secondary_opts", [])} | {"--help", "-h"}
        for option in options:
            assert option in known, f"README gives {option} to `{name}`, which has no such option: {text!r}"


def test_the_checks_catch_a_missing_command_and_a_stale_option():
    """The test's own parsers see what they should (so the tests above can fail)."""
    readme = README.replace("| `kg remove` | `ARTICLE_IDS` |\n", "").replace("`--seed`, ", "")
    table = reference_table(readme)
    assert "kg remove" not in table and "--seed" not in table["kg analyze"]
    tree = commands()
    assert split_invocation("kg analyze briefing --country VNM --since=2024", tree) == (
        "kg analyze", ["--country", "--since"])
    assert split_invocation("kg --store x query -f q.rq", tree) == ("kg query", ["--store", "-f"])
    shown = readme_invocations("```bash\npip install . && .venv/bin/kg frobnicate --now  # no such thing\n```\n")
    assert shown == [".venv/bin/kg frobnicate --now"]


def test_the_readme_names_every_file_of_browser_tests():
    """Without Chromium the browser tests are skipped: the README says which, file by file."""
    tests = Path(__file__).resolve().parent
    marked = sorted(p.name for p in tests.glob("test_*.py")
                    if re.search(r"(?m)^(pytestmark = |@)pytest\.mark\.browser\b", p.read_text(encoding="utf-8")))
    assert marked, "no browser test found"
    start = README.index("The browser tests")
    sentence = re.split(r"\.\s", README[start:])[0]
    assert sorted(re.findall(r"tests/(test_\w+\.py)", sentence)) == marked


def test_the_readme_says_how_bare_kg_runs_before_it_uses_it():
    """The Quick start runs `.venv/bin/kg`; bare `kg` comes only once the README has said to activate the venv
    (or has installed kg with pip)."""
    first_bare = re.search(r"(?m)^kg |`kg ", README).start()
    said = [README.find(s) for s in ("source .venv/bin/activate", "pip install .")]
    assert any(0 <= i < first_bare for i in said)
    assert "source .venv/bin/activate" in README


def test_the_readme_screenshots_are_the_ones_the_script_makes():
    """`python scripts/screenshots.py` regenerates every picture the README shows of the graph page."""
    import runpy

    root = Path(__file__).resolve().parent.parent
    shots = {name for name, _ in runpy.run_path(str(root / "scripts" / "screenshots.py"))["SHOTS"]}
    shown = set(re.findall(r"\]\(docs/(screenshot[\w-]*\.png)\)", README))
    assert shown and shown <= shots and "screenshot.png" in shown  # the overview comes first
    assert all((root / "docs" / name).is_file() for name in shots)
    assert "scripts/screenshots.py" in README
