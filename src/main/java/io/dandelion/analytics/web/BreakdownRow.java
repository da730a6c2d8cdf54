package io.dandelion.analytics.web;

import io.dandelion.analytics.DurationRow;
import io.dandelion.analytics.VolumeRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** One value of the breakdown: its messages and, when kept, its first-response and resolution times. */
public record BreakdownRow(String key, String label, long inbound, long outbound, @Nullable DurationRow firstResponse,
		@Nullable DurationRow resolution) {

	public long total() {
		return inbound + outbound;
	}

	public long answered() {
		return firstResponse == null ? 0 : firstResponse.samples();
	}

	public long resolved() {
		return resolution == null ? 0 : resolution.samples();
	}

	/** The volumes' values busiest first, then values with times but no messages in the period. */
	static List<BreakdownRow> join(List<VolumeRow> volumes, List<DurationRow> answers, List<DurationRow> resolutions,
			AnalyticsTexts texts) {
		Map<String, DurationRow> answer = byKey(answers);
		Map<String, DurationRow> resolution = byKey(resolutions);
		Map<String, String> labels = new LinkedHashMap<>();
		volumes.forEach(v -> labels.put(v.key(), v.label()));
		answers.forEach(d -> labels.putIfAbsent(d.key(), d.label()));
		resolutions.forEach(d -> labels.putIfAbsent(d.key(), d.label()));
		Map<String, VolumeRow> volume = volumes.stream().collect(Collectors.toMap(VolumeRow::key, Function.identity()));
		return labels.entrySet().stream().map(e -> {
			VolumeRow v = volume.get(e.getKey());
			return new BreakdownRow(e.getKey(), texts.label(e.getValue()), v == null ? 0 : v.inbound(),
					v == null ? 0 : v.outbound(), answer.get(e.getKey()), resolution.get(e.getKey()));
		}).toList();
	}

	private static Map<String, DurationRow> byKey(List<DurationRow> rows) {
		return rows.stream().collect(Collectors.toMap(DurationRow::key, Function.identity()));
	}
}
