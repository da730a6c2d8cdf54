package io.dandelion.workspace.conversation;

import io.dandelion.support.CleanSchemaListener.SchemaCleaned;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Test contexts are shared between classes whose tables are emptied in between: the approval rule that
 * migration V84 sets (agency replies on hub accounts) is set again, as a fresh installation has it.
 */
@Component
class DefaultApprovalRuleAfterCleaning {

	private final JdbcClient jdbc;

	DefaultApprovalRuleAfterCleaning(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(SchemaCleaned cleaned) {
		jdbc.sql("""
				insert into workspace_approval_rule (id, name, senders, accounts, created_by)
				values ('00000000-0000-0000-0000-000000000084', 'Agency replies on hub accounts', 'AGENCY', 'HUB', 'migration')
				on conflict do nothing""")
			.update();
	}
}
