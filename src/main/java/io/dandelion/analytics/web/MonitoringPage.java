package io.dandelion.analytics.web;

import io.dandelion.analytics.Dimension;
import io.dandelion.analytics.Monitoring;
import io.dandelion.analytics.WorkReports;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.platform.web.UiLanguages;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Operational monitoring ({@code /reports/monitoring}), scoped like the reports: the channels' health, how far
 * ingest and the pipeline run behind per platform, and the backlog now by age. The same figures are metrics
 * for Prometheus ({@code OperationsMetrics}).
 */
@Controller
class MonitoringPage {

	private final Monitoring monitoring;
	private final WorkReports work;
	private final CurrentAccess access;
	private final AnalyticsTexts texts;
	private final UiLanguages languages;
	private final Clock clock = Clock.systemUTC();

	MonitoringPage(Monitoring monitoring, WorkReports work, CurrentAccess access, AnalyticsTexts texts,
			UiLanguages languages) {
		this.monitoring = monitoring;
		this.work = work;
		this.access = access;
		this.texts = texts;
		this.languages = languages;
	}

	@GetMapping("/reports/monitoring")
	String page(Model model) {
		var scope = access.get();
		model.addAttribute("channels", monitoring.channels(scope));
		model.addAttribute("lags", monitoring.lags());
		model.addAttribute("backlog", work.backlog(scope, clock.instant(), null, Dimension.AGE));
		model.addAttribute("t", texts);
		model.addAttribute("languages", languages);
		return "analytics/monitoring";
	}
}
