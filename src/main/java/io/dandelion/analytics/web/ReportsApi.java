package io.dandelion.analytics.web;

import io.dandelion.analytics.Dimension;
import io.dandelion.analytics.DurationRow;
import io.dandelion.analytics.Metric;
import io.dandelion.analytics.ReportQuery;
import io.dandelion.analytics.Reports;
import io.dandelion.analytics.VolumeRow;
import io.dandelion.organisation.CurrentAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports over REST, as JSON and as CSV, scoped to the caller. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Analytics: reports", description = "Numbers from hourly roll-ups over a period (from, to: ISO dates or "
		+ "instants, default the last 7 days) and a unit's subtree (unit), broken down by a dimension (by). "
		+ "Units the caller cannot see answer 404, units without report rights 403.")
class ReportsApi {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final Reports reports;
	private final CurrentAccess access;
	private final Clock clock;

	ReportsApi(Reports reports, CurrentAccess access) {
		this.reports = reports;
		this.access = access;
		this.clock = Clock.systemUTC();
	}

	@GetMapping("/volumes")
	@Operation(summary = "Messages in and out, by day unless another dimension is asked for")
	Volumes volumes(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String by) {
		ReportQuery query = ReportParameters.query(from, to, unit, clock);
		Dimension dimension = ReportParameters.dimension(by, Dimension.DAY);
		return new Volumes(query.from(), query.to(), dimension,
				reports.volumes(access.get(), query, dimension).stream().map(VolumeJson::of).toList());
	}

	@GetMapping("/volumes.csv")
	@Operation(summary = "The volumes report as CSV")
	ResponseEntity<String> volumesCsv(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String by) {
		Volumes report = volumes(from, to, unit, by);
		var csv = new Csv(report.by().name().toLowerCase(), "label", "inbound", "outbound", "total");
		report.rows().forEach(r -> csv.row(r.key(), r.label(), r.inbound(), r.outbound(), r.total()));
		return attachment("volumes.csv", csv);
	}

	@GetMapping("/first-response")
	@Operation(summary = "First-response time in seconds (mean, median, 90th percentile), by day unless asked otherwise")
	Durations firstResponse(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String by) {
		ReportQuery query = ReportParameters.query(from, to, unit, clock);
		Dimension dimension = ReportParameters.dimension(by, Dimension.DAY);
		return new Durations(query.from(), query.to(), dimension, Metric.FIRST_RESPONSE,
				reports.durations(access.get(), query, Metric.FIRST_RESPONSE, dimension));
	}

	@GetMapping("/first-response.csv")
	@Operation(summary = "The first-response report as CSV")
	ResponseEntity<String> firstResponseCsv(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String by) {
		Durations report = firstResponse(from, to, unit, by);
		var csv = new Csv(report.by().name().toLowerCase(), "label", "conversations", "mean_seconds", "median_seconds",
				"p90_seconds");
		report.rows()
			.forEach(r -> csv.row(r.key(), r.label(), r.samples(), r.meanSeconds(), r.medianSeconds(), r.p90Seconds()));
		return attachment("first-response.csv", csv);
	}

	static ResponseEntity<String> attachment(String name, Csv csv) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv.toString());
	}

	record Volumes(Instant from, Instant to, Dimension by, List<VolumeJson> rows) {
	}

	record VolumeJson(String key, String label, long inbound, long outbound, long total) {

		static VolumeJson of(VolumeRow row) {
			return new VolumeJson(row.key(), row.label(), row.inbound(), row.outbound(), row.total());
		}
	}

	record Durations(Instant from, Instant to, Dimension by, Metric metric, List<DurationRow> rows) {
	}
}
