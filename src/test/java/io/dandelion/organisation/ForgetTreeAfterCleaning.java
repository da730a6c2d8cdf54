package io.dandelion.organisation;

import io.dandelion.support.CleanSchemaListener.SchemaCleaned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test contexts are shared between classes whose tables are emptied in between: the cached tree must go too. */
@Component
class ForgetTreeAfterCleaning {

	private final UnitTreeCache cache;

	ForgetTreeAfterCleaning(UnitTreeCache cache) {
		this.cache = cache;
	}

	@EventListener
	void on(SchemaCleaned cleaned) {
		cache.invalidate();
	}
}
