"""The ``rumorcheck`` command line (documented in README.md, "Commands").

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or input error.
User mistakes print one line on stderr, never a traceback.
"""

from __future__ import annotations

import contextlib
import functools
import io
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated, Callable, Iterator, Optional

import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .batch import ResultLog, article_items, check_batch, read_results, sigterm_interrupts
from .checker import Checker
from .errors import RumorcheckError, UsageError
from .evaluate import EvalReport, evaluate
from .files import write_atomically
from .findings import ArticleResult, Severity
from .summary import Totals
from .library import Library, reference_files
from .reference import load_reference, reference_problems
from .nlp import DEFAULT_MODEL
from .render import RENDERERS
from .text import DEFAULT_MAX_BYTES
from .workers import default_jobs, workers
from .rules import DOC_SECTIONS, RuleSelection, all_rules, get_rule
from .upgrade import upgrade_file

app = typer.Typer(
    name="rumorcheck",
    help="Fact-check entertainment rumour articles against a canonical YAML reference of the show.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
reference_app = typer.Typer(help="Work with reference files.", no_args_is_help=True)
app.add_typer(reference_app, name="reference")


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    html = "html"
    parquet = "parquet"  # --engine ray only


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class InputFormat(str, Enum):
    files = "files"
    jsonl = "jsonl"
    parquet = "parquet"


class ReportFormat(str, Enum):
    markdown = "markdown"
    html = "html"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    never = "never"


def _console() -> Console:
    """Plain wide output when piped, so tables do not wrap mid-sentence."""
    return Console(highlight=False, width=None if sys.stdout.isatty() else 160)


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """Turn user mistakes into one line on stderr and exit code 2; SIGTERM, like Ctrl-C, into
    "interrupted" and exit code 130, with no half-written output left behind."""
    try:
        with sigterm_interrupts():
            yield
    except RumorcheckError as exc:
        typer.echo(f"rumorcheck: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        typer.echo("rumorcheck: interrupted", err=True)
        raise typer.Exit(130) from None


def write_output(content: str, output: Optional[Path]) -> None:
    """Print, or write ``output`` atomically: a report is either whole or not there."""
    if output is None:
        if hasattr(sys.stdout, "reconfigure"):  # file names that are not UTF-8 go out as their own bytes
            sys.stdout.reconfigure(errors="surrogateescape")
        sys.stdout.write(content)
        sys.stdout.flush()
        return
    target = output.resolve()
    if target.is_dir():
        raise UsageError(f"{output}: is a folder; --output needs a file name")
    if not target.parent.is_dir():
        raise UsageError(f"{output}: folder {output.parent} does not exist")
    write_atomically(target, content)


def exit_code(totals: Totals, fail_on: FailOn) -> int:
    if totals.unreadable:
        return 2
    if fail_on is FailOn.never:
        return 0
    threshold = Severity(fail_on.value)
    return 1 if any(n and severity.at_least(threshold) for severity, n in totals.severities.items()) else 0


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders (searched recursively); with "
                                                    "--input-format, datasets (files, folders or URIs).")],
    reference: Annotated[Optional[Path], typer.Option(
        "--reference", "-r", help="A reference YAML file, or a folder of them. Default: the bundled "
        "references, or $RUMORCHECK_REFERENCES.")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format. With --engine ray: jsonl "
                                           "(instead of text) or parquet.")] = Format.text,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the report to this file (with "
                                                  "--engine ray: the results to this folder or URI).")] = None,
    fail_on: Annotated[FailOn, typer.Option(help="Exit 1 when a finding is at or above this severity.")] = FailOn.error,
    select: Annotated[Optional[list[str]], typer.Option(help="Only rules with this id prefix (repeatable).")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option(help="Skip rules with this id prefix (repeatable).")] = None,
    model: Annotated[str, typer.Option(help="spaCy model package to load.")] = DEFAULT_MODEL,
    include: Annotated[Optional[list[str]], typer.Option(
        help="In folders, only files matching this glob (repeatable), e.g. 'news/*.txt'.")] = None,
    exclude: Annotated[Optional[list[str]], typer.Option(help="In folders, skip files matching this glob (repeatable).")] = None,
    resume: Annotated[bool, typer.Option(
        help="With --format jsonl --output FILE: keep the results already in FILE and check only "
        "articles not there (or changed since).")] = False,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", min=1, help="Worker processes for folders. Default: one per core. Results are the "
        "same, in the same order, for any number. With --engine ray: workers in the cluster (default: one per "
        "core of the cluster).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, and no summary line in text output.")] = False,
    max_bytes: Annotated[int, typer.Option(
        "--max-bytes", min=1, help="Larger article files are not read: each is an error result.")] = DEFAULT_MAX_BYTES,
    engine: Annotated[Engine, typer.Option(help="Where to check: in this process and --jobs workers, or on a Ray "
                                           "cluster (pip install \"rumorcheck[ray]\"); see README.md, "
                                           "'Beyond one machine'.")] = Engine.local,
    ray_address: Annotated[Optional[str], typer.Option(help="With --engine ray: the cluster to join (default: "
                                                       "$RAY_ADDRESS, else a Ray started on this machine).")] = None,
    input_format: Annotated[InputFormat, typer.Option(help="With --engine ray: PATHs are article files and folders, "
                                                      "or JSON Lines or Parquet datasets of records with 'text' "
                                                      "and 'path' or 'id'.")] = InputFormat.files,
) -> None:
    """Check articles against a show reference and report every discrepancy."""
    make_checker = functools.partial(_loaded_checker, reference, model, select, ignore, max_bytes)
    if engine is Engine.ray:
        _check_on_ray(paths, output, format, input_format, ray_address, tuple(include or ()), tuple(exclude or ()),
                      jobs, resume, quiet, fail_on, make_checker)
    paths = [Path(p) for p in paths]
    output = Path(output) if output is not None else None
    with user_errors():
        _local_engine_options(format, input_format, ray_address)
        streaming = format is Format.jsonl and output is not None
        if resume and not streaming:
            raise UsageError("--resume needs --format jsonl and --output FILE (the results to resume)")
        checker = make_checker()
        items = article_items(paths, tuple(include or ()), tuple(exclude or ()))
        log = ResultLog(output, resume) if streaming else None
        jobs = min(jobs or default_jobs(), len(items))
        try:
            # workers first: they are forked before the progress bar starts its thread
            with workers(checker.check_files, jobs) as pool, \
                    _progress(len(items), enabled=not quiet and len(items) > 1) as advance:
                outcome = check_batch(pool, items, log, advance, keep=not streaming)
        finally:
            if log is not None:
                log.close()
        results, totals = outcome.results, outcome.totals
        if outcome.interrupted:
            _report_interrupt(outcome, len(items), output if streaming else None)
            raise typer.Exit(130)
        if not streaming:
            buffer = io.StringIO()
            RENDERERS[format.value](results, buffer)
            content = buffer.getvalue()
            if quiet and format is Format.text:
                content = "".join(content.splitlines(keepends=True)[:-1])
            write_output(content, output)
        if output is not None and not quiet:
            from .render.text import summary_line

            resumed = f" ({outcome.resumed} from the earlier run)" if outcome.resumed else ""
            typer.echo(f"{summary_line(totals)}{resumed}; report written to {output}", err=True)
    raise typer.Exit(exit_code(totals, fail_on))


def _loaded_checker(reference: Optional[Path], model: str, select: Optional[list[str]], ignore: Optional[list[str]],
                    max_bytes: int) -> Checker:
    """The checker the options ask for, its model loaded now: a missing model is one error, not one per file."""
    library, reference_id = Library.for_option(reference)
    checker = Checker(library, model=model, selection=RuleSelection(tuple(select or ()), tuple(ignore or ())),
                      reference_id=reference_id, max_bytes=max_bytes)
    checker.nlp
    return checker


def _local_engine_options(format: Format, input_format: InputFormat, ray_address: Optional[str]) -> None:
    for given, option in ((format is Format.parquet, "--format parquet"),
                          (input_format is not InputFormat.files, f"--input-format {input_format.value}"),
                          (ray_address is not None, "--ray-address")):
        if given:
            raise UsageError(f"{option} needs --engine ray")


def _check_on_ray(paths: list[str], output: Optional[str], format: Format, input_format: InputFormat,
                  address: Optional[str], include: tuple[str, ...], exclude: tuple[str, ...], jobs: Optional[int],
                  resume: bool, quiet: bool, fail_on: FailOn, make_checker: Callable[[], Checker]) -> None:
    """``check --engine ray``: the batch as a Ray Data job writing result files; exits like check."""
    from .distributed import require_ray

    with user_errors():
        if output is None:
            raise UsageError("--engine ray needs --output DIR: the folder (or URI) the result files go to")
        if format not in (Format.text, Format.jsonl, Format.parquet):
            raise UsageError(f"--engine ray writes results as jsonl or parquet, not {format.value}; "
                             "make a report from them with 'rumorcheck report'")
        if resume:
            raise UsageError("--resume needs the local engine; a Ray job reruns its failed batches itself")
        if (include or exclude) and input_format is not InputFormat.files:
            raise UsageError("--include and --exclude select files in folders; they need --input-format files")
        ray_engine = require_ray()
        checker = make_checker()
        articles = article_items(paths, include, exclude) if input_format is InputFormat.files else paths
        totals = ray_engine.check_on_ray(
            articles, checker, output, input_format=input_format.value, workers=jobs, address=address, quiet=quiet,
            output_format="parquet" if format is Format.parquet else "jsonl")
        if not quiet:
            from .render.text import summary_line

            typer.echo(f"{summary_line(totals)}; results written to {output}", err=True)
    raise typer.Exit(exit_code(totals, fail_on))


@contextlib.contextmanager
def _progress(total: int, enabled: bool) -> Iterator:
    """A progress bar on stderr (articles done, rate, time left, errors) when it is a terminal."""
    err = Console(stderr=True)
    if not (enabled and err.is_terminal):
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
               TextColumn("{task.fields[errors]} unreadable"))
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("check", total=total, errors=0, rate="")
        errors = 0

        def advance(result: ArticleResult) -> None:
            nonlocal errors
            errors += bool(result.error)
            speed = progress.tasks[0].speed
            progress.update(task, advance=1, errors=errors, rate=f"{speed:.1f}/s" if speed else "")

        yield advance


def _report_interrupt(outcome, total: int, output: Optional[Path]) -> None:
    done = outcome.totals.articles
    where = f"; {done} results are in {output}: rerun with --resume to continue" if output else "; nothing written"
    typer.echo(f"rumorcheck: interrupted after {done} of {total} articles{where}", err=True)


@app.command()
def report(
    results: Annotated[Path, typer.Argument(help="A results file written by check --format jsonl --output.")],
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="Report format.")] = ReportFormat.markdown,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to this file.")] = None,
) -> None:
    """Render a discrepancy report from saved results, without checking anything again."""
    with user_errors():
        loaded = read_results(results)
        buffer = io.StringIO()
        RENDERERS[format.value](loaded, buffer)
        write_output(buffer.getvalue(), output)


@app.command()
def rules() -> None:
    """List every rule with its severity and summary."""
    console = _console()
    table = Table("rule", "severity", "summary", box=None, show_edge=False, pad_edge=False)
    for r in all_rules():
        table.add_row(r.id, r.severity.value, r.summary)
    console.print(table)


@app.command()
def explain(rule_id: Annotated[str, typer.Argument(metavar="RULE-ID", help="A rule id, e.g. cast/misattributed-role.")]) -> None:
    """Show a rule's documentation."""
    with user_errors():
        r = get_rule(rule_id)
    typer.echo(f"{r.id} ({r.severity.value})\n{r.summary}\n")
    for title in DOC_SECTIONS:
        typer.echo(f"{title}:")
        for line in r.section(title).splitlines():
            typer.echo(f"    {line}")
    typer.echo("")


@app.command("eval")
def eval_command(
    fixtures: Annotated[Path, typer.Argument(help="Folder holding articles/ and gold/.")] = Path("fixtures"),
    reference: Annotated[Optional[Path], typer.Option("--reference", "-r", help="Reference file or folder.")] = None,
    model: Annotated[str, typer.Option(help="spaCy model package to load.")] = DEFAULT_MODEL,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also list every miss and false alarm.")] = True,
) -> None:
    """Score findings against gold annotations: precision and recall per category."""
    with user_errors():
        report = evaluate(fixtures, Checker(Library.load(reference), model=model))
    print_eval(report, verbose)


def print_eval(report: EvalReport, verbose: bool = True) -> None:
    console = _console()
    table = Table("category", "gold", "found", "reported", "correct", "precision", "recall",
                  box=None, show_edge=False, pad_edge=False, title="warning and error findings")
    rows = [(name, t) for name, t in report.tallies.items() if t.gold or t.reported]
    for name, tally in [*rows, ("overall", report.overall)]:
        table.add_row(name, str(tally.gold), str(tally.gold_matched), str(tally.reported),
                      str(tally.reported_matched), _ratio(tally.precision), _ratio(tally.recall))
    console.print(table)
    console.print(f"show identification: {report.identified}/{report.articles}; "
                  f"error findings on accurate articles: {report.error_findings_on_accurate}")
    for error in report.errors:
        console.print(f"error: {error}")
    if verbose:
        for miss in report.misses:
            console.print(f"miss: {miss.path}: {miss.category} {miss.severity} {miss.text!r} ({miss.note})")
        for alarm in report.false_alarms:
            console.print(f"false alarm: {alarm.path}: {alarm.category} {alarm.severity} {alarm.text!r} ({alarm.note})")


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


@reference_app.command("validate")
def reference_validate(paths: Annotated[list[Path], typer.Argument(help="Reference files or folders.")]) -> None:
    """Validate reference files; print every problem with file:line."""
    with user_errors():
        files = [f for path in paths for f in reference_files(path)]
        problems = [p for f in files for p in reference_problems(f)]
        for problem in problems:
            typer.echo(str(problem), err=True)
        valid = [load_reference(f) for f in files if not any(p.path == str(f) for p in problems)]
        for ref in valid:
            if ref.show.review:
                typer.echo(f"{ref.path}: note: {len(ref.show.review)} import item(s) left to review (review:)", err=True)
        if not problems:
            _no_duplicate_ids(valid)
    if problems:
        bad = len({p.path for p in problems})
        typer.echo(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {bad} of {len(files)} "
                   f"reference file{'s' if len(files) != 1 else ''}")
        raise typer.Exit(2)
    typer.echo(f"{len(valid)} reference{'s' if len(valid) != 1 else ''} valid")


def _no_duplicate_ids(references) -> None:
    seen: dict[str, object] = {}
    for ref in references:
        if ref.id in seen:
            raise UsageError(f"{ref.path}: id {ref.id!r} is also the id of {seen[ref.id]}")
        seen[ref.id] = ref.path


@reference_app.command("upgrade")
def reference_upgrade(
    path: Annotated[Path, typer.Argument(help="A reference file in format 1.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of over PATH.")] = None,
    check: Annotated[bool, typer.Option("--check", help="Only say whether PATH needs upgrading (exit 1 if so).")] = False,
) -> None:
    """Rewrite a format 1 reference as format 2 (platforms with roles and dates); comments are kept."""
    with user_errors():
        upgraded = upgrade_file(path)
        if upgraded is None:
            typer.echo(f"{path}: already format 2", err=True)
            return
        if check:
            typer.echo(f"{path}: format 1; 'rumorcheck reference upgrade {path}' rewrites it as format 2", err=True)
            raise typer.Exit(1)
        write_output(upgraded, output or path)
    typer.echo(f"{output or path}: upgraded to format 2", err=True)


@reference_app.command("import")
def reference_import(
    page: Annotated[Path, typer.Argument(help="A show's Wikipedia page: its plain-text rendering or its wikitext.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the reference here (default: stdout).")] = None,
    url: Annotated[Optional[str], typer.Option(help="The page's address, cited as the source. Default: "
                                                     "the English Wikipedia address of the title.")] = None,
) -> None:
    """Build a reference from a Wikipedia page, for a person to review; print what was imported."""
    from .importer import import_page

    with user_errors():
        imported = import_page(page, url)
        content = imported.to_yaml()
        _validate_import(content, page)
        write_output(content, output)
    typer.echo(imported.report.summary(), err=True)


def _validate_import(content: str, page: Path) -> None:
    """An import that would not load is never written: that is a bug to report, not a file to fix."""
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp, "imported.yaml")
        draft.write_text(content, encoding="utf-8")
        problems = reference_problems(draft)
    if problems:
        raise UsageError(f"{page}: the imported reference is not valid ({problems[0].problem}); please report it")


@reference_app.command("diff")
def reference_diff(
    a: Annotated[Path, typer.Argument(metavar="A", help="A reference file.")],
    b: Annotated[Path, typer.Argument(metavar="B", help="Another reference of the same show.")],
) -> None:
    """Show what two references say differently; exit 1 when they contradict each other on a checked fact."""
    from .refdiff import diff_references

    with user_errors():
        differences = diff_references(load_reference(a), load_reference(b))
    conflicts = [d for d in differences if d.checked and not d.one_sided]
    gaps = [d for d in differences if d.checked and d.one_sided]
    other = [d for d in differences if not d.checked]
    typer.echo(f"A = {a}\nB = {b}")
    for title, group in (("checked facts that differ", conflicts), ("checked facts only one file states", gaps),
                         ("other differences (no finding depends on them)", other)):
        typer.echo(f"{title}: {len(group) or 'none'}")
        for d in group:
            typer.echo(f"  {d.line()}")
    raise typer.Exit(1 if conflicts else 0)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rumorcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                  help="Show the version and exit.")] = False) -> None:
    """Fact-check entertainment rumour articles against a canonical YAML reference of the show."""


def main() -> None:
    app()


if __name__ == "__main__":
    main()
