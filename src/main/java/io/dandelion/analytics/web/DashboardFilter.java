package io.dandelion.analytics.web;

import io.dandelion.analytics.Dimension;
import io.dandelion.analytics.ReportQuery;
import io.dandelion.organisation.UnitSummary;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;

/** What a report page shows: the period, its breakdown, the unit (blank: all) and the units to choose from. */
public record DashboardFilter(ReportQuery query, Dimension by, String unit, List<UnitSummary> units) {

	public String from() {
		return query.from().atOffset(ZoneOffset.UTC).toLocalDate().toString();
	}

	/** The last day included (the period ends at the start of the next). */
	public String to() {
		return query.to().minusSeconds(1).atOffset(ZoneOffset.UTC).toLocalDate().toString();
	}

	public String byName() {
		return by.name().toLowerCase(Locale.ROOT);
	}

	/** A link to {@code path} for the same period and unit, with {@code more} as name, value pairs. */
	public String link(String path, String... more) {
		var uri = UriComponentsBuilder.fromPath(path)
			.queryParam("from", query.from().toString())
			.queryParam("to", query.to().toString());
		if (!unit.isBlank()) {
			uri.queryParam("unit", unit);
		}
		for (int i = 0; i + 1 < more.length; i += 2) {
			uri.queryParam(more[i], more[i + 1]);
		}
		return uri.encode().toUriString();
	}
}
