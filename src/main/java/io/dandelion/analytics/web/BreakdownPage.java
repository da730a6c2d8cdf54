package io.dandelion.analytics.web;

import io.dandelion.analytics.Dimension;
import io.dandelion.analytics.DurationRow;
import io.dandelion.analytics.Metric;
import io.dandelion.analytics.ReportQuery;
import io.dandelion.analytics.Reports;
import io.dandelion.analytics.VolumeRow;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.Units;
import io.dandelion.platform.web.UiLanguages;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One report broken down by a dimension that is not time (unit, channel, platform, language, intent, sentiment,
 * team, agent, agency): messages in and out, first-response and resolution times (mean, median, p90) and their SLA
 * attainment per value, as charts and one table, each value linked to its conversations, with the CSV exports.
 */
@Controller
class BreakdownPage {

	/** What the page breaks down by; durations are kept per conversation, so not by intent or sentiment. */
	static final List<Dimension> DIMENSIONS = List.of(Dimension.UNIT, Dimension.CHANNEL, Dimension.PLATFORM,
			Dimension.LANGUAGE, Dimension.INTENT, Dimension.SENTIMENT, Dimension.TEAM, Dimension.AGENT, Dimension.AGENCY);

	private final Reports reports;
	private final CurrentAccess access;
	private final Units units;
	private final AnalyticsTexts texts;
	private final UiLanguages languages;
	private final Clock clock = Clock.systemUTC();

	BreakdownPage(Reports reports, CurrentAccess access, Units units, AnalyticsTexts texts, UiLanguages languages) {
		this.reports = reports;
		this.access = access;
		this.units = units;
		this.texts = texts;
		this.languages = languages;
	}

	@GetMapping("/reports/breakdown")
	String breakdown(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String by, Model model) {
		var scope = access.get();
		ReportQuery query = ReportParameters.query(from, to, unit, clock);
		Dimension dimension = ReportParameters.dimension(by, Dimension.CHANNEL);
		if (!DIMENSIONS.contains(dimension)) {
			throw new IllegalArgumentException("a breakdown is by unit, channel, platform, language, intent, sentiment, "
					+ "team, agent or agency, not " + dimension.name().toLowerCase());
		}
		boolean timed = dimension != Dimension.INTENT && dimension != Dimension.SENTIMENT;
		List<VolumeRow> volumes = reports.volumes(scope, query, dimension);
		List<DurationRow> answers = timed ? reports.durations(scope, query, Metric.FIRST_RESPONSE, dimension) : List.of();
		List<DurationRow> resolutions = timed ? reports.durations(scope, query, Metric.RESOLUTION, dimension) : List.of();
		List<BreakdownRow> rows = BreakdownRow.join(volumes, answers, resolutions, texts);
		var filter = new DashboardFilter(query, dimension, unit == null ? "" : unit,
				units.visibleTo(scope, Permission.ANALYTICS_READ));
		String x = texts.dimension(filter.byName());
		model.addAttribute("t", texts);
		model.addAttribute("languages", languages);
		model.addAttribute("filter", filter);
		model.addAttribute("dimensions", DIMENSIONS.stream().map(d -> d.name().toLowerCase()).toList());
		model.addAttribute("timed", timed);
		model.addAttribute("rows", rows);
		model.addAttribute("volumeChart", Chart.of("bar", rows, BreakdownRow::label, true)
			.with(texts.get("column.inbound"), "#2f6fdf", rows, BreakdownRow::inbound)
			.with(texts.get("column.outbound"), "#f0a030", rows, BreakdownRow::outbound)
			.axes(x, texts.get("axis.messages")));
		List<BreakdownRow> answered = rows.stream().filter(r -> r.answered() > 0 || r.resolved() > 0).toList();
		model.addAttribute("timesChart", Chart.of("bar", answered, BreakdownRow::label, false)
			.with(texts.get("series.median-first-response"), "#2f6fdf", answered,
					r -> AnalyticsPages.minutes(r.firstResponse() == null ? null : r.firstResponse().medianSeconds()))
			.with(texts.get("series.p90-first-response"), "#9bb8ef", answered,
					r -> AnalyticsPages.minutes(r.firstResponse() == null ? null : r.firstResponse().p90Seconds()))
			.with(texts.get("series.median-resolution"), "#6a4fc8", answered,
					r -> AnalyticsPages.minutes(r.resolution() == null ? null : r.resolution().medianSeconds()))
			.axes(x, texts.get("axis.minutes")));
		model.addAttribute("slaChart", Chart.of("bar", answered, BreakdownRow::label, false)
			.with(texts.get("series.first-response-sla"), "#2a9d55", answered,
					r -> AnalyticsPages.percent(r.firstResponse() == null ? null : r.firstResponse().attainmentPercent()))
			.with(texts.get("series.resolution-sla"), "#8fd0a5", answered,
					r -> AnalyticsPages.percent(r.resolution() == null ? null : r.resolution().attainmentPercent()))
			.axes(x, texts.get("axis.percent-met")));
		return "analytics/breakdown";
	}
}
