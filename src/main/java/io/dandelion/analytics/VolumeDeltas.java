package io.dandelion.analytics;

import static io.dandelion.analytics.RollUps.array;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Changes to the message counts of one batch, summed per roll-up row and written in one statement per table:
 * {@code analytics_volume} (by analysis) and {@code analytics_work_volume} (by team, agent and agency). A move
 * that leaves a table's row as it was (a message reclassified, or attributed to a team) cancels out there.
 */
final class VolumeDeltas {

	private final Counts volume = new Counts("analytics_volume", "unit_id uuid", "channel_id uuid", "platform text",
			"language text", "intent text", "sentiment text", "direction text");

	private final Counts work = new Counts("analytics_work_volume", "unit_id uuid", "channel_id uuid", "platform text",
			"language text", "team_id uuid", "agent_id uuid", "agency_id uuid", "direction text");

	// kept per day only (RollUpRows reads it for daily series)
	private final Counts series = new Counts("analytics_volume_series", Set.of(Grain.DAY), "unit_id uuid",
			"platform text", "language text", "sentiment text", "direction text");

	void add(RollUps.Fact fact, long change) {
		String hour = RollUps.hourOf(fact.createdAt()).toString();
		Classification c = fact.classification();
		volume.add(change, hour, fact.unit().toString(), fact.channel().toString(), fact.platform(), c.language(),
				c.intent(), c.sentiment(), fact.direction());
		work.add(change, hour, fact.unit().toString(), fact.channel().toString(), fact.platform(), c.language(),
				fact.team().toString(), fact.agent().toString(), fact.agency().toString(), fact.direction());
		series.add(change, hour, fact.unit().toString(), fact.platform(), c.language(), c.sentiment(), fact.direction());
	}

	/** Writes the changes into the hourly, daily and monthly tables, each summed per its own bucket. */
	void write(JdbcClient jdbc) {
		volume.write(jdbc);
		work.write(jdbc);
		series.write(jdbc);
	}

	/** Message counts of one roll-up: per hour and its columns (each "name type", fixed text, never input). */
	private static final class Counts {

		private final String rollUp;
		private final Set<Grain> grains;
		private final List<String> names;
		private final List<String> types;
		private final Map<List<String>, Long> deltas = new TreeMap<>(Counts::compare);

		Counts(String rollUp, String... columns) {
			this(rollUp, Set.of(Grain.values()), columns);
		}

		Counts(String rollUp, Set<Grain> grains, String... columns) {
			this.rollUp = rollUp;
			this.grains = grains;
			this.names = Arrays.stream(columns).map(c -> c.split(" ")[0]).toList();
			this.types = Arrays.stream(columns).map(c -> c.split(" ")[1]).toList();
		}

		void add(long change, String... hourAndValues) {
			deltas.merge(List.of(hourAndValues), change, Long::sum);
		}

		void write(JdbcClient jdbc) {
			for (Grain grain : grains) {
				Map<List<String>, Long> bucketed = new TreeMap<>(Counts::compare);
				deltas.forEach((key, change) -> {
					var moved = new ArrayList<>(key);
					moved.set(0, grain.bucketOf(Instant.parse(key.get(0))).toString());
					bucketed.merge(moved, change, Long::sum);
				});
				bucketed.values().removeIf(change -> change == 0);
				if (!bucketed.isEmpty()) {
					write(jdbc, grain, List.copyOf(bucketed.entrySet()));
				}
			}
		}

		private void write(JdbcClient jdbc, Grain grain, List<Map.Entry<List<String>, Long>> rows) {
			String columns = String.join(", ", names);
			String casts = types.stream().map(t -> "?::" + t + "[]").collect(Collectors.joining(", "));
			List<Object> params = new ArrayList<>();
			params.add(array(rows, r -> r.getKey().get(0)));
			IntStream.range(0, names.size()).forEach(i -> params.add(array(rows, r -> r.getKey().get(i + 1))));
			params.add(array(rows, r -> String.valueOf(r.getValue())));
			jdbc.sql("insert into " + grain.table(rollUp) + " as t (hour, " + columns + ", messages) select * from unnest("
					+ "?::timestamptz[], " + casts + ", ?::bigint[]) on conflict (hour, " + columns
					+ ") do update set messages = t.messages + excluded.messages")
				.params(params)
				.update();
		}

		private static int compare(List<String> a, List<String> b) {
			for (int i = 0; i < a.size(); i++) {
				int c = a.get(i).compareTo(b.get(i));
				if (c != 0) {
					return c;
				}
			}
			return 0;
		}
	}
}
