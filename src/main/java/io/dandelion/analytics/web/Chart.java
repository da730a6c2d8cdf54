package io.dandelion.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a report page's chart draws, written into the canvas's {@code data-chart} attribute as JSON for
 * {@code /js/reports.js} (scripts come from files only: the CSP forbids inline ones): the series, and the
 * titles of the axes ({@code x}, {@code y}; none on a round chart) in the page's language.
 */
public record Chart(String type, List<String> labels, List<Series> datasets, boolean stacked, @Nullable String x,
		@Nullable String y) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One line or bar series. */
	public record Series(String label, List<@Nullable Number> data, String color) {
	}

	static <T> Chart of(String type, List<T> rows, Function<T, String> label, boolean stacked) {
		return new Chart(type, rows.stream().map(label).toList(), new ArrayList<>(), stacked, null, null);
	}

	/** The same chart with these axis titles. */
	Chart axes(String x, String y) {
		return new Chart(type, labels, datasets, stacked, x, y);
	}

	/** Adds a series; a null value leaves a gap. */
	<T> Chart with(String name, String color, List<T> rows, Function<T, @Nullable Number> value) {
		var all = new ArrayList<>(datasets);
		List<@Nullable Number> data = new ArrayList<>();
		rows.forEach(r -> data.add(value.apply(r)));
		all.add(new Series(name, data, color));
		return new Chart(type, labels, all, stacked, x, y);
	}

	public String json() {
		return JSON.writeValueAsString(this);
	}
}
