package io.dandelion.support;

import java.time.Duration;
import org.springframework.dao.PessimisticLockingFailureException;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Gives every test class a clean schema: before the class runs, every table of the context's schema
 * is emptied, except Flyway's history. Application contexts (and their schemas) are shared between
 * classes with the same configuration, so this keeps one class's rows from leaking into the next.
 */
public class CleanSchemaListener extends AbstractTestExecutionListener {

	@Override
	public void beforeTestClass(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			// the context is created lazily below; a brand-new schema is clean already
		}
		var context = testContext.getApplicationContext();
		if (context.getBeanNamesForType(DataSource.class).length == 0) {
			return;
		}
		JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
		List<String> tables = jdbc
			.sql("select quote_ident(tablename) from pg_tables where schemaname = current_schema() "
					+ "and tablename not in ('flyway_schema_history', 'platform_info')")
			.query(String.class)
			.list();
		if (!tables.isEmpty()) {
			DataSource dataSource = context.getBean(DataSource.class);
			PipelineQuiet.await(dataSource, Duration.ofSeconds(10));
			for (int attempt = 1;; attempt++) {
				try {
					truncate(dataSource, tables);
					break;
				}
				catch (PessimisticLockingFailureException busy) {
					// the pipeline still held a lock (deadlock detected): wait for it and try again
					if (attempt == 5) {
						throw busy;
					}
					PipelineQuiet.await(dataSource, Duration.ofSeconds(5));
				}
			}
		}
		context.publishEvent(new SchemaCleaned());
	}

	/** Empties the tables; the audit trail refuses TRUNCATE, so its guard is lifted for this transaction only. */
	private static void truncate(DataSource dataSource, List<String> tables) {
		new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
			JdbcClient jdbc = JdbcClient.create(dataSource);
			boolean audit = tables.contains("audit_entry");
			if (audit) {
				jdbc.sql("alter table audit_entry disable trigger audit_entry_no_truncate").update();
			}
			jdbc.sql("truncate table " + String.join(", ", tables) + " restart identity cascade").update();
			if (audit) {
				jdbc.sql("alter table audit_entry enable trigger audit_entry_no_truncate").update();
			}
		});
	}

	@Override
	public int getOrder() {
		return 1900;
	}

	/** Published after the schema was emptied, so that reference data seeders can run again. */
	public record SchemaCleaned() {
	}
}
