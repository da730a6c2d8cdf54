package io.dandelion.bench;

import io.dandelion.DandelionApplication;
import io.dandelion.analytics.Dimension;
import io.dandelion.analytics.Drilldown;
import io.dandelion.analytics.Metric;
import io.dandelion.analytics.ReportQuery;
import io.dandelion.analytics.Reports;
import io.dandelion.analytics.WorkReports;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times the main report queries over 10 million messages ({@code bench.messages}) that {@code bench/reports-data.sql} wrote into
 * analytics' tables (run by {@code bench/reports.sh}, which loads the data once the application has
 * migrated the schema): the hub over a year and a spoke over a month. Each query runs once to warm up,
 * then {@code bench.runs} times; the median and the slowest are printed. Not part of the test suite.
 */
public final class ReportsBenchmark {

	static final Instant END = Instant.parse("2026-12-01T00:00:00Z");

	public static void main(String[] args) throws Exception {
		int runs = Integer.getInteger("bench.runs", 5);
		var context = new SpringApplicationBuilder(DandelionApplication.class).web(WebApplicationType.NONE).run(args);
		try {
			var jdbc = context.getBean(JdbcClient.class);
			load(System.getProperty("bench.data", "bench/reports-data.sql"), Session.of(jdbc));
			Set<UnitId> all = jdbc.sql("select distinct unit_id from analytics_volume")
				.query((rs, n) -> new UnitId(rs.getObject(1, UUID.class)))
				.set();
			if (all.isEmpty()) {
				throw new IllegalStateException("the data did not reach the application's tables");
			}
			var reports = context.getBean(Reports.class);
			var work = context.getBean(WorkReports.class);
			var year = new ReportQuery(END.minusSeconds(365L * 86400), END, null);
			var month = new ReportQuery(END.minusSeconds(30L * 86400), END, null);
			AccessScope hub = new Analyst(all);
			AccessScope spoke = new Analyst(Set.of(all.iterator().next()));
			System.out.println(jdbc.sql("""
					select format('%s messages, %s volume rows (%s daily, %s daily series), %s conversations, %s duration rows, '
					  || '%s moderation rows, %s work volume rows', (select count(*) from analytics_message),
					  (select count(*) from analytics_volume), (select count(*) from analytics_volume_day),
					  (select count(*) from analytics_volume_series_day), (select count(*) from analytics_conversation),
					  (select count(*) from analytics_duration), (select count(*) from analytics_moderation),
					  (select count(*) from analytics_work_volume))""").query(String.class).single());
			System.out.println("| report | scope, period | median ms | slowest ms | rows |");
			System.out.println("| --- | --- | --- | --- | --- |");
			time("volumes by day", "hub, 1 year", runs, () -> reports.volumes(hub, year, Dimension.DAY));
			time("volumes by language", "hub, 1 year", runs, () -> reports.volumes(hub, year, Dimension.LANGUAGE));
			time("volumes by unit", "hub, 1 year", runs, () -> reports.volumes(hub, year, Dimension.UNIT));
			time("first response by month", "hub, 1 year", runs,
					() -> reports.durations(hub, year, Metric.FIRST_RESPONSE, Dimension.MONTH));
			time("resolution by unit", "hub, 1 year", runs,
					() -> reports.durations(hub, year, Metric.RESOLUTION, Dimension.UNIT));
			time("sentiment trend by week", "hub, 1 year", runs, () -> reports.sentimentTrend(hub, year, Dimension.WEEK));
			time("language mix", "hub, 1 year", runs, () -> reports.languageMix(hub, year));
			time("moderation actions by reason", "hub, 1 year", runs,
					() -> work.moderationActions(hub, year, Dimension.REASON));
			time("backlog by age", "hub, now", runs, () -> work.backlog(hub, END, null, Dimension.AGE));
			time("agency performance", "hub, 1 year", runs, () -> work.agencyPerformance(hub, year));
			time("volumes by day", "spoke, 30 days", runs, () -> reports.volumes(spoke, month, Dimension.DAY));
			time("first response by day", "spoke, 30 days", runs,
					() -> reports.durations(spoke, month, Metric.FIRST_RESPONSE, Dimension.DAY));
			time("sentiment trend by day", "spoke, 30 days", runs, () -> reports.sentimentTrend(spoke, month, Dimension.DAY));
			// the dashboard's default: the last seven days by day; and a year not starting on the 1st (daily rows)
			var week = new ReportQuery(END.minusSeconds(7L * 86400), END, null);
			var yearFromMidMonth = new ReportQuery(END.minusSeconds(350L * 86400), END, null);
			time("volumes by day", "hub, 7 days", runs, () -> reports.volumes(hub, week, Dimension.DAY));
			time("volumes by hour", "hub, 7 days", runs, () -> reports.volumes(hub, week, Dimension.HOUR));
			time("volumes by language", "hub, 350 days", runs,
					() -> reports.volumes(hub, yearFromMidMonth, Dimension.LANGUAGE));
			time("first response by week", "hub, 350 days", runs,
					() -> reports.durations(hub, yearFromMidMonth, Metric.FIRST_RESPONSE, Dimension.WEEK));
			// by who works the conversations (the breakdown page: volumes, first response and resolution per value)
			time("volumes by team", "hub, 1 year", runs, () -> reports.volumes(hub, year, Dimension.TEAM));
			time("volumes by agent", "hub, 1 year", runs, () -> reports.volumes(hub, year, Dimension.AGENT));
			time("volumes by agency", "hub, 350 days", runs,
					() -> reports.volumes(hub, yearFromMidMonth, Dimension.AGENCY));
			time("first response by team", "hub, 350 days", runs,
					() -> reports.durations(hub, yearFromMidMonth, Metric.FIRST_RESPONSE, Dimension.TEAM));
			time("volumes by agent", "spoke, 30 days", runs, () -> reports.volumes(spoke, month, Dimension.AGENT));
			time("sentiment trend by day", "hub, 1 year", runs, () -> reports.sentimentTrend(hub, year, Dimension.DAY));
			time("volumes by week", "hub, 350 days", runs, () -> reports.volumes(hub, yearFromMidMonth, Dimension.WEEK));
			// the conversations behind a number: the drill-down page shows the newest 100
			var drilldown = context.getBean(Drilldown.class);
			time("drill-down, language en, 100 newest", "hub, 1 year", runs,
					() -> drilldown.conversations(hub, year, Dimension.LANGUAGE, "en", false, END, 100));
			time("drill-down, one day, 100 newest", "spoke, 30 days", runs, () -> drilldown.conversations(spoke, month,
					Dimension.DAY, "2026-11-11", false, END, 100));
			time("drill-down, backlog 24-72h", "hub, now", runs,
					() -> drilldown.conversations(hub, year, Dimension.AGE, "24-72h", true, END, 100));
		}
		finally {
			context.close();
		}
	}

	/**
	 * Runs the data script with psql in the application's own server, database and schema, as its connection
	 * reports them: the test classes on the class path put the application into a schema of its own
	 * (TestDatabaseInitializer) on the server {@code DANDELION_TEST_DB_URL} names, or else in the local test
	 * database, so psql must not be pointed anywhere by the shell's environment.
	 */
	private static void load(String file, Session session) throws Exception {
		long start = System.nanoTime();
		var builder = new ProcessBuilder("psql", "-q", "-v", "ON_ERROR_STOP=1", "-v",
				"messages=" + Long.getLong("bench.messages", 10_000_000), "-f", file)
			.inheritIO();
		builder.environment().put("PGHOST", session.host());
		builder.environment().put("PGPORT", Integer.toString(session.port()));
		builder.environment().put("PGDATABASE", session.database());
		builder.environment().put("PGUSER", session.user());
		builder.environment().put("PGOPTIONS", "-c search_path=" + session.schema());
		System.out.printf("loading %s into %s:%d/%s, schema %s%n", file, session.host(), session.port(),
				session.database(), session.schema());
		var psql = builder.start();
		if (psql.waitFor() != 0) {
			throw new IllegalStateException("loading " + file + " failed");
		}
		System.out.printf("loaded %s in %.0f s%n", file, (System.nanoTime() - start) / 1e9);
	}

	private static void time(String report, String scope, int runs, Supplier<List<?>> query) {
		int rows = query.get().size();
		long[] millis = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			query.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		System.out.printf("| %s | %s | %d | %d | %d |%n", report, scope, millis[runs / 2], millis[runs - 1], rows);
	}

	/** Where the application's connections go. */
	private record Session(String host, int port, String database, String user, String schema) {

		static Session of(JdbcClient jdbc) {
			return jdbc.sql("""
					select coalesce(host(inet_server_addr()), 'localhost'), inet_server_port(), current_database(),
					       current_user, current_schema()""")
				.query((rs, n) -> new Session(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
						rs.getString(5)))
				.single();
		}
	}

	/** An analyst holding ANALYTICS_READ on the given units. */
	private record Analyst(Set<UnitId> units) implements AccessScope {

		@Override
		public Optional<MemberId> member() {
			return Optional.empty();
		}

		@Override
		public String actor() {
			return "bench";
		}

		@Override
		public boolean can(Permission permission, UnitId unit) {
			return permission == Permission.ANALYTICS_READ && units.contains(unit);
		}

		@Override
		public Set<UnitId> units(Permission permission) {
			return permission == Permission.ANALYTICS_READ ? units : Set.of();
		}

		@Override
		public boolean isHubAdmin() {
			return false;
		}

		@Override
		public Optional<ContractLimits> contract() {
			return Optional.empty();
		}
	}
}
