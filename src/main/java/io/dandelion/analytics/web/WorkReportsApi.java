package io.dandelion.analytics.web;

import io.dandelion.analytics.ConversationRow;
import io.dandelion.analytics.Dimension;
import io.dandelion.analytics.Drilldown;
import io.dandelion.analytics.Metric;
import io.dandelion.analytics.ReportQuery;
import io.dandelion.analytics.Reports;
import io.dandelion.analytics.WorkReports;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The other reports over REST (resolution time, SLA attainment, backlog, moderation actions, language mix,
 * sentiment trend, agency performance), each as JSON {@code {from, to, by, rows}} and as CSV.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Analytics: reports")
class WorkReportsApi {

	private final Reports reports;
	private final WorkReports work;
	private final Drilldown drilldown;
	private final CurrentAccess access;
	private final Clock clock;

	WorkReportsApi(Reports reports, WorkReports work, Drilldown drilldown, CurrentAccess access) {
		this.reports = reports;
		this.work = work;
		this.drilldown = drilldown;
		this.access = access;
		this.clock = Clock.systemUTC();
	}

	@GetMapping("/{report:resolution|sla|backlog|moderation-actions|language-mix|sentiment-trend|agencies}")
	@Operation(summary = "resolution (time in seconds, by day unless asked otherwise); sla (attainment of metric "
			+ "first-response or resolution); backlog (waiting now, by unit unless asked otherwise; by=age for ages); "
			+ "moderation-actions (automatic and human, by reason unless asked otherwise); language-mix; "
			+ "sentiment-trend (by day, week...); agencies (performance against contracts)")
	Report report(@PathVariable String report, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String by, @RequestParam(required = false) @Nullable String metric) {
		ReportQuery query = ReportParameters.query(from, to, unit, clock);
		var scope = access.get();
		return switch (report) {
			case "resolution" -> {
				Dimension d = ReportParameters.dimension(by, Dimension.DAY);
				yield new Report(query, d, reports.durations(scope, query, Metric.RESOLUTION, d));
			}
			case "sla" -> {
				Dimension d = ReportParameters.dimension(by, Dimension.DAY);
				yield new Report(query, d, reports.durations(scope, query, metric(metric), d));
			}
			case "backlog" -> {
				Dimension d = ReportParameters.dimension(by, Dimension.UNIT);
				yield new Report(query, d, work.backlog(scope, clock.instant(), query.unit(), d));
			}
			case "moderation-actions" -> {
				Dimension d = ReportParameters.dimension(by, Dimension.REASON);
				yield new Report(query, d, work.moderationActions(scope, query, d));
			}
			case "language-mix" -> new Report(query, Dimension.LANGUAGE, reports.languageMix(scope, query));
			case "sentiment-trend" -> {
				Dimension d = ReportParameters.dimension(by, Dimension.DAY);
				yield new Report(query, d, reports.sentimentTrend(scope, query, d));
			}
			default -> new Report(query, Dimension.AGENCY, work.agencyPerformance(scope, query));
		};
	}

	@GetMapping("/{report:resolution|sla|backlog|moderation-actions|language-mix|sentiment-trend|agencies}.csv")
	@Operation(summary = "The same reports as CSV")
	ResponseEntity<String> csv(@PathVariable String report, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String by, @RequestParam(required = false) @Nullable String metric) {
		Report found = report(report, from, to, unit, by, metric);
		List<String> derived = switch (report) {
			case "resolution", "sla" -> List.of("attainmentPercent");
			case "backlog", "moderation-actions" -> List.of("total");
			case "sentiment-trend" -> List.of("netPercent");
			default -> List.of();
		};
		return ReportsApi.attachment(report + ".csv",
				Csv.of(found.by().name().toLowerCase(Locale.ROOT), found.rows(), derived));
	}

	@GetMapping("/conversations")
	@Operation(summary = "The conversations behind a number: those whose customer first wrote in the period (waiting=true: "
			+ "those waiting now), with key as their value of by (e.g. by=language&key=fr); newest first, at most limit")
	List<ConversationRow> conversations(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String by, @RequestParam(required = false) @Nullable String key,
			@RequestParam(defaultValue = "false") boolean waiting, @RequestParam(defaultValue = "500") int limit) {
		ReportQuery query = ReportParameters.query(from, to, unit, clock);
		return drilldown.conversations(access.get(), query, ReportParameters.dimension(by, Dimension.TOTAL),
				key == null || key.isBlank() ? null : key, waiting, clock.instant(), limit);
	}

	@GetMapping("/conversations.csv")
	@Operation(summary = "The per-conversation export: the same as CSV, up to 100,000 conversations")
	ResponseEntity<String> conversationsCsv(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String by, @RequestParam(required = false) @Nullable String key,
			@RequestParam(defaultValue = "false") boolean waiting) {
		var rows = conversations(from, to, unit, by, key, waiting, Drilldown.MAX_ROWS);
		return ReportsApi.attachment("conversations.csv", Csv.of("conversation", rows, List.of()));
	}

	private static Metric metric(@Nullable String metric) {
		if (metric == null || metric.isBlank() || metric.equals("first-response")) {
			return Metric.FIRST_RESPONSE;
		}
		if (metric.equals("resolution")) {
			return Metric.RESOLUTION;
		}
		throw new IllegalArgumentException("metric must be first-response or resolution, not " + metric);
	}

	/** A report's period, breakdown and rows. */
	record Report(Instant from, Instant to, Dimension by, @Nullable UnitId unit, List<? extends Record> rows) {

		Report(ReportQuery query, Dimension by, List<? extends Record> rows) {
			this(query.from(), query.to(), by, query.unit(), rows);
		}
	}
}
