package io.dandelion.analytics.web;

import io.dandelion.analytics.ActionRow;
import io.dandelion.analytics.BacklogRow;
import io.dandelion.analytics.Dimension;
import io.dandelion.analytics.Drilldown;
import io.dandelion.analytics.DurationRow;
import io.dandelion.analytics.Metric;
import io.dandelion.analytics.ReportQuery;
import io.dandelion.analytics.Reports;
import io.dandelion.analytics.SentimentRow;
import io.dandelion.analytics.ShareRow;
import io.dandelion.analytics.VolumeRow;
import io.dandelion.analytics.WorkReports;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.platform.web.NavigationItem;
import io.dandelion.platform.web.UiLanguages;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The report pages: a dashboard over a period and unit subtree (each report a chart, a table under it with
 * drill-down links and a CSV link) and the conversations behind a number.
 */
@Controller
class AnalyticsPages {

	/** The most conversations the drill-down page lists (the CSV export has them all). */
	static final int PAGE_ROWS = 500;

	private final Reports reports;
	private final WorkReports work;
	private final Drilldown drilldown;
	private final CurrentAccess access;
	private final Units units;
	private final AnalyticsTexts texts;
	private final UiLanguages languages;
	private final Clock clock = Clock.systemUTC();

	AnalyticsPages(Reports reports, WorkReports work, Drilldown drilldown, CurrentAccess access, Units units,
			AnalyticsTexts texts, UiLanguages languages) {
		this.reports = reports;
		this.work = work;
		this.drilldown = drilldown;
		this.access = access;
		this.units = units;
		this.texts = texts;
		this.languages = languages;
	}

	@GetMapping("/reports")
	String dashboard(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String by, Model model) {
		var scope = access.get();
		ReportQuery query = ReportParameters.query(from, to, unit, clock);
		Dimension time = ReportParameters.dimension(by, Dimension.DAY);
		if (!time.name().matches("HOUR|DAY|WEEK|MONTH")) {
			throw new IllegalArgumentException("the dashboard's charts are by hour, day, week or month");
		}
		List<VolumeRow> volumes = reports.volumes(scope, query, time);
		List<DurationRow> firstResponse = reports.durations(scope, query, Metric.FIRST_RESPONSE, time);
		List<DurationRow> resolution = reports.durations(scope, query, Metric.RESOLUTION, time);
		List<BacklogRow> backlog = work.backlog(scope, clock.instant(), query.unit(), Dimension.AGE);
		List<SentimentRow> sentiment = reports.sentimentTrend(scope, query, time);
		List<ShareRow> languageMix = reports.languageMix(scope, query);
		List<ActionRow> actions = work.moderationActions(scope, query, Dimension.REASON);
		var filter = new DashboardFilter(query, time, unit == null ? "" : unit, readableUnits());
		String x = texts.dimension(filter.byName());
		model.addAttribute("t", texts);
		model.addAttribute("languages", languages);
		model.addAttribute("filter", filter);
		model.addAttribute("volumes", volumes);
		model.addAttribute("volumeChart", Chart.of("bar", volumes, VolumeRow::key, true)
			.with(texts.get("column.inbound"), "#2f6fdf", volumes, VolumeRow::inbound)
			.with(texts.get("column.outbound"), "#f0a030", volumes, VolumeRow::outbound)
			.axes(x, texts.get("axis.messages")));
		model.addAttribute("firstResponse", firstResponse);
		model.addAttribute("resolution", resolution);
		model.addAttribute("timesChart", Chart.of("line", firstResponse, DurationRow::key, false)
			.with(texts.get("series.median-first-response"), "#2f6fdf", firstResponse, r -> minutes(r.medianSeconds()))
			.with(texts.get("series.p90-first-response"), "#9bb8ef", firstResponse, r -> minutes(r.p90Seconds()))
			.axes(x, texts.get("axis.minutes")));
		model.addAttribute("slaChart", Chart.of("line", firstResponse, DurationRow::key, false)
			.with(texts.get("series.first-response-sla"), "#2a9d55", firstResponse, r -> percent(r.attainmentPercent()))
			.axes(x, texts.get("axis.percent-met")));
		model.addAttribute("backlog", backlog);
		model.addAttribute("backlogChart", Chart.of("bar", backlog, BacklogRow::key, true)
			.with(texts.get("column.open"), "#d0453a", backlog, BacklogRow::open)
			.with(texts.get("column.pending"), "#999999", backlog, BacklogRow::pending)
			.axes(texts.dimension("age"), texts.get("axis.conversations")));
		model.addAttribute("sentiment", sentiment);
		model.addAttribute("sentimentChart", Chart.of("bar", sentiment, SentimentRow::key, true)
			.with(texts.get("column.positive"), "#2a9d55", sentiment, SentimentRow::positive)
			.with(texts.get("column.neutral"), "#bbbbbb", sentiment, SentimentRow::neutral)
			.with(texts.get("column.negative"), "#d0453a", sentiment, SentimentRow::negative)
			.axes(x, texts.get("axis.messages")));
		model.addAttribute("languageMix", languageMix);
		model.addAttribute("languageChart", Chart.of("doughnut", languageMix, ShareRow::key, false)
			.with(texts.get("column.messages"), "", languageMix, ShareRow::count));
		model.addAttribute("actions", actions);
		model.addAttribute("actionChart", Chart.of("bar", actions, ActionRow::label, true)
			.with(texts.get("column.automatic"), "#6a4fc8", actions, ActionRow::automatic)
			.with(texts.get("column.human"), "#f0a030", actions, ActionRow::human)
			.axes(texts.dimension("reason"), texts.get("axis.actions")));
		model.addAttribute("agencies", work.agencyPerformance(scope, query));
		return "analytics/dashboard";
	}

	@GetMapping("/reports/conversations")
	String conversations(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String by, @RequestParam(required = false) @Nullable String key,
			@RequestParam(defaultValue = "false") boolean waiting, Model model) {
		ReportQuery query = ReportParameters.query(from, to, unit, clock);
		Dimension dimension = ReportParameters.dimension(by, Dimension.TOTAL);
		model.addAttribute("rows",
				drilldown.conversations(access.get(), query, dimension, key, waiting, clock.instant(), PAGE_ROWS));
		model.addAttribute("limit", PAGE_ROWS);
		model.addAttribute("t", texts);
		model.addAttribute("filter", new DashboardFilter(query, dimension, unit == null ? "" : unit, List.of()));
		model.addAttribute("key", key == null ? "" : key);
		model.addAttribute("waiting", waiting);
		return "analytics/conversations";
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	@ResponseBody
	String badInput(IllegalArgumentException e) {
		return e.getMessage();
	}

	private List<UnitSummary> readableUnits() {
		return units.visibleTo(access.get(), Permission.ANALYTICS_READ);
	}

	static @Nullable Double minutes(@Nullable Double seconds) {
		return seconds == null ? null : Math.round(seconds / 6.0) / 10.0;
	}

	static @Nullable Double percent(@Nullable Double value) {
		return value == null ? null : Math.round(value * 10) / 10.0;
	}

	@Bean
	static NavigationItem reportsNavigation(AnalyticsTexts texts) {
		return new NavigationItem(() -> texts.get("navigation.reports"), "/reports", 50, Permission.ANALYTICS_READ);
	}

}
