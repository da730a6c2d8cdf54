package io.dandelion.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Auto-assignment when its schema is gone (a test context's schema is dropped while its scheduler still runs):
 * nothing to do, quietly; a schema that exists but is broken still fails loudly.
 */
@SpringBootTest
class AutoAssignerWithoutSchemaTests {

	@Autowired
	AutoAssigner assigner;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void assignsNothingAndThrowsNothingWhenNoSchemaOfTheSearchPathExists() {
		var assigned = transactions.execute(status -> {
			jdbc.sql("set local search_path to dandelion_no_such_schema").update();
			return assigner.assignWaiting();
		});
		assertThat(assigned).isEmpty();
	}

	@Test
	void stillFailsWhenTheSchemaExistsWithoutItsTables() {
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			jdbc.sql("create schema if not exists dandelion_empty_schema").update();
			jdbc.sql("set local search_path to dandelion_empty_schema").update();
			assigner.assignWaiting();
		})).isInstanceOf(DataAccessException.class);
	}
}
