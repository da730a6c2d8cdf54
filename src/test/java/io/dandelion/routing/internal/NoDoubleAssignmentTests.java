package io.dandelion.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.dandelion.DandelionApplication;
import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.QueueId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one PostgreSQL schema: four agents on each pulling from the same queue of
 * thousands of conversations at once, and both nodes auto-assigning at once: every conversation is
 * handed out exactly once, and nobody gets more than their capacity.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoDoubleAssignmentTests {

	static final int ITEMS = 3000;
	static final int AGENTS_PER_NODE = 4;

	@Autowired
	ConfigurableApplicationContext nodeOne;

	@Autowired
	DataSource dataSource;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	ConfigurableApplicationContext nodeTwo;

	@Autowired
	DemoOrganisationForTests demo;

	@BeforeAll
	void secondNodeOnTheSameDatabase() {
		demo.seed();
		var pool = (HikariDataSource) dataSource;
		Map<String, Object> sameDatabase = Map.of("dandelion.db.url",
				pool.getJdbcUrl().replaceAll("[?&]currentSchema=[^&]*", ""), "dandelion.db.user", pool.getUsername(),
				"dandelion.db.password", pool.getPassword() == null ? "" : pool.getPassword(), "dandelion.db.schema",
				environment.getProperty("dandelion.db.schema"), "dandelion.db.max-pool-size", "6", "server.port", "0");
		// added after the test initializer, so that it wins over the fresh schema that initializer picks
		nodeTwo = new SpringApplicationBuilder(DandelionApplication.class)
			.initializers(context -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("sameDatabase", sameDatabase)))
			.run();
	}

	@AfterAll
	void stopSecondNode() {
		if (nodeTwo != null) {
			nodeTwo.close();
		}
	}

	@Test
	void twoNodesPullingTheSameQueueNeverAssignAConversationTwice() throws Exception {
		UnitId unit = UnitId.random();
		QueueId queue = queueWithWaitingConversations(unit, ITEMS);
		ExecutorService agents = Executors.newFixedThreadPool(2 * AGENTS_PER_NODE);
		List<Future<List<ConversationId>>> taken = new ArrayList<>();
		for (int i = 0; i < AGENTS_PER_NODE; i++) {
			taken.add(agents.submit(agent(nodeOne.getBean(QueueWork.class), queue, unit)));
			taken.add(agents.submit(agent(nodeTwo.getBean(QueueWork.class), queue, unit)));
		}
		List<ConversationId> all = new ArrayList<>();
		List<Integer> perAgent = new ArrayList<>();
		for (Future<List<ConversationId>> agent : taken) {
			List<ConversationId> mine = agent.get();
			all.addAll(mine);
			perAgent.add(mine.size());
		}
		agents.shutdown();

		assertThat(all).hasSize(ITEMS).doesNotHaveDuplicates();
		assertThat(perAgent).as("both nodes and all agents did work").allSatisfy(n -> assertThat(n).isPositive());
		String inQueue = " and queue_id = '" + queue + "'";
		assertThat(count("routing_item where state = 'QUEUED'" + inQueue)).isZero();
		assertThat(count("routing_assignment where true" + inQueue)).isEqualTo(ITEMS);
		assertThat(count("(select conversation_id from routing_assignment group by 1 having count(*) > 1) twice"))
			.isZero();
	}

	@Test
	void twoNodesAutoAssigningAtOnceNeverAssignTwiceNorBeyondCapacity() throws Exception {
		// the French care team grows to four French speakers who may work France, 400 conversations each
		jdbc.sql("""
				insert into team_members (team_id, member_id, capacity)
				select t.id, m.id, 400 from teams t, members m
				where t.name = 'France care helpers' and m.username in ('fr.admin', 'fr.community', 'hub.admin')
				on conflict do nothing""").update();
		jdbc.sql("update team_members set capacity = 400 where team_id = (select id from teams where name = 'France care helpers')")
			.update();
		jdbc.sql("insert into agent_presence (member_id, presence) select member_id, 'ONLINE' from team_members "
				+ "where team_id = (select id from teams where name = 'France care helpers') on conflict do nothing")
			.update();
		jdbc.sql("""
				insert into routing_item (conversation_id, queue_id, unit_id, channel_id, platform, language, priority,
				                          state, waiting_since)
				select gen_random_uuid(), q.id, q.unit_id, gen_random_uuid(), 'x', 'fr', 1 + n % 5, 'QUEUED',
				       now() - n * interval '1 second'
				from routing_queue q, generate_series(1, 2000) n where q.name = 'France care helpers'""").update();
		String france = " and queue_id = (select id from routing_queue where name = 'France care helpers')";
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		List<Future<Integer>> runs = new ArrayList<>();
		for (ConfigurableApplicationContext node : List.of(nodeOne, nodeTwo)) {
			AutoAssigner assigner = node.getBean(AutoAssigner.class);
			runs.add(nodes.submit(() -> {
				// a run that finds the other node's run (or a scheduled one, slow on a loaded machine) holding the
				// lock returns at once: keep going until the work is assigned, then some rounds more, which must
				// assign nothing beyond the agents' capacity
				int assigned = 0;
				long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
				int extraRounds = 0;
				while (extraRounds < 20 && System.nanoTime() < deadline) {
					int now = assigner.assignWaiting().size();
					assigned += now;
					if (count("routing_item where state = 'ASSIGNED'" + france) >= 1600) {
						extraRounds++;
					}
					else if (now == 0) {
						Thread.sleep(50);
					}
				}
				return assigned;
			}));
		}
		int assigned = 0;
		for (Future<Integer> run : runs) {
			assigned += run.get();
		}
		nodes.shutdown();

		assertThat(count("routing_item where state = 'ASSIGNED'" + france)).isEqualTo(1600);
		assertThat(assigned).as("what the two nodes' runs reported (the schedulers may have done some)").isLessThanOrEqualTo(1600);
		assertThat(count("routing_item where state = 'QUEUED'" + france)).isEqualTo(400);
		assertThat(jdbc.sql("select max(n) from (select count(*) n from routing_item where state = 'ASSIGNED'" + france
				+ " group by assignee) t")
			.query(Integer.class)
			.single()).isEqualTo(400);
		assertThat(count("(select conversation_id from routing_assignment group by 1 having count(*) > 1) twice"))
			.isZero();
	}

	private Callable<List<ConversationId>> agent(QueueWork work, QueueId queue, UnitId unit) {
		AccessScope agent = new Agent(new MemberId(UUID.randomUUID()), unit);
		return () -> {
			List<ConversationId> mine = new ArrayList<>();
			for (Optional<WorkItem> next = work.takeNext(agent, queue); next.isPresent(); next = work.takeNext(agent,
					queue)) {
				assertThat(next.get().assignee()).isEqualTo(agent.member().orElseThrow());
				mine.add(next.get().conversation());
			}
			return mine;
		};
	}

	private QueueId queueWithWaitingConversations(UnitId unit, int items) {
		QueueId queue = QueueId.random();
		jdbc.sql("insert into routing_queue (id, team_id, unit_id, name) values (?, ?, ?, 'Load test')")
			.params(queue.value(), UUID.randomUUID(), unit.value())
			.update();
		jdbc.sql("""
				insert into routing_item (conversation_id, queue_id, unit_id, channel_id, platform, language, priority,
				                          state, waiting_since)
				select gen_random_uuid(), ?, ?, gen_random_uuid(), 'x', 'fr', 1 + n % 5, 'QUEUED',
				       now() - n * interval '1 second'
				from generate_series(1, ?) n""")
			.params(queue.value(), unit.value(), items)
			.update();
		return queue;
	}

	private int count(String from) {
		return jdbc.sql("select count(*) from " + from).query(Integer.class).single();
	}

	/** A care agent who works conversations of one unit. */
	record Agent(MemberId id, UnitId unit) implements AccessScope {

		public Optional<MemberId> member() {
			return Optional.of(id);
		}

		public String actor() {
			return "agent-" + id;
		}

		public boolean can(Permission permission, UnitId unit) {
			return this.unit.equals(unit);
		}

		public Set<UnitId> units(Permission permission) {
			return Set.of(unit);
		}

		public boolean isHubAdmin() {
			return false;
		}

		public Optional<ContractLimits> contract() {
			return Optional.empty();
		}
	}
}
