"""bench/browser.py writes its section of bench/RESULTS.md (one per store) and keeps everything else."""

from __future__ import annotations

from bench import browser


def test_a_section_per_store_replaced_in_place_with_its_verdicts(tmp_path):
    out = tmp_path / "RESULTS.md"
    out.write_text("# Benchmark results\n\n## Size L\n| kept |\n\n<!-- notes -->\nmy notes\n")
    timings = [browser.Timing("floor", "a one-line page", [0.7, 0.9]), browser.Timing("cold", "cold", [2.5, 3.5, 2.9]),
               browser.Timing("bookmark_trends", "trends", [1.2]), browser.Timing("filter_month", "month", [0.4])]
    browser.write(out, browser.render(timings, "the demo", "python bench/browser.py", (1.0, 2.0)), "the demo")
    browser.write(out, browser.render(timings[:2], "size M", "python bench/browser.py --size M", (1.0, 2.0)), "size M")
    browser.write(out, browser.render(timings[1:2], "the demo", "python bench/browser.py", (0.5, 0.5)), "the demo")
    text = out.read_text()
    assert text.startswith("# Benchmark results\n\n## Size L\n| kept |\n\n<!-- notes -->\nmy notes\n")
    assert text.count("## Dashboard in a real browser (the demo)") == 1  # replaced, not added again
    demo = text.split("## Dashboard in a real browser (the demo)")[1].split("<!-- browser (size M)")[0]
    size_m = text.split("## Dashboard in a real browser (size M)")[1]
    assert "| cold | 2.90 s | 3 | <= 3.0 s: met |" in demo and "trends" not in demo
    assert "| a one-line page | 0.80 s | 2 |  |" in size_m
