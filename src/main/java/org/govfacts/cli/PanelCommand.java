package org.govfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.govfacts.check.CheckDocument;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Status;
import org.govfacts.panel.IndicatorMatcher;
import org.govfacts.panel.Panel;
import org.govfacts.panel.PanelBuilder;
import org.govfacts.panel.PanelChart;
import org.govfacts.panel.PanelRequest;
import org.govfacts.panel.PanelWorkbook;
import org.govfacts.panel.PanelWriter;
import org.govfacts.read.ReadFailure;
import org.govfacts.resolve.Places;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "panel", mixinStandardHelpOptions = true,
        description = {"The region × period table of indicators: one row per cell (indicator, type, region, period,",
            "status) with its value and sources; a cell stated several times is one row, disagreements are",
            "marked as conflicts, targets are compared with results (met or missed).",
            "Indicators are matched by meaning (dictionaries/indicator-synonyms.tsv): 地区生产总值 finds",
            "国内生产总值, GDP and 全省生产总值, never 人均地区生产总值."},
        footer = {"", "Formats:",
            "  table  aligned text (default)",
            "  csv    one row per cell, UTF-8 with a byte-order mark; other sources in one column",
            "  jsonl  one cell a line with every source",
            "  xlsx   a workbook (needs -o): sheet 'panel' regions × periods (result, target, met), sheet 'sources'",
            "", "Exit codes: 0 done, 1 some files failed (listed on stderr), 2 usage error."})
final class PanelCommand implements Callable<Integer> {
    @Option(names = "--indicator", required = true, paramLabel = "NAME",
            description = "An indicator, by any of its names (repeatable).")
    List<String> indicators = new ArrayList<>();

    @Option(names = "--type", paramLabel = "T", split = ",", description = "money, quantity, growth or ratio (repeatable; default: all).")
    List<String> types = new ArrayList<>();

    @Option(names = "--status", defaultValue = "all", paramLabel = "S", description = "actual, target, estimate or all (default: ${DEFAULT-VALUE}).")
    String status;

    @Option(names = "--period", paramLabel = "P", description = "Cells within this period: 2023, 2024H1, 2021-2025 ...")
    String period;

    @Option(names = "--region", paramLabel = "R", description = "Cells of this place (河南 = 河南省).")
    String region;

    @Option(names = "--within", description = "With --region: also the places it holds (its cities and counties).")
    boolean within;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table, csv, jsonl or xlsx (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of stdout.")
    Path output;

    @Option(names = "--chart", paramLabel = "FILE", description = "Also draw a line chart (FILE.svg or FILE.png).")
    Path chart;

    @Mixin
    CheckInputs inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PanelWriter.Format fmt;
        PanelChart.Format chartFormat;
        PanelRequest request;
        try {
            fmt = PanelWriter.Format.parse(format);
            chartFormat = chart == null ? null : PanelChart.Format.of(chart.getFileName().toString());
            request = new PanelRequest(indicators, types(), status(), period, region, within);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (fmt == PanelWriter.Format.XLSX && output == null) {
            throw new ParameterException(spec.commandLine(), "--format xlsx writes a workbook: give -o FILE.xlsx");
        }
        if (within && region == null) {
            throw new ParameterException(spec.commandLine(), "--within needs --region");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<ReadFailure> failures = new ArrayList<>();
        List<CheckDocument> docs = inputs.loadOrUsageError(spec, failures);
        List<Fact> facts = new ArrayList<>();
        docs.forEach(d -> facts.addAll(d.facts()));
        Panel panel;
        try {
            panel = PanelBuilder.of(inputs.lexicon()).build(request, facts);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // each source's address in the review site (`govfacts review`), as search gives it
        java.util.function.Function<Fact, String> link = org.govfacts.review.ReviewLink::of;
        if (fmt == PanelWriter.Format.XLSX) {
            OutputTarget.writeBytes(output, out -> {
                new PanelWorkbook(link).write(panel, out);
                return null;
            });
        } else {
            OutputTarget.write(output, w -> {
                new PanelWriter(link).write(panel, fmt, w);
                return null;
            });
        }
        if (chart != null) {
            System.setProperty("java.awt.headless", "true");
            PanelChart.Drawn drawn = OutputTarget.writeBytes(chart, out -> PanelChart.write(panel, chartFormat, out));
            if (drawn == null) {
                err.println("govfacts: no yearly cell to draw; " + chart + " shows an empty panel");
            } else if (drawn.left() > 0) {
                err.println("govfacts: the chart shows " + drawn.indicator() + " (" + drawn.type() + "), " + drawn.cells()
                        + " yearly cells; " + drawn.left() + " cells of other periods or estimates are in the table only");
            }
        }
        err.println("govfacts: " + panel.rows().size() + " cell(s) from " + docs.size() + " document(s)"
                + (panel.withoutPeriod() + panel.withoutRegion() == 0 ? "" : "; " + panel.withoutPeriod()
                + " figure(s) without a calendar period and " + panel.withoutRegion() + " without a place left out"));
        err.flush();
        return failures.isEmpty() ? 0 : 1;
    }

    private Set<FactType> types() {
        Set<FactType> out = new LinkedHashSet<>();
        for (String t : types) {
            try {
                out.add(FactType.parse(t));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--type '" + t + "': money, quantity, growth or ratio");
            }
        }
        return out;
    }

    private Status status() {
        if (status.equalsIgnoreCase("all")) {
            return null;
        }
        try {
            return Status.parse(status);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--status '" + status + "': actual, target, estimate or all");
        }
    }
}
