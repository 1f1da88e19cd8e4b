"""The results as Markdown: compile throughput, memory, run times, the machine."""
import compilers
from compile_speed import scaling_exponent
from markdown import table
from run_speed import geometric_mean


def compile_tables(results):
    """Throughput (lines/s, with the median seconds) and peak RSS per compiler and size."""
    labels = list(results)
    sizes = [f"{p.lines:,} lines ({p.size_bytes / 1e6:.2f} MB)" for p in results[labels[0]]]
    speed_rows = []
    for label in labels:
        exponent = scaling_exponent(results[label])
        speed_rows.append([label]
                          + [f"{p.lines_per_second:,.0f} ({p.seconds:.3f} s)" for p in results[label]]
                          + ["n/a" if exponent is None else f"{exponent:.2f}"])
    speed = table(["compiler"] + sizes + ["scaling exponent"],
                  speed_rows)
    memory = table(["compiler"] + sizes,
                   [[label] + [f"{p.rss_kib / 1024:.0f} MiB" for p in results[label]]
                    for label in labels])
    return ("### Compile throughput: lines per second (median time)\n\n" + speed
            + "\n\nThe scaling exponent is the slope of log(time) against log(lines): "
              "1.00 is linear.\n"
              "minicc, gcc and clang stop at assembly; tcc has no -S and writes an object file."
            + "\n\n### Peak resident memory while compiling\n\n" + memory)


def run_table(results):
    """Run time of each build as a ratio to gcc -O0, with a geometric mean per build."""
    reference = compilers.REFERENCE_BUILD
    labels = [label for label in results[0].seconds if label != reference]
    rows = [[r.name, f"{r.seconds[reference]:.3f} s"] + [f"{r.ratio(l):.2f}" for l in labels]
            for r in results]
    rows.append(["**geometric mean**", ""]
                + [f"**{geometric_mean([r.ratio(l) for r in results]):.2f}**" for l in labels])
    return (f"### Run time relative to {reference} (lower is faster)\n\n"
            + table(["program", reference] + labels, rows)
            + f"\n\nEvery build printed the same output as {reference}'s. minicc is the "
              "default level (every variable in its stack slot), minicc -O the optimiser "
              "(codegen/optimize).")


def machine_table(rows):
    return "### Machine\n\n" + table(["", ""], rows, numeric=False)
